package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;

/**
 * How Medley's ticket statuses and priorities read in TM Forum's TMF621 Trouble Ticket v4, both
 * ways. Out: NEW and ASSIGNED are {@code acknowledged}, IN_PROGRESS {@code inProgress}, PENDING
 * {@code held} when it waits for a change window or a vendor (something outside both desks) and
 * {@code pending} otherwise, RESOLVED {@code resolved}, CLOSED {@code closed}, CANCELLED {@code
 * cancelled}. In (a partner's PATCH): {@code acknowledged} and {@code inProgress} start work
 * (IN_PROGRESS), {@code pending} and {@code held} wait for the partner (PENDING(PARTNER)), {@code
 * resolved} and {@code cancelled} are Medley's own, {@code rejected} hands the ticket back to the
 * hospital; {@code closed} is the requester's or the desk's confirmation and no partner's to set.
 * Priority P1…P4 reads as "1"…"4" (TMF's own examples number priorities, 1 the most urgent).
 */
final class TmfStatus {

  static final List<String> NAMES =
      List.of(
          "acknowledged",
          "inProgress",
          "pending",
          "held",
          "resolved",
          "closed",
          "cancelled",
          "rejected");

  /** What a partner asks for in a PATCH, in Medley's terms. */
  enum Requested {
    START,
    WAIT,
    RESOLVE,
    CANCEL,
    REJECT,
    CLOSE
  }

  private TmfStatus() {}

  static String of(TicketStatus status, @Nullable PendingReason reason) {
    return switch (status) {
      case NEW, ASSIGNED -> "acknowledged";
      case IN_PROGRESS -> "inProgress";
      case PENDING ->
          reason == PendingReason.CHANGE || reason == PendingReason.VENDOR ? "held" : "pending";
      case RESOLVED -> "resolved";
      case CLOSED -> "closed";
      case CANCELLED -> "cancelled";
    };
  }

  /** The request a TMF status names, or empty for a name TMF621 does not have. */
  static Optional<Requested> requested(String tmf) {
    return Optional.ofNullable(
        switch (tmf) {
          case "acknowledged", "inProgress" -> Requested.START;
          case "pending", "held" -> Requested.WAIT;
          case "resolved" -> Requested.RESOLVE;
          case "cancelled" -> Requested.CANCEL;
          case "rejected" -> Requested.REJECT;
          case "closed" -> Requested.CLOSE;
          default -> null;
        });
  }

  /** Whether the ticket already is where the request would take it (a repeated PATCH). */
  static boolean already(Requested requested, TicketStatus status) {
    return switch (requested) {
      case START -> status == TicketStatus.IN_PROGRESS;
      case WAIT -> status == TicketStatus.PENDING;
      case RESOLVE -> status == TicketStatus.RESOLVED;
      case CANCEL -> status == TicketStatus.CANCELLED;
      case CLOSE -> status == TicketStatus.CLOSED;
      case REJECT -> false;
    };
  }

  /** The Medley statuses (and pending reasons) a TMF status filter names, for list queries. */
  record Filter(Set<TicketStatus> statuses, @Nullable Boolean held) {}

  static Optional<Filter> filter(String tmf) {
    return Optional.ofNullable(
        switch (tmf) {
          case "acknowledged" ->
              new Filter(EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED), null);
          case "inProgress" -> new Filter(EnumSet.of(TicketStatus.IN_PROGRESS), null);
          case "pending" -> new Filter(EnumSet.of(TicketStatus.PENDING), false);
          case "held" -> new Filter(EnumSet.of(TicketStatus.PENDING), true);
          case "resolved" -> new Filter(EnumSet.of(TicketStatus.RESOLVED), null);
          case "closed" -> new Filter(EnumSet.of(TicketStatus.CLOSED), null);
          case "cancelled" -> new Filter(EnumSet.of(TicketStatus.CANCELLED), null);
          default -> null;
        });
  }

  static String priority(Priority priority) {
    return priority.name().substring(1);
  }

  /** P1 for "1" … P4 for "4"; empty for anything else. */
  static Optional<Priority> priority(String tmf) {
    return switch (tmf.strip().toLowerCase(Locale.ROOT)) {
      case "1" -> Optional.of(Priority.P1);
      case "2" -> Optional.of(Priority.P2);
      case "3" -> Optional.of(Priority.P3);
      case "4" -> Optional.of(Priority.P4);
      default -> Optional.empty();
    };
  }

  /**
   * The impact and urgency that give {@code target} by the ITIL matrix, changing as little of the
   * ticket's own as possible: urgency first (how soon), then impact as well when urgency alone
   * cannot reach it.
   */
  static int[] impactAndUrgency(int impact, int urgency, Priority target) {
    int[] best = null;
    int bestCost = Integer.MAX_VALUE;
    for (int i = 1; i <= 3; i++) {
      for (int u = 1; u <= 3; u++) {
        if (org.medley.desk.PriorityMatrix.priorityOf(i, u) != target) {
          continue;
        }
        // Moving impact costs more than moving urgency: a partner knows the deadline, the
        // hospital knows how many people are affected.
        int cost = 3 * Math.abs(i - impact) + Math.abs(u - urgency);
        if (cost < bestCost) {
          bestCost = cost;
          best = new int[] {i, u};
        }
      }
    }
    return best;
  }

  /** TMF severity from Medley's impact (how many are affected). */
  static String severity(int impact) {
    return switch (impact) {
      case 1 -> "critical";
      case 2 -> "major";
      default -> "minor";
    };
  }
}
