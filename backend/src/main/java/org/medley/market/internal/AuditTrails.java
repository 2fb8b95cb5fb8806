package org.medley.market.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one record's trail from one of market's audit tables (requests, proposals, go-lives): they
 * share their columns, and a trail reads oldest first.
 */
final class AuditTrails {

  private AuditTrails() {}

  /** {@code table} and {@code key} are constants of the caller, never input. */
  static List<Api.Event> read(JdbcOperations jdbc, String table, String key, long id) {
    return jdbc.prepareStatement(
        "SELECT action, actor, actor_name, at, detail FROM "
            + table
            + " WHERE "
            + key
            + " = ? ORDER BY at, id",
        s -> {
          s.setLong(1, id);
          List<Api.Event> events = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              events.add(
                  new Api.Event(
                      rows.getString(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getTimestamp(4).toInstant(),
                      rows.getString(5)));
            }
          }
          return events;
        });
  }
}
