/**
 * The contract between the backend and Medley's Camel routes: the events the backend's outbox hands
 * over and the inbound calls routes make back. It holds records only, so the backend depends on
 * this package and never on route internals, and routes never see a database table.
 *
 * <p>Empty until the integrations feature lands its first connector.
 */
package org.medley.integrations.api;
