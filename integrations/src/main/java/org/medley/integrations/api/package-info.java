/**
 * The contract between the backend and Medley's Camel routes: the backend hands a {@link
 * org.medley.integrations.api.DeskUpdate} to the {@link org.medley.integrations.api.DeskGateway}
 * after the outbox committed it, and applies the {@link org.medley.integrations.api.DeskChange}s a
 * webhook or a poll reports. It holds records and one interface, so the backend depends on this
 * package and never on route internals, and routes never see a database table.
 */
package org.medley.integrations.api;
