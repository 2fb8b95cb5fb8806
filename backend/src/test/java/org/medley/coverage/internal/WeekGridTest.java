package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medley.coverage.WeekMask;

/** Local hours on the grid, the stretches a set of slots makes, and the drill-down week text. */
class WeekGridTest {

  private static final WeekGrid WINTER = new WeekGrid(Instant.parse("2026-01-05T00:00:00Z"));
  // Europe moves its clocks forward on Sunday 29 March 2026 at 02:00.
  private static final WeekGrid SPRING = new WeekGrid(Instant.parse("2026-03-23T00:00:00Z"));
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final int SUNDAY_2AM = 6 * 24 + 2;

  @Test
  void inUtcEveryLocalHourIsTheSameGridSlot() {
    assertThat(WINTER.localSlots(ZoneOffset.UTC))
        .containsExactly(IntStream.range(0, 168).toArray());
  }

  @Test
  void anHourAheadOfUtcLocalMondayStartsInTheGridsLastSlot() {
    int[] slots = WINTER.localSlots(BERLIN);

    assertThat(slots[0]).isEqualTo(167);
    assertThat(slots[1]).isZero();
    assertThat(slots[167]).isEqualTo(166);
  }

  @Test
  void anHourTheClocksSkipHasNoSlot() {
    int[] slots = SPRING.localSlots(BERLIN);

    assertThat(slots[SUNDAY_2AM]).isEqualTo(-1);
    assertThat(slots[SUNDAY_2AM - 1]).isNotNegative();
    assertThat(slots[SUNDAY_2AM + 1]).isNotNegative();
    assertThat(WINTER.localSlots(BERLIN)[SUNDAY_2AM]).isNotNegative();
  }

  @Test
  void setSlotsReadAsRunsOfLocalHours() {
    WeekMask mask = WeekMask.ofSlots(8, 9, 10, 11, 12, 13, 14, 15, 16, 24 + 8);

    assertThat(WINTER.ranges(ZoneOffset.UTC, mask::get))
        .containsExactly(
            new Views.Range("MONDAY", "08:00", "MONDAY", "17:00", 9),
            new Views.Range("TUESDAY", "08:00", "TUESDAY", "09:00", 1));
  }

  @Test
  void sundayNightIntoMondayMorningIsOneStretch() {
    WeekMask mask = WeekMask.ofSlots(IntStream.concat(range(160, 168), range(0, 8)).toArray());

    List<Views.Range> ranges = WINTER.ranges(ZoneOffset.UTC, mask::get);

    assertThat(ranges).containsExactly(new Views.Range("SUNDAY", "16:00", "MONDAY", "08:00", 16));
    assertThat(WeekGrid.describe(ranges.get(0))).isEqualTo("Sun 16:00 to Mon 08:00");
  }

  @Test
  void aStretchEndingAtTheWeeksEndEndsOnMondayMidnight() {
    WeekMask mask = WeekMask.ofSlots(range(160, 168).toArray());

    assertThat(WINTER.ranges(ZoneOffset.UTC, mask::get))
        .containsExactly(new Views.Range("SUNDAY", "16:00", "MONDAY", "00:00", 8));
  }

  @Test
  void rangesAreInTheZonesLocalHours() {
    // Grid slots 7-15 are 08:00-17:00 on a Berlin winter Monday.
    WeekMask mask = WeekMask.ofSlots(range(7, 16).toArray());

    assertThat(WINTER.ranges(BERLIN, mask::get))
        .containsExactly(new Views.Range("MONDAY", "08:00", "MONDAY", "17:00", 9));
  }

  @Test
  void nothingSetIsNoRange() {
    assertThat(WINTER.ranges(ZoneOffset.UTC, WeekMask.EMPTY::get)).isEmpty();
  }

  @Test
  void anApplicationsWeekMarksCoveredUncoveredAndNotRequiredHours() {
    String week =
        WINTER.applicationWeek(ZoneOffset.UTC, WeekMask.ofSlots(0, 1, 2), WeekMask.ofSlots(1));

    assertThat(week).hasSize(168).startsWith("CUC.").doesNotContain("-");
  }

  @Test
  void aPersonsWeekMarksShiftHoursAndSkippedHours() {
    String week = SPRING.personWeek(BERLIN, WeekMask.ofSlots(0));

    // Grid slot 0 is 01:00 on Monday in Berlin.
    assertThat(week).hasSize(168).startsWith(".S..");
    assertThat(week.charAt(SUNDAY_2AM)).isEqualTo('-');
    assertThat(week.chars().filter(c -> c == 'S').count()).isEqualTo(1);
  }

  private static IntStream range(int from, int to) {
    return IntStream.range(from, to);
  }
}
