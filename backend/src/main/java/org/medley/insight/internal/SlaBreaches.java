package org.medley.insight.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.medley.desk.TicketTimelines;
import org.medley.identity.Hospitals;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlRows;
import org.medley.sla.SettledTimers;
import org.medley.sla.TimerSettled;

/**
 * {@code insight_sla_breaches}: each breached timer with the time its ticket spent per status and
 * holder up to the deadline ({@link BreachCauses}), written when the breach is recorded — the
 * ticket's audit trail up to the deadline no longer changes — and removed if it is ever undone.
 */
@Singleton
class SlaBreaches implements ReadModel {

  static final String NAME = "sla-breaches";
  private static final int CHUNK = 500;
  private static final List<String> KEYS =
      List.of(
          "tenant_id",
          "local_day",
          "kind",
          "cause",
          "target",
          "priority",
          "tier",
          "application_id",
          "group_id",
          "provider_id");

  /** Breaches per local day of the deadline and dominant cause: the breach chart reads these. */
  static final Rollup ROLLUP =
      new Rollup(
          "sla-breach-days",
          "insight_sla_breach_day_deltas",
          KEYS,
          List.of("breaches", "cause_ms"),
          List.of(new Rollup.Target("insight_sla_breach_days", KEYS, UnaryOperator.identity())));

  private final TransactionOperations<Connection> tx;
  private final TicketTimelines timelines;
  private final SettledTimers timers;
  private final Hospitals hospitals;

  SlaBreaches(
      TransactionOperations<Connection> tx,
      TicketTimelines timelines,
      SettledTimers timers,
      Hospitals hospitals) {
    this.tx = tx;
    this.timelines = timelines;
    this.timers = timers;
    this.hospitals = hospitals;
  }

  @Override
  public String name() {
    return NAME;
  }

  @EventListener
  void on(TimerSettled.Batch batch) {
    List<TimerSettled> breached = new ArrayList<>();
    List<Long> undone = new ArrayList<>();
    for (TimerSettled t : batch.timers()) {
      if (t.outcome() != TimerSettled.Outcome.BREACHED) {
        continue;
      }
      if (t.undone()) {
        undone.add(t.timerId());
        breached.removeIf(b -> b.timerId() == t.timerId());
      } else {
        breached.add(t);
      }
    }
    if (breached.isEmpty() && undone.isEmpty()) {
      return;
    }
    tx.executeWrite(
        status -> {
          Connection c = status.getConnection();
          List<Long> touched = new ArrayList<>(undone);
          breached.forEach(b -> touched.add(b.timerId()));
          List<Object[]> deltas = new ArrayList<>(recorded(c, touched));
          delete(c, undone);
          write(c, breached, deltas::add);
          Rollups.append(c, ROLLUP, deltas);
          return null;
        });
  }

  /** What the breaches already recorded for these timers add to the breach days, negated. */
  private List<Object[]> recorded(Connection c, List<Long> timerIds) throws SQLException {
    List<Object[]> deltas = new ArrayList<>();
    for (List<Long> run : SqlRows.runs(timerIds)) {
      try (var s =
          c.prepareStatement(
              "SELECT tenant_id, breached_at, kind, cause, target, priority, tier,"
                  + " application_id, group_id, provider_id, cause_ms FROM insight_sla_breaches"
                  + " WHERE timer_id IN ("
                  + JdbcRows.marks(run.size())
                  + ") FOR UPDATE")) {
        JdbcRows.bindAll(s, run);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            long tenant = rows.getLong(1);
            deltas.add(
                new Object[] {
                  tenant,
                  localDay(tenant, JdbcRows.instant(rows, 2)),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getLong(8),
                  rows.getLong(9),
                  rows.getLong(10),
                  -1L,
                  -rows.getLong(11)
                });
          }
        }
      }
    }
    return deltas;
  }

  private LocalDate localDay(long tenant, Instant at) {
    return LocalDate.ofInstant(at, hospitals.zone(tenant));
  }

  @Override
  public void rebuild(long tenantId) {
    tx.executeWrite(
        status -> {
          Connection c = status.getConnection();
          Rollups.Sink days = Rollups.rebuild(c, ROLLUP, tenantId);
          try (var s = c.prepareStatement("DELETE FROM insight_sla_breaches WHERE tenant_id = ?")) {
            s.setLong(1, tenantId);
            s.executeUpdate();
          }
          List<TimerSettled> all = new ArrayList<>();
          timers.breached(tenantId, all::add);
          List<Object[]> cells = new ArrayList<>();
          for (int from = 0; from < all.size(); from += CHUNK) {
            write(c, all.subList(from, Math.min(all.size(), from + CHUNK)), cells::add);
            for (Object[] cell : cells) {
              days.add(cell);
            }
            cells.clear();
          }
          days.flush();
          return null;
        });
  }

  private static void delete(Connection c, List<Long> timerIds) throws SQLException {
    for (List<Long> run : SqlRows.runs(timerIds)) {
      try (var s =
          c.prepareStatement(
              "DELETE FROM insight_sla_breaches WHERE timer_id IN ("
                  + JdbcRows.marks(run.size())
                  + ")")) {
        for (int i = 0; i < run.size(); i++) {
          s.setLong(i + 1, run.get(i));
        }
        s.executeUpdate();
      }
    }
  }

  /** Records the breaches with their causes and hands each one's breach-day delta (+1) on. */
  private void write(Connection c, List<TimerSettled> breached, Consumer<Object[]> deltas)
      throws SQLException {
    if (breached.isEmpty()) {
      return;
    }
    Map<Long, List<TimerSettled>> byTenant = new LinkedHashMap<>();
    breached.forEach(t -> byTenant.computeIfAbsent(t.tenantId(), k -> new ArrayList<>()).add(t));
    for (var tenant : byTenant.entrySet()) {
      // Two timers of a ticket may share a window (an SLA and an OLA due together).
      Map<TicketTimelines.Window, List<TimerSettled>> windows = new LinkedHashMap<>();
      for (TimerSettled t : tenant.getValue()) {
        java.time.Instant until = t.dueAt() == null ? t.finishedAt() : t.dueAt();
        windows
            .computeIfAbsent(
                new TicketTimelines.Window(t.ticketId(), t.startedAt(), until),
                k -> new ArrayList<>())
            .add(t);
      }
      Map<TicketTimelines.Window, List<TicketTimelines.Span>> spans =
          timelines.spans(tenant.getKey(), windows.keySet());
      List<Row> rows = new ArrayList<>();
      windows.forEach(
          (w, ts) -> {
            BreachCauses causes = BreachCauses.of(spans.getOrDefault(w, List.of()));
            ts.forEach(t -> rows.add(new Row(t, causes)));
          });
      insert(c, rows);
      for (Row row : rows) {
        TimerSettled t = row.t();
        deltas.accept(
            new Object[] {
              t.tenantId(),
              localDay(t.tenantId(), t.finishedAt()),
              t.kind().name(),
              row.causes().cause(),
              t.target().name(),
              t.priority().name(),
              t.tier().name(),
              t.applicationId(),
              DayKey.zero(t.groupId()),
              DayKey.zero(t.groupPartnerId()),
              1L,
              row.causes().causeMillis()
            });
      }
    }
  }

  private record Row(TimerSettled t, BreachCauses causes) {}

  private static void insert(Connection c, List<Row> rows) throws SQLException {
    for (List<Row> run : SqlRows.runs(rows)) {
      try (var s =
          c.prepareStatement(
              "INSERT INTO insight_sla_breaches (timer_id, tenant_id, ticket_id, ticket_number,"
                  + " kind, target, priority, tier, application_id, group_id, provider_id,"
                  + " partner_id, started_at, breached_at, cause, cause_ms, by_status, by_holder)"
                  + " VALUES "
                  + SqlRows.values(run.size(), 18)
                  + " ON DUPLICATE KEY UPDATE cause = VALUES(cause), cause_ms = VALUES(cause_ms),"
                  + " by_status = VALUES(by_status), by_holder = VALUES(by_holder)")) {
        int i = 0;
        for (Row row : run) {
          TimerSettled t = row.t();
          s.setLong(++i, t.timerId());
          s.setLong(++i, t.tenantId());
          s.setLong(++i, t.ticketId());
          s.setString(++i, t.ticketNumber());
          s.setString(++i, t.kind().name());
          s.setString(++i, t.target().name());
          s.setString(++i, t.priority().name());
          s.setString(++i, t.tier().name());
          s.setLong(++i, t.applicationId());
          s.setLong(++i, DayKey.zero(t.groupId()));
          s.setLong(++i, DayKey.zero(t.groupPartnerId()));
          s.setLong(++i, DayKey.zero(t.partnerId()));
          s.setTimestamp(++i, Timestamp.from(t.startedAt()));
          s.setTimestamp(++i, Timestamp.from(t.finishedAt()));
          s.setString(++i, row.causes().cause());
          s.setLong(++i, row.causes().causeMillis());
          s.setString(++i, clip(BreachCauses.text(row.causes().byStatus()), 400));
          s.setString(++i, clip(BreachCauses.text(row.causes().byHolder()), 1000));
        }
        s.executeUpdate();
      }
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
