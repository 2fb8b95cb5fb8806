package org.medley.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calendars the worked examples refer to by name. */
public final class TestCalendars {

  private static final List<String> WEEKDAYS =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
  private static final List<String> EVERY_DAY =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  /** New York office holidays, 2026; Christmas Eve is open in the morning only. */
  static final List<HolidaySpec> NEW_YORK_HOLIDAYS =
      List.of(
          HolidaySpec.closed("2026-01-01", "New Year's Day"),
          HolidaySpec.closed("2026-05-25", "Memorial Day"),
          HolidaySpec.closed("2026-07-03", "Independence Day (observed)"),
          HolidaySpec.closed("2026-09-07", "Labor Day"),
          HolidaySpec.closed("2026-11-26", "Thanksgiving"),
          new HolidaySpec("2026-12-24", "Christmas Eve", List.of(interval("09:00", "12:00"))),
          HolidaySpec.closed("2026-12-25", "Christmas Day"),
          HolidaySpec.closed("2027-01-01", "New Year's Day"));

  static final List<HolidaySpec> BERLIN_HOLIDAYS =
      List.of(
          new HolidaySpec("2026-12-24", "Heiligabend", List.of(interval("09:00", "12:00"))),
          HolidaySpec.closed("2026-12-25", "1. Weihnachtstag"),
          HolidaySpec.closed("2026-12-26", "2. Weihnachtstag"),
          HolidaySpec.closed("2027-01-01", "Neujahr"));

  private static final Map<String, CalendarSpec> SPECS = new LinkedHashMap<>();

  static {
    add(
        "ny-office",
        "America/New_York",
        days(WEEKDAYS, interval("09:00", "17:00")),
        NEW_YORK_HOLIDAYS);
    add(
        "berlin-office",
        "Europe/Berlin",
        days(WEEKDAYS, interval("09:00", "17:00")),
        BERLIN_HOLIDAYS);
    add("ny-24x7", "America/New_York", days(EVERY_DAY, interval("00:00", "00:00")), List.of());
    add("berlin-24x7", "Europe/Berlin", days(EVERY_DAY, interval("00:00", "00:00")), List.of());
    add("ny-night", "America/New_York", days(EVERY_DAY, interval("22:00", "06:00")), List.of());
    add(
        "ny-night-christmas",
        "America/New_York",
        days(EVERY_DAY, interval("22:00", "06:00")),
        List.of(HolidaySpec.closed("2026-12-25", "Christmas Day")));
    add("berlin-night", "Europe/Berlin", days(EVERY_DAY, interval("22:00", "06:00")), List.of());
    add(
        "ny-split",
        "America/New_York",
        days(WEEKDAYS, interval("08:00", "12:00"), interval("13:00", "17:00")),
        List.of());
    add(
        "ny-sunday-small-hours",
        "America/New_York",
        Map.of("SUNDAY", List.of(interval("01:00", "03:00"))),
        List.of());
    add("apia-office", "Pacific/Apia", days(WEEKDAYS, interval("09:00", "17:00")), List.of());
  }

  private TestCalendars() {}

  public static BusinessCalendar named(String name) {
    CalendarSpec spec = SPECS.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("no test calendar " + name);
    }
    return BusinessCalendar.of(spec);
  }

  static IntervalSpec interval(String from, String to) {
    return new IntervalSpec(from, to);
  }

  static Map<String, List<IntervalSpec>> days(List<String> days, IntervalSpec... intervals) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    days.forEach(day -> week.put(day, List.of(intervals)));
    return week;
  }

  private static void add(
      String name, String zone, Map<String, List<IntervalSpec>> week, List<HolidaySpec> holidays) {
    SPECS.put(name, new CalendarSpec(name, zone, week, holidays));
  }
}
