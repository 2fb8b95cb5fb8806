package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.platform.SqlRows;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** {@code /api/work-orders} over HTTP against the real database and the demo hospital's fleet. */
class WorkOrderApiTest {

  private static final ZoneId HOSPITAL = ZoneId.of("America/New_York");

  private static String leader;
  private static String agent;
  private static String executive;
  private static String partner;
  private static String apex;
  private static String outsider;
  private static String run;
  private static long model;

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    agent = TestApp.tokenFor("agent");
    executive = TestApp.tokenFor("exec");
    partner = TestApp.tokenFor("partner");
    apex = TestUsers.partnerAgent("wo-apex", "Apex Clinical IT Staffing");
    outsider = TestUsers.otherTenant("wo-outsider", "admin,it-leader,agent");
    run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    var reply =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme Medical\",\"model\":\"WO "
                + run
                + "\",\"deviceClass\":\"Infusion pump\",\"risk\":\"HIGH\",\"pmIntervalMonths\":6,"
                + "\"pmProcedure\":\"Flow accuracy\\nOcclusion alarm\\n\\nBattery\"}",
            leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    model = reply.json().path("id").asLong();
  }

  private static long device(String tag, String acquiredOn) {
    var reply =
        Api.postJson(
            "/api/devices",
            "{\"modelId\":"
                + model
                + ",\"assetTag\":\""
                + tag
                + "\",\"serial\":\"SN-"
                + tag
                + "\",\"site\":\"Riverside Main Campus\",\"unit\":\"Operating Rooms\","
                + "\"status\":\"IN_SERVICE\",\"acquiredOn\":\""
                + acquiredOn
                + "\"}",
            leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("id").asLong();
  }

  private static LocalDate today() {
    return LocalDate.now(HOSPITAL);
  }

  @Test
  void theDemoHospitalHasOverduePreventiveMaintenanceAndAPlanAhead() {
    JsonNode overdue = Api.get("/api/work-orders?due=overdue&size=200", agent).json();
    assertThat(overdue.path("total").asLong()).isPositive();
    for (JsonNode order : overdue.path("items")) {
      assertThat(order.path("status").asText()).isEqualTo("OPEN");
      assertThat(LocalDate.parse(order.path("dueOn").asText())).isBefore(today());
      assertThat(order.path("overdue").asBoolean()).isTrue();
    }
    JsonNode ahead = Api.get("/api/work-orders?due=month&kind=PREVENTIVE&size=200", agent).json();
    assertThat(ahead.path("total").asLong()).isPositive();

    JsonNode summary = Api.get("/api/work-orders/summary", agent).json();
    assertThat(summary.path("sites")).isNotEmpty();
    assertThat(summary.path("technicians")).isNotEmpty();
    long overdueBySite = 0;
    for (JsonNode site : summary.path("sites")) {
      overdueBySite += site.path("overdue").asLong();
    }
    assertThat(overdueBySite).isEqualTo(overdue.path("total").asLong());
  }

  /** The demo's operating rooms run their list until 15:30 on weekdays: PM waits for it. */
  @Test
  void plannedMaintenanceInTheOperatingRoomsStartsAfterTheirList() {
    JsonNode planned =
        Api.get(
                "/api/work-orders?kind=PREVENTIVE&status=OPEN&site=Riverside%20Main%20Campus"
                    + "&unit=Operating%20Rooms&size=200",
                agent)
            .json();
    int checked = 0;
    for (JsonNode order : planned.path("items")) {
      if (order.path("plannedStart").isMissingNode() || order.path("plannedStart").isNull()) {
        continue;
      }
      var start =
          OffsetDateTime.parse(order.path("plannedStart").asText()).atZoneSameInstant(HOSPITAL);
      assertThat(order.path("inBusyHours").asBoolean()).isFalse();
      assertThat(start.toLocalTime()).isBetween(LocalTime.of(15, 30), LocalTime.of(16, 0));
      checked++;
    }
    assertThat(checked).isPositive();
  }

  @Test
  void aFaultReportedByAssetTagTakesTheDeviceDownUntilTheWorkIsDone() {
    long id = device("WO-" + run + "-1", "2024-01-15");
    String ticket = TestApp.queryString("SELECT MIN(number) FROM tickets");
    var reply =
        Api.postJson(
            "/api/work-orders",
            "{\"assetTag\":\" wo-"
                + run.toLowerCase()
                + "-1 \",\"ticketNumber\":\""
                + ticket
                + "\",\"summary\":\"Pump alarms with no occlusion\",\"deviceDown\":true}",
            agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonNode order = reply.json();
    assertThat(reply.raw().headers().firstValue("Location"))
        .hasValue("/api/work-orders/" + order.path("id").asLong());
    assertThat(order.path("kind").asText()).isEqualTo("CORRECTIVE");
    assertThat(order.path("device").path("id").asLong()).isEqualTo(id);
    assertThat(order.path("ticketNumber").asText()).isEqualTo(ticket);
    assertThat(order.path("groupName").asText()).isEqualTo("Clinical Engineering");
    assertThat(Api.get("/api/devices/" + id, agent).json().path("status").asText())
        .isEqualTo("OUT_FOR_REPAIR");

    assertProblem(
        Api.postJson(
            "/api/work-orders/" + order.path("id").asLong() + "/complete",
            "{\"outcome\":\"COULD_NOT_DUPLICATE\",\"laborMinutes\":40,\"version\":0}",
            agent),
        400); // could not duplicate needs a note of what was tried
    var done =
        Api.postJson(
            "/api/work-orders/" + order.path("id").asLong() + "/complete",
            "{\"outcome\":\"COULD_NOT_DUPLICATE\",\"laborMinutes\":40,\"note\":\"Ran an hour,"
                + " no alarm\",\"version\":0}",
            agent);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().path("status").asText()).isEqualTo("COULD_NOT_DUPLICATE");
    assertThat(done.json().path("completedByName").isNull()).isFalse();
    assertThat(Api.get("/api/devices/" + id, agent).json().path("status").asText())
        .isEqualTo("IN_SERVICE");
    assertProblem(
        Api.postJson(
            "/api/work-orders/" + order.path("id").asLong() + "/cancel",
            "{\"reason\":\"late\",\"version\":1}",
            agent),
        409);
  }

  @Test
  void preventiveWorkIsCompletedItemByItemAgainstTheProcedure() {
    long id = device("WO-" + run + "-2", today().minusMonths(6).toString());
    var plan =
        Api.postJson(
            "/api/work-orders/plan", "{\"through\":\"" + today().plusDays(400) + "\"}", leader);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    assertThat(plan.json().path("created").asInt()).isGreaterThanOrEqualTo(2);
    var again =
        Api.postJson(
            "/api/work-orders/plan", "{\"through\":\"" + today().plusDays(400) + "\"}", leader);
    assertThat(again.json().path("created").asInt()).isZero();

    JsonNode orders = Api.get("/api/work-orders?deviceId=" + id, agent).json();
    assertThat(orders.path("total").asLong()).isEqualTo(3); // due today, in 6 and in 12 months
    JsonNode first = orders.path("items").get(0);
    assertThat(first.path("dueOn").asText()).isEqualTo(today().toString());
    assertThat(first.path("timeliness").asText()).isEqualTo("PENDING");
    List<String> items = new ArrayList<>();
    first.path("checklist").forEach(c -> items.add(c.path("item").asText()));
    assertThat(items).containsExactly("Flow accuracy", "Occlusion alarm", "Battery");
    String path = "/api/work-orders/" + first.path("id").asLong() + "/complete";

    var missing =
        Api.postJson(
            path,
            "{\"laborMinutes\":50,\"version\":0,\"checklist\":[{\"item\":\"Flow accuracy\","
                + "\"result\":\"PASS\",\"reading\":\"+2%\"},{\"item\":\"Coffee\",\"result\":\"PASS\"}]}",
            agent);
    assertProblem(missing, 400);
    assertThat(missing.body())
        .contains("Occlusion alarm")
        .contains("Battery")
        .contains("checklist[1].item");
    var failed =
        Api.postJson(
            path,
            "{\"laborMinutes\":50,\"version\":0,\"checklist\":[{\"item\":\"Flow accuracy\","
                + "\"result\":\"PASS\"},{\"item\":\"Occlusion alarm\",\"result\":\"FAIL\"},"
                + "{\"item\":\"Battery\",\"result\":\"NA\"}]}",
            agent);
    assertProblem(failed, 400); // a failed item needs a note
    var done =
        Api.postJson(
            path,
            "{\"laborMinutes\":50,\"partsCost\":12.5,\"parts\":\"Battery\",\"version\":0,"
                + "\"checklist\":[{\"item\":\"Flow accuracy\",\"result\":\"PASS\",\"reading\":\"+2%\"},"
                + "{\"item\":\"Occlusion alarm\",\"result\":\"PASS\"},{\"item\":\"Battery\","
                + "\"result\":\"FAIL\"}],\"note\":\"Battery replaced\"}",
            agent);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().path("timeliness").asText()).isEqualTo("ON_TIME");
    assertThat(done.json().path("checklist").get(0).path("reading").asText()).isEqualTo("+2%");
    assertThat(done.json().path("partsCost").decimalValue()).isEqualByComparingTo("12.50");
  }

  /** Past {@code PmPlanner.PARALLEL_FROM}: the two-writer path, each order once. */
  @Test
  void aLargePlanIsWrittenInTwoHalvesEachOrderOnce() throws Exception {
    // 5,000 devices on a 6-month interval, planned two years ahead: about 20,000 orders.
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String lead = TestUsers.ownTenant("pm-large-" + tag, "it-leader", "Large plan " + tag);
    var made =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme\",\"model\":\"Large\",\"deviceClass\":\"Pump\","
                + "\"risk\":\"HIGH\",\"pmIntervalMonths\":6,\"pmProcedure\":\"Inspect\"}",
            lead);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long largeModel = made.json().path("id").asLong();
    long tenant = TestApp.queryLong("SELECT tenant_id FROM device_models WHERE id = " + largeModel);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      numbers.add(i);
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (var c = TestApp.connection()) {
      for (List<Integer> rows : SqlRows.runs(numbers)) {
        try (var insert =
            c.prepareStatement(
                "INSERT INTO devices (tenant_id, model_id, asset_tag, serial, site, unit, status,"
                    + " connected, acquired_on, created_at, updated_at, version) VALUES "
                    + SqlRows.values(rows.size(), 12))) {
          int p = 0;
          for (int i : rows) {
            insert.setLong(++p, tenant);
            insert.setLong(++p, largeModel);
            insert.setString(++p, "L-" + i);
            insert.setString(++p, "S-" + i);
            insert.setString(++p, "Main");
            insert.setString(++p, "Unit " + (i % 12));
            insert.setString(++p, "IN_SERVICE");
            insert.setBoolean(++p, false);
            insert.setDate(++p, Date.valueOf(today().minusDays(40 + i % 150)));
            insert.setTimestamp(++p, now);
            insert.setTimestamp(++p, now);
            insert.setLong(++p, 0);
          }
          insert.executeUpdate();
        }
      }
    }
    String through = "{\"through\":\"" + today().plusDays(700) + "\"}";
    var plan = Api.postJson("/api/work-orders/plan", through, lead);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    long created = plan.json().path("created").asLong();
    assertThat(created).isGreaterThan(10_000L);
    String orders = "SELECT COUNT(*) FROM work_orders WHERE tenant_id = " + tenant;
    assertThat(TestApp.queryLong(orders)).isEqualTo(created);
    // Both halves wrote: every device has its orders, the first and the last alike.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(DISTINCT device_id) FROM work_orders WHERE tenant_id = " + tenant))
        .isEqualTo(5_000);
    var again = Api.postJson("/api/work-orders/plan", through, lead);
    assertThat(again.json().path("created").asLong()).isZero();
    assertThat(again.json().path("alreadyPlanned").asLong()).isEqualTo(created);
    assertThat(TestApp.queryLong(orders)).isEqualTo(created);
  }

  /** A leader is no staff member: the work is recorded without a technician, not refused. */
  @Test
  void aLeaderWhoIsNoTechnicianRecordsWorkToo() {
    device("WO-" + run + "-4", "2023-05-01");
    var created =
        Api.postJson(
            "/api/work-orders",
            "{\"assetTag\":\"WO-" + run + "-4\",\"summary\":\"Cracked housing\"}",
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var done =
        Api.postJson(
            "/api/work-orders/" + created.json().path("id").asLong() + "/complete",
            "{\"laborMinutes\":20,\"version\":0}",
            leader);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().path("completedById").isNull()).isTrue();
  }

  @Test
  void sixteenTechniciansCloseOneOrderOnce() throws Exception {
    device("WO-" + run + "-3", "2023-05-01");
    var created =
        Api.postJson(
            "/api/work-orders",
            "{\"assetTag\":\"WO-" + run + "-3\",\"summary\":\"Screen flickers\"}",
            agent);
    String path = "/api/work-orders/" + created.json().path("id").asLong() + "/complete";
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int minutes = i;
        calls.add(
            () ->
                Api.postJson(path, "{\"laborMinutes\":" + minutes + ",\"version\":0}", agent)
                    .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(200, 409);
      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void badInputIsRefusedWithProblems() {
    assertProblem(Api.get("/api/work-orders?due=soon", agent), 400);
    assertProblem(Api.get("/api/work-orders?kind=REPAIR", agent), 400);
    assertProblem(Api.get("/api/work-orders?sort=cost", agent), 400);
    assertProblem(Api.get("/api/work-orders?size=5000", agent), 400);
    assertProblem(Api.get("/api/work-orders/99999999999", agent), 404);
    assertProblem(Api.get("/api/work-orders/abc", agent), 400);
    assertProblem(Api.postJson("/api/work-orders", "{\"summary\":\"x\"}", agent), 400);
    assertProblem(
        Api.postJson(
            "/api/work-orders", "{\"assetTag\":\"NOPE-" + run + "\",\"summary\":\"x\"}", agent),
        404);
    assertProblem(
        Api.postJson(
            "/api/work-orders",
            "{\"assetTag\":\"WO-" + run + "-1\",\"summary\":\"x\",\"ticketNumber\":\"INC-0\"}",
            agent),
        404);
    assertProblem(Api.postJson("/api/work-orders", "{\"deviceId\":\"one\"}", agent), 400);
    assertProblem(Api.postJson("/api/work-orders", "[1,2]", agent), 400);
    assertProblem(
        Api.postJson("/api/work-orders", "{\"summary\":\"" + "x".repeat(300) + "\"}", agent), 400);
    long open = TestApp.queryLong("SELECT MIN(id) FROM work_orders WHERE status = 'OPEN'");
    assertProblem(
        Api.postJson("/api/work-orders/" + open + "/complete", "{\"laborMinutes\":5}", agent), 400);
    assertProblem(
        Api.postJson(
            "/api/work-orders/" + open + "/complete",
            "{\"laborMinutes\":5,\"version\":0,\"completedAt\":\"2999-01-01T00:00:00Z\"}",
            agent),
        400);
    assertProblem(
        Api.postJson("/api/work-orders/" + open + "/cancel", "{\"version\":0}", agent), 400);
    assertProblem(
        Api.postJson("/api/work-orders/plan", "{\"through\":\"2000-01-01\"}", leader), 400);
    assertProblem(Api.postJson("/api/work-orders/plan", "{}", agent), 403);
    assertProblem(
        Api.postJson("/api/work-orders", "{\"assetTag\":\"X\",\"summary\":\"x\"}", executive), 403);
    assertProblem(Api.putJson("/api/htm/settings", "{\"biomedGroupId\":99999999}", leader), 400);
    assertProblem(
        Api.putJson(
            "/api/clinical-units",
            "{\"site\":\"x\",\"unit\":\"y\",\"busyCalendarId\":99999999}",
            leader),
        400);
  }

  /** Northwind's engagement covers the demo's vital-signs monitors; Apex's covers no device. */
  @Test
  void partnersSeeAndWorkOnlyTheirEngagementsDevicesAndOtherHospitalsNothing() {
    long northwind =
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')");
    long theirs =
        TestApp.queryLong(
            "SELECT COUNT(*) FROM work_orders w JOIN devices d ON d.id = w.device_id"
                + " WHERE d.contract_engagement_id = "
                + northwind);
    assertThat(theirs).isPositive();
    assertThat(Api.get("/api/work-orders", partner).json().path("total").asLong())
        .isEqualTo(theirs);
    long other =
        TestApp.queryLong(
            "SELECT MIN(w.id) FROM work_orders w JOIN devices d ON d.id = w.device_id"
                + " WHERE d.contract_engagement_id IS NULL AND w.status = 'OPEN'");
    assertProblem(Api.get("/api/work-orders/" + other, partner), 404);
    assertProblem(
        Api.postJson(
            "/api/work-orders/" + other + "/cancel", "{\"reason\":\"x\",\"version\":0}", partner),
        404);
    assertThat(Api.get("/api/work-orders", apex).json().path("total").asLong()).isZero();
    assertProblem(Api.get("/api/work-orders/" + other, apex), 404);
    assertThat(Api.get("/api/work-orders", outsider).json().path("total").asLong()).isZero();
    assertProblem(Api.get("/api/work-orders/" + other, outsider), 404);
    assertProblem(
        Api.postJson(
            "/api/work-orders/" + other + "/cancel", "{\"reason\":\"x\",\"version\":0}", outsider),
        404);
    long staff =
        TestApp.queryLong("SELECT MIN(id) FROM staff_members WHERE tenant_id = employer_id");
    long mine =
        TestApp.queryLong(
            "SELECT MIN(w.id) FROM work_orders w JOIN devices d ON d.id = w.device_id"
                + " WHERE d.contract_engagement_id = "
                + northwind
                + " AND w.status = 'OPEN'");
    long version = Api.get("/api/work-orders/" + mine, partner).json().path("version").asLong();
    assertProblem(
        Api.putJson(
            "/api/work-orders/" + mine + "/assignee",
            "{\"assigneeId\":" + staff + ",\"version\":" + version + "}",
            partner),
        404); // a partner names only its own people
  }
}
