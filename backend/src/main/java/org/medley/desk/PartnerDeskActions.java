package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a partner's own desk does to a Medley ticket through e-bonding, as the system named {@code
 * actor} (e.g. {@code "Northwind RT: jdoe"}). Each call takes the ticket's write turn, is audited,
 * and publishes the usual {@link TicketEvent}s (so SLA timers and OLAs follow). A change the
 * ticket's state does not allow is refused with {@link org.medley.platform.Refused}, before
 * anything is written.
 */
public interface PartnerDeskActions {

  /** Who reads a comment: the requester too, or only the hospital's desk. */
  enum Visibility {
    PUBLIC,
    INTERNAL
  }

  /** One status change of a ticket: when, and who made it (as the audit trail names them). */
  record StatusChange(TicketStatus to, Instant at, String actor) {}

  /**
   * A ticket's status and holding group now and its status changes, newest first (the latest few),
   * for the rule that decides whether a desk's status change is older than Medley's.
   */
  record StatusHistory(TicketStatus status, @Nullable Long groupId, List<StatusChange> changes) {

    public StatusHistory {
      changes = List.copyOf(changes);
    }
  }

  /**
   * The ticket's status history, taking the ticket's write turn until the caller's transaction ends
   * (so no other change slips in between this read and the caller's change); empty when the tenant
   * has no such ticket.
   */
  Optional<StatusHistory> statusHistory(long tenantId, long ticketId);

  /** Adds a PUBLIC reply or an INTERNAL note; a CLOSED or CANCELLED ticket takes none. */
  void comment(long tenantId, long ticketId, String actor, Visibility visibility, String body);

  /**
   * Moves the ticket to {@code to}: IN_PROGRESS (a resolved ticket reopens, {@code text} saying
   * why), PENDING (with {@code reason}), RESOLVED (with {@code text} as the resolution and {@code
   * code}, FIXED when the desk gives none) or CANCELLED ({@code text} saying why). Refused unless a
   * partner's group holds the ticket: a ticket the hospital took back is no longer the desk's to
   * move.
   */
  void transition(
      long tenantId,
      long ticketId,
      String actor,
      TicketStatus to,
      @Nullable PendingReason reason,
      @Nullable ResolutionCode code,
      @Nullable String text);

  /**
   * The partner refused the ticket: it goes back to the last hospital group that held it (or the
   * hospital's group the routing rules name for its tier), with {@code reason} as an INTERNAL note.
   * Refused when no partner's group holds the ticket.
   */
  void returnToHospital(long tenantId, long ticketId, String actor, String reason);
}
