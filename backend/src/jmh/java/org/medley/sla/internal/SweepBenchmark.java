package org.medley.sla.internal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.medley.desk.DeskActions;

/**
 * The SLA sweep against MariaDB with one million running timers, of which 10,000 are due (5,000
 * at a warning threshold, 5,000 past their deadline): how long one node takes to process them, and
 * how long a sweep with nothing due takes. Baselines from the same run: a JDBC batch that only
 * bumps the version of the same 10,000 rows in one transaction, and a {@code SELECT 1} round trip.
 *
 * <p>{@code mvn -pl backend -Pbench -DskipTests test-compile exec:exec@sweep} (MariaDB at
 * 127.0.0.1:3306, user root; creates and drops the database {@code medley_sweep_bench}).
 */
public final class SweepBenchmark {

  private static final String SERVER =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
  private static final String USER = System.getenv().getOrDefault("MEDLEY_TEST_DB_USER", "root");
  private static final String PASSWORD =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_PASSWORD", "");
  private static final String DB = "medley_sweep_bench";
  private static final int TIMERS = Integer.getInteger("timers", 1_000_000);
  private static final int DUE = Integer.getInteger("due", 10_000);
  private static final int ROUNDS = Integer.getInteger("rounds", 5);
  private static final int WORKERS = Integer.getInteger("workers", 2);

  public static void main(String[] args) throws Exception {
    boolean reuse = Boolean.getBoolean("reuse") && exists();
    if (!reuse) {
      try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD);
          Statement s = admin.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DB);
        s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4");
      }
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "datasources.default.url", SERVER + DB,
                "datasources.default.username", USER,
                "datasources.default.password", PASSWORD,
                "medley.demo.enabled", false,
                "medley.sla.sweep.enabled", false),
            "bench")) {
      try (Connection c = DriverManager.getConnection(SERVER + DB, USER, PASSWORD)) {
        long t0 = System.nanoTime();
        if (reuse) {
          // Kept from the last run (-Dreuse=true): only the instants move to this run's now.
          exec(
              c,
              "UPDATE sla_timers SET started_at = ? - INTERVAL (id MOD 100) MINUTE,"
                  + " run_from = started_at, due_at = started_at + INTERVAL 4 HOUR,"
                  + " next_check_at = started_at + INTERVAL 2 HOUR WHERE id > ?",
              Timestamp.from(now),
              DUE);
        } else {
          seed(c, now);
        }
        System.out.printf(
            "seeded %,d timers (%,d due) in %.1f s%n", TIMERS, DUE, (System.nanoTime() - t0) / 1e9);
        explain(c, now);
      }
      // Variants "write:workers", each swept once per round after the same reset, so that the
      // machine's load falls on all of them alike: write is "join" (UPDATE … JOIN of the
      // changed columns, the sweep's own) or "upsert" (the whole-row upsert it replaced).
      List<String> variants =
          List.of(System.getProperty("variants", "join:" + WORKERS).split(","));
      Map<String, SlaSweep> sweeps = new java.util.LinkedHashMap<>();
      for (String variant : variants) {
        String[] parts = variant.split(":");
        sweeps.put(
            variant,
            sweep(
                context,
                Clock.fixed(now, ZoneOffset.UTC),
                parts[0].equals("upsert"),
                Integer.parseInt(parts[1])));
      }
      Map<String, List<Double>> runs = new java.util.LinkedHashMap<>();
      List<Double> dueRuns = new ArrayList<>();
      List<Double> baselineRuns = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        try (Connection c = DriverManager.getConnection(SERVER + DB, USER, PASSWORD)) {
          reset(c, now);
          baselineRuns.add(baseline(c));
        }
        StringBuilder line = new StringBuilder();
        for (var entry : sweeps.entrySet()) {
          try (Connection c = DriverManager.getConnection(SERVER + DB, USER, PASSWORD)) {
            reset(c, now);
          }
          long start = System.nanoTime();
          int processed = entry.getValue().sweep();
          double ms = (System.nanoTime() - start) / 1e6;
          if (processed != DUE) {
            throw new IllegalStateException("processed " + processed + ", expected " + DUE);
          }
          runs.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(ms);
          line.append(String.format("; %s %.0f ms", entry.getKey(), ms));
        }
        dueRuns.add(runs.get(variants.get(variants.size() - 1)).get(round));
        System.out.printf(
            "round %d: baseline batch update %.0f ms%s%n",
            round + 1, baselineRuns.get(round), line);
      }
      for (var entry : runs.entrySet()) {
        System.out.printf(
            "variant %s: median %.0f ms, min %.0f ms, max %.0f ms; ratio to baseline median %.2f%n",
            entry.getKey(),
            median(entry.getValue()),
            Collections.min(entry.getValue()),
            Collections.max(entry.getValue()),
            median(entry.getValue()) / median(baselineRuns));
      }
      SlaSweep sweep = sweeps.get(variants.get(variants.size() - 1));

      List<Double> empty = new ArrayList<>();
      List<Double> ping = new ArrayList<>();
      var tx = transactions(context);
      for (int i = 0; i < 200; i++) {
        long start = System.nanoTime();
        int processed = sweep.sweep();
        empty.add((System.nanoTime() - start) / 1e6);
        if (processed != 0) {
          throw new IllegalStateException("an empty sweep processed " + processed);
        }
        start = System.nanoTime();
        tx.executeRead(
            status -> {
              try (var s = status.getConnection().prepareStatement("SELECT 1");
                  var rs = s.executeQuery()) {
                rs.next();
              }
              return null;
            });
        ping.add((System.nanoTime() - start) / 1e6);
      }
      System.out.printf(
          "due sweep (%,d of %,d timers): median %.0f ms, max %.0f ms; baseline batch update median"
              + " %.0f ms; ratio %.2f%n",
          DUE,
          TIMERS,
          median(dueRuns),
          Collections.max(dueRuns),
          median(baselineRuns),
          median(dueRuns) / median(baselineRuns));
      System.out.printf(
          "empty sweep: median %.2f ms, p95 %.2f ms; baseline SELECT 1 in a transaction median %.2f"
              + " ms; ratio %.2f%n",
          median(empty), percentile(empty, 95), median(ping), median(empty) / median(ping));
    } finally {
      if (!Boolean.getBoolean("reuse")) {
        try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD);
            Statement s = admin.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + DB);
        }
      }
    }
  }

  private static boolean exists() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER, USER, PASSWORD);
        var rs = admin.getMetaData().getCatalogs()) {
      while (rs.next()) {
        if (DB.equals(rs.getString(1))) {
          return true;
        }
      }
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  private static TransactionOperations<Connection> transactions(ApplicationContext context) {
    return context.getBean(Argument.of(TransactionOperations.class, Connection.class));
  }

  @SuppressWarnings("unchecked")
  private static SlaSweep sweep(
      ApplicationContext context, Clock clock, boolean upsert, int workers) {
    // The real desk: its in-app notifications of the warnings and breaches are part of the cost.
    BeanProvider<DeskActions> desk =
        new BeanProvider<>() {
          @Override
          public DeskActions get() {
            return context.getBean(DeskActions.class);
          }

          @Override
          public boolean isPresent() {
            return true;
          }
        };
    return new SlaSweep(
        transactions(context),
        upsert
            ? new TimerStore(clock) {
              @Override
              void updateProgress(Connection c, List<TimerRow> rows) throws SQLException {
                update(c, rows);
              }
            }
            : context.getBean(TimerStore.class),
        (io.micronaut.context.event.ApplicationEventPublisher<org.medley.desk.SlaDueChanged>)
            context.getBean(
                Argument.of(
                    io.micronaut.context.event.ApplicationEventPublisher.class,
                    org.medley.desk.SlaDueChanged.class)),
        context.getBean(org.medley.calendar.CalendarDirectory.class),
        desk,
        context.getBean(org.medley.market.Engagements.class),
        context.getBean(Settlements.class),
        clock,
        Integer.getInteger("batch", 500),
        workers);
  }

  /**
   * One tenant, one 24x7 calendar, one policy (4 h, warnings 50/75/90, notify the group lead),
   * {@code TIMERS} tickets and timers. Timer ids 1..DUE/2 are at 50 % (opened 2.5 h ago), the next
   * DUE/2 past their deadline (opened 5 h ago, warned at 90 %); the rest opened in the last 100
   * minutes, first check in the future.
   */
  private static void seed(Connection c, Instant now) throws SQLException {
    Timestamp at = Timestamp.from(now);
    exec(c, "INSERT INTO organizations (id, kind, name, created_at) VALUES (1, 'HEALTH_SYSTEM', 'Bench', ?)", at);
    exec(
        c,
        "INSERT INTO user_accounts (id, organization_id, tenant_id, username, display_name, roles,"
            + " created_at) VALUES (1, 1, 1, 'bench', 'Bench', 'end-user', ?)",
        at);
    exec(
        c,
        "INSERT INTO calendars (id, tenant_id, name, zone, definition, created_at) VALUES (1, 1,"
            + " '24x7', 'UTC', ?, ?)",
        "{\"name\":\"24x7\",\"zone\":\"UTC\",\"week\":{"
            + "\"MONDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}],"
            + "\"TUESDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}],"
            + "\"WEDNESDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}],"
            + "\"THURSDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}],"
            + "\"FRIDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}],"
            + "\"SATURDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}],"
            + "\"SUNDAY\":[{\"from\":\"00:00\",\"to\":\"00:00\"}]},\"holidays\":[]}",
        at);
    exec(
        c,
        "INSERT INTO applications (id, tenant_id, name, vendor, category, criticality, lifecycle,"
            + " calendar_id, created_at) VALUES (1, 1, 'EHR', 'V', 'EHR', 1, 'LIVE', 1, ?)",
        at);
    exec(
        c,
        "INSERT INTO support_groups (id, tenant_id, name, tier, provider, calendar_id, created_at)"
            + " VALUES (1, 1, 'Desk', 'L1', 'INTERNAL', 1, ?)",
        at);
    exec(
        c,
        "INSERT INTO sla_policies (id, tenant_id, name, calendar_id, response_ms, resolution_ms,"
            + " response_met_by, pause_on, warnings, breach_actions, on_retarget, active, version,"
            + " created_at, updated_at) VALUES (1, 1, 'P1', 1, 900000, 14400000, 'EITHER',"
            + " 'PENDING:CUSTOMER', '50,75,90', 'NOTIFY_ASSIGNEE,NOTIFY_GROUP_LEAD', 'CARRY_OVER',"
            + " TRUE, 0, ?, ?)",
        at,
        at);
    exec(c, "SET SESSION unique_checks = 0");
    exec(
        c,
        "INSERT INTO tickets (id, tenant_id, number, type, title, description, application_id,"
            + " impact, urgency, priority, status, tier, group_id, requester_id, version,"
            + " created_at, updated_at) SELECT seq, 1, CONCAT('INC-', seq), 'INCIDENT', 'Bench',"
            + " 'Bench', 1, 1, 1, 'P1', 'IN_PROGRESS', 'L1', 1, 1, 0, ?, ? FROM seq_1_to_"
            + TIMERS,
        at,
        at);
    // Opened: due warnings 150 min ago, due breaches 300 min ago, the rest 0–99 min ago.
    exec(
        c,
        "INSERT INTO sla_timers (id, tenant_id, ticket_id, ticket_number, kind, target, policy_id,"
            + " calendar_id, target_ms, warnings, state, started_at, run_from, elapsed_ms,"
            + " warned_percent, due_at, next_check_at, priority, tier, application_id, group_id,"
            + " version) SELECT seq, 1, seq, CONCAT('INC-', seq), 'SLA', 'RESOLUTION', 1, 1,"
            + " 14400000, '50,75,90', 'RUNNING', o, o, 0, IF(seq > ? AND seq <= ?, 90, 0),"
            + " o + INTERVAL 4 HOUR, IF(seq > ? AND seq <= ?, o + INTERVAL 4 HOUR,"
            + " o + INTERVAL 2 HOUR), 'P1', 'L1', 1, 1, 0 FROM (SELECT seq, ? - INTERVAL"
            + " (CASE WHEN seq <= ? THEN 150 WHEN seq <= ? THEN 300 ELSE seq MOD 100 END) MINUTE"
            + " AS o FROM seq_1_to_"
            + TIMERS
            + ") s",
        DUE / 2,
        DUE,
        DUE / 2,
        DUE,
        at,
        DUE / 2,
        DUE);
    exec(c, "ANALYZE TABLE sla_timers");
  }

  /** Puts the due timers back as they were before a sweep; drops what the sweep wrote. */
  private static void reset(Connection c, Instant now) throws SQLException {
    Timestamp at = Timestamp.from(now);
    exec(c, "DELETE FROM sla_notifications");
    exec(c, "DELETE FROM sla_timer_history");
    exec(
        c,
        "UPDATE sla_timers SET state = 'RUNNING', warned_percent = IF(id > ?, 90, 0),"
            + " started_at = ? - INTERVAL IF(id > ?, 300, 150) MINUTE, run_from = started_at,"
            + " elapsed_ms = 0, due_at = run_from + INTERVAL 4 HOUR, ended_at = NULL,"
            + " next_check_at = IF(id > ?, due_at, run_from + INTERVAL 2 HOUR), version = 0"
            + " WHERE id <= ?",
        DUE / 2,
        at,
        DUE / 2,
        DUE / 2,
        DUE);
  }

  /** The floor: one transaction writing the same rows in one JDBC batch, nothing computed. */
  private static double baseline(Connection c) throws SQLException {
    long start = System.nanoTime();
    c.setAutoCommit(false);
    try (var s = c.prepareStatement("UPDATE sla_timers SET version = version + 1 WHERE id = ?")) {
      for (int id = 1; id <= DUE; id++) {
        s.setLong(1, id);
        s.addBatch();
        if (id % 500 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
    return (System.nanoTime() - start) / 1e6;
  }

  private static void explain(Connection c, Instant now) throws SQLException {
    try (var s =
        c.prepareStatement(
            "EXPLAIN SELECT id FROM sla_timers WHERE next_check_at <= ? ORDER BY next_check_at"
                + " LIMIT 500 FOR UPDATE SKIP LOCKED")) {
      s.setTimestamp(1, Timestamp.from(now));
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          System.out.printf(
              "plan: type=%s key=%s rows=%s extra=%s%n",
              rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
        }
      }
    }
  }

  private static void exec(Connection c, String sql, Object... parameters) throws SQLException {
    try (var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.execute();
    }
  }

  private static double median(List<Double> values) {
    return percentile(values, 50);
  }

  private static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
