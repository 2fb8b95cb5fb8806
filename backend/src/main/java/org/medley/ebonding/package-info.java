/**
 * E-bonding: partner desks kept in sync with Medley's tickets both ways. Connectors are data
 * (admins manage them); ticket changes leave through the outbox to the integrations module's {@link
 * org.medley.integrations.api.DeskGateway}; the desks' changes come back through the webhook or a
 * poll and are applied once each, never echoed back.
 */
package org.medley.ebonding;
