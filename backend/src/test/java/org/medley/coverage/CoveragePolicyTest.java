package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.IntervalSpec;

/** The coverage rules as tables: bus factor, window coverage, status and burnout. */
class CoveragePolicyTest {

  /** A week without holidays or DST changes: Monday 23 November 2026, 00:00 UTC. */
  private static final Instant GRID = WeekMask.gridStart(Instant.parse("2026-11-25T12:00:00Z"));

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final CoveragePolicy POLICY = new CoveragePolicy(CoverageRules.DEFAULTS);

  @Test
  void theGridStartsOnMondayMidnightUtc() {
    assertThat(GRID).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0} experts, {2}/{1} window hours → {3}")
  @CsvSource({
    "0, 168, 0,   GAP", // nobody
    "0, 0,   0,   GAP", // nobody, even without a window this week
    "1, 168, 168, RISK", // a single point of failure
    "2, 168, 168, GOOD",
    "5, 45,  45,  GOOD",
    "2, 168, 60,  RISK", // nights uncovered
    "3, 168, 167, RISK", // one hour short is still partly covered
    "2, 45,  0,   GAP", // experts, but never on shift when needed
    "1, 45,  0,   GAP",
    "2, 0,   0,   GOOD" // a window closed all week (holidays) needs nobody on shift
  })
  void status(int experts, int required, int covered, CoverageStatus expected) {
    assertThat(POLICY.status(experts, required, covered)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "thresholds {0}/{1}: {2} experts, {4}/{3} hours → {5}")
  @CsvSource({
    "3, 0.9, 2, 168, 168, RISK", // three experts wanted
    "3, 0.9, 3, 168, 152, GOOD", // 90 % of the window suffices
    "3, 0.9, 3, 168, 150, RISK"
  })
  void thresholdsAreConfigurable(
      int goodMinExperts,
      double goodMinWindow,
      int experts,
      int required,
      int covered,
      CoverageStatus expected) {
    var rules = new CoverageRules(3, goodMinExperts, 0, goodMinWindow, 0.0, 1.1, 4, 6);
    assertThat(new CoveragePolicy(rules).status(experts, required, covered)).isEqualTo(expected);
  }

  static Stream<Arguments> windows() {
    return Stream.of(
        // name, calendar, people as "zone|level|shifts", expected bus factor, required, covered,
        // status
        Arguments.of(
            "24x7 with day-shift experts only: nights uncovered",
            allWeek("America/New_York"),
            List.of(
                "America/New_York|4|" + weekdays("07:00-19:00"),
                "America/New_York|3|" + weekdays("07:00-19:00")),
            2,
            168,
            60,
            CoverageStatus.RISK),
        Arguments.of(
            "24x7 with a day and a night expert across midnight",
            allWeek("America/New_York"),
            List.of(
                "America/New_York|4|" + everyDay("07:00-19:00"),
                "America/New_York|3|" + everyDay("19:00-07:00")),
            2,
            168,
            168,
            CoverageStatus.GOOD),
        Arguments.of(
            "a level-2 person is no expert",
            allWeek("America/New_York"),
            List.of(
                "America/New_York|4|" + everyDay("07:00-19:00"),
                "America/New_York|2|" + everyDay("19:00-07:00")),
            1,
            168,
            84,
            CoverageStatus.RISK),
        Arguments.of(
            "business hours in New York covered from Warsaw (14:00-23:00 CET = 08:00-17:00 EST)",
            weekdaysCalendar("America/New_York", "08:00", "17:00"),
            List.of(
                "Europe/Warsaw|3|" + weekdays("14:00-23:00"),
                "Europe/Warsaw|4|" + weekdays("14:00-23:00")),
            2,
            45,
            45,
            CoverageStatus.GOOD),
        Arguments.of(
            "Warsaw office hours cover only New York's small hours",
            weekdaysCalendar("America/New_York", "08:00", "17:00"),
            List.of(
                "Europe/Warsaw|3|" + weekdays("09:00-17:00"),
                "Europe/Warsaw|4|" + weekdays("09:00-17:00")),
            2,
            45,
            15, // 08:00-11:00 New York, five days
            CoverageStatus.RISK),
        Arguments.of(
            "night experts for a business-hours application: window uncovered",
            weekdaysCalendar("America/New_York", "08:00", "17:00"),
            List.of(
                "America/New_York|4|" + everyDay("22:00-06:00"),
                "America/New_York|4|" + everyDay("22:00-06:00")),
            2,
            45,
            0,
            CoverageStatus.GAP),
        Arguments.of(
            "Sunday night shift covers Monday's first hours",
            weekdaysCalendar("America/New_York", "00:00", "06:00"),
            List.of("America/New_York|3|SUN 22:00-06:00", "America/New_York|3|SUN 22:00-06:00"),
            2,
            30,
            6,
            CoverageStatus.RISK),
        Arguments.of(
            "half-hour zone: Kolkata 09:00-17:00 is eight hours a day",
            weekdaysCalendar("Asia/Kolkata", "09:00", "17:00"),
            List.of("Asia/Kolkata|3|" + weekdays("09:00-17:00")),
            1,
            40,
            40,
            CoverageStatus.RISK),
        Arguments.of("nobody", allWeek("UTC"), List.of(), 0, 168, 0, CoverageStatus.GAP));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("windows")
  void windowCoverage(
      String name,
      BusinessCalendar calendar,
      List<String> people,
      int busFactor,
      int required,
      int covered,
      CoverageStatus status) {
    List<CoveragePolicy.Person> persons = new ArrayList<>();
    List<CoveragePolicy.Skill> skills = new ArrayList<>();
    long id = 1;
    for (String person : people) {
      String[] parts = person.split("\\|");
      persons.add(
          new CoveragePolicy.Person(
              id, 40, Shift.mask(Shift.parse(parts[2]), ZoneId.of(parts[0]), GRID), new double[0]));
      skills.add(new CoveragePolicy.Skill(id, 100, Integer.parseInt(parts[1])));
      id++;
    }
    var app = new CoveragePolicy.Application(100, WeekMask.of(GRID, calendar::isOpen));
    var result = POLICY.evaluate(List.of(app), persons, skills).applications().get(0);
    assertThat(result.busFactor()).as("bus factor").isEqualTo(busFactor);
    assertThat(result.requiredHours()).as("required hours").isEqualTo(required);
    assertThat(result.coveredHours()).as("covered hours").isEqualTo(covered);
    assertThat(result.status()).isEqualTo(status);
  }

  @Test
  void aNightShiftBelongsToTheDayItStarts() {
    var shift = Shift.parse("SUN 22:00-06:00").get(0);
    WeekMask mask = Shift.mask(List.of(shift), NEW_YORK, GRID);
    // Sunday 22:00 EST = Monday 03:00 UTC (slot 3) ... Monday 06:00 EST = Monday 11:00 UTC.
    assertThat(mask.get(2)).isFalse();
    assertThat(mask.get(3)).isTrue();
    assertThat(mask.get(10)).isTrue();
    assertThat(mask.get(11)).isFalse();
    // The grid's week ends on Sunday 19:00 EST, before the next Sunday night starts.
    assertThat(mask.count()).isEqualTo(8);
  }

  @ParameterizedTest(name = "{0} {1} {2}:00 local → slot {3}")
  @CsvSource({
    "America/New_York, MONDAY, 0, 5", // Monday 00:30 EST = 05:30 UTC
    "America/New_York, MONDAY, 7, 12",
    "America/New_York, SUNDAY, 19, 0", // the grid starts at Sunday 19:00 New York time
    "America/New_York, SUNDAY, 18, 167",
    "Europe/Warsaw, MONDAY, 0, 167", // Monday 00:30 CET = Sunday 23:30 UTC
    "Europe/Warsaw, MONDAY, 9, 8",
    "Asia/Kolkata, MONDAY, 9, 3", // 09:00 IST = 03:30 UTC: the sample of the slot from 03:00
    "UTC, WEDNESDAY, 12, 60"
  })
  void localHoursMapOntoTheGrid(String zone, java.time.DayOfWeek day, int hour, int slot) {
    assertThat(WeekMask.slotOf(GRID, ZoneId.of(zone), day, hour)).isEqualTo(slot);
  }

  @ParameterizedTest(name = "loads {0} on 40 h → overloaded weeks {1}, burnout {2}")
  @CsvSource({
    "'45,45,45,45,10,10', 4, true",
    "'10,45,45,45,45,10', 4, true",
    "'45,45,45,10,10,10', 3, false",
    "'44,44,44,44,44,44', 0, false", // 110 % exactly is not over it
    "'50,50,50,50,50,50', 6, true",
    "'10,10,10,10,10,10,50,50,50,50', 0, false", // only the last six weeks count
    "'', 0, false"
  })
  void burnout(String loads, int overloaded, boolean burnout) {
    double[] weeks =
        loads.isEmpty()
            ? new double[0]
            : Stream.of(loads.split(",")).mapToDouble(Double::parseDouble).toArray();
    var person = new CoveragePolicy.Person(1, 40, WeekMask.EMPTY, weeks);
    var result = POLICY.evaluate(List.of(), List.of(person), List.of()).people().get(0);
    assertThat(result.overloadedWeeks()).isEqualTo(overloaded);
    assertThat(result.burnout()).isEqualTo(burnout);
  }

  @Test
  void burnoutThresholdIsConfigurable() {
    var rules = new CoverageRules(3, 2, 0, 1.0, 0.0, 1.0, 2, 3);
    var person = new CoveragePolicy.Person(1, 40, WeekMask.EMPTY, new double[] {41, 41, 10});
    var result =
        new CoveragePolicy(rules).evaluate(List.of(), List.of(person), List.of()).people().get(0);
    assertThat(result.burnout()).isTrue();
  }

  @Test
  void nobodyWithoutCapacityBurnsOut() {
    var person = new CoveragePolicy.Person(1, 0, WeekMask.EMPTY, new double[] {9, 9, 9, 9, 9, 9});
    var result = POLICY.evaluate(List.of(), List.of(person), List.of()).people().get(0);
    assertThat(result.burnout()).isFalse();
    assertThat(result.loadRatio()).isZero();
  }

  @Test
  void soleCoverNamesTheApplicationsOnlyThatPersonSupports() {
    var people =
        List.of(
            new CoveragePolicy.Person(1, 40, WeekMask.FULL, new double[0]),
            new CoveragePolicy.Person(2, 40, WeekMask.FULL, new double[0]));
    var apps =
        List.of(
            new CoveragePolicy.Application(10, WeekMask.FULL),
            new CoveragePolicy.Application(11, WeekMask.FULL),
            new CoveragePolicy.Application(12, WeekMask.FULL));
    var skills =
        List.of(
            new CoveragePolicy.Skill(1, 10, 4),
            new CoveragePolicy.Skill(2, 10, 3),
            new CoveragePolicy.Skill(1, 11, 3),
            new CoveragePolicy.Skill(2, 12, 2));
    var result = POLICY.evaluate(apps, people, skills);
    assertThat(result.people().get(0).soleCover()).containsExactly(11L);
    assertThat(result.people().get(1).soleCover()).isEmpty();
    assertThat(result.applications())
        .extracting(CoveragePolicy.ApplicationCoverage::status)
        .containsExactly(CoverageStatus.GOOD, CoverageStatus.RISK, CoverageStatus.GAP);
  }

  @Test
  void shiftTextRoundTrips() {
    String text = "MON 07:00-19:00; SUN 22:00-06:00; WED 00:00-00:00";
    assertThat(Shift.format(Shift.parse(text))).isEqualTo(text);
    assertThat(Shift.parse("monday 07:00 - 19:00")).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"XYZ 07:00-19:00", "MON 7-19", "MON 25:00-19:00", "MON 07:00"})
  void badShiftTextIsExplained(String text) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Shift.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Exception");
  }

  // ---- helpers

  private static String weekdays(String hours) {
    return String.join(
        "; ", Stream.of("MON", "TUE", "WED", "THU", "FRI").map(d -> d + " " + hours).toList());
  }

  private static String everyDay(String hours) {
    return String.join(
        "; ",
        Stream.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
            .map(d -> d + " " + hours)
            .toList());
  }

  private static BusinessCalendar allWeek(String zone) {
    return BusinessCalendar.of(CalendarSpec.twentyFourSeven("24x7", zone));
  }

  private static BusinessCalendar weekdaysCalendar(String zone, String from, String to) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      week.put(day, List.of(new IntervalSpec(from, to)));
    }
    return BusinessCalendar.of(new CalendarSpec("weekdays", zone, week, List.of()));
  }
}
