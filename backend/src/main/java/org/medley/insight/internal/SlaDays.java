package org.medley.insight.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.medley.identity.Hospitals;
import org.medley.sla.SettledTimers;
import org.medley.sla.TimerSettled;

/**
 * {@code insight_sla_days} and {@code insight_sla_months}: met and breached timers per tenant-local
 * day (and month) and dimensions, kept by appending each settlement (+1) and each undo (-1) as a
 * delta in the transaction that settled the timer ({@link Rollups} folds them).
 */
@Singleton
class SlaDays implements ReadModel {

  static final String NAME = "sla-days";
  private static final List<String> KEYS =
      List.of(
          "tenant_id",
          "local_day",
          "kind",
          "target",
          "priority",
          "tier",
          "application_id",
          "group_id",
          "provider_id",
          "partner_id");
  private static final List<String> MONTH_KEYS =
      KEYS.stream().map(k -> k.equals("local_day") ? "month_start" : k).toList();
  static final Rollup ROLLUP =
      new Rollup(
          NAME,
          "insight_sla_day_deltas",
          KEYS,
          List.of("met", "breached"),
          List.of(
              new Rollup.Target("insight_sla_days", KEYS, UnaryOperator.identity()),
              new Rollup.Target("insight_sla_months", MONTH_KEYS, Rollups.monthOf(1))));

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
    Map<DayKey, long[]> deltas = new HashMap<>();
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
    List<Object[]> rows = new ArrayList<>();
    deltas.forEach((key, cell) -> rows.add(row(key, cell[0], cell[1])));
    tx.executeWrite(
        status -> {
          Rollups.append(status.getConnection(), ROLLUP, rows);
          return null;
        });
  }

  @Override
  public void rebuild(long tenantId) {
    ZoneId zone = hospitals.zone(tenantId);
    tx.executeWrite(
        status -> {
          Rollups.Sink sink = Rollups.rebuild(status.getConnection(), ROLLUP, tenantId);
          SQLException[] failed = new SQLException[1];
          timers.dailyCounts(
              tenantId,
              zone,
              count -> {
                if (failed[0] == null) {
                  try {
                    sink.add(row(DayKey.of(tenantId, count), count.met(), count.breached()));
                  } catch (SQLException e) {
                    failed[0] = e;
                  }
                }
              });
          if (failed[0] != null) {
            throw failed[0];
          }
          sink.flush();
          return null;
        });
  }

  private static Object[] row(DayKey k, long met, long breached) {
    return new Object[] {
      k.tenantId(),
      k.day(),
      k.kind(),
      k.target(),
      k.priority(),
      k.tier(),
      k.applicationId(),
      k.groupId(),
      k.providerId(),
      k.partnerId(),
      met,
      breached
    };
  }
}
