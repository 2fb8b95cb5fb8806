package org.medley.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business calendar in the shape of the calendars API: {@code {"name", "zone", "week": {"MONDAY":
 * [{"from", "to"}], …}, "holidays": [{"date", "name", "open"}]}}. Plain data, unchecked: {@link
 * BusinessCalendar#of(CalendarSpec)} validates it and names the field of every mistake.
 */
@io.micronaut.serde.annotation.Serdeable
public record CalendarSpec(
    String name,
    String zone,
    Map<String, List<IntervalSpec>> week,
    @Schema(
            requiredMode = Schema.RequiredMode.NOT_REQUIRED,
            description = "Omitted or empty: no holidays; always present (maybe empty) as read")
        List<HolidaySpec> holidays) {

  /** Answers carry {@code []} rather than {@code null} for a calendar without holidays. */
  public CalendarSpec {
    holidays = holidays == null ? List.of() : holidays;
  }

  /** Open around the clock, every day, no holidays. */
  public static CalendarSpec twentyFourSeven(String name, String zone) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day.name(), List.of(new IntervalSpec("00:00", "00:00")));
    }
    return new CalendarSpec(name, zone, week, List.of());
  }
}
