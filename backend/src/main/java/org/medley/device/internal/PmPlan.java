package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.medley.calendar.BusinessCalendar;

/**
 * Preventive maintenance, planned: when a device falls due and the slot to do the work in. Pure.
 *
 * <ul>
 *   <li><b>Due dates</b> are a fixed series from the device's maintenance anchor (acquisition, or
 *       when the fleet first knew it): anchor + k × interval months, each computed from the anchor
 *       so month ends do not drift (31 Jan + 1 month is 28 Feb, + 2 months is 31 Mar). A late
 *       completion does not move the series: surveys expect the interval kept.
 *   <li><b>The window</b> is the calendar month of the due date: done by its last day is on time
 *       ({@link org.medley.device.PmTimeliness}). A window already over when planning runs gets no
 *       order: nothing is invented for the past.
 *   <li><b>The slot</b> is the earliest stretch of the work order's length, inside the window and
 *       not before now, when the technicians work (their group's calendar: weekdays, holidays, DST
 *       as {@link BusinessCalendar} keeps them) and the device's unit is not busy (its busy-hours
 *       calendar). When the window has no such stretch, the earliest working stretch inside the
 *       unit's busy hours, flagged; when it has no working stretch at all, no slot.
 * </ul>
 */
final class PmPlan {

  /** Slots start on the quarter hour: a plan says 10:45, not 10:37:12. */
  static final Duration GRAIN = Duration.ofMinutes(15);

  /** A due day and the last day of its window. */
  record Due(LocalDate dueOn, LocalDate windowEndsOn) {}

  /** When to do the work; {@code inBusyHours} when the window left no quiet stretch. */
  record Slot(Instant start, Instant end, boolean inBusyHours) {}

  private PmPlan() {}

  /**
   * The due days whose window has not ended by {@code today} and that fall on or before {@code
   * through}, in order.
   */
  static List<Due> dues(LocalDate anchor, int intervalMonths, LocalDate today, LocalDate through) {
    if (intervalMonths < 1) {
      throw new IllegalArgumentException("interval " + intervalMonths + " months");
    }
    List<Due> dues = new ArrayList<>();
    // Skip whole intervals up to about today without stepping through them one by one.
    long months = Math.max(0, ChronoUnit.MONTHS.between(anchor, today) / intervalMonths - 1);
    for (long k = Math.max(1, months); ; k++) {
      LocalDate due = anchor.plusMonths(k * intervalMonths);
      if (due.isAfter(through)) {
        return dues;
      }
      LocalDate windowEnds = due.with(TemporalAdjusters.lastDayOfMonth());
      if (!windowEnds.isBefore(today)) {
        dues.add(new Due(due, windowEnds));
      }
    }
  }

  /**
   * The slot for work of {@code length} in the window of {@code due}, not before {@code notBefore};
   * null when the technicians do not work in what is left of the window.
   *
   * @param busy the unit's busy hours; null: never busy
   */
  static @Nullable Slot slot(
      Due due,
      ZoneId zone,
      BusinessCalendar work,
      @Nullable BusinessCalendar busy,
      Instant notBefore,
      Duration length) {
    Instant windowStart = due.dueOn().withDayOfMonth(1).atStartOfDay(zone).toInstant();
    Instant windowEnd = due.windowEndsOn().plusDays(1).atStartOfDay(zone).toInstant();
    Instant from = ceil(windowStart.isAfter(notBefore) ? windowStart : notBefore);
    if (busy != null) {
      Instant quiet = earliest(from, windowEnd, length, work, busy);
      if (quiet != null) {
        return new Slot(quiet, quiet.plus(length), false);
      }
    }
    Instant any = earliest(from, windowEnd, length, work, null);
    return any == null ? null : new Slot(any, any.plus(length), busy != null);
  }

  /** The earliest start in [from, end − length] when work is open and busy closed throughout. */
  private static @Nullable Instant earliest(
      Instant from,
      Instant end,
      Duration length,
      BusinessCalendar work,
      @Nullable BusinessCalendar busy) {
    Instant at = from;
    while (!at.plus(length).isAfter(end)) {
      if (!work.isOpen(at)) {
        at = ceil(nextOpening(work, at, end));
      } else if (busy != null && busy.isOpen(at)) {
        at = ceil(busy.openUntil(at, end));
      } else {
        Instant free = work.openUntil(at, end);
        if (busy != null) {
          Instant busyOpens = nextOpening(busy, at, end);
          free = busyOpens.isBefore(free) ? busyOpens : free;
        }
        if (!at.plus(length).isAfter(free)) {
          return at;
        }
        at = free.equals(at) ? at.plus(GRAIN) : ceil(free);
      }
    }
    return null;
  }

  /** When {@code calendar} next opens after {@code at} (closed at it), or {@code end}. */
  private static Instant nextOpening(BusinessCalendar calendar, Instant at, Instant end) {
    Instant from = at;
    if (calendar.isOpen(at)) {
      // Open at `at` itself: the next opening is after the current period closes.
      from = calendar.openUntil(at, end);
      if (!from.isBefore(end)) {
        return end;
      }
    }
    try {
      // A second of open time after a closed instant ends one second after the next opening.
      Instant opening = calendar.deadline(from, Duration.ofSeconds(1)).minusSeconds(1);
      return opening.isBefore(end) ? opening : end;
    } catch (IllegalArgumentException neverOpensAgain) {
      return end;
    }
  }

  /** Up to the next quarter hour (unchanged when on one). */
  static Instant ceil(Instant instant) {
    long grain = GRAIN.getSeconds();
    long seconds = instant.getEpochSecond();
    long rounded = Math.floorDiv(seconds + grain - 1 + (instant.getNano() > 0 ? 1 : 0), grain);
    return Instant.ofEpochSecond(rounded * grain);
  }
}
