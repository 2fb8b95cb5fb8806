package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** {@code /api/advisories} and the outage playbook over HTTP against the real database. */
class AdvisoryApiTest {

  private static String leader;
  private static String agent;
  private static String partner;
  private static String apex;
  private static String outsider;
  private static String run;
  private static long named;
  private static long alsoNamed;
  private static long other;
  private static long biomed;
  private static long it;

  /** The fan-out table: asset tag suffix → (model, connected, status, firmware, affected). */
  private record Case(
      String tag,
      char model,
      boolean connected,
      String status,
      String firmware,
      boolean affected) {}

  private static final List<Case> FLEET =
      List.of(
          new Case("IN", 'A', true, "IN_SERVICE", "2.4.1", true),
          new Case("FROM", 'A', true, "IN_SERVICE", "2.4.0", true), // inclusive bounds
          new Case("TO", 'A', true, "IN_SERVICE", "2.4.2", true),
          new Case("AFTER", 'A', true, "IN_SERVICE", "2.4.3", false),
          new Case("TEN", 'A', true, "IN_SERVICE", "2.10", false), // 2.10 > 2.4.2
          new Case("BEFORE", 'A', true, "IN_SERVICE", "2.3.9", false),
          new Case("UNKNOWN", 'A', true, "IN_SERVICE", null, true), // conservative
          new Case("REPAIR", 'A', true, "OUT_FOR_REPAIR", "2.4.1", true),
          new Case("RETIRED", 'A', true, "RETIRED", "2.4.1", false),
          new Case("OFFLINE", 'A', false, "IN_SERVICE", "2.4.1", false),
          new Case("BETA", 'B', true, "IN_SERVICE", "v2.4.2-b1", true), // second named model
          new Case("OTHER", 'C', true, "IN_SERVICE", "2.4.1", false)); // model not named

  private static final Map<String, Long> devices = new HashMap<>();

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    agent = TestApp.tokenFor("agent");
    partner = TestApp.tokenFor("partner");
    apex = TestUsers.partnerAgent("advisory-apex", "Apex Clinical IT Staffing");
    outsider = TestUsers.otherTenant("advisory-outsider", "admin,it-leader,agent");
    run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    named = model("Monitor " + run);
    alsoNamed = model("Monitor " + run + " XL");
    other = model("Pump " + run);
    for (Case c : FLEET) {
      long model = c.model() == 'A' ? named : c.model() == 'B' ? alsoNamed : other;
      var reply =
          Api.postJson(
              "/api/devices",
              "{\"modelId\":"
                  + model
                  + ",\"assetTag\":\"ADV-"
                  + run
                  + "-"
                  + c.tag()
                  + "\",\"serial\":\"SN-"
                  + c.tag()
                  + "\",\"site\":\"Advisory "
                  + run
                  + "\",\"unit\":\""
                  + (c.tag().length() % 2 == 0 ? "ICU" : "ED")
                  + "\",\"status\":\""
                  + c.status()
                  + "\",\"connected\":"
                  + c.connected()
                  + (c.firmware() == null ? "" : ",\"firmware\":\"" + c.firmware() + "\"")
                  + "}",
              leader);
      assertThat(reply.status()).as(reply.body()).isEqualTo(201);
      devices.put(c.tag(), reply.json().path("id").asLong());
    }
    long tenant = TestApp.queryLong("SELECT tenant_id FROM device_models WHERE id = " + named);
    biomed =
        TestApp.queryLong("SELECT biomed_group_id FROM htm_settings WHERE tenant_id = " + tenant);
    it = TestApp.queryLong("SELECT it_group_id FROM htm_settings WHERE tenant_id = " + tenant);
  }

  static long model(String name) {
    var reply =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme Medical\",\"model\":\""
                + name
                + "\",\"deviceClass\":\"Patient monitor\",\"risk\":\"HIGH\","
                + "\"pmIntervalMonths\":12}",
            leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("id").asLong();
  }

  static String cve() {
    return "CVE-2025-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
  }

  static String body(String cve, String models, String from, String to, String extra) {
    return "{\"cve\":\""
        + cve
        + "\",\"title\":\"Unauthenticated service port\",\"severity\":\"HIGH\",\"modelIds\":["
        + models
        + "]"
        + (from == null ? "" : ",\"firmwareFrom\":\"" + from + "\"")
        + (to == null ? "" : ",\"firmwareTo\":\"" + to + "\"")
        + ",\"remediation\":\"Update the firmware\""
        + extra
        + "}";
  }

  /** Each remediation order of the advisory: device id → its groups. */
  static Map<Long, List<Long>> orders(long advisory) throws SQLException {
    Map<Long, List<Long>> orders = new HashMap<>();
    try (var c = TestApp.connection();
        var rows =
            c.createStatement()
                .executeQuery(
                    "SELECT device_id, group_id, kind, status, summary FROM work_orders"
                        + " WHERE advisory_id = "
                        + advisory
                        + " ORDER BY group_id")) {
      while (rows.next()) {
        assertThat(rows.getString("kind")).isEqualTo("REMEDIATION");
        assertThat(rows.getString("status")).isEqualTo("OPEN");
        assertThat(rows.getString("summary")).startsWith("CVE-");
        orders.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
      }
    }
    return orders;
  }

  /** The advisory once its remediation orders are written (in the background, after filing). */
  static JsonNode opened(long id, String token) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> Api.get("/api/advisories/" + id, token).json(),
            a -> !a.path("remediationOpenedAt").isNull());
  }

  @Test
  void anAdvisoryOpensRemediationForExactlyTheAffectedDevicesPerGroup() throws SQLException {
    String cve = cve();
    var reply =
        Api.postJson(
            "/api/advisories",
            body(cve.toLowerCase(), named + "," + alsoNamed, "2.4.0", "2.4.2", ""),
            leader);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    long id = reply.json().path("id").asLong();
    assertThat(reply.header("Location")).isEqualTo("/api/advisories/" + id);
    // The filing answers before the orders are written: nothing counted yet.
    assertThat(reply.json().path("remediationOpenedAt").isNull()).isTrue();
    assertThat(reply.json().path("affected").asLong()).isZero();
    JsonNode filed = opened(id, leader);
    assertThat(filed.path("cve").asText()).isEqualTo(cve);
    assertThat(filed.path("routing").asText()).isEqualTo("BOTH");
    List<Long> affected =
        FLEET.stream().filter(Case::affected).map(c -> devices.get(c.tag())).toList();
    Map<Long, List<Long>> orders = orders(id);
    assertThat(orders.keySet()).containsExactlyInAnyOrderElementsOf(affected);
    // Routing BOTH: one order for biomed and one for IT on every affected device.
    orders.values().forEach(groups -> assertThat(groups).containsExactlyInAnyOrder(biomed, it));
    assertThat(filed.path("affected").asLong()).isEqualTo(affected.size());
    assertThat(filed.path("remaining").asLong()).isEqualTo(affected.size());
    assertThat(filed.path("remainingDevices").path("total").asLong()).isEqualTo(affected.size());
    assertThat(filed.path("remainingDevices").path("items").get(0).path("workOrderIds")).hasSize(2);
    assertThat(filed.path("models").findValuesAsText("model"))
        .containsExactlyInAnyOrder("Monitor " + run, "Monitor " + run + " XL");
    assertThat(
            filed.path("remainingByUnit").findValues("devices").stream()
                .mapToLong(JsonNode::asLong)
                .sum())
        .isEqualTo(affected.size());

    // An open range, routed to IT alone: one order per device, IT's.
    var openEnded =
        Api.postJson(
            "/api/advisories",
            body(cve(), String.valueOf(named), "2.4.2", null, ",\"routing\":\"IT\""),
            leader);
    assertThat(openEnded.status()).as(openEnded.body()).isEqualTo(201);
    opened(openEnded.json().path("id").asLong(), leader);
    Map<Long, List<Long>> itOrders = orders(openEnded.json().path("id").asLong());
    assertThat(itOrders.keySet())
        .containsExactlyInAnyOrder(
            devices.get("TO"), devices.get("AFTER"), devices.get("TEN"), devices.get("UNKNOWN"));
    itOrders.values().forEach(groups -> assertThat(groups).containsExactly(it));
  }

  @Test
  void remainingFallsAsRemediationOrdersCloseAndTheListShowsTheExposure() throws SQLException {
    var filed =
        Api.postJson(
            "/api/advisories",
            body(cve(), String.valueOf(named), null, "2.4.1", ",\"routing\":\"BOTH\""),
            leader);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    // IN, FROM, BEFORE, UNKNOWN, REPAIR: five devices, ten orders.
    assertThat(opened(id, leader).path("affected").asLong()).isEqualTo(5);
    try (var c = TestApp.connection()) {
      // Biomed patched IN and FROM; IT only IN: FROM still waits for IT.
      c.createStatement()
          .executeUpdate(
              "UPDATE work_orders SET status = 'DONE' WHERE advisory_id = "
                  + id
                  + " AND (device_id = "
                  + devices.get("IN")
                  + " OR (device_id = "
                  + devices.get("FROM")
                  + " AND group_id = "
                  + biomed
                  + "))");
    }
    JsonNode read = Api.get("/api/advisories/" + id + "?size=2", agent).json();
    assertThat(read.path("affected").asLong()).isEqualTo(5);
    assertThat(read.path("remaining").asLong()).isEqualTo(4);
    assertThat(read.path("remainingDevices").path("total").asLong()).isEqualTo(4);
    assertThat(read.path("remainingDevices").path("items")).hasSize(2);
    List<String> remaining = new ArrayList<>();
    for (int page = 0; page < 2; page++) {
      Api.get("/api/advisories/" + id + "?size=2&page=" + page, agent)
          .json()
          .path("remainingDevices")
          .path("items")
          .forEach(d -> remaining.add(d.path("assetTag").asText()));
    }
    assertThat(remaining)
        .containsExactlyInAnyOrder(
            "ADV-" + run + "-FROM",
            "ADV-" + run + "-BEFORE",
            "ADV-" + run + "-UNKNOWN",
            "ADV-" + run + "-REPAIR");
    JsonNode list = Api.get("/api/advisories?size=100", TestApp.tokenFor("exec")).json();
    JsonNode mine = null;
    for (JsonNode a : list.path("items")) {
      if (a.path("id").asLong() == id) {
        mine = a;
      }
    }
    assertThat(mine).as("newest first, on the first page").isNotNull();
    assertThat(mine.path("remaining").asLong()).isEqualTo(4);
    assertThat(list.path("items").get(0).path("createdAt").asText())
        .isGreaterThanOrEqualTo(
            list.path("items").get(list.path("items").size() - 1).path("createdAt").asText());
  }

  @Test
  void sixteenFilingsOfOneCveAtOnceFileItOnce() throws Exception {
    String cve = cve();
    String body = body(cve, String.valueOf(named), "2.4.0", "2.4.2", "");
    List<Callable<Api.Reply>> filings = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      filings.add(() -> Api.postJson("/api/advisories", body, leader));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Api.Reply> replies = new ArrayList<>();
    try {
      for (Future<Api.Reply> reply : pool.invokeAll(filings)) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
    replies.stream()
        .filter(r -> r.status() != 201)
        .forEach(r -> assertThat(assertProblem(r, 409).body()).contains("cve"));
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM advisories WHERE cve = '" + cve + "'"))
        .isEqualTo(1);
    long id = TestApp.queryLong("SELECT id FROM advisories WHERE cve = '" + cve + "'");
    opened(id, leader);
    assertThat(orders(id)).hasSize(5); // IN, FROM, TO, UNKNOWN, REPAIR: once each
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM work_orders w JOIN advisories a ON a.id = w.advisory_id"
                    + " WHERE a.cve = '"
                    + cve
                    + "'"))
        .isEqualTo(10);
  }

  @Test
  void anAdvisoryACrashLeftUnopenedIsOpenedByTheSweepOnce() throws SQLException {
    // As a node killed between the filing's commit and the fan-out leaves it: filed, no orders.
    String cve = cve();
    long tenant = TestApp.queryLong("SELECT tenant_id FROM device_models WHERE id = " + named);
    long id;
    try (var c = TestApp.connection()) {
      var insert =
          c.prepareStatement(
              "INSERT INTO advisories (tenant_id, cve, title, severity, firmware_from,"
                  + " firmware_to, remediation, routing, created_by, created_at, updated_at,"
                  + " version) VALUES (?, ?, 'Left by a crash', 'HIGH', '2.4.0', '2.4.2',"
                  + " 'Update', 'BIOMED', 0, ?, ?, 0)",
              java.sql.Statement.RETURN_GENERATED_KEYS);
      var filedAt = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60));
      insert.setLong(1, tenant);
      insert.setString(2, cve);
      insert.setTimestamp(3, filedAt);
      insert.setTimestamp(4, filedAt);
      assertThat(insert.executeUpdate()).isEqualTo(1);
      var keys = insert.getGeneratedKeys();
      keys.next();
      id = keys.getLong(1);
      c.createStatement()
          .executeUpdate(
              "INSERT INTO advisory_models (advisory_id, model_id) VALUES ("
                  + id
                  + ", "
                  + named
                  + ")");
    }
    JsonNode read = opened(id, leader);
    // IN, FROM, TO, UNKNOWN, REPAIR; biomed only.
    assertThat(read.path("affected").asLong()).isEqualTo(5);
    Map<Long, List<Long>> orders = orders(id);
    assertThat(orders).hasSize(5);
    orders.values().forEach(groups -> assertThat(groups).containsExactly(biomed));
    // Later sweeps leave it be.
    Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM work_orders WHERE advisory_id = " + id))
        .isEqualTo(5);
  }

  @Test
  void badInputIsRefusedAsProblemJsonNamingItsField() {
    String models = String.valueOf(named);
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"400", body("CVE-24-1", models, null, null, ""), "cve"});
    cases.add(new String[] {"400", body("CVE-2024-12", models, null, null, ""), "cve"});
    cases.add(new String[] {"400", body(cve(), "", null, null, ""), "modelIds"});
    cases.add(new String[] {"400", body(cve(), "\"x\"", null, null, ""), "modelIds"});
    cases.add(new String[] {"400", body(cve(), "null", null, null, ""), "modelIds"});
    cases.add(new String[] {"400", body(cve(), models, "2.10", "2.9", ""), "firmwareTo"});
    cases.add(new String[] {"400", body(cve(), models, "x".repeat(101), null, ""), "firmwareFrom"});
    cases.add(
        new String[] {
          "400", body(cve(), models, null, null, ",\"routing\":\"NOBODY\""), "routing"
        });
    cases.add(
        new String[] {
          "400", body(cve(), models, null, null, "").replace("HIGH", "SEVERE"), "severity"
        });
    cases.add(
        new String[] {
          "400",
          body(cve(), models, null, null, "").replace("\"Update the firmware\"", "\"\""),
          "remediation"
        });
    cases.add(
        new String[] {
          "400",
          body(cve(), models, null, null, "")
              .replace("Unauthenticated service port", "t".repeat(201)),
          "title"
        });
    cases.add(new String[] {"404", body(cve(), "999999999", null, null, ""), "modelIds"});
    for (String[] c : cases) {
      var reply = Api.postJson("/api/advisories", c[1], leader);
      assertProblem(reply, Integer.parseInt(c[0]));
      assertThat(reply.body()).as(c[1]).contains(c[2]);
    }
    assertProblem(Api.postJson("/api/advisories", "{\"cve\":", leader), 400);
    assertProblem(Api.postJson("/api/advisories", "[]", leader), 400);
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      tooMany.add(models);
    }
    assertProblem(
        Api.postJson(
            "/api/advisories", body(cve(), String.join(",", tooMany), null, null, ""), leader),
        400);
    for (String query : List.of("size=0", "size=101", "page=-1", "page=x")) {
      assertProblem(Api.get("/api/advisories?" + query, agent), 400);
    }
    assertProblem(Api.get("/api/advisories/abc", agent), 400);
    assertProblem(Api.get("/api/advisories/999999999", agent), 404);
    assertProblem(Api.get("/api/devices/outage-playbook?size=201", agent), 400);
    // Only leaders and administrators file; the desk reads.
    assertProblem(Api.postJson("/api/advisories", body(cve(), models, null, null, ""), agent), 403);
    assertProblem(Api.get("/api/advisories", TestApp.tokenFor("enduser")), 403);
  }

  @Test
  void anotherHospitalNeitherNamesOurModelsNorReadsOurAdvisories() {
    var filed =
        Api.postJson("/api/advisories", body(cve(), String.valueOf(named), null, null, ""), leader);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String path = filed.header("Location");
    assertProblem(Api.get(path, outsider), 404);
    assertThat(Api.get("/api/advisories?size=100", outsider).body()).doesNotContain(run);
    var foreign =
        Api.postJson(
            "/api/advisories", body(cve(), String.valueOf(named), null, null, ""), outsider);
    assertProblem(foreign, 404);
    assertThat(foreign.body()).contains("modelIds");
    assertThat(
            Api.get("/api/devices/outage-playbook?site=Advisory%20" + run, outsider)
                .json()
                .path("page")
                .path("total")
                .asLong())
        .isZero();
  }

  @Test
  void aPartnerSeesTheDemoAdvisoryOverItsEngagementsDevicesOnly() {
    long demo = TestApp.queryLong("SELECT MIN(id) FROM advisories WHERE cve = 'CVE-2024-31987'");
    JsonNode hospital = Api.get("/api/advisories/" + demo + "?size=200", leader).json();
    JsonNode northwind = Api.get("/api/advisories/" + demo + "?size=200", partner).json();
    // The demo's spot monitors are all under Northwind's contract: the same devices, exposure fell.
    assertThat(hospital.path("remaining").asLong()).isPositive();
    assertThat(hospital.path("remaining").asLong()).isLessThan(hospital.path("affected").asLong());
    assertThat(northwind.path("affected").asLong()).isEqualTo(hospital.path("affected").asLong());
    assertProblem(Api.get("/api/advisories/" + demo, apex), 404);
    assertThat(Api.get("/api/advisories", apex).json().path("total").asLong()).isZero();
    // An advisory on models no partner contract covers: Northwind neither lists nor reads it.
    var filed =
        Api.postJson("/api/advisories", body(cve(), String.valueOf(named), null, null, ""), leader);
    assertProblem(Api.get(filed.header("Location"), partner), 404);
    assertThat(
            Api.get("/api/advisories?size=100", partner)
                .json()
                .path("items")
                .findValuesAsText("cve"))
        .contains("CVE-2024-31987")
        .doesNotContain(filed.json().path("cve").asText());
  }

  @Test
  void theOutagePlaybookListsConnectedDevicesThatCannotBeRecoveredRemotelyByUnit() {
    String site = "Advisory%20" + run;
    JsonNode playbook =
        Api.get("/api/devices/outage-playbook?site=" + site + "&size=200", agent).json();
    // Connected and not retired, of the three models (none recovers remotely yet).
    long expected =
        FLEET.stream().filter(c -> c.connected() && !c.status().equals("RETIRED")).count();
    assertThat(playbook.path("page").path("total").asLong()).isEqualTo(expected);
    assertThat(playbook.path("page").path("items")).hasSize((int) expected);
    long inUnits = 0;
    for (JsonNode unit : playbook.path("units")) {
      if (unit.path("site").asText().equals("Advisory " + run)) {
        inUnits += unit.path("devices").asLong();
      }
    }
    assertThat(inUnits).isEqualTo(expected);
    assertThat(playbook.path("devices").asLong()).isGreaterThanOrEqualTo(expected);
    JsonNode icu = Api.get("/api/devices/outage-playbook?site=" + site + "&unit=ICU", agent).json();
    assertThat(icu.path("page").path("items").findValuesAsText("unit")).containsOnly("ICU");

    // The model's devices come back over the network: they leave the playbook.
    var changed =
        Api.putJson(
            "/api/device-models/" + other,
            "{\"manufacturer\":\"Acme Medical\",\"model\":\"Pump "
                + run
                + "\",\"deviceClass\":\"Patient monitor\",\"risk\":\"HIGH\","
                + "\"pmIntervalMonths\":12,\"remoteRecovery\":true,\"version\":0}",
            leader);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("remoteRecovery").asBoolean()).isTrue();
    assertThat(
            Api.get("/api/devices/outage-playbook?site=" + site, agent)
                .json()
                .path("page")
                .path("total")
                .asLong())
        .isEqualTo(expected - 1);
    // A partner's people see their engagement's devices only; Apex has none.
    assertThat(Api.get("/api/devices/outage-playbook", apex).json().path("devices").asLong())
        .isZero();
  }
}
