package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * End to end as Northwind's service manager would meet it: a ticket handed to Northwind's desk
 * misses the partner response target of the demo's own Northwind OLA, the application's sweep runs,
 * and the manager (not her desk's agents, not the hospital's requester) finds the breach in her
 * bell, naming the ticket and the target, and can open the ticket.
 */
class PartnerManagerNoticeTest {

  @Test
  void northwindsManagerReadsTheBreachOfHerPartnerTargetInTheBell() throws SQLException {
    String enduser = TestApp.tokenFor("enduser");
    String agent = TestApp.tokenFor("agent");
    String manager = TestApp.tokenFor("partnermgr");
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ola_policies o JOIN engagements e ON e.id = o.engagement_id"
                    + " JOIN user_accounts u ON u.id = e.manager_account_id WHERE u.username ="
                    + " 'partnermgr' AND o.breach_actions LIKE '%NOTIFY_PARTNER_MANAGER%'"))
        .as("the demo's Northwind OLA tells the engagement's manager of a breach")
        .isPositive();

    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Night shift printer "
                + UUID.randomUUID()
                + "\",\"description\":\"Jammed\",\"applicationId\":"
                + TestApp.queryLong("SELECT MIN(id) FROM applications WHERE category = 'EHR'")
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            enduser);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    String number = filed.json().path("number").asText();
    Api.Reply handed =
        patchJson(
            "/api/tickets/" + id,
            "{\"version\":"
                + filed.json().path("version").asLong()
                + ",\"groupId\":"
                + TestApp.queryLong(
                    "SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk'")
                + "}",
            agent);
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);

    // Northwind has held it for two hours against its 30-minute response target.
    SlaFixture.olaResponseHeldSince(id, Instant.now().minus(2, ChronoUnit.HOURS));
    TestApp.context().getBean(SlaSweep.class).sweep();

    List<JsonNode> told = breaches(manager, id);
    assertThat(told).hasSize(1);
    assertThat(told.get(0).path("message").asText())
        .isEqualTo("Breached: " + number + " missed its partner response target (OLA).");
    assertThat(told.get(0).path("readAt").isNull()).isTrue();
    assertThat(get("/api/tickets/" + id, manager).status()).as("she can open it").isEqualTo(200);
    for (String other : List.of("enduser", "partner", "apex", "leader")) {
      assertThat(breaches(TestApp.tokenFor(other), id)).as(other).isEmpty();
    }

    long unread = get("/api/notifications", manager).json().path("unread").asLong();
    long notice = told.get(0).path("id").asLong();
    assertThat(postJson("/api/notifications/" + notice + "/read", "", manager).status())
        .isEqualTo(204);
    assertThat(get("/api/notifications", manager).json().path("unread").asLong())
        .isEqualTo(unread - 1);
  }

  private static List<JsonNode> breaches(String token, long ticketId) {
    Api.Reply reply = get("/api/notifications?limit=100", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    reply
        .json()
        .path("items")
        .forEach(
            n -> {
              if (n.path("ticketId").asLong() == ticketId
                  && n.path("kind").asText().equals("SLA_BREACH")) {
                list.add(n);
              }
            });
    return list;
  }
}
