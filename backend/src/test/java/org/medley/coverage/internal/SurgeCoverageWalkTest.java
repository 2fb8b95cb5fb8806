package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.coverage.SurgeCoverage;
import org.medley.coverage.Tier;
import org.medley.coverage.WeekMask;

/**
 * A go-live window walked hour by hour on the week grid: the support window repeats every week,
 * before and after the grid's own week, and helpers cover the hours they are in the command center.
 */
class SurgeCoverageWalkTest {

  /** Monday 2026-11-30 00:00 UTC. */
  private static final Instant GRID = Instant.parse("2026-11-30T00:00:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                   | window starts (h from grid) | hours | required      | usual expert | helper (h from window start) | hours | required | usual | after
          nobody, round the clock                  | 0                           | 24    | 24x7          | none         | none                         | 24    | 24       | 0     | 0
          a Monday day shift covers its 8 hours    | 0                           | 24    | 24x7          | mon-9-17     | none                         | 24    | 24       | 8     | 8
          a helper covers the evening after it     | 0                           | 24    | 24x7          | mon-9-17     | 17-21                        | 24    | 24       | 8     | 12
          a helper on the usual shift adds nothing | 0                           | 24    | 24x7          | mon-9-17     | 9-17                         | 24    | 24       | 8     | 8
          a weekend needs no weekday cover         | 120                         | 48    | weekdays-9-17 | none         | none                         | 48    | 0        | 0     | 0
          the week repeats three weeks later      | 504                         | 24    | 24x7          | mon-9-17     | none                         | 24    | 24       | 8     | 8
          and two weeks before the grid's week     | -336                        | 24    | 24x7          | mon-9-17     | none                         | 24    | 24       | 8     | 8
          a helper outside the window counts not   | 0                           | 24    | weekdays-9-17 | none         | 30-40                        | 24    | 8        | 0     | 0
          a week of business hours                 | 0                           | 168   | weekdays-9-17 | mon-9-17     | 33-41                        | 168   | 40       | 8     | 16
          """)
  void walksTheWindowHourByHour(
      String name,
      int startOffset,
      int windowHours,
      String required,
      String usual,
      String helper,
      int hours,
      int requiredHours,
      int coveredUsual,
      int coveredAfter) {
    Instant from = GRID.plus(Duration.ofHours(startOffset));
    Instant until = from.plus(Duration.ofHours(windowHours));
    List<SurgeCoverage.Helper> helpers = new ArrayList<>();
    if (!helper.equals("none")) {
      String[] span = helper.split("-");
      helpers.add(
          new SurgeCoverage.Helper(
              null,
              Tier.L3,
              from.plus(Duration.ofHours(Integer.parseInt(span[0]))),
              from.plus(Duration.ofHours(Integer.parseInt(span[1])))));
    }

    var walk =
        SurgeCoverageService.walk(
            GRID,
            required.equals("24x7") ? WeekMask.FULL : weekdays(9, 17),
            usual.equals("none") ? List.of() : List.of(monday(9, 17)),
            helpers,
            from,
            until);

    assertThat(walk)
        .isEqualTo(new SurgeCoverageService.Walk(hours, requiredHours, coveredUsual, coveredAfter));
  }

  private static WeekMask monday(int from, int to) {
    return WeekMask.of(GRID, t -> hourOfWeek(t) >= from && hourOfWeek(t) < to);
  }

  private static WeekMask weekdays(int from, int to) {
    return WeekMask.of(
        GRID,
        t -> {
          long hour = hourOfWeek(t);
          return hour < 5 * 24 && hour % 24 >= from && hour % 24 < to;
        });
  }

  private static long hourOfWeek(Instant t) {
    return Duration.between(GRID, t).toHours();
  }
}
