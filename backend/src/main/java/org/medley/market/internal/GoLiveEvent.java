package org.medley.market.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * The rules of a go-live event, free of I/O: a well-formed window, a plan entry inside it, and the
 * state machine {@code PLANNED → LIVE → DONE}, {@code CANCELLED} from PLANNED or LIVE. Every
 * refusal is a {@link Refused} (400 for bad input, 409 for a step the status does not allow).
 */
final class GoLiveEvent {

  /** The longest window: a go-live's hypercare, not a project plan. */
  static final int MAX_WINDOW_DAYS = 90;

  /** Something done to an event, for its audit trail. */
  record Event(String action, String actor, Instant at, String detail) {}

  private GoLiveEvent() {}

  /** Refuses a window that ends before it starts or runs longer than {@link #MAX_WINDOW_DAYS}. */
  static void checkWindow(LocalDate startsOn, LocalDate endsOn) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    if (endsOn.isBefore(startsOn)) {
      refusals.add(new Problem.FieldError("endsOn", "must not be before the start date"));
    } else if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_WINDOW_DAYS) {
      refusals.add(
          new Problem.FieldError(
              "endsOn", "a go-live window is at most " + MAX_WINDOW_DAYS + " days"));
    }
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
  }

  /** Refuses a plan entry that is empty or not inside the window {@code [from, until)}. */
  static void checkEntry(Instant startsAt, Instant endsAt, Instant from, Instant until) {
    if (!endsAt.isAfter(startsAt)) {
      throw Refused.invalid("endsAt", "must be after startsAt");
    }
    if (startsAt.isBefore(from) || endsAt.isAfter(until)) {
      throw Refused.invalid(
          startsAt.isBefore(from) ? "startsAt" : "endsAt",
          "must be inside the event's window, " + from + " to " + until);
    }
  }

  /** Refuses a change to an event that is over (done or cancelled). */
  static void checkOpen(GoLiveStatus status, String what) {
    if (!status.isOpen()) {
      throw Refused.conflict(
          "status",
          "this go-live is " + status.name().toLowerCase() + ": its " + what + " is kept");
    }
  }

  /** The status a step leads to from {@code status}, or a 409 naming why it cannot be taken. */
  static GoLiveStatus step(GoLiveStatus status, String action) {
    GoLiveStatus next =
        switch (action) {
          case "STARTED" -> status == GoLiveStatus.PLANNED ? GoLiveStatus.LIVE : null;
          // A past go-live may be recorded and finished without ever having been started here.
          case "FINISHED" -> status.isOpen() ? GoLiveStatus.DONE : null;
          case "CANCELLED" -> status.isOpen() ? GoLiveStatus.CANCELLED : null;
          default -> throw new IllegalArgumentException(action);
        };
    if (next == null) {
      throw Refused.conflict(
          "status",
          "a go-live that is "
              + status.name().toLowerCase()
              + " cannot be "
              + action.toLowerCase());
    }
    return next;
  }
}
