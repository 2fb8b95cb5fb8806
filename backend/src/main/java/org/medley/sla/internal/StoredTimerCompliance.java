package org.medley.sla.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.market.TimerCompliance;

/**
 * {@link TimerCompliance} on {@code ix_sla_timers_compliance}, counting exactly as {@link
 * ComplianceReport} does. An OLA timer's engagement is its OLA policy's: the group a timer last saw
 * can be the one the ticket moved on to when the OLA stopped.
 */
@Singleton
class StoredTimerCompliance implements TimerCompliance {

  private static final String COUNTS =
      " SUM(CASE WHEN t.state = 'MET' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN t.state = 'BREACHED' THEN 1 ELSE 0 END) FROM sla_timers t";
  private static final String FINISHED =
      " WHERE t.tenant_id = ? AND t.kind = ? AND t.ended_at >= ? AND t.ended_at < ?"
          + " AND t.state IN ('MET', 'BREACHED')";

  private final JdbcOperations jdbc;

  StoredTimerCompliance(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public Finished finished(long tenantId, Instant from, Instant to) {
    List<Counts> sla =
        counts(
            "SELECT t.group_id,"
                + COUNTS
                + FINISHED
                + " AND t.group_id IS NOT NULL GROUP BY t.group_id",
            TimerKind.SLA,
            tenantId,
            from,
            to);
    List<Counts> ola =
        counts(
            "SELECT o.engagement_id,"
                + COUNTS
                + " JOIN ola_policies o ON o.id = t.policy_id"
                + FINISHED
                + " GROUP BY o.engagement_id",
            TimerKind.OLA,
            tenantId,
            from,
            to);
    return new Finished(sla, ola);
  }

  private List<Counts> counts(String sql, TimerKind kind, long tenantId, Instant from, Instant to) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          s.setLong(1, tenantId);
          s.setString(2, kind.name());
          s.setTimestamp(3, Timestamp.from(from));
          s.setTimestamp(4, Timestamp.from(to));
          List<Counts> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3)));
            }
          }
          return list;
        });
  }
}
