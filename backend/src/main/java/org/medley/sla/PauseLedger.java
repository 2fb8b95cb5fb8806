package org.medley.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medley.calendar.BusinessCalendar;

/**
 * An SLA timer's running history: when it started and each pause since, oldest first, the last one
 * possibly still open. Immutable; {@link #pause} and {@link #resume} return a new ledger.
 *
 * <p>Business time counts only while the timer runs and the calendar is open. A priority change
 * re-targets by asking {@link #deadline} again with the new target: the business time already
 * elapsed carries over, so the new deadline is the calendar's deadline from now (or from the
 * resume) for the new target minus the elapsed time, and lies in the past when the new target has
 * already been used up.
 */
public final class PauseLedger {

  /** A pause from {@code start}; {@code end} is null while it lasts. */
  public record Pause(Instant start, Instant end) {
    public Pause {
      Objects.requireNonNull(start, "start");
      if (end != null && end.isBefore(start)) {
        throw new IllegalArgumentException("pause ends " + end + " before it starts " + start);
      }
    }

    public boolean isOpen() {
      return end == null;
    }
  }

  private final Instant started;
  private final List<Pause> pauses;

  private PauseLedger(Instant started, List<Pause> pauses) {
    this.started = started;
    this.pauses = List.copyOf(pauses);
  }

  /** A timer running since {@code started}, never paused. */
  public static PauseLedger startedAt(Instant started) {
    return new PauseLedger(Objects.requireNonNull(started, "started"), List.of());
  }

  /**
   * A ledger as stored: pauses in order, none before {@code started} or before the previous one's
   * end, only the last one open.
   */
  public static PauseLedger of(Instant started, List<Pause> pauses) {
    PauseLedger ledger = startedAt(started);
    for (Pause pause : pauses) {
      ledger = ledger.pause(pause.start());
      if (!pause.isOpen()) {
        ledger = ledger.resume(pause.end());
      }
    }
    return ledger;
  }

  public Instant started() {
    return started;
  }

  public List<Pause> pauses() {
    return pauses;
  }

  public boolean isPaused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
  }

  /**
   * @throws IllegalStateException when already paused
   * @throws IllegalArgumentException when {@code at} is before the start or the last resume
   */
  public PauseLedger pause(Instant at) {
    Objects.requireNonNull(at, "at");
    if (isPaused()) {
      throw new IllegalStateException("already paused since " + pauses.get(pauses.size() - 1));
    }
    Instant runningSince = runningSince();
    if (at.isBefore(runningSince)) {
      throw new IllegalArgumentException("pause at " + at + " is before " + runningSince);
    }
    List<Pause> next = new ArrayList<>(pauses);
    next.add(new Pause(at, null));
    return new PauseLedger(started, next);
  }

  /**
   * @throws IllegalStateException when not paused
   * @throws IllegalArgumentException when {@code at} is before the pause began
   */
  public PauseLedger resume(Instant at) {
    Objects.requireNonNull(at, "at");
    if (!isPaused()) {
      throw new IllegalStateException("not paused");
    }
    List<Pause> next = new ArrayList<>(pauses);
    Pause open = next.remove(next.size() - 1);
    if (at.isBefore(open.start())) {
      throw new IllegalArgumentException("resume at " + at + " is before the pause at " + open);
    }
    next.add(new Pause(open.start(), at));
    return new PauseLedger(started, next);
  }

  /** Business time the timer has run by the clock's now. */
  public Duration elapsed(BusinessCalendar calendar, Clock clock) {
    return elapsedAt(calendar, clock.instant());
  }

  /** Business time the timer has run by {@code now}; zero when {@code now} is before the start. */
  public Duration elapsedAt(BusinessCalendar calendar, Instant now) {
    Duration elapsed = Duration.ZERO;
    Instant runFrom = started;
    for (Pause pause : pauses) {
      elapsed = elapsed.plus(runBetween(calendar, runFrom, min(pause.start(), now)));
      if (pause.isOpen()) {
        return elapsed;
      }
      runFrom = pause.end();
    }
    return elapsed.plus(runBetween(calendar, runFrom, now));
  }

  /**
   * The instant at which the timer's business time reaches {@code target}: in the past when it was
   * reached before now (the breach time), empty while paused short of it (a paused timer has no
   * deadline).
   */
  public Optional<Instant> deadline(BusinessCalendar calendar, Duration target) {
    Duration remaining = Objects.requireNonNull(target, "target");
    Instant runFrom = started;
    for (Pause pause : pauses) {
      Duration run = calendar.elapsed(runFrom, pause.start());
      if (remaining.compareTo(run) <= 0) {
        return Optional.of(calendar.deadline(runFrom, remaining));
      }
      remaining = remaining.minus(run);
      if (pause.isOpen()) {
        return Optional.empty();
      }
      runFrom = pause.end();
    }
    return Optional.of(calendar.deadline(runFrom, remaining));
  }

  private Instant runningSince() {
    return pauses.isEmpty() ? started : pauses.get(pauses.size() - 1).end();
  }

  private static Duration runBetween(BusinessCalendar calendar, Instant from, Instant to) {
    return to.isAfter(from) ? calendar.elapsed(from, to) : Duration.ZERO;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PauseLedger that
        && started.equals(that.started)
        && pauses.equals(that.pauses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(started, pauses);
  }

  @Override
  public String toString() {
    return "PauseLedger[started=" + started + ", pauses=" + pauses + "]";
  }
}
