package org.medley.calendar;

import static org.medley.calendar.OpenPeriods.NANOS_PER_SECOND;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.medley.platform.Refused;

/**
 * When a support group is open, and business-time arithmetic on it: the deadline a business
 * duration after an instant, and the business time between two instants.
 *
 * <h2>The rules</h2>
 *
 * <ul>
 *   <li>Weekly open intervals per weekday, in the calendar's time zone. An interval whose {@code
 *       to} is not after its {@code from} runs past midnight into the next day: {@code
 *       22:00-06:00}, and {@code 00:00-00:00} is the whole day. Intervals must not overlap, also
 *       not across midnight; intervals that touch join up.
 *   <li>An interval belongs to the date it starts on. A holiday replaces the intervals starting on
 *       its date (with none: closed all day; with its own: open only then); the previous night's
 *       shift running past midnight into the holiday still runs.
 *   <li><b>Daylight saving time.</b> The calendar is open whenever the zone's wall clock shows a
 *       time inside an open interval, and business time is the real time that passes while it is
 *       open. An hour the clocks skip is never open; an hour the clocks repeat is open twice when
 *       the interval covers it. So {@code 01:00-03:00} lasts 1 h on a spring-forward night in New
 *       York, 3 h on a fall-back night, and a {@code 22:00-06:00} night shift 7 h or 9 h.
 *   <li>{@link #deadline} of a zero duration is the start itself; a deadline reached exactly at a
 *       closing is that closing, not the next opening.
 *   <li>{@link #elapsed} refuses {@code to} before {@code from}: a caller with a clock behind a
 *       stored instant has a bug worth hearing about (an API can answer it with a 400).
 *   <li>Instants from year 1 to 9999 (UTC); anything else is refused.
 * </ul>
 *
 * <h2>Speed</h2>
 *
 * Nothing steps through time. Open periods are computed once per calendar and span of about a year
 * ({@link OpenPeriods}) with running totals, so a query is a binary search in one or two spans plus
 * a sum of span totals in between: well under a microsecond once the span is built (a few tens of
 * microseconds, once). Instances are immutable and thread-safe: build one per calendar and keep it.
 * A calendar open every minute of the week without holidays is plain wall-clock arithmetic.
 */
public final class BusinessCalendar {

  private static final long MIN_SECOND = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /**
   * Spans cached from 1858 to 2402; outside those years they are built for each call and dropped.
   */
  private static final long CACHED_FROM = OpenPeriods.spanIndex(-3_500_000_000L);

  private static final int CACHED_SPANS = 512;

  private final CalendarSpec spec;
  private final String name;
  private final ZoneId zone;
  private final ZoneRules zoneRules;
  private final CalendarRules rules;
  private final boolean alwaysOpen;
  private final AtomicReferenceArray<OpenPeriods> spans = new AtomicReferenceArray<>(CACHED_SPANS);

  private BusinessCalendar(CalendarSpec spec, CalendarSpecReader.Result read) {
    this.spec = spec;
    this.name = read.name();
    this.zone = read.zone();
    this.zoneRules = zone.getRules();
    this.rules = read.rules();
    this.alwaysOpen = rules.alwaysOpen();
  }

  /**
   * A calendar from its API shape.
   *
   * @throws Refused naming the field of every mistake
   */
  public static BusinessCalendar of(CalendarSpec spec) {
    return new BusinessCalendar(spec, CalendarSpecReader.read(spec));
  }

  /** Open around the clock, every day, no holidays; named {@code 24x7}. */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    return of(CalendarSpec.twentyFourSeven("24x7", zone.getId()));
  }

  public String name() {
    return name;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The definition this calendar was built from. */
  public CalendarSpec spec() {
    return spec;
  }

  public boolean isOpen(Instant instant) {
    long second = checkedSecond(instant, "instant");
    return alwaysOpen || spanAt(OpenPeriods.spanIndex(second)).isOpen(second);
  }

  /**
   * Until when the calendar stays open from {@code instant} on: the close of the open period around
   * it, or {@code limit} when that comes first; null when closed at {@code instant}. Lets a reader
   * count business time down between two questions without asking the calendar each second.
   *
   * @throws IllegalArgumentException when {@code limit} is not after {@code instant}, or either is
   *     outside the years 1 to 9999
   */
  public Instant openUntil(Instant instant, Instant limit) {
    checkedSecond(instant, "instant");
    long limitSecond = checkedSecond(limit, "limit");
    if (!limit.isAfter(instant)) {
      throw new IllegalArgumentException("limit " + limit + " is not after " + instant);
    }
    if (!isOpen(instant)) {
      return null;
    }
    if (alwaysOpen) {
      return limit;
    }
    long at = instant.getEpochSecond();
    while (at < limitSecond) {
      OpenPeriods span = spanAt(OpenPeriods.spanIndex(at));
      long close = span.closingAfter(at);
      if (close < 0) {
        return Instant.ofEpochSecond(at);
      }
      if (close < span.spanStart + OpenPeriods.SPAN_SECONDS) {
        return close < limitSecond ? Instant.ofEpochSecond(close) : limit;
      }
      at = close; // the period runs on into the next span
    }
    return limit;
  }

  /**
   * The instant at which {@code businessDuration} of open time has passed since {@code start}. Zero
   * gives {@code start}, even when closed; otherwise the result is always at an open instant or at
   * the close of an open period.
   *
   * @throws IllegalArgumentException for a negative duration, or an instant or result outside the
   *     years 1 to 9999
   */
  public Instant deadline(Instant start, Duration businessDuration) {
    long second = checkedSecond(start, "start");
    Objects.requireNonNull(businessDuration, "businessDuration");
    if (businessDuration.isNegative()) {
      throw new IllegalArgumentException("business duration is negative: " + businessDuration);
    }
    if (businessDuration.isZero()) {
      return start;
    }
    if (businessDuration.getSeconds() > MAX_SECOND - MIN_SECOND) {
      throw beyondRange();
    }
    if (alwaysOpen) {
      Instant deadline = start.plus(businessDuration);
      checkedSecond(deadline, "deadline");
      return deadline;
    }
    long index = OpenPeriods.spanIndex(second);
    OpenPeriods span = spanAt(index);
    long startNanos = span.businessNanosAt(second, start.getNano());
    // Business time still to go, counted from the start of the current span.
    long seconds = businessDuration.getSeconds() + startNanos / NANOS_PER_SECOND;
    long nanos = businessDuration.getNano() + startNanos % NANOS_PER_SECOND;
    if (nanos >= NANOS_PER_SECOND) {
      seconds++;
      nanos -= NANOS_PER_SECOND;
    }
    while (seconds > span.totalSeconds || (seconds == span.totalSeconds && nanos > 0)) {
      seconds -= span.totalSeconds;
      index++;
      if ((index << OpenPeriods.SPAN_BITS) > MAX_SECOND) {
        throw beyondRange();
      }
      span = spanAt(index);
    }
    Instant deadline = span.instantAt(seconds * NANOS_PER_SECOND + nanos);
    if (deadline.getEpochSecond() > MAX_SECOND) {
      throw beyondRange();
    }
    return deadline;
  }

  /**
   * The open time between two instants.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}, or either is outside
   *     the years 1 to 9999
   */
  public Duration elapsed(Instant from, Instant to) {
    long fromSecond = checkedSecond(from, "from");
    long toSecond = checkedSecond(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    if (alwaysOpen) {
      return Duration.between(from, to);
    }
    long fromIndex = OpenPeriods.spanIndex(fromSecond);
    long toIndex = OpenPeriods.spanIndex(toSecond);
    OpenPeriods first = spanAt(fromIndex);
    long fromNanos = first.businessNanosAt(fromSecond, from.getNano());
    if (fromIndex == toIndex) {
      return Duration.ofNanos(first.businessNanosAt(toSecond, to.getNano()) - fromNanos);
    }
    long middleSeconds = 0;
    for (long index = fromIndex + 1; index < toIndex; index++) {
      middleSeconds += spanAt(index).totalSeconds;
    }
    long edgeNanos =
        first.totalSeconds * NANOS_PER_SECOND
            - fromNanos
            + spanAt(toIndex).businessNanosAt(toSecond, to.getNano());
    return Duration.ofSeconds(middleSeconds).plusNanos(edgeNanos);
  }

  private OpenPeriods spanAt(long index) {
    long slot = index - CACHED_FROM;
    if (slot < 0 || slot >= CACHED_SPANS) {
      return OpenPeriods.build(index, zoneRules, rules);
    }
    OpenPeriods span = spans.get((int) slot);
    if (span == null) {
      // Two threads may both build a span; they build equal ones and either may stay.
      span = OpenPeriods.build(index, zoneRules, rules);
      spans.set((int) slot, span);
    }
    return span;
  }

  private static long checkedSecond(Instant instant, String what) {
    Objects.requireNonNull(instant, what);
    long second = instant.getEpochSecond();
    if (second < MIN_SECOND || second > MAX_SECOND) {
      throw new IllegalArgumentException(what + " " + instant + " is outside the years 1 to 9999");
    }
    return second;
  }

  private static IllegalArgumentException beyondRange() {
    return new IllegalArgumentException("deadline falls after the year 9999");
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + name + ", " + zone + "]";
  }
}
