package org.medley.calendar;

import java.util.Map;

/**
 * A validated calendar's rules in local time. Each day's intervals are a flat array {@code [from0,
 * end0, from1, end1, …]} in minutes after that day's midnight, sorted and disjoint; an end past
 * 1440 runs into the next day. A holiday's array replaces its weekday's; an empty array is closed.
 */
final class CalendarRules {

  static final int MINUTES_PER_DAY = 24 * 60;
  private static final int[] CLOSED = new int[0];

  private final int[][] week;
  private final Map<Long, int[]> holidaysByEpochDay;

  CalendarRules(int[][] week, Map<Long, int[]> holidaysByEpochDay) {
    this.week = week;
    this.holidaysByEpochDay = Map.copyOf(holidaysByEpochDay);
  }

  /** The intervals that start on the given local date ({@link java.time.LocalDate#toEpochDay}). */
  int[] intervalsStartingOn(long epochDay) {
    if (!holidaysByEpochDay.isEmpty()) {
      int[] holiday = holidaysByEpochDay.get(epochDay);
      if (holiday != null) {
        return holiday;
      }
    }
    // 1970-01-01 was a Thursday, DayOfWeek.THURSDAY.ordinal() == 3.
    int[] day = week[(int) Math.floorMod(epochDay + 3, 7)];
    return day == null ? CLOSED : day;
  }

  /** Every minute of the week open and no holiday: business time is wall time. */
  boolean alwaysOpen() {
    if (!holidaysByEpochDay.isEmpty()) {
      return false;
    }
    long open = 0;
    for (int[] day : week) {
      for (int i = 0; day != null && i < day.length; i += 2) {
        open += day[i + 1] - day[i];
      }
    }
    return open == 7L * MINUTES_PER_DAY;
  }
}
