package org.medley.insight.internal;

import static org.medley.platform.JdbcRows.bind;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;
import org.medley.platform.JdbcRows;

/** The operations read model's two tables: facts per ticket and the per-day roll-up. */
@Singleton
class OperationsStore {

  static final String FACT_COLUMNS =
      "ticket_id, number, opened_at, opened_day, opened_hour, priority, tier, first_tier,"
          + " application_id, group_id, partner_id, status, is_open, left_at, left_day,"
          + " resolved_day, reopens, handed_on, escalated, rating";

  private static final List<String> DAILY_KEYS =
      List.of(
          "tenant_id",
          "on_day",
          "priority",
          "tier",
          "first_tier",
          "application_id",
          "group_id",
          "partner_id");

  private static final List<String> MONTH_KEYS =
      DAILY_KEYS.stream().map(k -> k.equals("on_day") ? "month_start" : k).toList();

  /** The per-day and per-month roll-up; measures in {@link OpsRollup}'s order. */
  static final Rollup ROLLUP =
      new Rollup(
          "ops-daily",
          "insight_ops_daily_deltas",
          DAILY_KEYS,
          List.of(
              "opened",
              "escalated",
              "left_open",
              "resolved",
              "first_contact",
              "reopened",
              "rated",
              "rating_sum"),
          List.of(
              new Rollup.Target("insight_ops_daily", DAILY_KEYS, UnaryOperator.identity()),
              new Rollup.Target("insight_ops_monthly", MONTH_KEYS, Rollups.monthOf(1))));

  private final JdbcOperations jdbc;

  OperationsStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  Optional<OpsFact> fact(long tenantId, long ticketId) {
    return jdbc.prepareStatement(
        "SELECT "
            + FACT_COLUMNS
            + " FROM insight_ops_tickets WHERE tenant_id = ? AND ticket_id = ? FOR UPDATE",
        s -> {
          s.setLong(1, tenantId);
          s.setLong(2, ticketId);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.<OpsFact>empty();
          }
        });
  }

  /** Every fact of the tenant, in ticket order (tests compare models with it). */
  @ReadOnly
  List<OpsFact> facts(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT "
            + FACT_COLUMNS
            + " FROM insight_ops_tickets WHERE tenant_id = ? ORDER BY ticket_id",
        s -> {
          s.setLong(1, tenantId);
          List<OpsFact> list = new java.util.ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(read(rows));
            }
          }
          return list;
        });
  }

  static OpsFact read(ResultSet rows) throws SQLException {
    Date leftDay = rows.getDate(15);
    Date resolvedDay = rows.getDate(16);
    return new OpsFact(
        rows.getLong(1),
        rows.getString(2),
        JdbcRows.instant(rows, 3),
        rows.getDate(4).toLocalDate(),
        rows.getTimestamp(5).toLocalDateTime(),
        Priority.valueOf(rows.getString(6)),
        Tier.valueOf(rows.getString(7)),
        Tier.valueOf(rows.getString(8)),
        rows.getLong(9),
        rows.getLong(10),
        rows.getLong(11),
        TicketStatus.valueOf(rows.getString(12)),
        JdbcRows.instant(rows, 14),
        leftDay == null ? null : leftDay.toLocalDate(),
        resolvedDay == null ? null : resolvedDay.toLocalDate(),
        rows.getInt(17),
        rows.getBoolean(18),
        rows.getBoolean(19),
        rows.getObject(20, Integer.class));
  }

  void save(long tenantId, List<OpsFact> facts, boolean fresh) {
    if (facts.isEmpty()) {
      return;
    }
    String sql =
        fresh
            ? "INSERT INTO insight_ops_tickets (tenant_id, "
                + FACT_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            : "UPDATE insight_ops_tickets SET number = ?, opened_at = ?, opened_day = ?,"
                + " opened_hour = ?, priority = ?, tier = ?, first_tier = ?, application_id = ?,"
                + " group_id = ?, partner_id = ?, status = ?, is_open = ?, left_at = ?,"
                + " left_day = ?, resolved_day = ?, reopens = ?, handed_on = ?, escalated = ?,"
                + " rating = ? WHERE tenant_id = ? AND ticket_id = ?";
    jdbc.prepareStatement(
        sql,
        s -> {
          for (OpsFact f : facts) {
            int i = 1;
            if (fresh) {
              s.setLong(i++, tenantId);
              s.setLong(i++, f.ticketId());
            }
            bind(s, i++, f.number());
            bind(s, i++, f.openedAt());
            bind(s, i++, f.openedDay());
            bind(s, i++, f.openedHour());
            bind(s, i++, f.priority());
            bind(s, i++, f.tier());
            bind(s, i++, f.firstTier());
            bind(s, i++, f.applicationId());
            bind(s, i++, f.groupId());
            bind(s, i++, f.partnerId());
            bind(s, i++, f.status());
            bind(s, i++, f.open());
            bind(s, i++, f.leftAt());
            bind(s, i++, f.leftDay());
            bind(s, i++, f.resolvedDay());
            bind(s, i++, f.reopens());
            bind(s, i++, f.handedOn());
            bind(s, i++, f.escalated());
            bind(s, i++, f.rating());
            if (!fresh) {
              s.setLong(i++, tenantId);
              s.setLong(i, f.ticketId());
            }
            s.addBatch();
          }
          return s.executeBatch();
        });
  }

  /** Appends {@code delta} to the roll-up's deltas in the caller's transaction. */
  void addToDaily(long tenantId, Map<OpsRollup.Key, long[]> delta) {
    if (delta.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    delta.forEach((key, measures) -> rows.add(row(tenantId, key, measures)));
    try {
      Rollups.append(jdbc.getConnection(), ROLLUP, rows);
    } catch (SQLException e) {
      throw new DataAccessException("Could not append to the operations roll-up", e);
    }
  }

  static Object[] row(long tenantId, OpsRollup.Key k, long[] measures) {
    Object[] row = new Object[DAILY_KEYS.size() + OpsRollup.MEASURES];
    row[0] = tenantId;
    row[1] = k.day();
    row[2] = k.priority().name();
    row[3] = k.tier().name();
    row[4] = k.firstTier().name();
    row[5] = k.applicationId();
    row[6] = k.groupId();
    row[7] = k.partnerId();
    for (int i = 0; i < OpsRollup.MEASURES; i++) {
      row[8 + i] = measures[i];
    }
    return row;
  }

  void clear(long tenantId) {
    jdbc.prepareStatement(
        "DELETE FROM insight_ops_tickets WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenantId);
          return s.executeUpdate();
        });
  }
}
