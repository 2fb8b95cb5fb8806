package org.medley.sla.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The day, week (Monday to Sunday) or month buckets of {@code [from, to)} in a zone, and the
 * stretches of that range over which the zone's UTC offset is constant. Within one stretch a
 * timer's local date is simply the date of {@code ended_at + offset}, which the database can group
 * by on an index range without knowing time-zone rules; the buckets then add local dates up. Pure.
 */
final class CompliancePeriods {

  /** How long one bucket is. */
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
  }

  /** A bucket: its local first day, and the instants it covers (clipped to the range). */
  record Bucket(LocalDate start, Instant from, Instant to) {}

  /** Instants in {@code [from, to)} are {@code offsetSeconds} ahead of UTC in the zone. */
  record Stretch(Instant from, Instant to, int offsetSeconds) {}

  private final Period period;
  private final List<Bucket> buckets;
  private final Map<LocalDate, Integer> index = new HashMap<>();

  private CompliancePeriods(Period period, List<Bucket> buckets) {
    this.period = period;
    this.buckets = List.copyOf(buckets);
    for (int i = 0; i < buckets.size(); i++) {
      index.put(buckets.get(i).start(), i);
    }
  }

  /** The buckets of {@code [from, to)}; {@code to} must be after {@code from}. */
  static CompliancePeriods of(Instant from, Instant to, ZoneId zone, Period period) {
    List<Bucket> buckets = new ArrayList<>();
    LocalDate start = period.startOf(LocalDate.ofInstant(from, zone));
    Instant at = from;
    while (at.isBefore(to)) {
      LocalDate next = period.next(start);
      Instant end = next.atStartOfDay(zone).toInstant();
      Instant until = end.isAfter(to) ? to : end;
      buckets.add(new Bucket(start, at, until));
      start = next;
      at = until;
    }
    return new CompliancePeriods(period, buckets);
  }

  /** How many buckets {@code [from, to)} has, without building them (to refuse huge requests). */
  static long count(Instant from, Instant to, ZoneId zone, Period period) {
    LocalDate first = period.startOf(LocalDate.ofInstant(from, zone));
    LocalDate last = period.startOf(LocalDate.ofInstant(to.minusNanos(1), zone));
    return switch (period) {
      case DAY -> java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
      case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(first, last) + 1;
      case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    };
  }

  List<Bucket> buckets() {
    return buckets;
  }

  /** The bucket a local date falls in, or -1 outside the range. */
  int bucketOf(LocalDate date) {
    Integer i = index.get(period.startOf(date));
    return i == null ? -1 : i;
  }

  /** {@code [from, to)} cut where the zone's offset changes (daylight saving, rule changes). */
  static List<Stretch> stretches(Instant from, Instant to, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<Stretch> stretches = new ArrayList<>();
    Instant at = from;
    while (at.isBefore(to)) {
      ZoneOffsetTransition transition = rules.nextTransition(at);
      Instant end =
          transition == null || !transition.getInstant().isBefore(to)
              ? to
              : transition.getInstant();
      stretches.add(new Stretch(at, end, rules.getOffset(at).getTotalSeconds()));
      at = end;
    }
    return stretches;
  }
}
