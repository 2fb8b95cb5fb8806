package org.medley.sla;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calendars as stored by the calendars API, parsed once per definition: a cached calendar is reused
 * while its stored JSON is unchanged.
 */
@Singleton
class JdbcCalendarDirectory implements CalendarDirectory {

  private record Parsed(String definition, BusinessCalendar calendar) {}

  private final JdbcOperations jdbc;
  private final JsonMapper json;
  private final Map<Long, Parsed> cache = new ConcurrentHashMap<>();

  JdbcCalendarDirectory(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  @ReadOnly
  public Optional<StoredCalendar> calendar(long tenantId, long calendarId) {
    return query(tenantId, calendarId).stream().findFirst();
  }

  @Override
  @ReadOnly
  public List<StoredCalendar> calendars(long tenantId) {
    return query(tenantId, null);
  }

  private List<StoredCalendar> query(long tenantId, Long calendarId) {
    return jdbc.prepareStatement(
        "SELECT id, name, definition FROM calendars WHERE tenant_id = ?"
            + (calendarId == null ? "" : " AND id = ?")
            + " ORDER BY name",
        statement -> {
          statement.setLong(1, tenantId);
          if (calendarId != null) {
            statement.setLong(2, calendarId);
          }
          List<StoredCalendar> result = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              long id = rows.getLong(1);
              String definition = rows.getString(3);
              Parsed parsed = cache.get(id);
              if (parsed == null || !parsed.definition().equals(definition)) {
                parsed = new Parsed(definition, BusinessCalendar.of(read(definition)));
                cache.put(id, parsed);
              }
              result.add(new StoredCalendar(id, rows.getString(2), parsed.calendar()));
            }
          }
          return result;
        });
  }

  private CalendarSpec read(String definition) {
    try {
      return json.readValue(definition, CalendarSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
