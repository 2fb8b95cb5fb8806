package org.medley.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.medley.calendar.TestCalendars.interval;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** A bad calendar is refused with every mistake, each naming the field the admin has to fix. */
class CalendarValidationTest {

  private static final String NEW_YORK = "America/New_York";

  @Test
  void overlappingIntervalsOnOneDay() {
    var week = Map.of("MONDAY", List.of(interval("09:00", "12:00"), interval("11:00", "13:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly("week.MONDAY[1]: overlaps 09:00-12:00");
  }

  @Test
  void theOverlapIsReportedOnTheIntervalListedLater() {
    var week = Map.of("MONDAY", List.of(interval("11:00", "13:00"), interval("09:00", "12:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly("week.MONDAY[1]: overlaps 11:00-13:00");
  }

  @Test
  void aNightShiftRunningIntoTheNextDaysHours() {
    var week = new LinkedHashMap<String, List<IntervalSpec>>();
    week.put("MONDAY", List.of(interval("22:00", "06:00")));
    week.put("TUESDAY", List.of(interval("05:00", "09:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly("week.TUESDAY[0]: overlaps MONDAY 22:00-06:00, which runs past midnight");
  }

  @Test
  void sundayNightRunsIntoMonday() {
    var week = new LinkedHashMap<String, List<IntervalSpec>>();
    week.put("MONDAY", List.of(interval("00:00", "08:00")));
    week.put("SUNDAY", List.of(interval("20:00", "02:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly("week.MONDAY[0]: overlaps SUNDAY 20:00-02:00, which runs past midnight");
  }

  @Test
  void aWholeDayLeavesRoomForNothingElse() {
    var week = Map.of("FRIDAY", List.of(interval("00:00", "00:00"), interval("09:00", "17:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly("week.FRIDAY[1]: overlaps 00:00-00:00");
  }

  @Test
  void intervalsThatTouchAreFineAndJoinUp() {
    var week = new LinkedHashMap<String, List<IntervalSpec>>();
    week.put("MONDAY", List.of(interval("09:00", "12:00"), interval("12:00", "17:00")));
    week.put("TUESDAY", List.of(interval("22:00", "00:00")));
    week.put("WEDNESDAY", List.of(interval("00:00", "06:00")));
    BusinessCalendar cal = BusinessCalendar.of(spec(NEW_YORK, week));

    // Monday 2026-03-09 09:00-17:00 EDT is 13:00Z-21:00Z; Tuesday 22:00 to Wednesday 06:00 EDT.
    assertThat(cal.deadline(Instant.parse("2026-03-09T13:00:00Z"), Duration.ofHours(3)).toString())
        .isEqualTo("2026-03-09T16:00:00Z");
    assertThat(
            cal.elapsed(
                Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-12T00:00:00Z")))
        .isEqualTo(Duration.ofHours(16));
  }

  @Test
  void unknownTimeZone() {
    var week = Map.of("MONDAY", List.of(interval("09:00", "17:00")));

    assertThat(errorsOf(spec("Mars/Base", week)))
        .containsExactly("zone: unknown time zone \"Mars/Base\"");
  }

  @Test
  void missingTimeZoneAndName() {
    var week = Map.of("MONDAY", List.of(interval("09:00", "17:00")));

    assertThat(errorsOf(new CalendarSpec(" ", null, week, List.of())))
        .containsExactly("name: required", "zone: required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"25:00", "9:00", "09:60", "noon", "09:00:00", "-1:00"})
  void timesThatAreNotHhMm(String time) {
    var week = Map.of("MONDAY", List.of(interval(time, "17:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly(
            "week.MONDAY[0].from: not a time \"" + time + "\" (expected HH:mm, 00:00 to 23:59)");
  }

  @Test
  void midnightIsWrittenAsZeroHundred() {
    var week = Map.of("MONDAY", List.of(interval("17:00", "24:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly(
            "week.MONDAY[0].to: not a time \"24:00\""
                + " (expected HH:mm, 00:00 to 23:59; write 00:00 for midnight)");
  }

  @Test
  void missingTimes() {
    var week = Map.of("MONDAY", List.of(new IntervalSpec(null, "")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly("week.MONDAY[0].from: required", "week.MONDAY[0].to: required");
  }

  @Test
  void aWeekWithoutOpenIntervals() {
    var closedDays = new LinkedHashMap<String, List<IntervalSpec>>();
    closedDays.put("MONDAY", List.of());
    closedDays.put("TUESDAY", null);

    assertThat(errorsOf(spec(NEW_YORK, Map.of()))).containsExactly("week: no open intervals");
    assertThat(errorsOf(spec(NEW_YORK, null))).containsExactly("week: no open intervals");
    assertThat(errorsOf(spec(NEW_YORK, closedDays))).containsExactly("week: no open intervals");
  }

  @Test
  void aTwentyFourSevenCalendarNeedsNoWeekOfItsOwn() {
    BusinessCalendar always = BusinessCalendar.of(CalendarSpec.twentyFourSeven("24x7", NEW_YORK));

    assertThat(always.zone()).isEqualTo(ZoneId.of(NEW_YORK));
    assertThat(always.isOpen(Instant.parse("2026-12-25T08:00:00Z"))).isTrue();
  }

  @Test
  void unknownAndRepeatedDays() {
    var week = new LinkedHashMap<String, List<IntervalSpec>>();
    week.put("FUNDAY", List.of(interval("09:00", "17:00")));
    week.put("monday", List.of(interval("09:00", "17:00")));
    week.put("MONDAY", List.of(interval("09:00", "17:00")));

    assertThat(errorsOf(spec(NEW_YORK, week)))
        .containsExactly(
            "week.FUNDAY: not a day of the week (MONDAY to SUNDAY)", "week.MONDAY: repeats MONDAY");
  }

  @Test
  void holidayDatesMustBeDatesAndUnique() {
    var holidays =
        List.of(
            HolidaySpec.closed("2026-13-01", "Nonesuch"),
            HolidaySpec.closed("2026-12-25", "Christmas Day"),
            HolidaySpec.closed("2026-12-25", "Christmas again"),
            new HolidaySpec(null, "Undated", null));

    assertThat(errorsOf(weekdays(holidays)))
        .containsExactly(
            "holidays[0].date: not a date \"2026-13-01\" (expected YYYY-MM-DD)",
            "holidays[2].date: repeats 2026-12-25 of holidays[1]",
            "holidays[3].date: required");
  }

  @Test
  void holidayHoursAreCheckedLikeWeekHours() {
    var holidays =
        List.of(
            new HolidaySpec(
                "2026-12-24",
                "Christmas Eve",
                List.of(interval("09:00", "12:00"), interval("11:30", "25:00"))),
            new HolidaySpec(
                "2026-12-31",
                "New Year's Eve",
                List.of(interval("09:00", "12:00"), interval("11:30", "13:00"))));

    assertThat(errorsOf(weekdays(holidays)))
        .containsExactly(
            "holidays[0].open[1].to: not a time \"25:00\" (expected HH:mm, 00:00 to 23:59)",
            "holidays[1].open[1]: overlaps 09:00-12:00");
  }

  @Test
  void aNightShiftRunningIntoAHolidaysHours() {
    // 2026-12-25 is a Friday: Thursday's shift runs until 06:00 on it.
    var week = Map.of("THURSDAY", List.of(interval("22:00", "06:00")));
    var holidays =
        List.of(new HolidaySpec("2026-12-25", "Christmas", List.of(interval("05:00", "10:00"))));

    assertThat(errorsOf(new CalendarSpec("Nights", NEW_YORK, week, holidays)))
        .containsExactly(
            "holidays[0].open[0]: overlaps THURSDAY 22:00-06:00, which runs past midnight");
  }

  @Test
  void aHolidayShiftRunningIntoTheNextDaysHours() {
    var week = Map.of("FRIDAY", List.of(interval("07:00", "19:00")));
    var holidays =
        List.of(
            new HolidaySpec("2026-12-24", "Christmas Eve", List.of(interval("20:00", "08:00"))));

    assertThat(errorsOf(new CalendarSpec("Fridays", NEW_YORK, week, holidays)))
        .containsExactly(
            "holidays[0].open[0]: runs past midnight into 2026-12-25 (FRIDAY) 07:00-19:00");
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    var week = Map.of("MONDAY", List.of(interval("09:00", "17:61")));
    var holidays = new ArrayList<HolidaySpec>();
    holidays.add(null);

    Refused e =
        catchThrowableOfType(
            Refused.class,
            () -> BusinessCalendar.of(new CalendarSpec("Desk", "Mars/Base", week, holidays)));

    assertThat(e.errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("zone", "week.MONDAY[0].to", "holidays[0]");
    assertThat(e.getMessage()).startsWith("unknown time zone");
  }

  private static List<String> errorsOf(CalendarSpec spec) {
    Refused e = catchThrowableOfType(Refused.class, () -> BusinessCalendar.of(spec));
    assertThat(e).as("calendar should be refused").isNotNull();
    return e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
  }

  private static CalendarSpec spec(String zone, Map<String, List<IntervalSpec>> week) {
    return new CalendarSpec("Desk", zone, week, List.of());
  }

  private static CalendarSpec weekdays(List<HolidaySpec> holidays) {
    var week = Map.of("MONDAY", List.of(interval("09:00", "17:00")));
    return new CalendarSpec("Desk", NEW_YORK, week, holidays);
  }
}
