package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;
import org.medley.desk.PartnerDeskActions.StatusChange;
import org.medley.desk.PartnerDeskActions.StatusHistory;
import org.medley.desk.TicketStatus;

/**
 * When both sides change a ticket's status at once, the later change by its own clock wins, except
 * that Medley's CLOSED and CANCELLED are final. A desk's status change older than the ticket's last
 * status change made elsewhere (a person, the SLA sweep, another desk) is kept as an INTERNAL note
 * instead. The desk's own earlier changes do not count against it: a poll applies a desk's changes
 * after they happened, in the desk's order, and each must win over the one before.
 */
final class StatusConflict {

  enum Verdict {
    /** Apply the desk's change. */
    APPLY,
    /** Medley changed the status later: record the desk's change as an INTERNAL note. */
    NOTE,
    /** The ticket is CLOSED or CANCELLED: nothing moves it any more. */
    FINAL
  }

  private StatusConflict() {}

  /**
   * @param deskAt when the desk says its change happened (null: unknown, taken as now)
   * @param deskName the connector's name, which every change it applied is audited under
   */
  static Verdict judge(StatusHistory ticket, @Nullable Instant deskAt, String deskName) {
    if (ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.CANCELLED) {
      return Verdict.FINAL;
    }
    Optional<StatusChange> medleys = lastChangeElsewhere(ticket, deskName);
    if (deskAt != null && medleys.isPresent() && deskAt.isBefore(medleys.get().at())) {
      return Verdict.NOTE;
    }
    return Verdict.APPLY;
  }

  /** The newest status change not made by this desk. */
  static Optional<StatusChange> lastChangeElsewhere(StatusHistory ticket, String deskName) {
    return ticket.changes().stream().filter(c -> !madeBy(c.actor(), deskName)).findFirst();
  }

  /** Audited as {@code "<desk>"} or {@code "<desk>: <desk user>"}. */
  static boolean madeBy(String actor, String deskName) {
    return actor.equals(deskName) || actor.startsWith(deskName + ": ");
  }
}
