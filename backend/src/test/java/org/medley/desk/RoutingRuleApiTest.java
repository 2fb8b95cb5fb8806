package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Routing rules through the API on the demo hospital: the first matching rule wins, the preview
 * says why, tickets land where the rules say, edits are audited, and bad rules are refused. Each
 * rule here matches only a made-up title word, so the rest of the suite's tickets route as before;
 * they are deleted afterwards.
 */
class RoutingRuleApiTest {

  private static String admin;
  private static String enduser;
  private static long tenant;
  private static long serviceDesk;
  private static long overnight;
  private static long clinical;
  private static long imaging;
  private static long application;
  private static final List<Long> made = new ArrayList<>();
  private static final List<Long> madeGroups = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    admin = TestApp.tokenFor("admin");
    enduser = TestApp.tokenFor("enduser");
    tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    serviceDesk = group("Service Desk");
    overnight = group("Northwind Overnight Desk");
    clinical = group("Clinical Applications");
    imaging = group("Imaging");
    application =
        TestApp.queryLong(
            "SELECT MIN(id) FROM applications WHERE triage = FALSE AND tenant_id = " + tenant);
  }

  @AfterAll
  static void tearDown() throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      for (long id : made) {
        s.executeUpdate("DELETE FROM routing_rules WHERE id = " + id);
      }
      for (long id : madeGroups) {
        s.executeUpdate("DELETE FROM routing_escalations WHERE target_group_id = " + id);
        s.executeUpdate("DELETE FROM support_groups WHERE id = " + id);
      }
    }
  }

  private static long group(String name) {
    return TestApp.queryLong(
        "SELECT id FROM support_groups WHERE tenant_id = " + tenant + " AND name = '" + name + "'");
  }

  /** A word no demo ticket says, so that only this test's tickets match its rules. */
  private static String word() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static JsonNode rule(String tier, long group, String word) {
    var reply =
        postJson(
            "/api/routing-rules",
            "{\"tier\":\""
                + tier
                + "\",\"groupId\":"
                + group
                + ",\"titleWords\":[\""
                + word
                + "\"]}",
            admin);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonNode json = reply.json();
    made.add(json.path("id").asLong());
    assertThat(reply.header("Location"))
        .isEqualTo("/api/routing-rules/" + json.path("id").asLong());
    return json;
  }

  private static JsonNode preview(String title) {
    var reply =
        postJson(
            "/api/routing-rules/preview",
            "{\"type\":\"INCIDENT\",\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3,\"title\":\""
                + title
                + "\"}",
            admin);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static Api.Reply delete(String path, String token) {
    return Api.send(Api.request(path).header("Authorization", "Bearer " + token).DELETE().build());
  }

  @Test
  void theFirstMatchingRuleWinsAndTheOrderCanChange() {
    String word = word();
    JsonNode first = rule("L1", overnight, word);
    JsonNode second = rule("L1", serviceDesk, word);
    JsonNode preview = preview("Badge reader " + word + " at the door");
    assertThat(preview.path("group").path("id").asLong()).isEqualTo(overnight);
    assertThat(preview.path("basis").asText()).isEqualTo("RULE");
    assertThat(preview.path("rule").path("id").asLong()).isEqualTo(first.path("id").asLong());
    assertThat(preview.path("rule").path("description").asText())
        .isEqualTo("Tickets whose title says \"" + word + "\" go to Northwind Overnight Desk.");

    List<Long> l1 = ids("L1");
    List<Long> reordered = new ArrayList<>(l1);
    reordered.remove(second.path("id").asLong());
    reordered.add(l1.indexOf(first.path("id").asLong()), second.path("id").asLong());
    var order =
        putJson("/api/routing-rules/order", "{\"tier\":\"L1\",\"ids\":" + reordered + "}", admin);
    assertThat(order.status()).as(order.body()).isEqualTo(200);
    assertThat(ids("L1")).isEqualTo(reordered);
    assertThat(preview("Badge reader " + word).path("group").path("id").asLong())
        .isEqualTo(serviceDesk);

    // An order made from an old read is refused.
    assertProblem(
        putJson(
            "/api/routing-rules/order",
            "{\"tier\":\"L1\",\"ids\":" + reordered.subList(1, reordered.size()) + "}",
            admin),
        409);
    assertThat(latestAudit().path("action").asText()).isEqualTo("REORDERED");
  }

  private static List<Long> ids(String tier) {
    List<Long> ids = new ArrayList<>();
    get("/api/routing-rules?tier=" + tier + "&size=500", admin)
        .json()
        .path("items")
        .forEach(r -> ids.add(r.path("id").asLong()));
    return ids;
  }

  private static JsonNode latestAudit() {
    var audit = get("/api/routing-rules/audit?size=1", admin);
    assertThat(audit.status()).isEqualTo(200);
    return audit.json().path("items").get(0);
  }

  @Test
  void thePreviewSaysWhyEarlierRulesDidNotMatchAndWhenTheDefaultTookIt() {
    String word = word();
    JsonNode rule = rule("L1", overnight, word);
    JsonNode preview = preview("Printer jammed on 4 West");
    assertThat(preview.path("group").path("id").asLong()).isEqualTo(serviceDesk);
    assertThat(preview.path("basis").asText()).isEqualTo("DEFAULT");
    assertThat(preview.path("rule").isNull()).isTrue();
    assertThat(preview.path("explanation").asText())
        .contains("default group Service Desk takes it");
    JsonNode passed = null;
    for (JsonNode p : preview.path("passedOver")) {
      if (p.path("ruleId").asLong() == rule.path("id").asLong()) {
        passed = p;
      }
    }
    assertThat(passed).isNotNull();
    assertThat(passed.path("reason").asText())
        .isEqualTo("the title has none of the words \"" + word + "\"");
  }

  @Test
  void aTicketLandsWhereTheRuleSaysAndEscalatesToTheGroupsTarget() {
    String word = word();
    rule("L1", overnight, word);
    var filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Scanner "
                + word
                + " offline\",\"description\":\"It stopped.\",\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            enduser);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(filed.json().path("groupId").asLong()).isEqualTo(overnight);

    var other =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Scanner offline\",\"description\":\"x\","
                + "\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            enduser);
    assertThat(other.json().path("groupId").asLong()).isEqualTo(serviceDesk);

    long id = filed.json().path("id").asLong();
    try {
      var target =
          putJson(
              "/api/routing-rules/escalations/" + overnight,
              "{\"targetGroupId\":" + imaging + "}",
              admin);
      assertThat(target.status()).as(target.body()).isEqualTo(200);
      assertThat(latestAudit().path("action").asText()).isEqualTo("ESCALATION_SET");
      var escalated =
          postJson("/api/tickets/" + id + "/escalations", "{\"reason\":\"Needs L2\"}", admin);
      assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
      assertThat(escalated.json().path("tier").asText()).isEqualTo("L2");
      assertThat(escalated.json().path("groupId").asLong()).isEqualTo(imaging);
    } finally {
      putJson("/api/routing-rules/escalations/" + overnight, "{\"targetGroupId\":null}", admin);
    }
  }

  @Test
  void aRuleOnTheRequestersDepartmentRoutesTheirTicketsAndTheChecklistCountsRouting()
      throws SQLException {
    String department = "Emergency " + word();
    String nurse = TestUsers.demoTenant("routing-nurse-" + word(), "end-user");
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE user_accounts SET department = '"
              + department
              + "' WHERE username LIKE 'routing-nurse-%'");
    }
    var created =
        postJson(
            "/api/routing-rules",
            "{\"tier\":\"L1\",\"groupId\":"
                + overnight
                + ",\"departments\":[\""
                + department.toUpperCase(java.util.Locale.ROOT)
                + "\"]}",
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    made.add(created.json().path("id").asLong());
    var filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Monitor dark\",\"description\":\"x\","
                + "\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            nurse);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(filed.json().path("groupId").asLong()).isEqualTo(overnight);

    JsonNode routing = null;
    for (JsonNode step : get("/api/setup/checklist", admin).json().path("steps")) {
      if (step.path("key").asText().equals("routing")) {
        routing = step;
      }
    }
    assertThat(routing).isNotNull();
    assertThat(routing.path("link").asText()).isEqualTo("/admin/routing");
    assertThat(routing.path("count").asLong())
        .isEqualTo(
            TestApp.queryLong("SELECT COUNT(*) FROM routing_rules WHERE tenant_id = " + tenant)
                + TestApp.queryLong(
                    "SELECT COUNT(*) FROM routing_defaults WHERE tenant_id = " + tenant));
    assertThat(routing.path("done").asBoolean()).isTrue();
  }

  @Test
  void aRuleIsChangedWithItsVersionAndDeletedAndEveryEditIsAudited() {
    String word = word();
    JsonNode rule = rule("L2", clinical, word);
    long id = rule.path("id").asLong();
    assertThat(latestAudit().path("action").asText()).isEqualTo("CREATED");
    assertThat(latestAudit().path("detail").asText()).contains(word).contains("Clinical");

    String change =
        "{\"tier\":\"L2\",\"groupId\":"
            + imaging
            + ",\"titleWords\":[\""
            + word
            + "\"],\"impacts\":[1,2],\"version\":"
            + rule.path("version").asLong()
            + "}";
    var changed = putJson("/api/routing-rules/" + id, change, admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("group").path("name").asText()).isEqualTo("Imaging");
    assertThat(changed.json().path("impacts").toString()).isEqualTo("[1,2]");
    assertThat(latestAudit().path("action").asText()).isEqualTo("CHANGED");
    assertThat(latestAudit().path("detail").asText()).contains("was: ").contains("Imaging");

    var stale = assertProblem(putJson("/api/routing-rules/" + id, change, admin), 409);
    assertThat(stale.json().path("errors").get(0).path("field").asText()).isEqualTo("version");
    assertProblem(delete("/api/routing-rules/" + id + "?version=0", admin), 409);

    long version = changed.json().path("version").asLong();
    assertThat(delete("/api/routing-rules/" + id + "?version=" + version, admin).status())
        .isEqualTo(204);
    assertProblem(get("/api/routing-rules/" + id, admin), 404);
    assertThat(latestAudit().path("action").asText()).isEqualTo("DELETED");
  }

  @Test
  void badRulesAreRefusedNamingTheField() throws SQLException {
    long retired;
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO support_groups (tenant_id, name, tier, provider, calendar_id, auto_assign,"
              + " created_at, retired_at) SELECT tenant_id, CONCAT('Retired ', '"
              + word()
              + "'), 'L2', 'INTERNAL', calendar_id, FALSE, NOW(6), NOW(6) FROM support_groups"
              + " WHERE id = "
              + clinical,
          Statement.RETURN_GENERATED_KEYS);
      try (var keys = s.getGeneratedKeys()) {
        keys.next();
        retired = keys.getLong(1);
      }
    }
    madeGroups.add(retired);
    var refused =
        assertProblem(
            postJson(
                "/api/routing-rules",
                "{\"tier\":\"L2\",\"groupId\":" + retired + ",\"titleWords\":[\"x\"]}",
                admin),
            422);
    assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("groupId");
    assertThat(refused.body()).contains("retired");

    // A group at another tier than the rule's.
    assertThat(
            assertProblem(
                    postJson(
                        "/api/routing-rules",
                        "{\"tier\":\"L1\",\"groupId\":" + clinical + ",\"titleWords\":[\"x\"]}",
                        admin),
                    422)
                .json()
                .path("errors")
                .get(0)
                .path("field")
                .asText())
        .isEqualTo("groupId");
    // A rule without conditions: that is what the default is for.
    assertProblem(
        postJson("/api/routing-rules", "{\"tier\":\"L2\",\"groupId\":" + clinical + "}", admin),
        422);
    assertProblem(
        postJson(
            "/api/routing-rules",
            "{\"tier\":\"L2\",\"groupId\":" + clinical + ",\"impacts\":[7]}",
            admin),
        400);
    assertProblem(
        putJson("/api/routing-rules/defaults/L2", "{\"groupId\":" + retired + "}", admin), 422);
    assertProblem(
        putJson(
            "/api/routing-rules/escalations/" + serviceDesk,
            "{\"targetGroupId\":" + serviceDesk + "}",
            admin),
        422);
  }

  @Test
  void anotherHospitalsGroupsApplicationsAndRulesAre404() {
    String other = TestUsers.otherTenant("routing-other-admin", "admin");
    long otherGroup =
        TestApp.queryLong(
            "SELECT COALESCE(MIN(id), 0) FROM support_groups WHERE tenant_id <> " + tenant);
    String word = word();
    JsonNode mine = rule("L1", overnight, word);
    assertProblem(
        postJson(
            "/api/routing-rules",
            "{\"tier\":\"L1\",\"groupId\":" + serviceDesk + ",\"titleWords\":[\"x\"]}",
            other),
        404);
    long otherOwnGroup =
        TestApp.queryLong(
            "SELECT COALESCE(MIN(g.id), 0) FROM support_groups g JOIN user_accounts u"
                + " ON u.tenant_id = g.tenant_id WHERE u.username = 'routing-other-admin'");
    if (otherOwnGroup != 0) {
      // Its own group, but this hospital's application.
      assertProblem(
          postJson(
              "/api/routing-rules",
              "{\"tier\":\"L1\",\"groupId\":"
                  + otherOwnGroup
                  + ",\"applicationIds\":["
                  + application
                  + "]}",
              other),
          404);
    }
    assertProblem(get("/api/routing-rules/" + mine.path("id").asLong(), other), 404);
    assertProblem(
        putJson(
            "/api/routing-rules/" + mine.path("id").asLong(),
            "{\"tier\":\"L1\",\"groupId\":"
                + serviceDesk
                + ",\"titleWords\":[\"x\"],\"version\":0}",
            other),
        404);
    assertProblem(
        delete("/api/routing-rules/" + mine.path("id").asLong() + "?version=0", other), 404);
    assertProblem(
        putJson("/api/routing-rules/escalations/" + serviceDesk, "{\"targetGroupId\":null}", other),
        404);
    assertThat(get("/api/routing-rules", other).json().path("total").asLong()).isZero();
    if (otherGroup != 0) {
      // The 404 names the field, so the admin knows which part of the rule is foreign.
      assertThat(
              assertProblem(
                      postJson(
                          "/api/routing-rules",
                          "{\"tier\":\"L1\",\"groupId\":" + otherGroup + ",\"titleWords\":[\"x\"]}",
                          admin),
                      404)
                  .json()
                  .path("errors")
                  .path(0)
                  .path("field")
                  .asText())
          .isEqualTo("groupId");
    }
  }
}
