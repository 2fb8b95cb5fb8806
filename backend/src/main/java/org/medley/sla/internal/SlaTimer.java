package org.medley.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medley.calendar.BusinessCalendar;

/**
 * The arithmetic of one timer, free of storage: business time run so far ({@code elapsedBefore} up
 * to {@code runFrom}, plus the calendar's open time since {@code runFrom} while running), the
 * stored deadline and the instant of the next check (next warning threshold or the deadline).
 *
 * <p>Every operation first <em>settles</em>: a running timer whose deadline has passed is breached
 * at the deadline, not at the instant somebody noticed. Operations return the new timer and the
 * history rows they caused; the sweep's {@link #check} also returns the warnings and the breach.
 */
record SlaTimer(
    Duration target,
    List<Integer> warnings,
    TimerState state,
    Instant runFrom,
    Duration elapsedBefore,
    Instant pausedSince,
    int warnedPercent,
    Instant dueAt,
    Instant nextCheckAt,
    Instant endedAt) {

  SlaTimer {
    Objects.requireNonNull(target, "target");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(elapsedBefore, "elapsedBefore");
  }

  /** A history row: what happened, when it happened (not when it was recorded), and a detail. */
  record Event(String name, Instant at, String detail) {}

  /** The new state of a timer and what happened on the way. */
  record Step(SlaTimer timer, List<Event> events) {
    Step then(Step next) {
      List<Event> all = new ArrayList<>(events);
      all.addAll(next.events);
      return new Step(next.timer, all);
    }
  }

  static Step start(
      BusinessCalendar calendar,
      Duration target,
      List<Integer> warnings,
      Instant at,
      boolean paused) {
    SlaTimer timer =
        new SlaTimer(
            target, warnings, TimerState.RUNNING, at, Duration.ZERO, null, 0, null, null, null);
    Step started =
        new Step(timer.scheduled(calendar), List.of(new Event("STARTED", at, "target " + target)));
    return paused ? started.then(started.timer.pause(calendar, at)) : started;
  }

  /** Business time run by {@code now}. */
  Duration elapsedAt(BusinessCalendar calendar, Instant now) {
    if (runFrom == null || !now.isAfter(runFrom)) {
      return elapsedBefore;
    }
    return elapsedBefore.plus(calendar.elapsed(runFrom, now));
  }

  /** Negative once the target is used up. */
  Duration remainingAt(BusinessCalendar calendar, Instant now) {
    return target.minus(elapsedAt(calendar, now));
  }

  /** Whole percent of the target used by {@code now}; above 100 when late. */
  int percentUsedAt(BusinessCalendar calendar, Instant now) {
    if (target.isZero()) {
      return 100;
    }
    return (int) (elapsedAt(calendar, now).toMillis() * 100 / target.toMillis());
  }

  Step pause(BusinessCalendar calendar, Instant at) {
    Step settled = settle(at);
    SlaTimer t = settled.timer;
    if (t.state != TimerState.RUNNING) {
      return settled;
    }
    SlaTimer paused =
        new SlaTimer(
            target,
            warnings,
            TimerState.PAUSED,
            null,
            t.elapsedAt(calendar, at),
            at,
            warnedPercent,
            null,
            null,
            null);
    return settled.then(new Step(paused, List.of(new Event("PAUSED", at, null))));
  }

  Step resume(BusinessCalendar calendar, Instant at) {
    if (state != TimerState.PAUSED) {
      return new Step(this, List.of());
    }
    Instant from = at.isBefore(pausedSince) ? pausedSince : at;
    SlaTimer running =
        new SlaTimer(
            target,
            warnings,
            TimerState.RUNNING,
            from,
            elapsedBefore,
            null,
            warnedPercent,
            null,
            null,
            null);
    return new Step(running.scheduled(calendar), List.of(new Event("RESUMED", from, null)));
  }

  /**
   * A new target (priority or policy change), possibly on another calendar. The business time run
   * so far carries over (measured on the old calendar) unless {@code restart}; a breach already
   * recorded stays recorded.
   */
  Step retarget(
      BusinessCalendar oldCalendar,
      BusinessCalendar newCalendar,
      Duration newTarget,
      List<Integer> newWarnings,
      Instant at,
      boolean restart) {
    Step settled = settle(at);
    SlaTimer t = settled.timer;
    if (!t.state.isOpen()) {
      return settled;
    }
    boolean running = t.state == TimerState.RUNNING;
    Duration elapsed = restart ? Duration.ZERO : t.elapsedAt(oldCalendar, at);
    SlaTimer next =
        new SlaTimer(
            newTarget,
            newWarnings,
            t.state,
            running ? at : null,
            elapsed,
            running ? null : t.pausedSince,
            restart ? 0 : t.warnedPercent,
            null,
            null,
            null);
    String detail =
        (restart ? "restarted, target " : "target ")
            + t.target
            + " → "
            + newTarget
            + (restart ? "" : ", " + elapsed + " carried over");
    return settled.then(
        new Step(next.scheduled(newCalendar), List.of(new Event("RETARGETED", at, detail))));
  }

  /** The target is reached (responded, resolved): MET, unless the deadline had already passed. */
  Step stop(BusinessCalendar calendar, Instant at) {
    Step settled = settle(at);
    SlaTimer t = settled.timer;
    if (t.state.isOpen()) {
      SlaTimer met =
          new SlaTimer(
              target,
              warnings,
              TimerState.MET,
              null,
              t.elapsedAt(calendar, at),
              null,
              warnedPercent,
              t.dueAt,
              null,
              at);
      return settled.then(new Step(met, List.of(new Event("MET", at, null))));
    }
    if (t.state == TimerState.BREACHED && t.runFrom != null) {
      // Late but done: freeze the business time so "how late" stops growing.
      SlaTimer done =
          new SlaTimer(
              target,
              warnings,
              TimerState.BREACHED,
              null,
              t.elapsedAt(calendar, at),
              null,
              t.warnedPercent,
              t.dueAt,
              null,
              t.endedAt);
      return settled.then(new Step(done, List.of(new Event("STOPPED", at, "late"))));
    }
    return settled;
  }

  Step cancel(Instant at) {
    if (!state.isOpen()) {
      return new Step(this, List.of());
    }
    SlaTimer cancelled =
        new SlaTimer(
            target,
            warnings,
            TimerState.CANCELLED,
            null,
            elapsedBefore,
            null,
            warnedPercent,
            dueAt,
            null,
            at);
    return new Step(cancelled, List.of(new Event("CANCELLED", at, null)));
  }

  /** A resolved ticket reopened: the resolution timer runs on from where it stopped. */
  Step reopen(BusinessCalendar calendar, Instant at) {
    if (state != TimerState.MET) {
      return new Step(this, List.of());
    }
    SlaTimer running =
        new SlaTimer(
            target,
            warnings,
            TimerState.RUNNING,
            at,
            elapsedBefore,
            null,
            warnedPercent,
            null,
            null,
            null);
    return new Step(running.scheduled(calendar), List.of(new Event("REOPENED", at, null)));
  }

  /**
   * What the sweep does at {@code now}: breach at the deadline, or warn at the highest threshold.
   */
  Step check(BusinessCalendar calendar, Instant now) {
    Step settled = settle(now);
    SlaTimer t = settled.timer;
    if (t.state != TimerState.RUNNING) {
      return settled;
    }
    int used = t.percentUsedAt(calendar, now);
    int crossed = 0;
    for (int threshold : warnings) {
      if (threshold <= used && threshold > t.warnedPercent) {
        crossed = Math.max(crossed, threshold);
      }
    }
    if (crossed == 0) {
      return new Step(t.scheduled(calendar), settled.events);
    }
    // Several thresholds passed while nobody looked (downtime): one warning, the highest.
    Instant reached = t.thresholdAt(calendar, crossed);
    SlaTimer warned =
        new SlaTimer(
            target,
            warnings,
            TimerState.RUNNING,
            t.runFrom,
            t.elapsedBefore,
            null,
            crossed,
            null,
            null,
            null);
    return settled.then(
        new Step(
            warned.scheduled(calendar),
            List.of(new Event("WARNING", reached, crossed + " % of " + target + " used"))));
  }

  /** Breached at the deadline when it has passed by {@code at}. */
  private Step settle(Instant at) {
    if (state != TimerState.RUNNING || dueAt == null || dueAt.isAfter(at)) {
      return new Step(this, List.of());
    }
    SlaTimer breached =
        new SlaTimer(
            target,
            warnings,
            TimerState.BREACHED,
            runFrom,
            elapsedBefore,
            null,
            warnedPercent,
            dueAt,
            null,
            dueAt);
    return new Step(breached, List.of(new Event("BREACHED", dueAt, "target " + target)));
  }

  /** The same timer with its deadline and next check computed (running timers only). */
  private SlaTimer scheduled(BusinessCalendar calendar) {
    if (state != TimerState.RUNNING) {
      return this;
    }
    Duration remaining = target.minus(elapsedBefore);
    Instant due = remaining.isNegative() ? runFrom : calendar.deadline(runFrom, remaining);
    Instant next = due;
    for (int threshold : warnings) {
      if (threshold > warnedPercent && threshold < 100) {
        Instant at = thresholdAt(calendar, threshold);
        if (at.isBefore(next)) {
          next = at;
        }
        break;
      }
    }
    return new SlaTimer(
        target,
        warnings,
        state,
        runFrom,
        elapsedBefore,
        pausedSince,
        warnedPercent,
        due,
        next,
        endedAt);
  }

  /** When a running timer's business time reaches {@code percent} of its target. */
  private Instant thresholdAt(BusinessCalendar calendar, int percent) {
    Duration mark = target.multipliedBy(percent).dividedBy(100).minus(elapsedBefore);
    return mark.isNegative() || mark.isZero() ? runFrom : calendar.deadline(runFrom, mark);
  }
}
