package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * The range a scorecard covers: {@code [from, to)}, each given as an instant or as a day at the
 * hospital (a {@code from} day counts from its start, a {@code to} day up to its end); by default
 * the 30 days up to now. At most a year, so a card stays one cheap read. Pure.
 */
record ScorecardRange(Instant from, Instant to) {

  static final Duration DEFAULT = Duration.ofDays(30);
  static final Duration MAX = Duration.ofDays(366);
  static final String FORMAT = "an instant (2026-11-01T00:00:00Z) or a date (2026-11-01)";

  /** The range asked for, or {@link Refused} naming each parameter that is wrong. */
  static ScorecardRange parse(
      @Nullable String fromText, @Nullable String toText, ZoneId zone, Instant now) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Instant to = toText == null ? now : instant(toText, zone, true, "to", errors);
    Instant from = null;
    if (fromText != null) {
      from = instant(fromText, zone, false, "from", errors);
    } else if (to != null) {
      from = to.minus(DEFAULT);
    }
    if (from != null && to != null) {
      if (!to.isAfter(from)) {
        errors.add(new Problem.FieldError("to", "must be after from"));
      } else if (Duration.between(from, to).compareTo(MAX) > 0) {
        errors.add(new Problem.FieldError("to", "at most a year (366 days) after from"));
      }
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new ScorecardRange(from, to);
  }

  private static Instant instant(
      String text, ZoneId zone, boolean endOfDay, String field, List<Problem.FieldError> errors) {
    String value = text.strip();
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
      }
      Instant at = Instant.parse(value);
      if (at.isBefore(Instant.parse("1990-01-01T00:00:00Z"))
          || at.isAfter(Instant.parse("2101-01-01T00:00:00Z"))) {
        errors.add(new Problem.FieldError(field, "must be between 1990 and 2100"));
        return null;
      }
      return at;
    } catch (DateTimeException e) {
      errors.add(new Problem.FieldError(field, FORMAT));
      return null;
    }
  }

  /** The range cut into weeks from {@code from}; the last may be shorter. */
  List<ScorecardRange> weeks() {
    List<ScorecardRange> weeks = new ArrayList<>();
    for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofDays(7))) {
      Instant end = at.plus(Duration.ofDays(7));
      weeks.add(new ScorecardRange(at, end.isAfter(to) ? to : end));
    }
    return weeks;
  }
}
