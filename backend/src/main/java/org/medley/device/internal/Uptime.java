package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Uptime of a device from its work-order history. Pure.
 *
 * <ul>
 *   <li><b>Downtime</b> is the time covered by its work orders that took it out of use ({@code
 *       device_down}), each from opened to completed, or to the end of the period while still open.
 *       Orders that overlap (a repair opened while a PM had it on the bench) count once.
 *   <li><b>The period</b> is the one asked for, starting no earlier than the device was acquired: a
 *       pump bought in June is not down for the months before it arrived.
 *   <li><b>Uptime</b> is 1 − downtime / period; a period of no length has none (null).
 * </ul>
 */
final class Uptime {

  /** A stretch the device was down; {@code to} null while its order is still open. */
  record Down(Instant from, @Nullable Instant to) {}

  /** Downtime against the length of the period it was measured in. */
  record Figures(Duration period, Duration down) {

    /** Uptime as a percentage, or null when the period has no length. */
    @Nullable
    Double percent() {
      if (period.isZero() || period.isNegative()) {
        return null;
      }
      return 100.0 * (1.0 - (double) down.toMillis() / period.toMillis());
    }

    Figures plus(Figures other) {
      return new Figures(period.plus(other.period), down.plus(other.down));
    }

    static final Figures NONE = new Figures(Duration.ZERO, Duration.ZERO);
  }

  /**
   * Local days at the hospital, both included: by default the last 365 days, at most {@link
   * #MAX_DAYS}. The plan and the audit export are counted in one.
   */
  record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3 * 366;

    static Period parse(@Nullable String from, @Nullable String to, LocalDate today) {
      List<Problem.FieldError> errors = new ArrayList<>();
      LocalDate end = to == null ? today : day(to, "to", errors);
      LocalDate start =
          from == null ? (end == null ? null : end.minusDays(364)) : day(from, "from", errors);
      if (start != null && end != null) {
        if (end.isBefore(start)) {
          errors.add(new Problem.FieldError("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
          errors.add(
              new Problem.FieldError(
                  "to", "at most " + MAX_DAYS + " days (three years) after from"));
        }
      }
      if (!errors.isEmpty()) {
        throw Refused.invalid(errors);
      }
      return new Period(start, end);
    }

    /** The first instant of the period at the hospital. */
    Instant start(ZoneId zone) {
      return from.atStartOfDay(zone).toInstant();
    }

    /** The end of its last day, or now when that is earlier: the future has no history. */
    Instant end(ZoneId zone, Instant now) {
      Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
      return end.isAfter(now) ? now : end;
    }

    private static @Nullable LocalDate day(
        String text, String field, List<Problem.FieldError> errors) {
      try {
        LocalDate day = LocalDate.parse(text.strip());
        if (day.getYear() < 1970 || day.getYear() > 2100) {
          errors.add(new Problem.FieldError(field, "must be between 1970 and 2100"));
          return null;
        }
        return day;
      } catch (DateTimeParseException e) {
        errors.add(new Problem.FieldError(field, "must be a date like 2026-11-01"));
        return null;
      }
    }
  }

  private Uptime() {}

  /**
   * The device's figures over [{@code from}, {@code to}), its start moved to {@code acquired} when
   * that is later.
   */
  static Figures of(List<Down> downs, Instant from, Instant to, @Nullable Instant acquired) {
    Instant start = acquired != null && acquired.isAfter(from) ? acquired : from;
    if (!to.isAfter(start)) {
      return Figures.NONE;
    }
    List<Down> clipped = new ArrayList<>();
    for (Down d : downs) {
      Instant s = d.from().isBefore(start) ? start : d.from();
      Instant e = d.to() == null || d.to().isAfter(to) ? to : d.to();
      if (e.isAfter(s)) {
        clipped.add(new Down(s, e));
      }
    }
    clipped.sort(Comparator.comparing(Down::from));
    Duration down = Duration.ZERO;
    Instant runStart = null;
    Instant runEnd = null;
    for (Down d : clipped) {
      if (runEnd != null && !d.from().isAfter(runEnd)) {
        if (d.to().isAfter(runEnd)) {
          runEnd = d.to();
        }
        continue;
      }
      if (runEnd != null) {
        down = down.plus(Duration.between(runStart, runEnd));
      }
      runStart = d.from();
      runEnd = d.to();
    }
    if (runEnd != null) {
      down = down.plus(Duration.between(runStart, runEnd));
    }
    return new Figures(Duration.between(start, to), down);
  }
}
