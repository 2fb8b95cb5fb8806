package org.medley.sla.internal;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.identity.internal.Passwords;
import org.medley.testing.Api;
import org.medley.testing.Json;
import org.medley.testing.TestApp;

/** Policies, preview, compliance and breaching-soon over HTTP: good and bad requests. */
class SlaApiTest {

  private static String admin;
  private static long clinicalHours;

  @BeforeAll
  static void signIn() {
    admin = TestApp.tokenFor("admin");
    clinicalHours =
        get("/api/calendars?q=clinical", admin).json().path("items").get(0).path("id").asLong();
  }

  static Api.Reply put(String path, String body, String token) {
    var builder =
        Api.request(path)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return Api.send(builder.build());
  }

  private ObjectNode policy(String name) {
    return Json.object(
        entry("name", name),
        entry("ticketType", "SERVICE_REQUEST"),
        entry("priority", "P2"),
        entry("criticality", 2),
        entry("calendarId", clinicalHours),
        entry("response", "PT2H"),
        entry("resolution", "PT16H"),
        entry("responseMetBy", "PUBLIC_REPLY"),
        entry("pauseOn", List.of("PENDING")),
        entry("warnings", List.of(60, 80)),
        entry("breachActions", List.of("REASSIGN")),
        entry("onRetarget", "RESTART"));
  }

  @Test
  void demoPoliciesCoverEveryPriority() {
    var list = get("/api/sla/policies", admin);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().path("items").findValuesAsText("priority"))
        .contains("P1", "P2", "P3", "P4");
    var p1 = list.json().path("items").get(0);
    assertThat(p1.path("response").asText()).isEqualTo("PT15M");
    assertThat(p1.path("warnings").toString()).isEqualTo("[50,75,90]");
  }

  @Test
  void aPolicyLeftWithoutPauseStatusesGetsTheDefaultTheFormsStartFrom() {
    var defaults = get("/api/sla/policy-defaults", TestApp.tokenFor("agent"));
    assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
    assertThat(defaults.json().path("pauseOn").toString())
        .isEqualTo("[\"PENDING:CUSTOMER\",\"PENDING:VENDOR\"]");

    ObjectNode body = policy("Default pause " + UUID.randomUUID()).put("active", false);
    body.remove("pauseOn");
    var created = postJson("/api/sla/policies", body.toString(), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("pauseOn")).isEqualTo(defaults.json().path("pauseOn"));
  }

  /** The tenant's active policy {@code id} as ticket openings match it on this node. */
  private static Optional<SlaPolicy> matchable(long id) throws SQLException {
    try (var c = TestApp.connection()) {
      return TestApp.context()
          .getBean(ActivePolicies.class)
          .of(c, SlaFixture.demo().tenant())
          .stream()
          .filter(p -> p.id() == id)
          .findFirst();
    }
  }

  @Test
  void adminDefinesAndChangesAPolicy() throws SQLException {
    String name = "Requests P2 " + UUID.randomUUID();
    assertThat(matchable(-1)).isEmpty(); // the tenant's active policies are now kept
    var created = postJson("/api/sla/policies", policy(name).toString(), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(matchable(id)).as("matched from its commit on").isPresent();
    assertThat(created.header("Location")).isEqualTo("/api/sla/policies/" + id);
    assertThat(created.json().path("pauseOn").toString()).isEqualTo("[\"PENDING\"]");

    var read = get("/api/sla/policies/" + id, admin).json();
    assertThat(read.path("resolution").asText()).isEqualTo("PT16H");
    assertThat(read.path("onRetarget").asText()).isEqualTo("RESTART");

    String changed = policy(name).put("resolution", "PT12H").put("version", 0).toString();
    var updated = put("/api/sla/policies/" + id, changed, admin);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().path("resolution").asText()).isEqualTo("PT12H");
    assertThat(updated.json().path("version").asLong()).isEqualTo(1);
    assertThat(matchable(id)).map(p -> p.terms().resolution()).contains(Duration.ofHours(12));
    assertProblem(put("/api/sla/policies/" + id, changed, admin), 409); // stale version
    assertProblem(postJson("/api/sla/policies", policy(name).toString(), admin), 409); // same name

    // Switch it off so it never decides a test ticket's policy.
    var off =
        put(
            "/api/sla/policies/" + id,
            policy(name).put("active", false).put("version", 1).toString(),
            admin);
    assertThat(off.json().path("active").asBoolean()).isFalse();
    assertThat(matchable(id)).isEmpty();
  }

  @Test
  void aPolicyMayNameAnEngagementOfThisHospitalOnly() throws java.sql.SQLException {
    long northwind;
    try (var c = org.medley.testing.TestApp.connection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT engagement_id FROM engagement_groups WHERE group_id = (SELECT id FROM"
                        + " support_groups WHERE name = 'Northwind Overnight Desk')")) {
      rs.next();
      northwind = rs.getLong(1);
    }
    String name = "Overnight desk P2 " + UUID.randomUUID();
    ObjectNode body = policy(name).put("engagementId", northwind).put("active", false);
    var created = postJson("/api/sla/policies", body.toString(), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("engagementId").asLong()).isEqualTo(northwind);
    assertThat(created.json().path("engagementName").asText())
        .isEqualTo("Northwind Managed Service Desk – after-hours L1");
    // Another health system's admin cannot point a policy of its own at it.
    String outsider = org.medley.testing.TestUsers.otherTenant("sla-eng-outsider", "admin");
    var foreign =
        postJson("/api/sla/policies", body.put("name", name + " (2)").toString(), outsider);
    assertThat(assertProblem(foreign, 400).json().path("errors").toString())
        .contains("\"field\":\"engagementId\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"\"} | name",
        "{\"name\":\"x\",\"priority\":\"P9\"} | priority",
        "{\"name\":\"x\",\"ticketType\":\"PROBLEM\"} | ticketType",
        "{\"name\":\"x\",\"criticality\":7} | criticality",
        "{\"name\":\"x\",\"calendarId\":999999999} | calendarId",
        "{\"name\":\"x\",\"engagementId\":999999999} | engagementId",
        "{\"name\":\"x\",\"response\":\"one hour\"} | response",
        "{\"name\":\"x\",\"resolution\":\"-PT1H\"} | resolution",
        "{\"name\":\"x\",\"resolution\":\"P9999D\"} | resolution",
        "{\"name\":\"x\",\"pauseOn\":[\"PENDING:HOLIDAY\"]} | pauseOn",
        "{\"name\":\"x\",\"warnings\":[90,50]} | warnings[1]",
        "{\"name\":\"x\",\"warnings\":[150]} | warnings[0]",
        "{\"name\":\"x\",\"breachActions\":[\"FIRE_EVERYONE\"]} | breachActions[0]",
        "{\"name\":\"x\",\"breachActions\":[\"NOTIFY_PARTNER_MANAGER\"]} | breachActions[0]",
        "{\"name\":\"x\",\"onRetarget\":\"SOMETIMES\"} | onRetarget",
        "{\"name\":\"x\",\"responseMetBy\":\"TELEPATHY\"} | responseMetBy"
      })
  void badPoliciesNameTheField(String body, String field) {
    var reply = assertProblem(postJson("/api/sla/policies", body, admin), 400);
    assertThat(reply.json().path("errors").toString()).contains("\"field\":\"" + field + "\"");
  }

  /** Each case: a complete policy with one wrong term, the field the answer must name. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // what the SPA sends for "90, 50, abc": used to be a 500 (NullPointerException)
        "\"warnings\":[60,80] | \"warnings\":[90,50,null] | warnings[2]",
        "\"warnings\":[60,80] | \"warnings\":[60,60] | warnings[1]",
        "\"warnings\":[60,80] | \"warnings\":[0,80] | warnings[0]",
        "\"warnings\":[60,80] | \"warnings\":[10,20,30,40,50,60] | warnings",
        "\"warnings\":[60,80] | \"warnings\":[60,\"abc\"] | warnings[1]",
        "\"warnings\":[60,80] | \"warnings\":[60.5,80] | warnings[0]",
        "\"breachActions\":[\"REASSIGN\"] | \"breachActions\":[null] | breachActions[0]",
        "\"pauseOn\":[\"PENDING\"] | \"pauseOn\":[5] | pauseOn[0]",
        "\"pauseOn\":[\"PENDING\"] | \"pauseOn\":[[\"PENDING\"]] | pauseOn[0]",
        // resolving before responding is a promise nobody can keep
        "\"resolution\":\"PT16H\" | \"resolution\":\"PT1H\" | resolution"
      })
  void wrongTermsAreRefusedAndNothingIsStored(String valid, String wrong, String field)
      throws SQLException {
    String name = "Wrong terms " + UUID.randomUUID();
    ObjectNode body = policy(name);
    assertThat(body.toString()).contains(valid);
    ObjectNode bad = body.deepCopy().setAll(Json.<ObjectNode>parse("{" + wrong + "}"));
    var reply = assertProblem(postJson("/api/sla/policies", bad.toString(), admin), 400);
    assertThat(reply.json().path("errors").findValuesAsText("field")).contains(field);
    assertThat(policiesNamed(name)).isZero();

    long id = postJson("/api/sla/policies", body.toString(), admin).json().path("id").asLong();
    String changed = bad.put("version", 0).toString();
    var refused = assertProblem(put("/api/sla/policies/" + id, changed, admin), 400);
    assertThat(refused.json().path("errors").findValuesAsText("field")).contains(field);
    assertThat(get("/api/sla/policies/" + id, admin).body()).contains(valid);
  }

  private static long policiesNamed(String name) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT COUNT(*) FROM sla_policies WHERE name = ?")) {
      s.setString(1, name);
      var rs = s.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{\"name\":5,\"criticality\":\"high\"}",
        "{\"name\":\"x\",\"calendarId\":\"abc\"}",
        "{\"name\":\"x\",\"engagementId\":\"Northwind\"}",
        "{\"name\":\"x\",\"warnings\":\"50\"}",
        "{\"name\":\"x\",\"warnings\":[\"half\"]}",
        "not json"
      })
  void malformedPoliciesAreClientErrors(String body) {
    var reply = postJson("/api/sla/policies", body, admin);
    assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }

  @Test
  void hugeStringsAreRefused() {
    String huge = "x".repeat(200_000);
    var reply = postJson("/api/sla/policies", "{\"name\":\"" + huge + "\"}", admin);
    assertThat(reply.status()).isBetween(400, 499);
    assertProblem(reply, reply.status());
    var tooBig =
        postJson("/api/sla/policies", "{\"name\":\"" + "y".repeat(2_000_000) + "\"}", admin);
    assertProblem(tooBig, 413);
    // Over-long query strings: refused before or by the controller, never a 500.
    for (String path :
        new String[] {
          "/api/sla/breaching-soon?within=" + "P".repeat(5000),
          "/api/sla/breaching-soon?within=" + "P".repeat(300),
          "/api/sla/compliance?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&groupBy="
              + "z".repeat(3000)
        }) {
      var bad = get(path, admin);
      assertThat(bad.status()).as(bad.body()).isBetween(400, 499);
      assertProblem(bad, bad.status());
    }
  }

  @Test
  void previewSaysWhenATicketOpenedThenWouldBeDue() {
    // Clinical hours 07:00–19:00 weekdays, New York. Friday 4 Dec 18:00 EST + 1 h → 19:00 EST;
    // + 8 h → 1 h on Friday, 7 h on Monday from 07:00 → 14:00 EST.
    var reply =
        postJson(
            "/api/sla/policies/preview",
            "{\"calendarId\":"
                + clinicalHours
                + ",\"response\":\"PT1H\",\"resolution\":\"PT8H\",\"start\":\"2026-12-04T23:00:00Z\"}",
            TestApp.tokenFor("agent"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("responseDue").asText()).isEqualTo("2026-12-05T00:00:00Z");
    assertThat(reply.json().path("resolutionDue").asText()).isEqualTo("2026-12-07T19:00:00Z");
    assertProblem(postJson("/api/sla/policies/preview", "{}", admin), 400);
    assertProblem(
        postJson(
            "/api/sla/policies/preview",
            "{\"calendarId\":999999,\"response\":\"PT1H\",\"resolution\":\"PT8H\"}",
            admin),
        404);
  }

  @ParameterizedTest
  @CsvSource({"priority, P1", "tier, L1", "provider, INTERNAL", "application, ", "group, "})
  void complianceOfTheDemoHistoryHasMeaningfulFigures(String by, String someKey) {
    String now = java.time.Instant.now().toString();
    String from = java.time.Instant.now().minus(java.time.Duration.ofDays(100)).toString();
    var reply =
        get(
            "/api/sla/compliance?from=" + from + "&to=" + now + "&groupBy=" + by,
            TestApp.tokenFor("exec"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var overall = reply.json().path("overall");
    assertThat(overall.path("total").asLong()).isGreaterThan(1000);
    assertThat(overall.path("percentMet").asDouble()).isBetween(40.0, 99.9);
    if (someKey != null) {
      assertThat(reply.json().path("groups").findValuesAsText("key")).contains(someKey);
    }
    if (by.equals("application")) {
      assertThat(reply.json().path("groups").get(0).path("label").asText()).isNotBlank();
    }
  }

  @Test
  void olaComplianceIsPerPartner() {
    String now = java.time.Instant.now().toString();
    String from = java.time.Instant.now().minus(java.time.Duration.ofDays(100)).toString();
    var reply = get("/api/sla/compliance?from=" + from + "&to=" + now + "&groupBy=partner", admin);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("kind").asText()).isEqualTo("OLA");
    // The demo's two partners; other tests in this database add partners of their own.
    assertThat(reply.json().path("groups").findValuesAsText("label"))
        .contains("Northwind Managed Services", "Apex Clinical IT Staffing");
    assertThat(get("/api/sla/olas", admin).json().path("items").findValuesAsText("partnerName"))
        .contains("Northwind Managed Services", "Apex Clinical IT Staffing");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/sla/compliance",
        "/api/sla/compliance?from=yesterday&to=2026-01-01T00:00:00Z",
        "/api/sla/compliance?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
        "/api/sla/compliance?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
        "/api/sla/compliance?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&groupBy=mood",
        "/api/sla/compliance?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&target=LUNCH",
        "/api/sla/breaching-soon?within=soon",
        "/api/sla/breaching-soon?within=P400D",
        "/api/sla/breaching-soon?within=-PT1H",
        "/api/sla/breaching-soon?groupId=abc",
        "/api/sla/breaching-soon?limit=100000",
        "/api/sla/policies?size=0",
        "/api/sla/policies/abc"
      })
  void badQueriesAreClientErrors(String path) {
    var reply = get(path, admin);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertProblem(reply, 400);
  }

  @Test
  void rolesAndTenantsAreEnforced() throws SQLException {
    assertProblem(get("/api/sla/policies/999999999", admin), 404);
    assertProblem(get("/api/sla/policies", TestApp.tokenFor("enduser")), 403);
    assertProblem(get("/api/sla/breaching-soon", TestApp.tokenFor("partner")), 403);
    assertProblem(get("/api/sla/policies", null), 401);
    assertProblem(
        get(
            "/api/sla/compliance?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z",
            TestApp.tokenFor("agent")),
        403);
    assertProblem(
        postJson("/api/sla/policies", policy("agent's").toString(), TestApp.tokenFor("agent")),
        403);

    String other = otherTenantAdmin();
    long p1 = get("/api/sla/policies", admin).json().path("items").get(0).path("id").asLong();
    assertProblem(get("/api/sla/policies/" + p1, other), 404);
    assertProblem(
        put("/api/sla/policies/" + p1, policy("mine").toString(), other), 400); // no version
    assertProblem(
        put("/api/sla/policies/" + p1, policy("mine").put("version", 0).toString(), other),
        400); // Riverside's calendar is not theirs
    assertThat(get("/api/sla/policies", other).json().path("total").asLong()).isZero();
    assertThat(get("/api/sla/breaching-soon?within=P30D", other).json().path("items").size())
        .isZero();
  }

  static String otherTenantAdmin() throws SQLException {
    String username = "lakeside-sla-admin";
    try (var c = TestApp.connection()) {
      try (var exists =
          c.prepareStatement("SELECT COUNT(*) FROM user_accounts WHERE username = ?")) {
        exists.setString(1, username);
        var rs = exists.executeQuery();
        rs.next();
        if (rs.getLong(1) == 0) {
          var org =
              c.prepareStatement(
                  "INSERT INTO organizations (kind, name, created_at) VALUES ('HEALTH_SYSTEM',"
                      + " 'Lakeside SLA Medical', CURRENT_TIMESTAMP(6))",
                  java.sql.Statement.RETURN_GENERATED_KEYS);
          org.executeUpdate();
          var keys = org.getGeneratedKeys();
          keys.next();
          long tenant = keys.getLong(1);
          var user =
              c.prepareStatement(
                  "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name,"
                      + " password_hash, roles, enabled, created_at) VALUES (?, ?, ?, 'Lee Admin',"
                      + " ?, 'admin', TRUE, CURRENT_TIMESTAMP(6))");
          user.setLong(1, tenant);
          user.setLong(2, tenant);
          user.setString(3, username);
          user.setString(4, Passwords.hash("demo"));
          user.executeUpdate();
        }
      }
    }
    return TestApp.tokenFor(username);
  }
}
