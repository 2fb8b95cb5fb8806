package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.medley.platform.SqlRows;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * HTM work at scale on MariaDB (docs/benchmarks.md, "Work orders at 100,000 devices"). Not part of
 * the suite (its name is no *Test); run it by name:
 *
 * <pre>
 * mvn -B -o -q -pl backend surefire:test -Dtest=WorkOrderBenchmark   # -Ddevices=… -Dorders=…
 * </pre>
 *
 * A hospital of its own gets 100,000 devices of 10 models (PM every 6 or 12 months) over 3 sites
 * and 120 units, 20 technicians and 2,000,000 work orders: 20 months of history per device, closed,
 * plus this month's and last month's maintenance open (overdue among them). Then, over HTTP with
 * the health endpoint of the same run as the anchor: the due and overdue lists, per site and
 * technician, the summary, a year's PM plan, and an advisory on one model's firmware range.
 */
class WorkOrderBenchmark {

  private static final int DEVICES = Integer.getInteger("devices", 100_000);
  private static final int ORDERS = Integer.getInteger("orders", 2_000_000);
  private static final int SAMPLES = Integer.getInteger("samples", 40);

  @Test
  void atScale() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String leader = TestUsers.ownTenant("wo-bench-" + run, "it-leader", "Work order bench " + run);
    List<Long> models = new ArrayList<>();
    for (int m = 0; m < 10; m++) {
      var model =
          Api.postJson(
              "/api/device-models",
              "{\"manufacturer\":\"Bench\",\"model\":\"M"
                  + m
                  + "\",\"deviceClass\":\"Class "
                  + (m % 4)
                  + "\",\"risk\":\"HIGH\",\"pmIntervalMonths\":"
                  + (m % 2 == 0 ? 6 : 12)
                  + ",\"pmProcedure\":\"Inspect\\nTest\\nAlarms\"}",
              leader);
      assertThat(model.status()).as(model.body()).isEqualTo(201);
      models.add(model.json().path("id").asLong());
    }
    long tenant =
        TestApp.queryLong("SELECT tenant_id FROM device_models WHERE id = " + models.get(0));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Random random = new Random(42);
    long seeded = System.nanoTime();
    List<Long> technicians = new ArrayList<>();
    long firstDevice;
    try (Connection c = TestApp.connection()) {
      for (int t = 0; t < 20; t++) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO staff_members (tenant_id, employer_id, name, kind, zone,"
                    + " weekly_capacity_hours, created_at) VALUES (?, ?, ?, 'EMPLOYEE', 'UTC', 40,"
                    + " CURRENT_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
          s.setLong(1, tenant);
          s.setLong(2, tenant);
          s.setString(3, "Technician " + t);
          s.executeUpdate();
          try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            technicians.add(keys.getLong(1));
          }
        }
      }
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < DEVICES; i++) {
        numbers.add(i);
      }
      Timestamp now = Timestamp.from(Instant.now());
      for (List<Integer> rows : SqlRows.runs(numbers)) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO devices (tenant_id, model_id, asset_tag, serial, site, unit, status,"
                    + " connected, firmware, acquired_on, created_at, updated_at, version) VALUES "
                    + SqlRows.values(rows.size(), 13))) {
          int p = 0;
          for (int i : rows) {
            s.setLong(++p, tenant);
            s.setLong(++p, models.get(i % 10));
            s.setString(++p, "B-" + i);
            s.setString(++p, "S-" + i);
            s.setString(++p, "Site " + (i % 3));
            s.setString(++p, "Unit " + (i % 120));
            s.setString(++p, "IN_SERVICE");
            s.setBoolean(++p, true);
            s.setString(++p, "2." + (i % 10) + ".0");
            s.setDate(++p, Date.valueOf(today.minusDays(30 + i % 3650)));
            s.setTimestamp(++p, now);
            s.setTimestamp(++p, now);
            s.setLong(++p, 0);
          }
          s.executeUpdate();
        }
      }
      firstDevice = query(c, "SELECT MIN(id) FROM devices WHERE tenant_id = " + tenant);
      // Orders: per device, history month by month back from last month, closed; this month's
      // and (for one in twenty) last month's maintenance left open.
      int perDevice = Math.max(1, ORDERS / DEVICES);
      List<Object[]> batch = new ArrayList<>();
      String columns =
          "tenant_id, kind, device_id, assignee_id, status, summary, due_on, window_ends_on,"
              + " pm_due_on, opened_at, completed_at, labor_minutes, created_at, updated_at,"
              + " version";
      for (int d = 0; d < DEVICES; d++) {
        long device = firstDevice + d;
        for (int k = 0; k < perDevice; k++) {
          boolean preventive = k % 4 != 3;
          LocalDate due = today.minusMonths(k).withDayOfMonth(1 + (d + k) % 28);
          boolean open = k == 0 || (k == 1 && d % 20 == 0);
          Long tech = technicians.get((d + k) % technicians.size());
          Timestamp opened =
              Timestamp.from(due.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC));
          batch.add(
              new Object[] {
                tenant,
                preventive ? "PREVENTIVE" : "CORRECTIVE",
                device,
                tech,
                open ? "OPEN" : "DONE",
                preventive ? "Preventive maintenance" : "Fault",
                preventive ? Date.valueOf(due) : null,
                preventive ? Date.valueOf(due.with(TemporalAdjusters.lastDayOfMonth())) : null,
                preventive ? Date.valueOf(due) : null,
                opened,
                open ? null : Timestamp.from(due.atStartOfDay().toInstant(ZoneOffset.UTC)),
                open ? null : 30 + random.nextInt(60),
                opened,
                opened,
                0L
              });
          if (batch.size() == 2_000) {
            insert(c, columns, batch);
            batch.clear();
          }
        }
      }
      insert(c, columns, batch);
    }
    long orders = TestApp.queryLong("SELECT COUNT(*) FROM work_orders WHERE tenant_id = " + tenant);
    System.out.printf(
        "seeded %,d devices and %,d work orders in %,d s%n",
        DEVICES, orders, (System.nanoTime() - seeded) / 1_000_000_000);
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE TABLE work_orders, devices");
    }

    report("GET /health (anchor)", () -> Api.get("/health", null).status());
    report("overdue, first page", () -> Api.get("/api/work-orders?due=overdue", leader).status());
    report("due this week", () -> Api.get("/api/work-orders?due=week", leader).status());
    report(
        "overdue at one site",
        () -> Api.get("/api/work-orders?due=overdue&site=Site%201", leader).status());
    report(
        "overdue of one technician",
        () ->
            Api.get("/api/work-orders?due=overdue&assigneeId=" + technicians.get(3), leader)
                .status());
    report(
        "overdue, page 20", () -> Api.get("/api/work-orders?due=overdue&page=20", leader).status());
    report(
        "summary per site and technician",
        () -> Api.get("/api/work-orders/summary", leader).status());
    report(
        "one device's history",
        () -> Api.get("/api/work-orders?deviceId=" + (firstDevice + 777), leader).status());

    long start = System.nanoTime();
    var plan =
        Api.send(
            Api.request("/api/work-orders/plan")
                .timeout(java.time.Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + leader)
                .header("Content-Type", "application/json")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"through\":\"" + today.plusDays(365) + "\"}"))
                .build());
    long planned = (System.nanoTime() - start) / 1_000_000;
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    System.out.printf("PM plan for a year: %,d ms (%s)%n", planned, plan.body());

    for (int round = 0; round < 3; round++) {
      var filing =
          AdvisoryFanOutBenchmark.file(
              "{\"cve\":\"CVE-2025-"
                  + (200_000 + round)
                  + "\",\"title\":\"Bench\",\"severity\":\"HIGH\",\"modelIds\":["
                  + models.get(round)
                  + "],\"firmwareFrom\":\"2.0.0\",\"firmwareTo\":\"2.1.0\",\"remediation\":\"Patch\"}",
              leader);
      start = System.nanoTime();
      var read = Api.get("/api/advisories/" + filing.opened().path("id").asLong(), leader);
      long detail = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "advisory on one model's firmware 2.0-2.1: %s affected, POST %,d ms, all open after"
              + " %,d ms, GET /{id} %,d ms%n",
          filing.opened().path("affected").asText(),
          filing.postMillis(),
          filing.openedMillis(),
          detail);
      assertThat(read.status()).isEqualTo(200);
    }
  }

  private static void report(String what, Supplier<Integer> call) {
    for (int i = 0; i < 5; i++) {
      assertThat(call.get()).isEqualTo(200);
    }
    long[] times = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      assertThat(call.get()).isEqualTo(200);
      times[i] = (System.nanoTime() - start) / 1_000;
    }
    Arrays.sort(times);
    System.out.printf(
        "%-34s p50 %6.1f ms  p95 %6.1f ms%n",
        what, times[SAMPLES / 2] / 1000.0, times[(int) Math.ceil(SAMPLES * 0.95) - 1] / 1000.0);
  }

  private static long query(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void insert(Connection c, String columns, List<Object[]> rows) throws Exception {
    if (rows.isEmpty()) {
      return;
    }
    for (List<Object[]> run : SqlRows.runs(rows)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO work_orders ("
                  + columns
                  + ") VALUES "
                  + SqlRows.values(run.size(), 15))) {
        int p = 0;
        for (Object[] row : run) {
          for (Object value : row) {
            s.setObject(++p, value);
          }
        }
        s.executeUpdate();
      }
    }
  }
}
