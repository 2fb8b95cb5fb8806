package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.SecondNode;
import org.medley.testing.TestApp;

/**
 * One node's edit counts on another at that node's next look at the change counters, not when its
 * kept copy expires. The second node looks only when this test says, so the test sees both sides:
 * still the old routing before the look, the new one right after it.
 */
class NodesAgreeTest {

  private static SecondNode other;
  private static String otherAdmin;
  private static long tenant;
  private static long application;
  private static long overnight;
  private static long rule;

  @BeforeAll
  static void start() throws Exception {
    other =
        SecondNode.start(
            Map.of("medley.changes.interval", "1h", "medley.changes.initial-delay", "1h"));
    otherAdmin = other.login("admin");
    tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    application =
        TestApp.queryLong(
            "SELECT MIN(id) FROM applications WHERE triage = FALSE AND tenant_id = " + tenant);
    overnight =
        TestApp.queryLong(
            "SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk' AND tenant_id = "
                + tenant);
  }

  @AfterAll
  static void stop() throws Exception {
    if (rule != 0) {
      try (Connection c = TestApp.connection();
          Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM routing_rule_conditions WHERE rule_id = " + rule);
        s.executeUpdate("DELETE FROM routing_rule_audit WHERE rule_id = " + rule);
        s.executeUpdate("DELETE FROM routing_rules WHERE id = " + rule);
      }
    }
    if (other != null) {
      other.close();
    }
  }

  private static JsonNode previewOnTheOtherNode(String title) throws Exception {
    return other.send(
        "POST",
        "/api/routing-rules/preview",
        "{\"type\":\"INCIDENT\",\"applicationId\":"
            + application
            + ",\"impact\":3,\"urgency\":3,\"title\":\""
            + title
            + "\"}",
        otherAdmin);
  }

  @Test
  void aRoutingRuleAddedOnOneNodeRoutesOnTheOtherAtItsNextLook() throws Exception {
    Changes changes = other.context().getBean(Changes.class);
    changes.look(); // the counters as they stand
    String word = "zq" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
    String title = "Badge reader " + word + " at the door";
    // The other node keeps the tenant's routing from this preview on.
    assertThat(previewOnTheOtherNode(title).path("basis").asText()).isNotEqualTo("RULE");

    Api.Reply created =
        Api.postJson(
            "/api/routing-rules",
            "{\"tier\":\"L1\",\"groupId\":" + overnight + ",\"titleWords\":[\"" + word + "\"]}",
            TestApp.tokenFor("admin"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    rule = created.json().path("id").asLong();

    // Before its look the other node still routes by the copy it keeps (for up to 10 s)...
    assertThat(previewOnTheOtherNode(title).path("basis").asText()).isNotEqualTo("RULE");
    changes.look();
    // ...and right after it, by the new rule.
    JsonNode after = previewOnTheOtherNode(title);
    assertThat(after.path("basis").asText()).isEqualTo("RULE");
    assertThat(after.path("rule").path("id").asLong()).isEqualTo(rule);
    assertThat(after.path("group").path("id").asLong()).isEqualTo(overnight);
  }
}
