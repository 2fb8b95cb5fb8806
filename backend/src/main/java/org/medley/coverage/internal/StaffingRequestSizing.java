package org.medley.coverage.internal;

import java.util.List;
import org.medley.coverage.CoverageRules;

/**
 * How much help a RISK or GAP application asks for in its staffing request draft: enough people to
 * reach the experts a GOOD application needs, and enough full-time weeks to cover the uncovered
 * hours of its support window, whichever is more. Moved out of {@code CoverageModel}. Pure.
 */
final class StaffingRequestSizing {

  /** A full-time week: uncovered hours are shared out in these. */
  static final int FULL_TIME_HOURS = 40;

  private StaffingRequestSizing() {}

  /** The draft for an application that is not GOOD, explained by {@code rationale}. */
  static Views.StaffingRequestDraft draft(
      CoverageRules rules, Views.ApplicationSummary app, String rationale) {
    int uncovered = app.requiredHours() - app.coveredHours();
    int people = peopleNeeded(rules, app.busFactor(), uncovered);
    return new Views.StaffingRequestDraft(
        List.of(app.id()),
        rules.expertLevel(),
        people,
        uncovered,
        hoursPerWeek(people, uncovered),
        app.calendar(),
        app.uncovered(),
        "LONG_TERM",
        rationale);
  }

  /**
   * Experts missing for GOOD, or full-time weeks in the uncovered hours, whichever is more: 128
   * night and weekend hours need several people, not one.
   */
  static int peopleNeeded(CoverageRules rules, int busFactor, int uncoveredHours) {
    return Math.max(
        rules.goodMinExperts() - busFactor,
        (uncoveredHours + FULL_TIME_HOURS - 1) / FULL_TIME_HOURS);
  }

  /** The uncovered hours; with the window covered, the missing experts' full-time weeks. */
  static int hoursPerWeek(int peopleNeeded, int uncoveredHours) {
    return uncoveredHours > 0 ? uncoveredHours : peopleNeeded * FULL_TIME_HOURS;
  }
}
