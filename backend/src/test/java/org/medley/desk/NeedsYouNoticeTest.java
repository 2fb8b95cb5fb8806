package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * The requester hears when a ticket waits on her ("Needs you"), and only she does; the bell's
 * notices are read one by one or all at once, never someone else's. Real HTTP against MariaDB.
 */
class NeedsYouNoticeTest {

  private static String enduser;
  private static String agent;
  private static String leader;
  private static String partner;
  private static long ehr;

  @BeforeAll
  static void signIn() throws SQLException {
    enduser = TestApp.tokenFor("enduser");
    agent = TestApp.tokenFor("agent");
    leader = TestApp.tokenFor("leader");
    partner = TestApp.tokenFor("partner");
    try (var c = TestApp.connection();
        ResultSet rows =
            c.createStatement()
                .executeQuery("SELECT MIN(id) FROM applications WHERE category = 'EHR'")) {
      rows.next();
      ehr = rows.getLong(1);
    }
  }

  @Test
  void puttingATicketOnHoldForTheRequesterTellsHerAndNobodyElse() {
    JsonNode ticket = file("Label printer offline " + UUID.randomUUID());
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    transition(id, "{\"to\":\"IN_PROGRESS\"}");
    assertThat(needsYou(enduser, id)).as("not yet waiting on her").isEmpty();
    long unreadBefore = unread(enduser);

    transition(id, "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}");

    List<JsonNode> told = needsYou(enduser, id);
    assertThat(told).hasSize(1);
    assertThat(told.get(0).path("message").asText())
        .startsWith("Needs you: " + number + " Label printer offline")
        .endsWith("Dana Whitfield is waiting for your answer");
    assertThat(told.get(0).path("readAt").isNull()).isTrue();
    assertThat(unread(enduser)).isEqualTo(unreadBefore + 1);
    for (String other : List.of(agent, leader, partner)) {
      assertThat(needsYou(other, id)).as("only the requester").isEmpty();
    }
  }

  @Test
  void aPublicQuestionWhileOnHoldNeedsHerAnInternalNoteDoesNot() {
    long id = file("Badge reader " + UUID.randomUUID()).path("id").asLong();
    transition(id, "{\"to\":\"IN_PROGRESS\"}");
    comment(id, "PUBLIC", "We are looking at it");
    assertThat(needsYou(enduser, id)).as("an ordinary reply is a COMMENT notice").isEmpty();
    transition(id, "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}");
    assertThat(needsYou(enduser, id)).hasSize(1);

    comment(id, "INTERNAL", "Probably the reader firmware");
    assertThat(needsYou(enduser, id)).as("she never sees internal notes").hasSize(1);
    comment(id, "PUBLIC", "Which door is it, the west or the east one?");
    assertThat(needsYou(enduser, id)).as("a question she has to answer").hasSize(2);
  }

  @Test
  void waitingOnAVendorIsNotHerTurn() {
    long id = file("Pump library sync " + UUID.randomUUID()).path("id").asLong();
    transition(id, "{\"to\":\"IN_PROGRESS\"}");
    transition(id, "{\"to\":\"PENDING\",\"reason\":\"VENDOR\"}");
    comment(id, "PUBLIC", "The vendor is on it");
    assertThat(needsYou(enduser, id)).isEmpty();
  }

  @Test
  void readingOneNoticeOrAllOfThemClearsTheCountButNeverSomeoneElses() {
    long id = file("Scanner at triage " + UUID.randomUUID()).path("id").asLong();
    transition(id, "{\"to\":\"IN_PROGRESS\"}");
    transition(id, "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}");
    comment(id, "PUBLIC", "Is it the scanner by the door?");
    // She answers: Dana, who holds it, is told — a notice of someone else's.
    Api.Reply answered =
        postJson(
            "/api/tickets/" + id + "/comments",
            "{\"body\":\"Yes, by the door\",\"visibility\":\"PUBLIC\"}",
            enduser);
    assertThat(answered.status()).as(answered.body()).isEqualTo(201);
    long agentsNotice =
        notices(agent).stream()
            .filter(n -> n.path("ticketId").asLong() == id)
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    long agentUnread = unread(agent);
    assertThat(agentUnread).isPositive();

    List<JsonNode> mine = needsYou(enduser, id);
    assertThat(mine).hasSize(2);
    long first = mine.get(0).path("id").asLong();
    long before = unread(enduser);
    assertThat(postJson("/api/notifications/" + first + "/read", "", enduser).status())
        .isEqualTo(204);
    assertThat(unread(enduser)).isEqualTo(before - 1);
    assertThat(needsYou(enduser, id).get(0).path("readAt").isNull()).isFalse();
    // Read twice: still fine, counted once.
    assertThat(postJson("/api/notifications/" + first + "/read", "", enduser).status())
        .isEqualTo(204);
    assertThat(unread(enduser)).isEqualTo(before - 1);

    // Someone else's notice, or none at all: not found, and nothing changes.
    assertProblem(postJson("/api/notifications/" + agentsNotice + "/read", "", enduser), 404);
    assertProblem(postJson("/api/notifications/" + first + "/read", "", agent), 404);
    assertProblem(postJson("/api/notifications/999999999/read", "", enduser), 404);
    assertProblem(postJson("/api/notifications/abc/read", "", enduser), 400);
    assertProblem(postJson("/api/notifications/read-all", "", null), 401);
    assertThat(unread(agent)).isEqualTo(agentUnread);

    assertThat(postJson("/api/notifications/read-all", "", enduser).status()).isEqualTo(204);
    assertThat(unread(enduser)).isZero();
    assertThat(needsYou(enduser, id)).allMatch(n -> !n.path("readAt").isNull());
    assertThat(unread(agent)).as("her read-all is hers alone").isEqualTo(agentUnread);
  }

  @Test
  void openingATicketReadsItsNoticesOnly() {
    long opened = file("Monitor flickers " + UUID.randomUUID()).path("id").asLong();
    long other = file("Mouse missing " + UUID.randomUUID()).path("id").asLong();
    for (long id : List.of(opened, other)) {
      transition(id, "{\"to\":\"IN_PROGRESS\"}");
      transition(id, "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}");
    }
    long before = unread(enduser);

    assertThat(postJson("/api/notifications/read-all?ticketId=" + opened, "", enduser).status())
        .isEqualTo(204);

    assertThat(unread(enduser)).isEqualTo(before - 1);
    assertThat(needsYou(enduser, opened).get(0).path("readAt").isNull()).isFalse();
    assertThat(needsYou(enduser, other).get(0).path("readAt").isNull()).isTrue();
    assertProblem(postJson("/api/notifications/read-all?ticketId=abc", "", enduser), 400);
    assertProblem(postJson("/api/notifications/read-all?ticketId=0", "", enduser), 400);
  }

  private static JsonNode file(String title) {
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"Stopped this morning\",\"applicationId\":"
                + ehr
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            enduser);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static void transition(long id, String body) {
    Api.Reply reply = postJson("/api/tickets/" + id + "/transitions", body, agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static void comment(long id, String visibility, String body) {
    Api.Reply reply =
        postJson(
            "/api/tickets/" + id + "/comments",
            "{\"body\":\"" + body + "\",\"visibility\":\"" + visibility + "\"}",
            agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  private static List<JsonNode> notices(String token) {
    Api.Reply reply = get("/api/notifications?limit=100", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    reply.json().path("items").forEach(list::add);
    return list;
  }

  /** The caller's NEEDS_YOU notices about this ticket, oldest first. */
  private static List<JsonNode> needsYou(String token, long ticketId) {
    return notices(token).stream()
        .filter(n -> n.path("ticketId").asLong() == ticketId)
        .filter(n -> n.path("kind").asText().equals("NEEDS_YOU"))
        .sorted(java.util.Comparator.comparingLong(n -> n.path("id").asLong()))
        .toList();
  }

  private static long unread(String token) {
    return get("/api/notifications", token).json().path("unread").asLong();
  }
}
