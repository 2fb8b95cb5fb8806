package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.sla.TimerSettled;

/**
 * The parameters every SLA insight shares, parsed and checked: local days {@code [from, to)} in the
 * hospital's zone, and the filters. Every mistake names its parameter (400); ids are checked
 * against the tenant by the caller (404).
 */
record InsightQuery(
    LocalDate from,
    LocalDate to,
    @Nullable TimerSettled.Kind kind,
    @Nullable TimerSettled.Target target,
    @Nullable Priority priority,
    @Nullable Tier tier,
    @Nullable Long applicationId,
    @Nullable Long groupId,
    @Nullable Long providerId,
    @Nullable String cause) {

  static final long MAX_DAYS = 3 * 366;
  static final int MAX_PERIODS = 400;
  private static final Pattern CAUSE = Pattern.compile("[A-Z0-9_]{1,40}");

  /** Day, week (Monday to Sunday) or month, as {@code /api/sla/compliance} has them. */
  enum Period {
    DAY,
    WEEK,
    MONTH;

    LocalDate startOf(LocalDate date) {
      return switch (this) {
        case DAY -> date;
        case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> date.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    /** The period starts from {@code from}'s to the one holding the day before {@code to}. */
    List<LocalDate> starts(LocalDate from, LocalDate to) {
      List<LocalDate> starts = new ArrayList<>();
      for (LocalDate d = startOf(from); d.isBefore(to); d = next(d)) {
        starts.add(d);
      }
      return starts;
    }

    long count(LocalDate from, LocalDate to) {
      LocalDate first = startOf(from);
      LocalDate last = startOf(to.minusDays(1));
      return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(first, last);
            case WEEK -> ChronoUnit.WEEKS.between(first, last);
            case MONTH -> ChronoUnit.MONTHS.between(first, last);
          }
          + 1;
    }
  }

  /** A parser that collects every error before refusing. */
  static final class Parser {
    final List<Problem.FieldError> errors = new ArrayList<>();

    LocalDate date(String field, String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        errors.add(new Problem.FieldError(field, "a date such as 2026-10-01"));
        return null;
      }
    }

    <E extends Enum<E>> E option(Class<E> type, String field, @Nullable String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(text.strip())) {
          return e;
        }
      }
      errors.add(
          new Problem.FieldError(
              field,
              "one of "
                  + String.join(
                      ", ",
                      Arrays.stream(type.getEnumConstants())
                          .map(e -> e.name().toLowerCase(Locale.ROOT))
                          .toList())));
      return null;
    }

    /** {@code INTERNAL} (0) or a partner organisation's id. */
    Long provider(@Nullable String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      if (text.strip().equalsIgnoreCase("INTERNAL")) {
        return 0L;
      }
      try {
        long id = Long.parseLong(text.strip());
        if (id > 0) {
          return id;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      errors.add(new Problem.FieldError("provider", "INTERNAL or a partner organisation's id"));
      return null;
    }

    String cause(@Nullable String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      String upper = text.strip().toUpperCase(Locale.ROOT);
      if (!CAUSE.matcher(upper).matches()) {
        errors.add(new Problem.FieldError("cause", "a cause such as PENDING_VENDOR or PARTNER_L1"));
        return null;
      }
      return upper;
    }

    void done() {
      if (!errors.isEmpty()) {
        throw Refused.invalid(errors);
      }
    }
  }

  static InsightQuery parse(
      Parser p,
      String fromText,
      String toText,
      @Nullable String kind,
      @Nullable String target,
      @Nullable String priority,
      @Nullable String tier,
      @Nullable Long applicationId,
      @Nullable Long groupId,
      @Nullable String provider,
      @Nullable String cause) {
    LocalDate from = p.date("from", fromText);
    LocalDate to = p.date("to", toText);
    if (from != null && to != null) {
      if (!to.isAfter(from)) {
        p.errors.add(new Problem.FieldError("to", "must be after from"));
      } else if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
        p.errors.add(new Problem.FieldError("to", "at most three years after from"));
      }
    }
    return new InsightQuery(
        from,
        to,
        p.option(TimerSettled.Kind.class, "kind", kind),
        p.option(TimerSettled.Target.class, "target", target),
        p.option(Priority.class, "priority", priority),
        p.option(Tier.class, "tier", tier),
        applicationId,
        groupId,
        p.provider(provider),
        p.cause(cause));
  }
}
