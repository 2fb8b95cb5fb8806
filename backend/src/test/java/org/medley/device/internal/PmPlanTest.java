package org.medley.device.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.HolidaySpec;
import org.medley.calendar.IntervalSpec;

/** Due days and slots of preventive maintenance, table by table. */
class PmPlanTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  /** Biomed's shop: weekdays 08:00-17:00, closed on Christmas Day 2026. */
  private static final BusinessCalendar SHOP =
      calendar("08:00", "17:00", WEEKDAYS, HolidaySpec.closed("2026-12-25", "Christmas Day"));

  private static final BusinessCalendar AROUND_THE_CLOCK =
      BusinessCalendar.of(CalendarSpec.twentyFourSeven("24x7", NEW_YORK.getId()));

  /** An ICU's morning rounds and procedures. */
  private static final BusinessCalendar ICU_MORNINGS = calendar("07:00", "12:00", WEEKDAYS);

  /** An operating room's list: every weekday the shop works. */
  private static final BusinessCalendar OR_LIST = calendar("07:00", "19:00", WEEKDAYS);

  /** A ward in use from six in the morning to ten at night, every day. */
  private static final BusinessCalendar DAYTIME =
      calendar("06:00", "22:00", EnumSet.allOf(DayOfWeek.class));

  static Stream<Arguments> dues() {
    return Stream.of(
        Arguments.of(
            "monthly from the 31st: month ends clamp, the series does not drift",
            "2025-01-31",
            1,
            "2026-01-10",
            "2026-04-30",
            List.of(
                "2026-01-31/2026-01-31",
                "2026-02-28/2026-02-28",
                "2026-03-31/2026-03-31",
                "2026-04-30/2026-04-30")),
        Arguments.of(
            "yearly: windows already over are not planned",
            "2020-06-15",
            12,
            "2026-12-07",
            "2027-12-07",
            List.of("2027-06-15/2027-06-30")),
        Arguments.of(
            "due today: its window (this month) is still open",
            "2026-06-07",
            6,
            "2026-12-07",
            "2027-06-30",
            List.of("2026-12-07/2026-12-31", "2027-06-07/2027-06-30")),
        Arguments.of(
            "missed window: due last month, nothing invented for the past",
            "2026-05-02",
            6,
            "2026-12-07",
            "2027-05-31",
            List.of("2027-05-02/2027-05-31")),
        Arguments.of(
            "a new device: first due one interval after it arrived",
            "2026-12-06",
            3,
            "2026-12-07",
            "2027-12-31",
            List.of(
                "2027-03-06/2027-03-31",
                "2027-06-06/2027-06-30",
                "2027-09-06/2027-09-30",
                "2027-12-06/2027-12-31")),
        Arguments.of(
            "nothing due before the horizon",
            "2026-12-01",
            24,
            "2026-12-07",
            "2027-12-31",
            List.of()),
        Arguments.of(
            "leap day anchor: 29 Feb + 12 months is 28 Feb, + 48 months 29 Feb again",
            "2024-02-29",
            12,
            "2027-01-01",
            "2028-03-01",
            List.of("2027-02-28/2027-02-28", "2028-02-29/2028-02-29")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void dues(
      String name,
      String anchor,
      int intervalMonths,
      String today,
      String through,
      List<String> expected) {
    assertThat(
            PmPlan.dues(
                    LocalDate.parse(anchor),
                    intervalMonths,
                    LocalDate.parse(today),
                    LocalDate.parse(through))
                .stream()
                .map(d -> d.dueOn() + "/" + d.windowEndsOn()))
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> slots() {
    return Stream.of(
        Arguments.of(
            "a quiet unit: the first quarter hour from now",
            "2026-12-15",
            SHOP,
            null,
            "2026-12-07T09:10",
            60,
            "2026-12-07T09:15 - 2026-12-07T10:15"),
        Arguments.of(
            "the ICU's mornings are avoided: after rounds the same day",
            "2026-12-15",
            SHOP,
            ICU_MORNINGS,
            "2026-12-07T09:10",
            60,
            "2026-12-07T12:00 - 2026-12-07T13:00"),
        Arguments.of(
            "work that does not fit before the shop closes moves to the next morning",
            "2026-12-15",
            SHOP,
            ICU_MORNINGS,
            "2026-12-07T16:30",
            60,
            "2026-12-08T12:00 - 2026-12-08T13:00"),
        Arguments.of(
            "an OR busy whenever the shop works: busy hours cannot be avoided, flagged",
            "2026-12-15",
            SHOP,
            OR_LIST,
            "2026-12-07T09:10",
            90,
            "2026-12-07T09:15 - 2026-12-07T10:45 busy"),
        Arguments.of(
            "a holiday is skipped, and so is the weekend after it",
            "2026-12-15",
            SHOP,
            null,
            "2026-12-25T08:00",
            60,
            "2026-12-28T08:00 - 2026-12-28T09:00"),
        Arguments.of(
            "planning ahead starts at the window's first day, not now",
            "2027-02-20",
            SHOP,
            ICU_MORNINGS,
            "2026-12-07T09:10",
            120,
            "2027-02-01T12:00 - 2027-02-01T14:00"),
        Arguments.of(
            "no working stretch left in the window: no slot",
            "2026-12-15",
            SHOP,
            null,
            "2026-12-31T16:30",
            60,
            "none"),
        Arguments.of(
            "spring forward: 22:00-06:00 is seven hours that night, so 7.5 h waits a night",
            "2027-03-20",
            AROUND_THE_CLOCK,
            DAYTIME,
            "2027-03-13T21:00",
            450,
            "2027-03-14T22:00 - 2027-03-15T05:30"),
        Arguments.of(
            "fall back: 00:00-06:00 is seven hours that night, so 6.5 h fits on the first",
            "2026-11-10",
            AROUND_THE_CLOCK,
            DAYTIME,
            "2026-10-20T09:00",
            390,
            "2026-11-01T00:00 - 2026-11-01T05:30"),
        Arguments.of(
            "an ordinary night: 6.5 h does not fit between midnight and six",
            "2026-12-10",
            AROUND_THE_CLOCK,
            DAYTIME,
            "2026-12-07T23:00",
            390,
            "2026-12-07T23:00 - 2026-12-08T05:30"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void slots(
      String name,
      String dueOn,
      BusinessCalendar work,
      BusinessCalendar busy,
      String now,
      int minutes,
      String expected) {
    LocalDate due = LocalDate.parse(dueOn);
    PmPlan.Slot slot =
        PmPlan.slot(
            new PmPlan.Due(due, due.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())),
            NEW_YORK,
            work,
            busy,
            local(now),
            Duration.ofMinutes(minutes));
    assertThat(
            slot == null
                ? "none"
                : wall(slot.start())
                    + " - "
                    + wall(slot.end())
                    + (slot.inBusyHours() ? " busy" : ""))
        .isEqualTo(expected);
  }

  private static Instant local(String wallClock) {
    return LocalDateTime.parse(wallClock).atZone(NEW_YORK).toInstant();
  }

  private static String wall(Instant instant) {
    return LocalDateTime.ofInstant(instant, NEW_YORK).toString();
  }

  private static BusinessCalendar calendar(
      String from, String to, Set<DayOfWeek> days, HolidaySpec... holidays) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day.name(), days.contains(day) ? List.of(new IntervalSpec(from, to)) : List.of());
    }
    return BusinessCalendar.of(
        new CalendarSpec("test", NEW_YORK.getId(), week, Arrays.asList(holidays)));
  }
}
