package org.medley.calendar;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/** The demo hospital's business calendars, in the JSON shape of the calendars API. */
@Singleton
public class DemoCalendars implements DemoContribution {

  private static final String HOLIDAYS =
      """
      [{"date": "2026-01-01", "name": "New Year's Day"},
       {"date": "2026-05-25", "name": "Memorial Day"},
       {"date": "2026-07-03", "name": "Independence Day (observed)"},
       {"date": "2026-09-07", "name": "Labor Day"},
       {"date": "2026-11-26", "name": "Thanksgiving"},
       {"date": "2026-12-24", "name": "Christmas Eve", "open": [{"from": "07:00", "to": "12:00"}]},
       {"date": "2026-12-25", "name": "Christmas Day"},
       {"date": "2027-01-01", "name": "New Year's Day"}]""";

  private final JsonMapper json;

  DemoCalendars(JsonMapper json) {
    this.json = json;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    calendar(context, "24x7", allWeek("24x7"));
    calendar(context, "Clinical hours", weekdays("Clinical hours", "07:00", "19:00"));
    calendar(context, "Business hours", weekdays("Business hours", "08:00", "17:00"));
    // Clinical units' busy hours, which preventive maintenance plans around.
    calendar(context, "Operating room list", weekdays("Operating room list", "07:00", "15:30"));
    calendar(context, "Clinic sessions", weekdays("Clinic sessions", "08:00", "12:00"));
  }

  /** 00:00 to 00:00 runs past midnight: a whole day, every day. */
  private static String allWeek(String name) {
    String day = "[{\"from\": \"00:00\", \"to\": \"00:00\"}]";
    StringBuilder week = new StringBuilder();
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      week.append(week.isEmpty() ? "" : ", ").append('"').append(d).append("\": ").append(day);
    }
    return "{\"name\": \""
        + name
        + "\", \"zone\": \"America/New_York\", \"week\": {"
        + week
        + "}, \"holidays\": []}";
  }

  private static String weekdays(String name, String from, String to) {
    String interval = "[{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}]";
    return "{\"name\": \""
        + name
        + "\", \"zone\": \"America/New_York\", \"week\": {"
        + "\"MONDAY\": "
        + interval
        + ", \"TUESDAY\": "
        + interval
        + ", \"WEDNESDAY\": "
        + interval
        + ", \"THURSDAY\": "
        + interval
        + ", \"FRIDAY\": "
        + interval
        + "}, \"holidays\": "
        + HOLIDAYS
        + "}";
  }

  private static void calendar(DemoContext context, String name, String json) throws SQLException {
    long id =
        context.insert(
            "INSERT INTO calendars (tenant_id, name, zone, definition, created_at) VALUES (?,?,?,?,?)",
            context.tenantId(),
            name,
            "America/New_York",
            json,
            context.now());
    context.register("calendar", name, id);
  }

  /**
   * A calendar the seed stored, read on the seed's connection: {@link CalendarDirectory} cannot see
   * it before the seed's transaction commits.
   */
  public BusinessCalendar stored(DemoContext context, long id) throws SQLException {
    try (var s =
        context.connection().prepareStatement("SELECT definition FROM calendars WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return BusinessCalendar.of(json.readValue(rs.getString(1), CalendarSpec.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
