package org.medley.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over random calendars (zones with 30- and 45-minute offsets and DST steps, night
 * shifts, intervals running from Sunday into Monday, whole and partial holidays) and random
 * instants in 2025-2028. The reference is the rule itself, read off the wall clock minute by minute
 * with {@link LocalDateTime#ofInstant}: open when the local time lies in an interval of that date
 * or in the previous date's interval running past midnight.
 */
class BusinessCalendarPropertiesTest {

  private static final List<String> ZONES =
      List.of(
          "America/New_York",
          "Europe/Berlin",
          "Australia/Lord_Howe", // DST moves the clock by 30 minutes
          "Australia/Sydney",
          "America/St_Johns", // -03:30 with DST
          "Pacific/Chatham", // +12:45 with DST
          "Asia/Kathmandu", // +05:45
          "Africa/Casablanca", // clocks go back for Ramadan
          "Pacific/Apia",
          "UTC");

  private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2029-01-01T00:00:00Z");
  private static final int WEEK_MINUTES = 7 * 24 * 60;
  private static final int DAY_MINUTES = 24 * 60;

  /** A random calendar and the same rules in plain form for the reference count. */
  record RandomCalendar(
      BusinessCalendar calendar,
      ZoneId zone,
      List<List<int[]>> week,
      Map<LocalDate, List<int[]>> holidays) {

    List<int[]> intervalsStartingOn(LocalDate date) {
      List<int[]> holiday = holidays.get(date);
      return holiday != null ? holiday : week.get(date.getDayOfWeek().ordinal());
    }

    /** The rule, read off the wall clock. */
    boolean openByWallClock(Instant instant) {
      LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
      int second = local.toLocalTime().toSecondOfDay();
      for (int[] interval : intervalsStartingOn(local.toLocalDate())) {
        if (interval[0] * 60 <= second && second < interval[1] * 60) {
          return true;
        }
      }
      for (int[] interval : intervalsStartingOn(local.toLocalDate().minusDays(1))) {
        if (second < (interval[1] - DAY_MINUTES) * 60) {
          return true;
        }
      }
      return false;
    }

    /** Open time between whole minutes, counted a minute at a time. */
    Duration countMinuteByMinute(Instant from, Instant to) {
      long open = 0;
      for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
        open += openByWallClock(t) ? 1 : 0;
      }
      return Duration.ofMinutes(open);
    }

    @Override
    public String toString() {
      return calendar.spec().toString();
    }
  }

  @Property(tries = 500)
  void elapsedUntilTheDeadlineIsTheDuration(
      @ForAll("calendars") RandomCalendar cal,
      @ForAll("instants") Instant start,
      @ForAll("durations") Duration duration) {
    Instant deadline = cal.calendar().deadline(start, duration);

    assertThat(deadline).isAfterOrEqualTo(start);
    assertThat(cal.calendar().elapsed(start, deadline)).isEqualTo(duration);
  }

  @Property(tries = 500)
  void theDeadlineIsReachedWhileOpen(
      @ForAll("calendars") RandomCalendar cal,
      @ForAll("instants") Instant start,
      @ForAll("durations") Duration duration) {
    Assume.that(!duration.isZero());

    Instant deadline = cal.calendar().deadline(start, duration);

    assertThat(cal.openByWallClock(deadline.minusNanos(1))).isTrue();
  }

  @Property(tries = 500)
  void deadlinesNeverGoBackAsTheDurationGrows(
      @ForAll("calendars") RandomCalendar cal,
      @ForAll("instants") Instant start,
      @ForAll("durations") Duration a,
      @ForAll("durations") Duration b) {
    Duration shorter = a.compareTo(b) <= 0 ? a : b;
    Duration longer = a.compareTo(b) <= 0 ? b : a;

    assertThat(cal.calendar().deadline(start, shorter))
        .isBeforeOrEqualTo(cal.calendar().deadline(start, longer));
  }

  @Property(tries = 500)
  void elapsedAddsUpAndNeverExceedsWallTime(
      @ForAll("calendars") RandomCalendar cal,
      @ForAll("instants") Instant x,
      @ForAll("instants") Instant y,
      @ForAll("instants") Instant z) {
    List<Instant> sorted = new ArrayList<>(List.of(x, y, z));
    sorted.sort(null);
    Instant a = sorted.get(0);
    Instant b = sorted.get(1);
    Instant c = sorted.get(2);
    BusinessCalendar calendar = cal.calendar();

    assertThat(calendar.elapsed(a, c))
        .isEqualTo(calendar.elapsed(a, b).plus(calendar.elapsed(b, c)))
        .isLessThanOrEqualTo(Duration.between(a, c));
  }

  @Property(tries = 300)
  void elapsedIsTheWallClockCount(
      @ForAll("calendars") RandomCalendar cal,
      @ForAll("minutes") Instant from,
      @ForAll("spanMinutes") int minutes) {
    Instant to = from.plusSeconds(60L * minutes);

    assertThat(cal.calendar().elapsed(from, to)).isEqualTo(cal.countMinuteByMinute(from, to));
  }

  @Property(tries = 300)
  void aroundClockChangesElapsedAndDeadlineAreTheWallClockCount(
      @ForAll("calendars") RandomCalendar cal,
      @ForAll @IntRange(min = 0, max = 100) int transition,
      @ForAll @IntRange(min = -2 * DAY_MINUTES, max = DAY_MINUTES) int minutesFromIt,
      @ForAll("spanMinutes") int minutes) {
    List<Instant> changes = clockChanges(cal.zone());
    Assume.that(!changes.isEmpty());
    Instant from = changes.get(transition % changes.size()).plusSeconds(60L * minutesFromIt);
    Instant to = from.plusSeconds(60L * minutes);

    Duration counted = cal.countMinuteByMinute(from, to);
    assertThat(cal.calendar().elapsed(from, to)).isEqualTo(counted);
    if (!counted.isZero()) {
      assertThat(cal.calendar().deadline(from, counted)).isEqualTo(lastOpenMinuteEnd(cal, to));
    }
  }

  /** The end of the last open minute before {@code to}: where a deadline for it all lands. */
  private static Instant lastOpenMinuteEnd(RandomCalendar cal, Instant to) {
    Instant minute = to.minusSeconds(60);
    while (!cal.openByWallClock(minute)) {
      minute = minute.minusSeconds(60);
    }
    return minute.plusSeconds(60);
  }

  private static List<Instant> clockChanges(ZoneId zone) {
    List<Instant> changes = new ArrayList<>();
    ZoneOffsetTransition next = zone.getRules().nextTransition(FROM);
    while (next != null && next.getInstant().isBefore(UNTIL)) {
      changes.add(next.getInstant());
      next = zone.getRules().nextTransition(next.getInstant());
    }
    return changes;
  }

  @Property(tries = 1000)
  void isOpenIsTheWallClockRule(
      @ForAll("calendars") RandomCalendar cal, @ForAll("instants") Instant instant) {
    assertThat(cal.calendar().isOpen(instant)).isEqualTo(cal.openByWallClock(instant));
  }

  @Property(tries = 300)
  void closedTimeCountsNothingAndTheClockStartsAtTheNextOpening(
      @ForAll("calendars") RandomCalendar cal, @ForAll("minutes") Instant closed) {
    Assume.that(!cal.openByWallClock(closed));
    Instant opening = closed;
    Instant giveUp = closed.plus(Duration.ofDays(10));
    while (!cal.openByWallClock(opening) && opening.isBefore(giveUp)) {
      opening = opening.plusSeconds(60);
    }
    Assume.that(cal.openByWallClock(opening));

    assertThat(cal.calendar().elapsed(closed, opening)).isZero();
    assertThat(cal.calendar().deadline(closed, Duration.ofNanos(1)))
        .isEqualTo(opening.plusNanos(1));
  }

  @Provide
  Arbitrary<RandomCalendar> calendars() {
    return Arbitraries.randomValue(BusinessCalendarPropertiesTest::randomCalendar);
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Integer> nanos =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0)),
            Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    return Combinators.combine(seconds(), nanos).as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<Instant> minutes() {
    return seconds().map(second -> Instant.ofEpochSecond(Math.floorDiv(second, 60) * 60));
  }

  /**
   * Seconds in 2025-2028, one in four within three days of a boundary between the spans of about a
   * year that the calendar computes its open periods in, which must not show.
   */
  private static Arbitrary<Long> seconds() {
    Arbitrary<Long> anywhere =
        Arbitraries.longs().between(FROM.getEpochSecond(), UNTIL.getEpochSecond());
    long firstBoundary = (FROM.getEpochSecond() >> OpenPeriods.SPAN_BITS) + 1;
    long lastBoundary = UNTIL.getEpochSecond() >> OpenPeriods.SPAN_BITS;
    long threeDays = Duration.ofDays(3).toSeconds();
    Arbitrary<Long> nearBoundary =
        Combinators.combine(
                Arbitraries.longs().between(firstBoundary, lastBoundary),
                Arbitraries.longs().between(-threeDays, threeDays))
            .as((boundary, offset) -> (boundary << OpenPeriods.SPAN_BITS) + offset);
    return Arbitraries.frequencyOf(Tuple.of(3, anywhere), Tuple.of(1, nearBoundary));
  }

  @Provide
  Arbitrary<Integer> spanMinutes() {
    return Arbitraries.integers().between(0, 3 * DAY_MINUTES);
  }

  /** Zero to 60 days of business time, often whole minutes, sometimes with nanoseconds. */
  @Provide
  Arbitrary<Duration> durations() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(0, Duration.ofDays(60).toSeconds());
    Arbitrary<Integer> nanos =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0)),
            Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    return Combinators.combine(seconds, nanos).as(Duration::ofSeconds);
  }

  /**
   * Weekly intervals are cut from a circle of 10 080 minutes, so they never overlap, may run past
   * midnight and from Sunday into Monday, and last at most a day. Holiday hours start after the
   * previous night's shift ends and end by midnight.
   */
  static RandomCalendar randomCalendar(Random random) {
    ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
    int grid = new int[] {1, 15, 30, 60}[random.nextInt(4)];
    List<List<int[]>> week = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      week.add(new ArrayList<>());
    }
    if (random.nextInt(10) == 0) {
      week.forEach(day -> day.add(new int[] {0, DAY_MINUTES}));
    } else {
      TreeSet<Integer> cuts = new TreeSet<>();
      int wanted = 2 * (1 + random.nextInt(10));
      while (cuts.size() < wanted) {
        cuts.add(random.nextInt(WEEK_MINUTES / grid) * grid);
      }
      List<Integer> points = new ArrayList<>(cuts);
      int rotation = random.nextInt(WEEK_MINUTES / grid) * grid;
      for (int i = 0; i < points.size(); i += 2) {
        int length = Math.min(points.get(i + 1) - points.get(i), DAY_MINUTES);
        int from = (points.get(i) + rotation) % WEEK_MINUTES;
        week.get(from / DAY_MINUTES)
            .add(new int[] {from % DAY_MINUTES, from % DAY_MINUTES + length});
      }
    }
    Map<LocalDate, List<int[]>> holidays = new TreeMap<>();
    int count = random.nextInt(9);
    LocalDate first = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < count; i++) {
      holidays.put(first.plusDays(random.nextInt(4 * 365)), new ArrayList<>());
    }
    for (Map.Entry<LocalDate, List<int[]>> holiday : holidays.entrySet()) {
      if (random.nextBoolean()) {
        continue; // closed all day
      }
      LocalDate before = holiday.getKey().minusDays(1);
      int spillEnd = 0;
      if (!holidays.containsKey(before)) {
        for (int[] interval : week.get(before.getDayOfWeek().ordinal())) {
          spillEnd = Math.max(spillEnd, interval[1] - DAY_MINUTES);
        }
      }
      int slots = (DAY_MINUTES - spillEnd) / grid;
      if (slots < 2) {
        continue;
      }
      TreeSet<Integer> cuts = new TreeSet<>();
      int wanted = Math.min(slots + 1, 2 * (1 + random.nextInt(2)));
      while (cuts.size() < wanted) {
        cuts.add(spillEnd + random.nextInt(slots + 1) * grid);
      }
      List<Integer> points = new ArrayList<>(cuts);
      for (int i = 0; i + 1 < points.size(); i += 2) {
        holiday.getValue().add(new int[] {points.get(i), points.get(i + 1)});
      }
    }
    BusinessCalendar calendar = BusinessCalendar.of(spec(zone, week, holidays));
    return new RandomCalendar(calendar, zone, week, holidays);
  }

  private static CalendarSpec spec(
      ZoneId zone, List<List<int[]>> week, Map<LocalDate, List<int[]>> holidays) {
    Map<String, List<IntervalSpec>> days = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day.name(), week.get(day.ordinal()).stream().map(i -> interval(i)).toList());
    }
    List<HolidaySpec> holidaySpecs = new ArrayList<>();
    holidays.forEach(
        (date, open) ->
            holidaySpecs.add(
                new HolidaySpec(
                    date.toString(), "holiday", open.stream().map(i -> interval(i)).toList())));
    return new CalendarSpec("random", zone.getId(), days, holidaySpecs);
  }

  private static IntervalSpec interval(int[] minutes) {
    return new IntervalSpec(clock(minutes[0]), clock(minutes[1] % DAY_MINUTES));
  }

  private static String clock(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}
