package org.medley.integrations.mail;

import org.apache.camel.builder.RouteBuilder;

/**
 * One support mailbox: each mail is read into an {@link org.medley.integrations.api.InboundMail}
 * ({@link MailReader}) and handed to the backend's handler ({@link Mailboxes.Handover}). {@link
 * Mailboxes} triggers each poll; the route only wires.
 */
class MailboxRoute extends RouteBuilder {

  static final String MAX_FILE_BYTES = "medleyMaxFileBytes";

  private final String routeId;
  private final String uri;
  private final Mailboxes.Handover handover;

  MailboxRoute(String routeId, String uri, Mailboxes.Handover handover) {
    this.routeId = routeId;
    this.uri = uri;
    this.handover = handover;
  }

  @Override
  public void configure() {
    from(uri)
        .routeId(routeId)
        .routeConfigurationId(MailErrors.ID)
        .setProperty(MAX_FILE_BYTES, method(handover, "maxFileBytes"))
        .bean(MailReader.class, "read(${body}, ${exchangeProperty." + MAX_FILE_BYTES + "})")
        .process(handover);
  }
}
