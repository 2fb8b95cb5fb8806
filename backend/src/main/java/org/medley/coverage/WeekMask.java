package org.medley.coverage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * One week in hours: 168 slots, each either set or not. Slot {@code i} is the real hour starting
 * {@code i} hours after the grid's start, Monday 00:00 UTC of a given week; it counts as set when
 * the thing it describes (a calendar is open, someone is on shift) holds at the middle of that
 * hour. Every 168 consecutive real hours contain each local hour of the week once, so coverage
 * measured on this grid is right in every time zone, half-hour zones included. Immutable.
 */
public final class WeekMask {

  public static final int HOURS = 168;
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  public static final WeekMask EMPTY = new WeekMask(new long[3]);
  public static final WeekMask FULL = full();

  private final long[] bits;

  private WeekMask(long[] bits) {
    this.bits = bits;
  }

  private static WeekMask full() {
    long[] bits = new long[3];
    for (int i = 0; i < HOURS; i++) {
      bits[i >> 6] |= 1L << (i & 63);
    }
    return new WeekMask(bits);
  }

  /** Monday 00:00 UTC of the week holding {@code now}: where every mask's slot 0 starts. */
  public static Instant gridStart(Instant now) {
    return now.atZone(ZoneOffset.UTC)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  /** The instant slot {@code hour} is sampled at: the middle of that hour. */
  public static Instant sample(Instant gridStart, int hour) {
    return gridStart.plus(Duration.ofHours(hour)).plus(HALF_HOUR);
  }

  /** The slots whose middle satisfies the predicate. */
  public static WeekMask of(Instant gridStart, Predicate<Instant> holds) {
    long[] bits = new long[3];
    for (int i = 0; i < HOURS; i++) {
      if (holds.test(sample(gridStart, i))) {
        bits[i >> 6] |= 1L << (i & 63);
      }
    }
    return new WeekMask(bits);
  }

  public static WeekMask ofSlots(int... slots) {
    long[] bits = new long[3];
    for (int i : slots) {
      if (i < 0 || i >= HOURS) {
        throw new IllegalArgumentException("slot " + i);
      }
      bits[i >> 6] |= 1L << (i & 63);
    }
    return new WeekMask(bits);
  }

  public boolean get(int slot) {
    return (bits[slot >> 6] & (1L << (slot & 63))) != 0;
  }

  public int count() {
    return Long.bitCount(bits[0]) + Long.bitCount(bits[1]) + Long.bitCount(bits[2]);
  }

  public boolean isEmpty() {
    return (bits[0] | bits[1] | bits[2]) == 0;
  }

  public WeekMask or(WeekMask other) {
    return new WeekMask(
        new long[] {bits[0] | other.bits[0], bits[1] | other.bits[1], bits[2] | other.bits[2]});
  }

  public WeekMask and(WeekMask other) {
    return new WeekMask(
        new long[] {bits[0] & other.bits[0], bits[1] & other.bits[1], bits[2] & other.bits[2]});
  }

  public WeekMask andNot(WeekMask other) {
    return new WeekMask(
        new long[] {bits[0] & ~other.bits[0], bits[1] & ~other.bits[1], bits[2] & ~other.bits[2]});
  }

  /**
   * The slot of the grid whose sample (the middle of its UTC hour) falls within local hour {@code
   * hour} of {@code day} in {@code zone}; -1 for an hour the clocks skip that week. In zones a
   * whole number of hours from UTC that is the slot of the same real hour; in half-hour zones the
   * one sampled at the start of the local hour.
   */
  public static int slotOf(Instant gridStart, ZoneId zone, DayOfWeek day, int hour) {
    ZonedDateTime localMonday =
        gridStart
            .atZone(zone)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay(zone);
    ZonedDateTime local = localMonday.plusDays(day.getValue() - 1L).with(LocalTime.of(hour, 0));
    if (local.getHour() != hour) {
      return -1;
    }
    // The first sample at or after the local hour's start: ceil((start - grid - 30 min) / 1 h).
    long seconds = Duration.between(gridStart, local.toInstant()).getSeconds() - 1800;
    long slot = -Math.floorDiv(-seconds, 3600);
    return (int) Math.floorMod(slot, HOURS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeekMask other && Arrays.equals(bits, other.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(HOURS);
    for (int i = 0; i < HOURS; i++) {
      text.append(get(i) ? '#' : '.');
    }
    return text.toString();
  }
}
