package org.medley.calendar;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * A calendar's open periods within one fixed span of real time ({@value #SPAN_BITS} bits of epoch
 * seconds, about 388 days), as sorted disjoint instants with running totals, so that business time
 * up to any instant and the instant at any business time are each one binary search.
 *
 * <p>Built from the rules in local time: the local intervals of each date are merged where they
 * touch, then each is mapped to the real instants at which the wall clock shows a time inside it,
 * offset period by offset period. A skipped wall-clock hour has no instants; a repeated one has two
 * runs of them.
 */
final class OpenPeriods {

  static final int SPAN_BITS = 25;
  static final long SPAN_SECONDS = 1L << SPAN_BITS;
  static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long SECONDS_PER_DAY = 86_400;

  /** First epoch second of the span. */
  final long spanStart;

  /** Open seconds in the whole span. */
  final long totalSeconds;

  private final long[] opens;
  private final long[] closes;
  private final long[] openSecondsThroughClose;

  private OpenPeriods(long spanStart, long[] opens, long[] closes) {
    this.spanStart = spanStart;
    this.opens = opens;
    this.closes = closes;
    this.openSecondsThroughClose = new long[opens.length];
    long total = 0;
    for (int i = 0; i < opens.length; i++) {
      total += closes[i] - opens[i];
      openSecondsThroughClose[i] = total;
    }
    this.totalSeconds = total;
  }

  static long spanIndex(long epochSecond) {
    return epochSecond >> SPAN_BITS;
  }

  static OpenPeriods build(long spanIndex, ZoneRules zone, CalendarRules rules) {
    long start = spanIndex << SPAN_BITS;
    long end = start + SPAN_SECONDS;
    LongPairs local = localIntervals(start, end, rules);
    LongPairs real = new LongPairs(local.size + 8);
    long periodStart = start;
    int offset = zone.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
    while (true) {
      ZoneOffsetTransition next = zone.nextTransition(Instant.ofEpochSecond(periodStart));
      long periodEnd = next == null ? end : Math.min(end, next.toEpochSecond());
      mapPeriod(local, offset, periodStart, periodEnd, real);
      if (periodEnd >= end) {
        break;
      }
      periodStart = periodEnd;
      offset = next.getOffsetAfter().getTotalSeconds();
    }
    return new OpenPeriods(
        start, Arrays.copyOf(real.firsts, real.size), Arrays.copyOf(real.seconds, real.size));
  }

  /**
   * Local intervals, as local epoch seconds (the local date-time read as if it were UTC), of every
   * date whose intervals can reach into the span: offsets are within ±18 h and an interval lasts at
   * most 24 h.
   */
  private static LongPairs localIntervals(long start, long end, CalendarRules rules) {
    long firstDay = Math.floorDiv(start, SECONDS_PER_DAY) - 3;
    long lastDay = Math.floorDiv(end, SECONDS_PER_DAY) + 2;
    LongPairs local = new LongPairs((int) (lastDay - firstDay + 1) * 2);
    for (long day = firstDay; day <= lastDay; day++) {
      int[] minutes = rules.intervalsStartingOn(day);
      long midnight = day * SECONDS_PER_DAY;
      for (int i = 0; i < minutes.length; i += 2) {
        local.addMerging(midnight + minutes[i] * 60L, midnight + minutes[i + 1] * 60L);
      }
    }
    return local;
  }

  /** Instants in [periodStart, periodEnd), all at one offset, whose local time is in a range. */
  private static void mapPeriod(
      LongPairs local, int offset, long periodStart, long periodEnd, LongPairs real) {
    int i = firstEndingAfter(local, periodStart + offset);
    for (; i < local.size; i++) {
      long open = Math.max(local.firsts[i] - offset, periodStart);
      long close = Math.min(local.seconds[i] - offset, periodEnd);
      if (open >= periodEnd) {
        break;
      }
      if (open < close) {
        real.addMerging(open, close);
      }
    }
  }

  private static int firstEndingAfter(LongPairs pairs, long localSecond) {
    int low = 0;
    int high = pairs.size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (pairs.seconds[mid] <= localSecond) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Index of the last period opening at or before the second, or -1. */
  private int lastOpeningAtOrBefore(long epochSecond) {
    int low = 0;
    int high = opens.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (opens[mid] <= epochSecond) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high;
  }

  boolean isOpen(long epochSecond) {
    int i = lastOpeningAtOrBefore(epochSecond);
    return i >= 0 && epochSecond < closes[i];
  }

  /** The close of the open period around the second, or -1 when closed at it. */
  long closingAfter(long epochSecond) {
    int i = lastOpeningAtOrBefore(epochSecond);
    return i >= 0 && epochSecond < closes[i] ? closes[i] : -1;
  }

  /** Business nanoseconds from the start of the span to the instant, which lies in the span. */
  long businessNanosAt(long epochSecond, int nano) {
    int i = lastOpeningAtOrBefore(epochSecond);
    if (i < 0) {
      return 0;
    }
    if (epochSecond < closes[i]) {
      long seconds = openSecondsThroughClose[i] - (closes[i] - epochSecond);
      return seconds * NANOS_PER_SECOND + nano;
    }
    return openSecondsThroughClose[i] * NANOS_PER_SECOND;
  }

  /**
   * The instant at which business time since the start of the span reaches {@code businessNanos},
   * which is more than zero and at most the span's total: a target reached exactly at a closing is
   * that closing, not the next opening.
   */
  Instant instantAt(long businessNanos) {
    long wholeSeconds = businessNanos / NANOS_PER_SECOND;
    long neededSeconds = businessNanos % NANOS_PER_SECOND == 0 ? wholeSeconds : wholeSeconds + 1;
    int low = 0;
    int high = opens.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (openSecondsThroughClose[mid] < neededSeconds) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    long openedBefore = openSecondsThroughClose[low] - (closes[low] - opens[low]);
    return Instant.ofEpochSecond(opens[low], businessNanos - openedBefore * NANOS_PER_SECOND);
  }

  /** Growable pairs of longs, merging a pair into the last one when they touch. */
  private static final class LongPairs {
    long[] firsts;
    long[] seconds;
    int size;

    LongPairs(int capacity) {
      firsts = new long[Math.max(capacity, 8)];
      seconds = new long[firsts.length];
    }

    void addMerging(long first, long second) {
      if (size > 0 && seconds[size - 1] >= first) {
        seconds[size - 1] = Math.max(seconds[size - 1], second);
        return;
      }
      if (size == firsts.length) {
        firsts = Arrays.copyOf(firsts, size * 2);
        seconds = Arrays.copyOf(seconds, size * 2);
      }
      firsts[size] = first;
      seconds[size] = second;
      size++;
    }
  }
}
