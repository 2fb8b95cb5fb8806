package org.medley.sla.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.platform.JdbcRows;
import org.medley.sla.SettledTimers;
import org.medley.sla.TimerSettled;

/**
 * {@link SettledTimers} on {@code sla_timers}: the same counting rule as {@link ComplianceReport}
 * (MET or BREACHED, by {@code ended_at}), on the same index.
 */
@Singleton
class StoredSettledTimers implements SettledTimers {

  private static final int FETCH = 5_000;
  private final TransactionOperations<Connection> tx;

  StoredSettledTimers(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public List<Long> tenants() {
    return tx.executeRead(
        status -> {
          List<Long> ids = new ArrayList<>();
          try (var s =
                  status
                      .getConnection()
                      .prepareStatement("SELECT DISTINCT tenant_id FROM sla_timers ORDER BY 1");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong(1));
            }
          }
          return ids;
        });
  }

  @Override
  public void dailyCounts(long tenantId, ZoneId zone, Consumer<DayCount> each) {
    tx.executeRead(
        status -> {
          Connection c = status.getConnection();
          for (TimerKind kind : TimerKind.values()) {
            Instant[] range = range(c, tenantId, kind);
            if (range == null) {
              continue;
            }
            for (CompliancePeriods.Stretch stretch :
                CompliancePeriods.stretches(range[0], range[1].plusNanos(1000), zone)) {
              counts(c, tenantId, kind, stretch, each);
            }
          }
          return null;
        });
  }

  private static Instant[] range(Connection c, long tenantId, TimerKind kind) throws SQLException {
    try (var s =
        c.prepareStatement(
            "SELECT MIN(ended_at), MAX(ended_at) FROM sla_timers WHERE tenant_id = ? AND kind = ?"
                + " AND ended_at IS NOT NULL")) {
      s.setLong(1, tenantId);
      s.setString(2, kind.name());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        Instant min = JdbcRows.instant(rs, 1);
        return min == null ? null : new Instant[] {min, JdbcRows.instant(rs, 2)};
      }
    }
  }

  private static void counts(
      Connection c,
      long tenantId,
      TimerKind kind,
      CompliancePeriods.Stretch stretch,
      Consumer<DayCount> each)
      throws SQLException {
    // As in ComplianceReport: the offset is written into the SQL so SELECT and GROUP BY match.
    String localDate =
        "CAST(TIMESTAMPADD(SECOND, " + stretch.offsetSeconds() + ", ended_at) AS DATE)";
    String dims = "target, priority, tier, application_id, group_id, group_partner_id, partner_id";
    try (var s =
        c.prepareStatement(
            "SELECT "
                + localDate
                + " AS d, "
                + dims
                + ", SUM(CASE WHEN state = 'MET' THEN 1 ELSE 0 END) AS met,"
                + " SUM(CASE WHEN state = 'BREACHED' THEN 1 ELSE 0 END) AS breached"
                + " FROM sla_timers WHERE tenant_id = ? AND kind = ? AND ended_at >= ?"
                + " AND ended_at < ? AND state IN ('MET', 'BREACHED') GROUP BY "
                + localDate
                + ", "
                + dims)) {
      s.setLong(1, tenantId);
      s.setString(2, kind.name());
      s.setTimestamp(3, Timestamp.from(stretch.from()));
      s.setTimestamp(4, Timestamp.from(stretch.to()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          each.accept(
              new DayCount(
                  rs.getDate("d").toLocalDate(),
                  TimerSettled.Kind.valueOf(kind.name()),
                  TimerSettled.Target.valueOf(rs.getString("target")),
                  Priority.valueOf(rs.getString("priority")),
                  Tier.valueOf(rs.getString("tier")),
                  rs.getLong("application_id"),
                  JdbcRows.nullableLong(rs, "group_id"),
                  JdbcRows.nullableLong(rs, "group_partner_id"),
                  JdbcRows.nullableLong(rs, "partner_id"),
                  rs.getLong("met"),
                  rs.getLong("breached")));
        }
      }
    }
  }

  @Override
  public void breached(long tenantId, Consumer<TimerSettled> each) {
    tx.executeRead(
        status -> {
          try (var s =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT "
                          + TimerStore.COLUMNS
                          + " FROM sla_timers WHERE tenant_id = ? AND state = 'BREACHED'"
                          + " AND ended_at IS NOT NULL")) {
            s.setLong(1, tenantId);
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                each.accept(Settlements.settled(TimerStore.row(rs)));
              }
            }
          }
          return null;
        });
  }

  @Override
  public Page page(long tenantId, Filter f, Instant from, Instant to, int offset, int limit) {
    StringBuilder where = new StringBuilder(" FROM sla_timers WHERE tenant_id = ? AND kind IN (");
    List<Object> args = new ArrayList<>();
    args.add(tenantId);
    where.append(f.kind() == null ? "'SLA', 'OLA'" : "'" + f.kind().name() + "'");
    where.append(") AND ended_at >= ? AND ended_at < ? AND state IN (");
    args.add(Timestamp.from(from));
    args.add(Timestamp.from(to));
    where.append(f.outcome() == null ? "'MET', 'BREACHED'" : "'" + f.outcome().name() + "'");
    where.append(")");
    and(where, args, "target", f.target() == null ? null : f.target().name());
    and(where, args, "priority", f.priority() == null ? null : f.priority().name());
    and(where, args, "tier", f.tier() == null ? null : f.tier().name());
    and(where, args, "application_id", f.applicationId());
    and(where, args, "group_id", f.groupId());
    and(where, args, "partner_id", f.partnerId());
    if (f.providerId() != null) {
      if (f.providerId() == 0) {
        where.append(" AND group_partner_id IS NULL");
      } else {
        and(where, args, "group_partner_id", f.providerId());
      }
    }
    return tx.executeRead(
        status -> {
          Connection c = status.getConnection();
          long total;
          try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + where)) {
            JdbcRows.bindAll(s, args);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          List<TimerSettled> timers = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + TimerStore.COLUMNS
                      + where
                      + " ORDER BY ended_at DESC, id DESC LIMIT ? OFFSET ?")) {
            List<Object> all = new ArrayList<>(args);
            all.add(limit);
            all.add(offset);
            JdbcRows.bindAll(s, all);
            for (TimerRow row : TimerStore.read(s)) {
              timers.add(Settlements.settled(row));
            }
          }
          return new Page(timers, total);
        });
  }

  private static void and(StringBuilder where, List<Object> args, String column, Object value) {
    if (value != null) {
      where.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }
}
