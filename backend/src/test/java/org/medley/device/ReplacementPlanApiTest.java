package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * {@code /api/devices/replacement-plan} over HTTP against the real database, on three devices of a
 * site of their own whose work orders are written straight into the table.
 */
class ReplacementPlanApiTest {

  private static String leader;
  private static String site;
  private static String query;
  private static String run;
  private static long model;
  private static long old;
  private static long young;
  private static long middle;

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    site = "Plan " + run;
    query = "site=Plan%20" + run;
    var created =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme Medical\",\"model\":\"Plan pump "
                + run
                + "\",\"deviceClass\":\"Infusion pump\",\"risk\":\"HIGH\",\"pmIntervalMonths\":12,"
                + "\"replacementCost\":10000}",
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("replacementCost").decimalValue()).isEqualByComparingTo("10000");
    model = created.json().path("id").asLong();
    old = device("OLD", "\"acquiredOn\":\"2012-01-01\",\"endOfSupport\":\"2020-01-01\"");
    young =
        device(
            "YOUNG",
            "\"acquiredOn\":\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(300)
                + "\",\"endOfSupport\":\"2034-01-01\"");
    middle = device("MID", "\"acquiredOn\":\"2020-01-01\",\"acquisitionCost\":4000");
    Instant now = Instant.now();
    // The old pump: two repairs whose downtime overlaps by a day, 3 days down in all.
    WorkOrderRows.corrective(
        old, WorkOrderStatus.DONE, true, now.minus(days(30)), now.minus(days(28)), 120, "300.00");
    WorkOrderRows.corrective(
        old, WorkOrderStatus.DONE, true, now.minus(days(29)), now.minus(days(27)), 60, null);
    // A repair of two years ago: outside the period, counted nowhere.
    WorkOrderRows.corrective(
        old, WorkOrderStatus.DONE, true, now.minus(days(800)), now.minus(days(790)), 600, "9000");
    // The middle one: a fault nobody could reproduce, twice.
    WorkOrderRows.corrective(
        middle,
        WorkOrderStatus.COULD_NOT_DUPLICATE,
        false,
        now.minus(days(10)),
        now.minus(days(9)),
        30,
        null);
    WorkOrderRows.corrective(
        middle,
        WorkOrderStatus.COULD_NOT_DUPLICATE,
        false,
        now.minus(days(5)),
        now.minus(days(4)),
        30,
        null);
  }

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  private static long device(String tag, String extra) {
    var reply =
        Api.postJson(
            "/api/devices",
            "{\"modelId\":"
                + model
                + ",\"assetTag\":\"PLAN-"
                + run
                + "-"
                + tag
                + "\",\"serial\":\"S-"
                + tag
                + "\",\"site\":\""
                + site
                + "\",\"unit\":\"5 West\",\"status\":\"IN_SERVICE\","
                + extra
                + "}",
            leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("id").asLong();
  }

  @Test
  void theOldRepairedPumpPastSupportRanksFirstWithTheFiguresBehindIt() {
    var reply = Api.get("/api/devices/replacement-plan?" + query, leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode plan = reply.json();

    assertThat(plan.path("total").asLong()).isEqualTo(3);
    List<Long> order = new ArrayList<>();
    plan.path("items").forEach(i -> order.add(i.path("deviceId").asLong()));
    assertThat(order).containsExactly(old, middle, young);
    JsonNode first = plan.path("items").get(0);
    assertThat(first.path("rank").asInt()).isEqualTo(1);
    assertThat(first.path("support").asText()).isEqualTo("PAST");
    assertThat(first.path("ageYears").asDouble()).isGreaterThan(10);
    assertThat(first.path("correctiveCount").asInt()).isEqualTo(2);
    assertThat(first.path("laborMinutes").asInt()).isEqualTo(180);
    BigDecimal rate = plan.path("laborRate").decimalValue();
    BigDecimal repairs =
        rate.multiply(BigDecimal.valueOf(3))
            .add(new BigDecimal("300"))
            .setScale(2, RoundingMode.HALF_UP);
    assertThat(first.path("repairCost").decimalValue()).isEqualByComparingTo(repairs);
    assertThat(first.path("replacementCost").decimalValue()).isEqualByComparingTo("10000");
    assertThat(first.path("replacementCostSource").asText()).isEqualTo("MODEL");
    assertThat(first.path("repairToReplacement").decimalValue())
        .isEqualByComparingTo(repairs.divide(new BigDecimal("10000"), 3, RoundingMode.HALF_UP));
    assertThat(first.path("downtimeHours").asDouble()).isEqualTo(72.0);
    double periodHours =
        Duration.between(
                    java.time.LocalDate.parse(plan.path("from").asText())
                        .atStartOfDay(java.time.ZoneId.of("UTC"))
                        .toInstant(),
                    Instant.now())
                .toMinutes()
            / 60.0;
    // The period starts at the hospital's midnight, not UTC's: within a day of it.
    assertThat(first.path("uptimePercent").asDouble())
        .isBetween(
            100 * (1 - 72 / (periodHours - 24)) - 0.01, 100 * (1 - 72 / (periodHours + 24)) + 0.01);
    assertThat(first.path("score").asDouble()).isGreaterThan(50);

    JsonNode youngest = plan.path("items").get(2);
    assertThat(youngest.path("uptimePercent").asDouble()).isEqualTo(100.0);
    assertThat(youngest.path("downtimeHours").asDouble()).isZero();
    assertThat(youngest.path("repairCost").decimalValue()).isEqualByComparingTo("0");

    // Could-not-duplicate outcomes are a training signal, per model and unit, not a repair.
    JsonNode mid = plan.path("items").get(1);
    assertThat(mid.path("correctiveCount").asInt()).isZero();
    assertThat(mid.path("couldNotDuplicateCount").asInt()).isEqualTo(2);
    assertThat(plan.path("couldNotDuplicate")).hasSize(1);
    assertThat(plan.path("couldNotDuplicate").get(0).path("unit").asText()).isEqualTo("5 West");
    assertThat(plan.path("couldNotDuplicate").get(0).path("count").asInt()).isEqualTo(2);
    // The filters' choices: every site and class the caller's devices have, this site among them.
    assertThat(plan.path("sites").toString()).contains("\"" + site + "\"");
    assertThat(plan.path("deviceClasses").toString()).contains("\"Infusion pump\"");
    assertThat(plan.path("models")).hasSize(1);
    assertThat(plan.path("models").get(0).path("devices").asInt()).isEqualTo(3);
    assertThat(plan.path("models").get(0).path("downtimeHours").asDouble()).isEqualTo(72.0);
  }

  @Test
  void aPeriodTwoYearsBackSeesTheOldRepairOnly() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    JsonNode plan =
        Api.get(
                "/api/devices/replacement-plan?"
                    + query
                    + "&from="
                    + today.minusDays(900)
                    + "&to="
                    + today.minusDays(700),
                leader)
            .json();
    JsonNode first = plan.path("items").get(0);
    assertThat(first.path("deviceId").asLong()).isEqualTo(old);
    assertThat(first.path("laborMinutes").asInt()).isEqualTo(600);
    assertThat(first.path("downtimeHours").asDouble()).isEqualTo(240.0);
    // The young pump was not bought yet: it has no period, hence no uptime.
    for (JsonNode row : plan.path("items")) {
      if (row.path("deviceId").asLong() == young) {
        assertThat(row.path("uptimePercent").isNull()).isTrue();
      }
    }
  }

  @Test
  void filtersPagesAndTheCsvFollowTheRanking() {
    JsonNode page =
        Api.get("/api/devices/replacement-plan?" + query + "&size=2&page=1", leader).json();
    assertThat(page.path("total").asLong()).isEqualTo(3);
    assertThat(page.path("items")).hasSize(1);
    assertThat(page.path("items").get(0).path("rank").asInt()).isEqualTo(3);
    assertThat(
            Api.get("/api/devices/replacement-plan?modelId=" + model, leader)
                .json()
                .path("total")
                .asLong())
        .isEqualTo(3);
    assertThat(
            Api.get("/api/devices/replacement-plan?" + query + "&deviceClass=Ventilator", leader)
                .json()
                .path("total")
                .asLong())
        .isZero();
    assertThat(
            Api.get("/api/devices/replacement-plan?site=Nowhere%20" + run, leader)
                .json()
                .path("items"))
        .isEmpty();

    var csv =
        Api.send(
            Api.request("/api/devices/replacement-plan/export?" + query)
                .header("Authorization", "Bearer " + TestApp.tokenFor("exec"))
                .header("Accept", "text/csv")
                .build());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).contains("medley-replacement-plan.csv");
    String[] lines = csv.body().strip().split("\r?\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).contains("rank,score,asset_tag");
    assertThat(lines[1]).startsWith("1,").contains("PLAN-" + run + "-OLD");
    assertThat(lines[3]).startsWith("3,").contains("PLAN-" + run + "-YOUNG");
  }

  @Test
  void partnersSeeOnlyTheirEngagementsDevicesAndTheDeskNone() {
    String partner = TestApp.tokenFor("partner");
    JsonNode theirs = Api.get("/api/devices/replacement-plan?size=200", partner).json();
    long northwind =
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')");
    assertThat(theirs.path("total").asLong())
        .isEqualTo(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM devices WHERE status <> 'RETIRED' AND"
                    + " contract_engagement_id = "
                    + northwind));
    assertThat(
            Api.get("/api/devices/replacement-plan?" + query, partner)
                .json()
                .path("total")
                .asLong())
        .isZero();
    String apex = TestUsers.partnerAgent("plan-apex", "Apex Clinical IT Staffing");
    assertThat(Api.get("/api/devices/replacement-plan", apex).json().path("total").asLong())
        .isZero();
    String outsider = TestUsers.otherTenant("plan-outsider", "admin,it-leader");
    assertThat(
            Api.get("/api/devices/replacement-plan?" + query, outsider)
                .json()
                .path("total")
                .asLong())
        .isZero();
    assertProblem(Api.get("/api/devices/replacement-plan", TestApp.tokenFor("agent")), 403);
    assertProblem(Api.get("/api/devices/replacement-plan", TestApp.tokenFor("enduser")), 403);
  }

  @Test
  void badInputIsRefusedNamingItsParameter() {
    String[][] cases = {
      {"from=2026-02-30", "from"},
      {"from=yesterday", "from"},
      {"from=2026-03-01&to=2026-01-01", "to"},
      {"from=2020-01-01&to=2026-01-01", "to"},
      {"to=2101-01-01", "to"},
      {"size=0", "size"},
      {"size=201", "size"},
      {"page=-1", "page"},
      {"modelId=abc", "modelId"},
      {"modelId=0", "modelId"},
      {"site=" + "x".repeat(101), "site"},
    };
    for (String[] c : cases) {
      var reply = Api.get("/api/devices/replacement-plan?" + c[0], leader);
      assertProblem(reply, 400);
      assertThat(reply.body()).as(c[0]).contains(c[1]);
    }
    assertProblem(Api.get("/api/devices/replacement-plan/export?from=junk", leader), 400);
    var model =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Acme\",\"model\":\"Cost "
                + run
                + "\",\"deviceClass\":\"Pump\",\"risk\":\"LOW\",\"replacementCost\":-5}",
            leader);
    assertProblem(model, 400);
    assertThat(model.body()).contains("replacementCost");
  }
}
