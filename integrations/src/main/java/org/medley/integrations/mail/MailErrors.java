package org.medley.integrations.mail;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error handling of the mailbox routes: a mail Medley could not handle is not retried in
 * memory (it stays unread in the mailbox and comes again at the next poll, which the backend's
 * Message-ID key makes harmless); the failure is left on the exchange so camel-mail does not mark
 * it seen, and the backend's poll records it for the connector's health.
 */
class MailErrors extends RouteConfigurationBuilder {

  static final String ID = "mail-errors";

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .onException(Exception.class)
        .maximumRedeliveries(0)
        .logStackTrace(false)
        .logExhausted(false)
        .logRetryAttempted(false);
  }
}
