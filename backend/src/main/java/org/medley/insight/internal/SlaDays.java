package org.medley.insight.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medley.identity.Hospitals;
import org.medley.platform.SqlRows;
import org.medley.sla.SettledTimers;
import org.medley.sla.TimerSettled;

/**
 * {@code insight_sla_days}: met and breached timers per tenant-local day and dimensions, kept by
 * adding each settlement (+1) and each undo (-1) in the transaction that settled the timer. Cells
 * are written in key order, one multi-row upsert per batch, so parallel settlements (two sweep
 * workers, desk events) serialise on the cells they share instead of deadlocking.
 */
@Singleton
class SlaDays implements ReadModel {

  static final String NAME = "sla-days";
  private static final String UPSERT_TAIL =
      " ON DUPLICATE KEY UPDATE met = met + VALUES(met), breached = breached + VALUES(breached)";

  private final TransactionOperations<Connection> tx;
  private final Hospitals hospitals;
  private final SettledTimers timers;

  SlaDays(TransactionOperations<Connection> tx, Hospitals hospitals, SettledTimers timers) {
    this.tx = tx;
    this.hospitals = hospitals;
    this.timers = timers;
  }

  @Override
  public String name() {
    return NAME;
  }

  @EventListener
  void on(TimerSettled.Batch batch) {
    Map<DayKey, long[]> deltas = new TreeMap<>();
    Map<Long, ZoneId> zones = new HashMap<>();
    for (TimerSettled t : batch.timers()) {
      ZoneId zone = zones.computeIfAbsent(t.tenantId(), hospitals::zone);
      DayKey key = DayKey.of(t, LocalDate.ofInstant(t.finishedAt(), zone));
      long[] cell = deltas.computeIfAbsent(key, k -> new long[2]);
      int sign = t.undone() ? -1 : 1;
      cell[t.outcome() == TimerSettled.Outcome.MET ? 0 : 1] += sign;
    }
    deltas.values().removeIf(d -> d[0] == 0 && d[1] == 0);
    if (deltas.isEmpty()) {
      return;
    }
    tx.executeWrite(
        status -> {
          upsert(status.getConnection(), new ArrayList<>(deltas.entrySet()));
          return null;
        });
  }

  /**
   * Deletes the tenant's cells first, then reads the timers: the delete locks the tenant's key
   * range, so a settlement committing meanwhile either is in the snapshot read after it or adds its
   * +1 once the rebuild has committed — never both, never neither (InnoDB; H2 is single-node).
   */
  @Override
  public void rebuild(long tenantId) {
    ZoneId zone = hospitals.zone(tenantId);
    tx.executeWrite(
        status -> {
          Connection c = status.getConnection();
          try (var s = c.prepareStatement("DELETE FROM insight_sla_days WHERE tenant_id = ?")) {
            s.setLong(1, tenantId);
            s.executeUpdate();
          }
          List<Map.Entry<DayKey, long[]>> pending = new ArrayList<>();
          SQLException[] failed = new SQLException[1];
          timers.dailyCounts(
              tenantId,
              zone,
              count -> {
                pending.add(
                    Map.entry(
                        DayKey.of(tenantId, count), new long[] {count.met(), count.breached()}));
                if (pending.size() >= 2_000 && failed[0] == null) {
                  try {
                    upsert(c, pending);
                  } catch (SQLException e) {
                    failed[0] = e;
                  }
                  pending.clear();
                }
              });
          if (failed[0] != null) {
            throw failed[0];
          }
          upsert(c, pending);
          return null;
        });
  }

  private static void upsert(Connection c, List<Map.Entry<DayKey, long[]>> cells)
      throws SQLException {
    for (List<Map.Entry<DayKey, long[]>> run : SqlRows.runs(cells)) {
      try (var s =
          c.prepareStatement(
              "INSERT INTO insight_sla_days (tenant_id, local_day, kind, target, priority, tier,"
                  + " application_id, group_id, provider_id, partner_id, met, breached) VALUES "
                  + SqlRows.values(run.size(), 12)
                  + UPSERT_TAIL)) {
        int i = 0;
        for (Map.Entry<DayKey, long[]> cell : run) {
          DayKey k = cell.getKey();
          s.setLong(++i, k.tenantId());
          s.setDate(++i, Date.valueOf(k.day()));
          s.setString(++i, k.kind());
          s.setString(++i, k.target());
          s.setString(++i, k.priority());
          s.setString(++i, k.tier());
          s.setLong(++i, k.applicationId());
          s.setLong(++i, k.groupId());
          s.setLong(++i, k.providerId());
          s.setLong(++i, k.partnerId());
          s.setLong(++i, cell.getValue()[0]);
          s.setLong(++i, cell.getValue()[1]);
        }
        s.executeUpdate();
      }
    }
  }
}
