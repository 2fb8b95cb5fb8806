package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;

/** The size of the staffing request a RISK or GAP application drafts, table-driven. */
class StaffingRequestSizingTest {

  private static final CoverageRules RULES = CoverageRules.DEFAULTS; // GOOD needs 2 experts
  private static final CoverageRules THREE_EXPERTS =
      new CoverageRules(3, 3, 0, 1.0, 0.0, 1.10, 4, 6);

  @ParameterizedTest(name = "bus factor {0}, {1} h uncovered: {2} people, {3} h a week")
  @CsvSource({
    // Experts missing, window covered: the missing experts' full-time weeks.
    "0, 0, 2, 80",
    "1, 0, 1, 40",
    // Window uncovered: full-time weeks of the uncovered hours, rounded up.
    "2, 1, 1, 1",
    "2, 40, 1, 40",
    "2, 41, 2, 41",
    "2, 128, 4, 128",
    // Both: whichever needs more people.
    "1, 30, 1, 30",
    "1, 100, 3, 100",
    "0, 168, 5, 168",
  })
  void sizesTheRequest(int busFactor, int uncovered, int people, int hours) {
    assertThat(StaffingRequestSizing.peopleNeeded(RULES, busFactor, uncovered)).isEqualTo(people);
    assertThat(StaffingRequestSizing.hoursPerWeek(people, uncovered)).isEqualTo(hours);
  }

  @Test
  void missingExpertsFollowTheConfiguredMinimum() {
    assertThat(StaffingRequestSizing.peopleNeeded(THREE_EXPERTS, 1, 0)).isEqualTo(2);
    assertThat(StaffingRequestSizing.peopleNeeded(THREE_EXPERTS, 1, 100)).isEqualTo(3);
  }

  @Test
  void theDraftAsksForExpertsToCoverTheApplicationsWindow() {
    List<Views.Range> uncovered =
        List.of(new Views.Range("SATURDAY", "00:00", "MONDAY", "08:00", 56));
    var app = app(7, 1, 168, 112, uncovered);

    Views.StaffingRequestDraft draft =
        StaffingRequestSizing.draft(RULES, app, "Only Ava is at level 3 or above.");

    assertThat(draft)
        .isEqualTo(
            new Views.StaffingRequestDraft(
                List.of(7L),
                3,
                2,
                56,
                56,
                "24x7",
                uncovered,
                "LONG_TERM",
                "Only Ava is at level 3 or above."));
  }

  private static Views.ApplicationSummary app(
      long id, int busFactor, int required, int covered, List<Views.Range> uncovered) {
    return new Views.ApplicationSummary(
        id,
        "PACS",
        "Vendor",
        "Imaging",
        1,
        "LIVE",
        1,
        "24x7",
        "UTC",
        CoverageStatus.RISK,
        busFactor,
        List.of(1L),
        required,
        covered,
        covered / (double) required,
        uncovered,
        0,
        0,
        null);
  }
}
