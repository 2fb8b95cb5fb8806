package org.medley.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medley.platform.Refused;

/**
 * Coverage-guided fuzzing (Jazzer) of business calendar specs: any name, zone, week and holidays
 * either make a calendar or are refused with {@link Refused} naming fields; a calendar made answers
 * deadlines and elapsed time without throwing or hanging, however little it is open.
 */
class CalendarSpecFuzzTest {

  private static final String[] ZONES = {
    "America/New_York", "UTC", "Europe/Berlin", "Pacific/Chatham", "Australia/Lord_Howe", ""
  };
  private static final String[] DAYS = {
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
  };

  @FuzzTest(maxDuration = "3m")
  void specsMakeACalendarOrAreRefused(FuzzedDataProvider data) {
    String name = data.consumeString(40);
    String zone = data.consumeBoolean() ? data.pickValue(ZONES) : data.consumeString(30);
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    int days = data.consumeInt(0, 9);
    for (int d = 0; d < days; d++) {
      String day = data.consumeBoolean() ? data.pickValue(DAYS) : data.consumeString(12);
      week.put(day, intervals(data));
    }
    List<HolidaySpec> holidays = new ArrayList<>();
    int count = data.consumeInt(0, 4);
    for (int h = 0; h < count; h++) {
      String date =
          data.consumeBoolean()
              ? String.format(
                  "%04d-%02d-%02d",
                  data.consumeInt(1990, 2040), data.consumeInt(0, 13), data.consumeInt(0, 32))
              : data.consumeString(12);
      holidays.add(
          new HolidaySpec(
              date, data.consumeString(20), data.consumeBoolean() ? null : intervals(data)));
    }
    CalendarSpec spec =
        new CalendarSpec(
            data.consumeBoolean() ? null : name,
            zone,
            data.consumeBoolean() ? null : week,
            holidays);
    BusinessCalendar calendar;
    try {
      calendar = BusinessCalendar.of(spec);
    } catch (Refused refused) {
      assertThat(refused.errors()).isNotEmpty();
      return;
    }
    Instant start =
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(data.consumeLong(0, 400L * 86_400));
    Duration business = Duration.ofMinutes(data.consumeLong(0, 60L * 24 * 30));
    Instant deadline = calendar.deadline(start, business);
    assertThat(deadline).isAfterOrEqualTo(start);
    assertThat(calendar.elapsed(start, deadline)).isEqualTo(business);
  }

  private static List<IntervalSpec> intervals(FuzzedDataProvider data) {
    List<IntervalSpec> intervals = new ArrayList<>();
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      intervals.add(new IntervalSpec(time(data), time(data)));
    }
    return intervals;
  }

  private static String time(FuzzedDataProvider data) {
    return data.consumeBoolean()
        ? String.format("%02d:%02d", data.consumeInt(0, 25), data.consumeInt(0, 61))
        : data.consumeString(6);
  }
}
