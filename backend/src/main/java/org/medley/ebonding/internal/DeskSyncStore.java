package org.medley.ebonding.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.platform.JdbcRows;

/**
 * Each ticket's state on each desk that holds it ({@code desk_sync}): the desk's id and display,
 * when it last took an update, and the last error while it does not. Also reads the connectors'
 * names and kinds for the operations views (e-bonding's own {@code desk_connectors}).
 */
@Singleton
class DeskSyncStore {

  /** One ticket on one desk. */
  record Line(
      long ticketId,
      long connectorId,
      String connectorName,
      String kind,
      @Nullable String externalId,
      @Nullable String display,
      @Nullable Instant lastSyncedAt,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt) {}

  /** A connector as the operations views name it. */
  record Named(long id, long tenantId, String name, String kind) {}

  /** The connector's latest sync and latest error over all its tickets. */
  record Latest(@Nullable Instant lastSyncAt, @Nullable String lastError, @Nullable Instant at) {}

  private final JdbcOperations jdbc;

  DeskSyncStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The desk took an update: its ids, now, and no error any more. */
  void synced(
      long tenantId,
      long ticketId,
      long connectorId,
      String externalId,
      @Nullable String display,
      Instant at) {
    update(
        "INSERT INTO desk_sync (ticket_id, connector_id, tenant_id, external_id, display,"
            + " last_synced_at, last_error, last_error_at) VALUES (?,?,?,?,?,?,NULL,NULL)"
            + " ON DUPLICATE KEY UPDATE external_id = VALUES(external_id),"
            + " display = COALESCE(?, display), last_synced_at = VALUES(last_synced_at),"
            + " last_error = NULL, last_error_at = NULL",
        ticketId,
        connectorId,
        tenantId,
        externalId,
        display == null ? externalId : display,
        at,
        display);
  }

  /** The desk refused or could not take an update. */
  void failed(long tenantId, long ticketId, long connectorId, String error, Instant at) {
    update(
        "INSERT INTO desk_sync (ticket_id, connector_id, tenant_id, last_error, last_error_at)"
            + " VALUES (?,?,?,?,?) ON DUPLICATE KEY UPDATE last_error = VALUES(last_error),"
            + " last_error_at = VALUES(last_error_at)",
        ticketId,
        connectorId,
        tenantId,
        error.length() <= 2000 ? error : error.substring(0, 1997) + "...",
        at);
  }

  /** The ticket's lines, one per desk, with connectors not deleted. */
  List<Line> lines(long tenantId, long ticketId) {
    return jdbc.prepareStatement(
        "SELECT s.ticket_id, s.connector_id, c.name, c.kind, s.external_id, s.display,"
            + " s.last_synced_at, s.last_error, s.last_error_at FROM desk_sync s"
            + " JOIN desk_connectors c ON c.id = s.connector_id AND c.deleted_at IS NULL"
            + " WHERE s.tenant_id = ? AND s.ticket_id = ? ORDER BY c.name, c.id",
        statement -> {
          bindAll(statement, tenantId, ticketId);
          List<Line> lines = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              lines.add(
                  new Line(
                      rows.getLong(1),
                      rows.getLong(2),
                      rows.getString(3),
                      rows.getString(4),
                      rows.getString(5),
                      rows.getString(6),
                      JdbcRows.instant(rows, 7),
                      rows.getString(8),
                      JdbcRows.instant(rows, 9)));
            }
          }
          return lines;
        });
  }

  /** The tenant's connector, unless deleted. */
  Optional<Named> connector(long tenantId, long connectorId) {
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, name, kind FROM desk_connectors WHERE tenant_id = ? AND id = ?"
            + " AND deleted_at IS NULL",
        statement -> {
          bindAll(statement, tenantId, connectorId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? Optional.of(
                    new Named(
                        rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)))
                : Optional.empty();
          }
        });
  }

  Latest latest(long connectorId) {
    return jdbc.prepareStatement(
        "SELECT (SELECT MAX(last_synced_at) FROM desk_sync WHERE connector_id = ?),"
            + " (SELECT last_error FROM desk_sync WHERE connector_id = ? AND last_error IS NOT NULL"
            + " ORDER BY last_error_at DESC LIMIT 1),"
            + " (SELECT MAX(last_error_at) FROM desk_sync WHERE connector_id = ?"
            + " AND last_error IS NOT NULL)",
        statement -> {
          bindAll(statement, connectorId, connectorId, connectorId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return new Latest(
                JdbcRows.instant(rows, 1), rows.getString(2), JdbcRows.instant(rows, 3));
          }
        });
  }

  /** When the poller last asked the desk (null: never, or not a polled desk). */
  Optional<Instant> lastPolledAt(long connectorId) {
    return jdbc.prepareStatement(
        "SELECT last_polled_at FROM desk_poll_state WHERE connector_id = ?",
        statement -> {
          bindAll(statement, connectorId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(JdbcRows.instant(rows, 1)) : Optional.empty();
          }
        });
  }

  void audit(
      long tenantId,
      @Nullable Long connectorId,
      String actorName,
      Instant at,
      String action,
      @Nullable String eventId,
      @Nullable String detail) {
    update(
        "INSERT INTO ebonding_audit (tenant_id, connector_id, actor_name, at, action, event_id,"
            + " detail) VALUES (?,?,?,?,?,?,?)",
        tenantId,
        connectorId,
        actorName,
        at,
        action,
        eventId,
        detail);
  }

  private void update(String sql, Object... values) {
    jdbc.prepareStatement(
        sql,
        statement -> {
          bindAll(statement, values);
          return statement.executeUpdate();
        });
  }
}
