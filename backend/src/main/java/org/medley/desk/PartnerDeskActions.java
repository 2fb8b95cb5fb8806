package org.medley.desk;

import io.micronaut.core.annotation.Nullable;

/**
 * What a partner's own desk does to a Medley ticket through e-bonding, as the system named {@code
 * actor} (e.g. {@code "Northwind RT: jdoe"}). Each call takes the ticket's write turn, is audited,
 * and publishes the usual {@link TicketEvent}s (so SLA timers and OLAs follow). A change the
 * ticket's state does not allow is refused with {@link org.medley.platform.Refused}.
 */
public interface PartnerDeskActions {

  /** Who reads a comment: the requester too, or only the hospital's desk. */
  enum Visibility {
    PUBLIC,
    INTERNAL
  }

  /** Adds a PUBLIC reply or an INTERNAL note. */
  void comment(
      long tenantId, long ticketId, String actor, TicketVisibility visibility, String body);

  /**
   * Moves the ticket to {@code to}: IN_PROGRESS, PENDING (with {@code reason}), RESOLVED (with
   * {@code resolution} text and {@code code}, OTHER when the desk gives none) or CANCELLED.
   */
  void transition(
      long tenantId,
      long ticketId,
      String actor,
      TicketStatus to,
      @Nullable PendingReason reason,
      @Nullable ResolutionCode code,
      @Nullable String resolution);

  /**
   * The partner refused the ticket: it goes back to the hospital's group that handed it over (or
   * its tier's default group), with {@code reason} as an INTERNAL note.
   */
  void returnToHospital(long tenantId, long ticketId, String actor, String reason);
}
