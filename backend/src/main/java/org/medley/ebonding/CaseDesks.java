package org.medley.ebonding;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.medley.integrations.api.DeskReceipt;

/**
 * A vendor's own desk as vendor escalation uses it, through one of the hospital's desk connectors
 * (TMF621, ServiceNow, Request Tracker, Jira Service Management; not a support mailbox): open a
 * case there and add to it. Called by an outbox handler, outside any transaction; each call is safe
 * to repeat (a repeated create finds the first by the Medley ticket number). Throws {@link
 * org.medley.integrations.api.DeskRefused} when the desk refuses for good and {@link
 * org.medley.integrations.api.DeskUnavailable} when it may answer later.
 */
public interface CaseDesks {

  /** The connector's name, when the tenant has such a desk connector. */
  Optional<String> name(long tenantId, long connectorId);

  /**
   * Opens the case in the desk and records the desk's id as the ticket's reference in the
   * connector's system (so the desk's answers find the ticket).
   */
  DeskReceipt open(
      long tenantId,
      long connectorId,
      UUID eventId,
      long ticketId,
      String ticketNumber,
      String title,
      String description,
      String priority,
      String author);

  /** Adds a comment the vendor reads to the case the desk knows as {@code externalId}. */
  void comment(
      long tenantId,
      long connectorId,
      UUID eventId,
      long ticketId,
      String ticketNumber,
      String externalId,
      String text,
      String author);

  /** The longest one call can take (see {@code OutboxHandler#longestCall}). */
  Duration longestCall();
}
