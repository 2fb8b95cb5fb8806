package org.medley.coverage.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.medley.coverage.WeekMask;

/**
 * The week grid of one coverage model read in local time: which grid slot each local hour of the
 * week is, the runs of local hours a set of slots makes, and the 168-letter week strings of the
 * drill-downs. Moved out of {@code CoverageModel} and {@code CoverageService}. Pure; shared by
 * every model of the same grid week.
 */
final class WeekGrid {

  /** Zones in use are few; the bound only stops odd zone ids in the data from piling up. */
  private static final int ZONES = 256;

  private final Instant start;
  private final Cache<ZoneId, int[]> localSlots = Caffeine.newBuilder().maximumSize(ZONES).build();

  WeekGrid(Instant start) {
    this.start = start;
  }

  /** Monday 00:00 UTC of the grid's week: where every mask's slot 0 starts. */
  Instant start() {
    return start;
  }

  /** For each local hour of the week in the zone (Monday 00:00 first), its grid slot or -1. */
  int[] localSlots(ZoneId zone) {
    return localSlots.get(zone, this::slotTable);
  }

  private int[] slotTable(ZoneId zone) {
    int[] table = new int[WeekMask.HOURS];
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int hour = 0; hour < 24; hour++) {
        table[(day.getValue() - 1) * 24 + hour] = WeekMask.slotOf(start, zone, day, hour);
      }
    }
    return table;
  }

  /** Runs of local hours in the zone (Monday 00:00 first) whose grid slot satisfies the test. */
  List<Views.Range> ranges(ZoneId zone, IntPredicate slotSet) {
    int[] slots = localSlots(zone);
    boolean[] set = new boolean[WeekMask.HOURS];
    for (int k = 0; k < WeekMask.HOURS; k++) {
      set[k] = slots[k] >= 0 && slotSet.test(slots[k]);
    }
    List<int[]> runs = new ArrayList<>();
    int k = 0;
    while (k < WeekMask.HOURS) {
      if (!set[k]) {
        k++;
        continue;
      }
      int from = k;
      while (k < WeekMask.HOURS && set[k]) {
        k++;
      }
      runs.add(new int[] {from, k});
    }
    // Sunday night running into Monday morning is one stretch.
    if (runs.size() > 1 && runs.get(0)[0] == 0 && runs.get(runs.size() - 1)[1] == WeekMask.HOURS) {
      int[] last = runs.remove(runs.size() - 1);
      runs.set(0, new int[] {last[0], runs.get(0)[1] + WeekMask.HOURS});
    }
    List<Views.Range> result = new ArrayList<>(runs.size());
    for (int[] run : runs) {
      int from = run[0];
      int to = run[1];
      result.add(
          new Views.Range(
              DayOfWeek.of(from / 24 + 1).name(),
              String.format("%02d:00", from % 24),
              DayOfWeek.of((to / 24) % 7 + 1).name(),
              String.format("%02d:00", to % 24),
              to - from));
    }
    return result;
  }

  /**
   * An application's week in its calendar's zone, one letter a local hour: C covered, U required
   * but uncovered, . not required, - an hour the clocks skip.
   */
  String applicationWeek(ZoneId zone, WeekMask required, WeekMask uncovered) {
    return week(zone, slot -> !required.get(slot) ? '.' : uncovered.get(slot) ? 'U' : 'C');
  }

  /** A person's week in their zone: S on shift, . off, - an hour the clocks skip. */
  String personWeek(ZoneId zone, WeekMask onShift) {
    return week(zone, slot -> onShift.get(slot) ? 'S' : '.');
  }

  private interface Letter {
    char of(int slot);
  }

  private String week(ZoneId zone, Letter letter) {
    int[] slots = localSlots(zone);
    StringBuilder week = new StringBuilder(WeekMask.HOURS);
    for (int k = 0; k < WeekMask.HOURS; k++) {
      week.append(slots[k] < 0 ? '-' : letter.of(slots[k]));
    }
    return week.toString();
  }

  /** A range as people read it: "Sat 00:00 to Mon 08:00". */
  static String describe(Views.Range range) {
    return day(range.fromDay())
        + " "
        + range.from()
        + " to "
        + day(range.toDay())
        + " "
        + range.to();
  }

  private static String day(String day) {
    return day.charAt(0) + day.substring(1, 3).toLowerCase(Locale.ROOT);
  }
}
