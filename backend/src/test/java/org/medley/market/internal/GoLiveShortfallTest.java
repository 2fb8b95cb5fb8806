package org.medley.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.SurgeCoverage;

/** What a go-live's plan leaves short, row by row: surge hours, uncovered hours, experts. */
class GoLiveShortfallTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                  | window h | load before | load after | command center h | required | covered | experts short | surge left | uncovered | per week | people
          surge with no plan                      | 168      | 7           | 21         | 0                | 168      | 168     | 0             | 14         | 0         | 14       | 1
          the plan absorbs the surge              | 168      | 7           | 21         | 20               | 168      | 168     | 0             | 0          | 0         | 0        | 0
          nights nobody covers                    | 168      | 7           | 7          | 0                | 168      | 120     | 0             | 0          | 48        | 48       | 2
          the larger of surge and uncovered       | 336      | 10          | 130        | 20               | 336      | 296     | 0             | 100        | 40        | 50       | 2
          an expert short, hours covered          | 168      | 7           | 7          | 0                | 168      | 168     | 1             | 0          | 0         | 40       | 1
          a heavy surge needs several people      | 168      | 10          | 210        | 0                | 168      | 168     | 0             | 200        | 0         | 200      | 5
          a one-day window, as a weekly rate      | 24       | 2           | 12         | 0                | 24       | 24      | 0             | 10         | 0         | 70       | 2
          fewer tickets than usual: nothing short | 168      | 20          | 10         | 0                | 168      | 168     | 0             | 0          | 0         | 0        | 0
          """)
  void sizesWhatIsStillShort(
      String name,
      int windowHours,
      double loadBefore,
      double loadAfter,
      double commandCenterHours,
      int required,
      int covered,
      int expertsShort,
      double surgeLeft,
      int uncovered,
      double perWeek,
      int people) {
    var result =
        new SurgeCoverage.Result(
            1,
            "App",
            windowHours,
            side(required, required, loadBefore, 0),
            side(required, covered, loadAfter, commandCenterHours),
            expertsShort,
            1.0);

    var missing = GoLiveShortfall.of(result);

    assertThat(missing.surgeHoursLeft()).as("surge hours left").isEqualTo(surgeLeft);
    assertThat(missing.uncoveredHours()).as("uncovered").isEqualTo(uncovered);
    assertThat(missing.hoursPerWeek()).as("hours per week").isEqualTo(perWeek);
    assertThat(missing.peopleNeeded()).as("people").isEqualTo(people);
    assertThat(missing.nothing()).isEqualTo(people == 0);
    assertThat(missing.reasons().isEmpty()).isEqualTo(people == 0 && loadAfter <= loadBefore);
  }

  private static SurgeCoverage.Side side(int required, int covered, double load, double cc) {
    return new SurgeCoverage.Side(CoverageStatus.GOOD, 2, required, covered, 1.0, load, load, cc);
  }
}
