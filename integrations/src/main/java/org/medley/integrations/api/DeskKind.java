package org.medley.integrations.api;

/** The partner-desk protocols Medley speaks. */
public enum DeskKind {
  /** Best Practical Request Tracker 5, REST2 ({@code /REST/2.0}); polled, it does not call out. */
  REQUEST_TRACKER,
  /** ServiceNow Table API ({@code /api/now/table/incident}); calls back by a business rule. */
  SERVICENOW,
  /** Jira Service Management ({@code /rest/servicedeskapi}); calls back by webhook. */
  JIRA_SM,
  /** TM Forum TMF621 Trouble Ticket v4, Medley as the client; calls back to its hub listener. */
  TMF621,
  /** A support mailbox (IMAP or POP3) read for new tickets and replies; see {@link MailGateway}. */
  EMAIL
}
