package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * A group's canned replies: its lead and administrators write them, its members use them filled in
 * for a ticket, nobody else sees them; unknown placeholders and bad input are refused.
 */
class CannedReplyApiTest {

  private static String agent;
  private static String admin;
  private static String lead;
  private static String partner;
  private static long group;

  /** Staff records this test made for logins that had none: removed again afterwards. */
  private static final List<Long> madeStaff = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    AttachmentApiTest.signIn();
    agent = TestApp.tokenFor("agent");
    admin = TestApp.tokenFor("admin");
    partner = TestApp.tokenFor("partner");
    lead = TestUsers.demoTenant("canned-lead", "agent");
    group = groupWith("Canned " + UUID.randomUUID(), "canned-lead", "agent");
  }

  /**
   * The demo hospital is shared by the whole suite (DemoHospitalTest counts its staff,
   * CoverageTransferTest round-trips their export): the group and the staff made here go again.
   */
  @AfterAll
  static void tearDown() throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM group_members WHERE group_id = " + group);
      for (long staff : madeStaff) {
        s.executeUpdate("DELETE FROM group_members WHERE staff_id = " + staff);
        s.executeUpdate("DELETE FROM staff_members WHERE id = " + staff);
      }
    }
  }

  /** A new internal group of the demo hospital; the first login leads it, the rest are members. */
  static long groupWith(String name, String... usernames) throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      long tenant =
          TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
      s.executeUpdate(
          "INSERT INTO support_groups (tenant_id, name, tier, provider, auto_assign, created_at)"
              + " VALUES ("
              + tenant
              + ", '"
              + name
              + "', 'L2', 'INTERNAL', FALSE, CURRENT_TIMESTAMP(6))",
          Statement.RETURN_GENERATED_KEYS);
      long id;
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      for (int i = 0; i < usernames.length; i++) {
        long account =
            TestApp.queryLong(
                "SELECT id FROM user_accounts WHERE username = '" + usernames[i] + "'");
        long staff =
            TestApp.queryLong(
                "SELECT COUNT(*) FROM staff_members WHERE user_account_id = " + account);
        if (staff == 0) {
          s.executeUpdate(
              "INSERT INTO staff_members (tenant_id, employer_id, user_account_id, name, kind,"
                  + " zone, weekly_capacity_hours, created_at) VALUES ("
                  + tenant
                  + ", "
                  + tenant
                  + ", "
                  + account
                  + ", 'Test "
                  + usernames[i]
                  + "', 'INTERNAL', 'America/New_York', 40, CURRENT_TIMESTAMP(6))");
          madeStaff.add(
              TestApp.queryLong("SELECT id FROM staff_members WHERE user_account_id = " + account));
        }
        s.executeUpdate(
            "INSERT INTO group_members (group_id, staff_id, lead) SELECT "
                + id
                + ", id, "
                + (i == 0)
                + " FROM staff_members WHERE user_account_id = "
                + account);
      }
      return id;
    }
  }

  static String replies(long group) {
    return "/api/support-groups/" + group + "/canned-replies";
  }

  static Api.Reply delete(String path, String token) {
    return Api.send(
        Api.request(path)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .DELETE()
            .build());
  }

  static String json(String title, String body) {
    return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\"}";
  }

  @Test
  void theLeadWritesAReplyAndAMemberUsesItFilledInForTheTicket() throws SQLException {
    String title = "Password reset " + UUID.randomUUID();
    Api.Reply created =
        postJson(
            replies(group),
            json(
                title,
                "Hello {{requester.firstName}},\\n\\nI reset your password for {{ticket.number}}"
                    + " ({{ticket.title}}). {{ requester.name }} can sign in now.\\n\\n{{agent.name}}"),
            lead);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location")).isEqualTo(replies(group) + "/" + id);
    assertThat(created.json().path("version").asLong()).isZero();
    assertThat(created.json().path("updatedBy").asText()).isEqualTo("Test canned-lead");

    // The group is among those the lead and the member read, managed by the lead only.
    assertThat(get("/api/canned-reply-groups", lead).json().toString())
        .contains("\"id\":" + group + ",\"name\"");
    for (JsonNode g : get("/api/canned-reply-groups", agent).json()) {
      if (g.path("id").asLong() == group) {
        assertThat(g.path("canManage").asBoolean()).isFalse();
      }
    }
    assertThat(get("/api/canned-reply-groups", partner).json().findValuesAsText("id"))
        .doesNotContain(String.valueOf(group));

    // A member reads the group's replies but may not change them.
    JsonNode list = get(replies(group), agent).json();
    assertThat(list.path("items").findValuesAsText("title")).contains(title);
    assertThat(list.path("canManage").asBoolean()).isFalse();
    assertThat(get(replies(group), lead).json().path("canManage").asBoolean()).isTrue();
    assertThat(list.path("placeholders").toString()).contains("requester.firstName");
    assertProblem(postJson(replies(group), json("Mine " + UUID.randomUUID(), "Hi"), agent), 403);
    assertProblem(delete(replies(group) + "/" + id, agent), 403);

    // On a ticket, the member gets the text filled in.
    JsonNode ticket = AttachmentApiTest.file("Locked out " + UUID.randomUUID());
    Api.Reply expanded =
        get("/api/tickets/" + ticket.path("id").asLong() + "/canned-replies", agent);
    assertThat(expanded.status()).as(expanded.body()).isEqualTo(200);
    JsonNode reply = null;
    for (JsonNode item : expanded.json()) {
      if (item.path("id").asLong() == id) {
        reply = item;
      }
    }
    assertThat(reply).as(expanded.body()).isNotNull();
    assertThat(reply.path("groupId").asLong()).isEqualTo(group);
    assertThat(reply.path("text").asText())
        .isEqualTo(
            "Hello Nora,\n\nI reset your password for "
                + ticket.path("number").asText()
                + " ("
                + ticket.path("title").asText()
                + "). Nora Patel can sign in now.\n\nDana Whitfield");
    // The requester does not pick canned replies.
    assertProblem(
        get("/api/tickets/" + ticket.path("id").asLong() + "/canned-replies", enduser()), 403);

    // Change with the version read; a second change from the same version is stale.
    Api.Reply changed =
        putJson(
            replies(group) + "/" + id,
            "{\"title\":\"" + title + " v2\",\"body\":\"Hi {{requester.name}}\",\"version\":0}",
            lead);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    assertThat(changed.json().path("body").asText()).isEqualTo("Hi {{requester.name}}");
    assertProblem(
        putJson(
            replies(group) + "/" + id,
            "{\"title\":\"" + title + "\",\"body\":\"Hi\",\"version\":0}",
            admin),
        409);
    assertProblem(putJson(replies(group) + "/" + id, json(title, "Hi"), admin), 400);

    // A second reply with the same title is refused.
    assertProblem(postJson(replies(group), json(title + " v2", "Again"), admin), 409);

    assertThat(delete(replies(group) + "/" + id, admin).status()).isEqualTo(204);
    assertProblem(delete(replies(group) + "/" + id, admin), 404);
    assertThat(get(replies(group), agent).json().path("items").findValuesAsText("title"))
        .doesNotContain(title, title + " v2");

    // Every change is on record with who made it and what the reply said.
    assertThat(audit(id)).containsExactly("CREATED", "CHANGED", "DELETED");
  }

  @Test
  void unknownPlaceholdersAndBadInputAreRefusedAsProblems() {
    Api.Reply unknown =
        postJson(
            replies(group),
            json("Typo " + UUID.randomUUID(), "Dear {{requester.nmae}}, see {{ticket.id}}"),
            lead);
    assertProblem(unknown, 422);
    assertThat(unknown.body()).contains("{{requester.nmae}}", "{{ticket.id}}");

    String path = replies(group);
    assertProblem(postJson(path, json("x".repeat(121), "Hi"), lead), 400);
    assertProblem(postJson(path, json("Long", "x".repeat(10_001)), lead), 400);
    assertProblem(postJson(path, json("", "Hi"), lead), 400);
    assertProblem(postJson(path, json("Blank body", "   "), lead), 400);
    assertProblem(postJson(path, "{\"title\":\"T\"}", lead), 400);
    assertProblem(postJson(path, "{\"title\":5,\"body\":[1]}", lead), 400);
    assertProblem(postJson(path, "not json", lead), 400);
    assertProblem(postJson(path, json("Tab\\tin title", "Hi"), lead), 400);
    assertProblem(
        putJson(path + "/1", "{\"title\":\"T\",\"body\":\"B\",\"version\":-1}", lead), 400);
    assertProblem(get("/api/support-groups/abc/canned-replies", lead), 400);
    assertProblem(get("/api/support-groups/999999999/canned-replies", admin), 404);
  }

  @Test
  void outsidersAndOtherPartnersSeeNoReplies() throws Exception {
    String title = "Northwind hello " + UUID.randomUUID();
    long northwind = northwindGroup();
    assertThat(
            postJson(replies(northwind), json(title, "Hi {{requester.firstName}}"), admin).status())
        .isEqualTo(201);
    // Northwind's agent reads its own group's replies, not the hospital's group ones.
    assertThat(get(replies(northwind), partner).json().path("items").findValuesAsText("title"))
        .contains(title);
    assertProblem(get(replies(group), partner), 404);
    assertProblem(postJson(replies(group), json("Sneaky", "Hi"), partner), 404);
    String apex = TestUsers.partnerAgent("canned-apex", "Apex Clinical IT Staffing");
    assertProblem(get(replies(northwind), apex), 404);
    // A hospital agent who is not a member, another tenant's agent and a requester: 404.
    String stranger = TestUsers.demoTenant("canned-stranger", "agent");
    assertProblem(get(replies(group), stranger), 404);
    String outsider = TestUsers.otherTenant("lakeside-canned", "agent,admin");
    assertProblem(get(replies(group), outsider), 404);
    assertProblem(postJson(replies(group), json("Theirs", "Hi"), outsider), 404);
    assertProblem(get(replies(group), enduser()), 404);
  }

  private static long northwindGroup() {
    for (JsonNode g : get("/api/support-groups", partner).json()) {
      return g.path("id").asLong();
    }
    throw new AssertionError("Northwind has no group");
  }

  private static String enduser() {
    return TestApp.tokenFor("enduser");
  }

  private static List<String> audit(long replyId) throws SQLException {
    List<String> actions = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT action FROM canned_reply_audit WHERE reply_id = ? ORDER BY id")) {
      s.setLong(1, replyId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
    }
    return actions;
  }

  static HttpRequest.BodyPublisher none() {
    return HttpRequest.BodyPublishers.noBody();
  }
}
