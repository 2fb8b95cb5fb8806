package org.medley.market.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medley.coverage.SurgeCoverage;

/**
 * What a go-live's plan still leaves short, from its coverage over the window with the surge
 * applied. Pure.
 *
 * <ul>
 *   <li><b>Surge hours</b>: the extra tickets over the window (expected less usual) at the effort
 *       one ticket costs; the plan's command-center hours are put against them.
 *   <li><b>Uncovered hours</b>: hours of the application's support window in the event's window
 *       with no expert on shift or in the command center.
 *   <li><b>Short hours</b>: the larger of surge hours left and uncovered hours, not their sum: a
 *       person on shift in an uncovered hour also works surge tickets.
 *   <li><b>People</b>: experts still missing for GOOD, or full-time weeks in the short hours per
 *       week, whichever is more (as a gap's request is sized).
 * </ul>
 */
final class GoLiveShortfall {

  /** A full-time week, in which short hours are shared out. */
  static final int FULL_TIME_HOURS = 40;

  /** At most this many hours a week per person a staffing request may ask for. */
  static final int MAX_HOURS_PER_PERSON = 60;

  record Short(
      double surgeHours,
      double surgeHoursLeft,
      int uncoveredHours,
      double shortHours,
      double hoursPerWeek,
      int expertsShort,
      int peopleNeeded,
      List<String> reasons) {

    boolean nothing() {
      return peopleNeeded == 0;
    }
  }

  private GoLiveShortfall() {}

  static Short of(SurgeCoverage.Result coverage) {
    var before = coverage.before();
    var after = coverage.after();
    double surge = Math.max(0, after.loadHours() - before.loadHours());
    double surgeLeft = Math.max(0, surge - after.commandCenterHours());
    int uncovered = after.requiredHours() - after.coveredHours();
    double shortHours = Math.max(surgeLeft, uncovered);
    double weeks = Math.max(coverage.windowHours(), 24) / 168.0;
    double perWeek = Math.ceil(shortHours / weeks);
    int people =
        Math.max(coverage.expertsShort(), (int) Math.ceil(perWeek / FULL_TIME_HOURS - 1e-9));
    if (people > 0 && perWeek == 0) {
      perWeek = people * FULL_TIME_HOURS; // experts missing, hours covered: their full weeks
    }
    people = Math.max(people, (int) Math.ceil(perWeek / MAX_HOURS_PER_PERSON));
    List<String> reasons = new ArrayList<>();
    if (surge > 0) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "The surge brings %s extra tickets (%s hours at %s h a ticket); the plan puts %s"
                  + " command-center hours against them%s.",
              number(after.tickets() - before.tickets()),
              number(surge),
              number(coverage.effortHoursPerTicket()),
              number(after.commandCenterHours()),
              surgeLeft > 0 ? ", leaving " + number(surgeLeft) + " hours" : ", enough"));
    }
    if (uncovered > 0) {
      reasons.add(
          "No expert is on shift or in the command center for "
              + uncovered
              + " of the "
              + after.requiredHours()
              + " support-window hours of the event.");
    }
    if (coverage.expertsShort() > 0) {
      reasons.add(
          "Only "
              + after.busFactor()
              + " "
              + (after.busFactor() == 1 ? "person is" : "people are")
              + " at expert level for the window: "
              + coverage.expertsShort()
              + " more needed for GOOD cover.");
    }
    return new Short(
        round(surge),
        round(surgeLeft),
        uncovered,
        round(shortHours),
        perWeek,
        coverage.expertsShort(),
        people,
        List.copyOf(reasons));
  }

  private static String number(double value) {
    double r = round(value);
    return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
