package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Watchers hear of a ticket's comments and status changes, never of their own; a partner watches
 * and adds only within its own tickets and company; the requester is no watcher.
 */
class WatcherApiTest {

  private static String agent;
  private static String admin;
  private static String partner;
  private static String partnermgr;
  private static String enduser;

  @BeforeAll
  static void signIn() throws Exception {
    AttachmentApiTest.signIn();
    agent = TestApp.tokenFor("agent");
    admin = TestApp.tokenFor("admin");
    partner = TestApp.tokenFor("partner");
    partnermgr = TestApp.tokenFor("partnermgr");
    enduser = TestApp.tokenFor("enduser");
  }

  static Api.Reply watch(long ticket, long account, String token) {
    return Api.send(
        Api.request("/api/tickets/" + ticket + "/watchers/" + account)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  static Api.Reply unwatch(long ticket, long account, String token) {
    return Api.send(
        Api.request("/api/tickets/" + ticket + "/watchers/" + account)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .DELETE()
            .build());
  }

  @Test
  void aWatcherHearsOfCommentsAndStatusButNotOfOwnActions() throws SQLException {
    long ticket = AttachmentApiTest.file("Watch me " + UUID.randomUUID()).path("id").asLong();
    long alex = account("admin");
    long dana = account("agent");

    JsonNode before = get("/api/tickets/" + ticket + "/watchers", agent).json();
    assertThat(before.path("items").size()).isZero();
    assertThat(before.path("watching").asBoolean()).isFalse();
    assertThat(before.path("canAdd").asBoolean()).isTrue();
    assertThat(before.path("candidates").findValuesAsText("name"))
        .contains("Alex Kim", "Dana Whitfield")
        .doesNotContain("Nora Patel");

    Api.Reply added = watch(ticket, alex, agent);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().path("items").findValuesAsText("name")).containsExactly("Alex Kim");
    assertThat(added.json().path("candidates").findValuesAsText("name")).doesNotContain("Alex Kim");
    assertThat(watch(ticket, dana, agent).json().path("watching").asBoolean()).isTrue();
    assertThat(watch(ticket, dana, agent).status())
        .as("adding twice changes nothing")
        .isEqualTo(200);

    // Dana replies: Alex hears of it, Dana (watching too) does not hear of her own reply.
    assertThat(
            postJson(
                    "/api/tickets/" + ticket + "/comments",
                    "{\"body\":\"Looking into it\",\"visibility\":\"PUBLIC\"}",
                    agent)
                .status())
        .isEqualTo(201);
    assertThat(notices(alex, ticket)).isEqualTo(1);
    assertThat(notices(dana, ticket)).isZero();

    // Dana starts work: Alex hears of the status change, Dana does not.
    assertThat(
            postJson("/api/tickets/" + ticket + "/transitions", "{\"to\":\"IN_PROGRESS\"}", agent)
                .status())
        .isEqualTo(200);
    assertThat(notices(alex, ticket)).isEqualTo(2);
    assertThat(notices(dana, ticket)).isZero();
    assertThat(latest(alex, ticket)).contains("in progress");

    // Alex puts it on hold: Dana hears of it, Alex does not.
    Api.Reply held =
        postJson(
            "/api/tickets/" + ticket + "/transitions",
            "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}",
            admin);
    assertThat(held.status()).as(held.body()).isEqualTo(200);
    assertThat(notices(dana, ticket)).isEqualTo(1);
    assertThat(notices(alex, ticket)).isEqualTo(2);
    assertThat(latest(dana, ticket)).contains("waiting on customer");

    // The requester's reply reaches both watchers.
    postJson(
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"Thanks\",\"visibility\":\"PUBLIC\"}",
        enduser);
    assertThat(notices(dana, ticket)).isEqualTo(2);
    assertThat(notices(alex, ticket)).isEqualTo(3);

    // Alex stops watching and hears nothing more; both removals are on the audit trail.
    assertThat(unwatch(ticket, alex, admin).json().path("watching").asBoolean()).isFalse();
    postJson(
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"Checked the logs\",\"visibility\":\"INTERNAL\"}",
        agent);
    assertThat(notices(alex, ticket)).isEqualTo(3);
    assertThat(get("/api/tickets/" + ticket + "/audit", agent).json().findValuesAsText("action"))
        .containsSubsequence("WATCHER_ADDED", "WATCHER_ADDED", "WATCHER_REMOVED");
  }

  @Test
  void theRequesterIsNoWatcherAndStrangersGetProblems() throws SQLException {
    long ticket = AttachmentApiTest.file("Not for you " + UUID.randomUUID()).path("id").asLong();
    assertProblem(watch(ticket, account("enduser"), agent), 409);
    // Someone who cannot see the ticket cannot watch it.
    assertProblem(watch(ticket, account("partner"), agent), 422);
    assertProblem(watch(ticket, 999_999_999L, agent), 404);
    assertProblem(get("/api/tickets/" + ticket + "/watchers", enduser), 403);
    assertProblem(watch(ticket, account("agent"), enduser), 403);
    // A partner adding a watcher to a ticket its groups do not hold: as if it did not exist.
    assertProblem(watch(ticket, account("partnermgr"), partner), 404);
    assertProblem(get("/api/tickets/" + ticket + "/watchers", partner), 404);
    String outsider = TestUsers.otherTenant("lakeside-watch", "agent");
    assertProblem(watch(ticket, account("admin"), outsider), 404);
    assertProblem(get("/api/tickets/" + ticket + "/watchers", outsider), 404);
    assertProblem(watch(ticket, account("lakeside-watch"), agent), 404);
    assertProblem(get("/api/tickets/abc/watchers", agent), 400);
    assertProblem(watch(999_999_999L, account("admin"), agent), 404);
  }

  @Test
  void aPartnerAddsOnlyItsOwnPeopleAndTheyMissInternalNotes() throws SQLException {
    JsonNode filed = AttachmentApiTest.file("Partner watch " + UUID.randomUUID());
    long ticket = filed.path("id").asLong();
    long northwind = get("/api/support-groups", partner).json().get(0).path("id").asLong();
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + ticket,
            "{\"version\":" + filed.path("version").asLong() + ",\"groupId\":" + northwind + "}",
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    JsonNode list = get("/api/tickets/" + ticket + "/watchers", partner).json();
    assertThat(list.path("candidates").findValuesAsText("organization"))
        .isNotEmpty()
        .allMatch(o -> o.equals("Northwind Managed Services"));
    long priya = account("partnermgr");
    Api.Reply added = watch(ticket, priya, partner);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertProblem(watch(ticket, account("admin"), partner), 403);
    // The desk may add hospital staff to a partner's ticket, and the partner may not remove them.
    assertThat(watch(ticket, account("admin"), agent).status()).isEqualTo(200);
    assertProblem(unwatch(ticket, account("admin"), partner), 403);

    // An internal note reaches the hospital's watcher, not the partner's.
    postJson(
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"Desk-only note\",\"visibility\":\"INTERNAL\"}",
        agent);
    assertThat(notices(account("admin"), ticket)).isEqualTo(1);
    assertThat(notices(priya, ticket)).isZero();
    // Priya's own comment does not notify her; Sam's does.
    postJson(
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"On it\",\"visibility\":\"PUBLIC\"}",
        partner);
    assertThat(notices(priya, ticket)).isEqualTo(1);
    assertThat(get("/api/notifications", partnermgr).json().path("items").findValuesAsText("kind"))
        .contains("WATCHED");
  }

  private static long account(String username) throws SQLException {
    return TestApp.queryLong("SELECT id FROM user_accounts WHERE username = '" + username + "'");
  }

  private static long notices(long account, long ticket) throws SQLException {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM notifications WHERE kind = 'WATCHED' AND recipient_id = "
            + account
            + " AND ticket_id = "
            + ticket);
  }

  private static String latest(long account, long ticket) throws SQLException {
    try (Connection c = TestApp.connection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT message FROM notifications WHERE kind = 'WATCHED' AND recipient_id = "
                        + account
                        + " AND ticket_id = "
                        + ticket
                        + " ORDER BY id DESC LIMIT 1")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
