package org.medley.market.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.platform.JdbcRows;

/**
 * A go-live's plan entries and audit trail in SQL (the event itself: {@link GoLiveRepository}).
 * Callers name the event only after finding it in their tenant, and own transactions.
 */
@Singleton
class GoLiveStore {

  /** Someone in the command center: a staff member ({@code staffId}) or a named outsider. */
  record Entry(
      long id,
      Long staffId,
      String name,
      Tier tier,
      Instant startsAt,
      Instant endsAt,
      String role,
      String createdBy,
      Instant createdAt) {}

  /** More entries than a command center has shifts is a mistake, not a plan. */
  static final int MAX_ENTRIES = 500;

  private final JdbcOperations jdbc;

  GoLiveStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  long addEntry(long eventId, Entry e) {
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO go_live_plan_entries (event_id, staff_id, name, tier, starts_at, ends_at,"
            + " role, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        Arrays.asList(
            eventId,
            e.staffId(),
            e.name(),
            e.tier(),
            e.startsAt(),
            e.endsAt(),
            e.role(),
            e.createdBy(),
            e.createdAt()));
  }

  boolean removeEntry(long eventId, long entryId) {
    return jdbc.prepareStatement(
            "DELETE FROM go_live_plan_entries WHERE event_id = ? AND id = ?",
            s -> {
              s.setLong(1, eventId);
              s.setLong(2, entryId);
              return s.executeUpdate();
            })
        == 1;
  }

  List<Entry> plan(long eventId) {
    return jdbc.prepareStatement(
        "SELECT id, staff_id, name, tier, starts_at, ends_at, role, created_by, created_at"
            + " FROM go_live_plan_entries WHERE event_id = ? ORDER BY starts_at, id",
        s -> {
          s.setLong(1, eventId);
          List<Entry> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Entry(
                      rows.getLong(1),
                      JdbcRows.nullableLong(rows, 2),
                      rows.getString(3),
                      Tier.valueOf(rows.getString(4)),
                      rows.getTimestamp(5).toInstant(),
                      rows.getTimestamp(6).toInstant(),
                      rows.getString(7),
                      rows.getString(8),
                      rows.getTimestamp(9).toInstant()));
            }
          }
          return list;
        });
  }

  void audit(long eventId, GoLiveEvent.Event event, String actorName) {
    jdbc.prepareStatement(
        "INSERT INTO go_live_audit (event_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        s -> {
          s.setLong(1, eventId);
          s.setString(2, event.action());
          s.setString(3, event.actor());
          s.setString(4, actorName);
          s.setTimestamp(5, Timestamp.from(event.at()));
          s.setString(6, event.detail());
          return s.executeUpdate();
        });
  }

  List<Api.Event> history(long eventId) {
    return AuditTrails.read(jdbc, "go_live_audit", "event_id", eventId);
  }
}
