package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Issue #16, on MariaDB: tickets link to each other (duplicate of, caused by, related to) and show
 * the link from both ends; a duplicate merges into the ticket carrying the work in one step; and
 * the queue's bulk edit reports each ticket's own outcome.
 */
class TicketLinksApiTest {

  private static String agent;
  private static String enduser;
  private static String partner;
  private static long application;

  @BeforeAll
  static void signIn() {
    agent = TestApp.tokenFor("agent");
    enduser = TestApp.tokenFor("enduser");
    partner = TestApp.tokenFor("partner");
    application = TestApp.queryLong("SELECT MIN(id) FROM applications");
  }

  // ---- links ----

  @Test
  void aLinkReadsFromBothTicketsAndIsAuditedOnBoth() {
    JsonNode a = file("Badge reader at ward 4 rejects badges", enduser);
    JsonNode b = file("Badge readers on level 2 reject every badge", agent);
    JsonNode c = file("Door controller firmware push", agent);

    Api.Reply linked = link(a, "{\"type\":\"DUPLICATE_OF\",\"ticketId\":" + id(b) + "}", agent);
    assertThat(linked.status()).as(linked.body()).isEqualTo(201);
    assertThat(linked.header("Location"))
        .isEqualTo("/api/tickets/" + id(a) + "/links/" + linked.json().path("id").asLong());
    assertThat(linked.json().path("relation").asText()).isEqualTo("DUPLICATE_OF");
    assertThat(linked.json().path("ticket").path("number").asText()).isEqualTo(number(b));
    assertThat(linked.json().path("ticket").path("status").asText()).isEqualTo("NEW");
    // By number, as an agent types it, and read the other way round.
    Api.Reply cause =
        link(a, "{\"type\":\"CAUSED_BY\",\"number\":\"" + number(c).toLowerCase() + "\"}", agent);
    assertThat(cause.status()).as(cause.body()).isEqualTo(201);

    assertThat(relations(a, agent))
        .containsExactly("DUPLICATE_OF " + number(b), "CAUSED_BY " + number(c));
    assertThat(relations(b, agent)).containsExactly("DUPLICATED_BY " + number(a));
    assertThat(relations(c, agent)).containsExactly("CAUSES " + number(a));

    assertThat(auditValues(a)).contains("duplicate of " + number(b), "caused by " + number(c));
    assertThat(auditValues(b)).contains("duplicated by " + number(a));
    assertThat(auditValues(c)).contains("causes " + number(a));

    // Once is enough, whichever end it is made from; never to itself.
    assertProblem(link(a, "{\"type\":\"DUPLICATE_OF\",\"ticketId\":" + id(b) + "}", agent), 409);
    assertProblem(link(c, "{\"type\":\"CAUSED_BY\",\"ticketId\":" + id(a) + "}", agent), 409);
    assertProblem(link(a, "{\"type\":\"RELATED_TO\",\"ticketId\":" + id(a) + "}", agent), 400);
    assertProblem(link(a, "{\"type\":\"RELATED_TO\",\"number\":\"INC-999999999\"}", agent), 404);
    assertProblem(
        link(
            a,
            "{\"type\":\"RELATED_TO\",\"ticketId\":" + id(b) + ",\"number\":\"" + number(b) + "\"}",
            agent),
        400);
    assertProblem(link(a, "{\"type\":\"BLOCKS\",\"ticketId\":" + id(b) + "}", agent), 400);

    // Removed from either end, gone from both, and audited on both.
    Api.Reply removed = delete("/api/tickets/" + id(b) + "/links/" + linked.json().path("id"));
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    assertThat(relations(a, agent)).containsExactly("CAUSED_BY " + number(c));
    assertThat(relations(b, agent)).isEmpty();
    assertThat(oldAuditValues(a, "UNLINKED")).containsExactly("duplicate of " + number(b));
    assertThat(oldAuditValues(b, "UNLINKED")).containsExactly("duplicated by " + number(a));
    assertProblem(delete("/api/tickets/" + id(b) + "/links/" + linked.json().path("id")), 404);
  }

  @Test
  void aChainOfDuplicatesNeverLeadsBackToItsStart() {
    JsonNode a = file("Epic login loop A", agent);
    JsonNode b = file("Epic login loop B", agent);
    JsonNode c = file("Epic login loop C", agent);
    assertThat(link(a, dup(b), agent).status()).isEqualTo(201);
    assertThat(link(b, dup(c), agent).status()).isEqualTo(201);

    Api.Reply cycle = assertProblem(link(c, dup(a), agent), 409);
    assertThat(cycle.json().path("detail").asText()).contains(number(a), number(c));
    assertProblem(link(b, dup(a), agent), 409);
    // A ticket duplicates one other at most.
    JsonNode d = file("Epic login loop D", agent);
    assertProblem(link(a, dup(d), agent), 409);
    assertThat(relations(c, agent)).containsExactly("DUPLICATED_BY " + number(b));
  }

  @Test
  void aPartnerCannotLinkToATicketItCannotSeeAndNeverLearnsOfIt() {
    JsonNode held = heldByNorthwind("Wristband printer jams on 5 West");
    JsonNode hidden = file("Payroll export fails for night shift " + UUID.randomUUID(), agent);

    Api.Reply byId =
        assertProblem(
            link(held, "{\"type\":\"RELATED_TO\",\"ticketId\":" + id(hidden) + "}", partner), 404);
    assertThat(byId.body()).doesNotContain("Payroll", number(hidden));
    assertProblem(
        link(held, "{\"type\":\"RELATED_TO\",\"number\":\"" + number(hidden) + "\"}", partner),
        404);
    assertProblem(merge(held, id(hidden), version(held, partner), partner), 404);

    // The desk links them; the partner's list leaves the hidden ticket out.
    assertThat(
            link(held, "{\"type\":\"RELATED_TO\",\"ticketId\":" + id(hidden) + "}", agent).status())
        .isEqualTo(201);
    JsonNode other = heldByNorthwind("Wristband printer jams on 6 West");
    assertThat(link(held, dup(other), partner).status()).isEqualTo(201);
    Api.Reply seen = get("/api/tickets/" + id(held) + "/links", partner);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.body()).doesNotContain("Payroll", number(hidden));
    assertThat(relations(held, partner)).containsExactly("DUPLICATE_OF " + number(other));
    assertThat(relations(held, agent)).hasSize(2);

    // A requester follows her ticket but links nothing.
    JsonNode mine = file("My screen flickers", enduser);
    assertProblem(get("/api/tickets/" + id(mine) + "/links", enduser), 403);
    assertProblem(link(mine, dup(held), enduser), 403);
    assertProblem(get("/api/tickets/" + id(held) + "/links", enduser), 404);
  }

  // ---- merge ----

  @Test
  void mergingResolvesTheDuplicateNotesTheMasterAndTellsTheRequesterTwice() {
    JsonNode master = file("Pharmacy label printer offline " + UUID.randomUUID(), agent);
    JsonNode duplicate = file("Cannot print pharmacy labels", enduser);

    Api.Reply merged = merge(duplicate, id(master), version(duplicate, agent), agent);
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    assertThat(merged.json().path("status").asText()).isEqualTo("RESOLVED");
    assertThat(merged.json().path("resolutionCode").asText()).isEqualTo("DUPLICATE");
    assertThat(merged.json().path("resolution").asText())
        .isEqualTo("Duplicate of " + number(master));
    assertThat(relations(duplicate, agent)).containsExactly("DUPLICATE_OF " + number(master));

    JsonNode note = null;
    for (JsonNode comment : get("/api/tickets/" + id(master) + "/comments", agent).json()) {
      note = comment;
    }
    assertThat(note).isNotNull();
    assertThat(note.path("visibility").asText()).isEqualTo("INTERNAL");
    assertThat(note.path("body").asText())
        .startsWith("Merged " + number(duplicate))
        .contains("Cannot print pharmacy labels");
    assertThat(get("/api/tickets/" + id(master), agent).json().path("version").asLong())
        .as("a note only adds to the master")
        .isEqualTo(master.path("version").asLong());
    assertThat(auditValues(master)).contains(number(duplicate));

    long nora = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'enduser'");
    assertThat(
            TestApp.queryString(
                "SELECT message FROM notifications WHERE recipient_id = "
                    + nora
                    + " AND ticket_id = "
                    + id(duplicate)
                    + " ORDER BY id DESC LIMIT 1"))
        .contains("Duplicate of " + number(master));

    // The master is fixed: she hears of it on her own ticket.
    Api.Reply fixed =
        postJson(
            "/api/tickets/" + id(master) + "/transitions",
            "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolution\":\"Replaced the"
                + " printer's network card\"}",
            agent);
    assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
    assertThat(
            TestApp.queryString(
                "SELECT message FROM notifications WHERE recipient_id = "
                    + nora
                    + " AND ticket_id = "
                    + id(duplicate)
                    + " ORDER BY id DESC LIMIT 1"))
        .contains("was fixed under " + number(master));
  }

  @Test
  void aMergeIsRefusedWhenItCannotBeRight() {
    JsonNode master = file("Telemetry monitors drop off network", agent);
    JsonNode duplicate = file("Telemetry monitor 12 offline", agent);
    long version = version(duplicate, agent);

    assertProblem(merge(duplicate, id(duplicate), version, agent), 400);
    assertProblem(merge(duplicate, id(master), version + 1, agent), 409);
    assertProblem(merge(duplicate, 999_999_999L, version, agent), 404);
    assertProblem(
        postJson(
            "/api/tickets/" + id(duplicate) + "/merge", "{\"into\":" + id(master) + "}", agent),
        400);
    assertProblem(postJson("/api/tickets/" + id(duplicate) + "/merge", "{\"into\":", agent), 400);

    JsonNode cancelled = file("Telemetry filed twice by mistake", agent);
    assertThat(
            postJson(
                    "/api/tickets/" + id(cancelled) + "/transitions",
                    "{\"to\":\"CANCELLED\",\"reason\":\"filed by mistake\"}",
                    agent)
                .status())
        .isEqualTo(200);
    assertThat(assertProblem(merge(duplicate, id(cancelled), version, agent), 409).body())
        .contains("CANCELLED");

    assertThat(merge(duplicate, id(master), version, agent).status()).isEqualTo(200);
    JsonNode third = file("Telemetry monitor 14 offline", agent);
    assertThat(assertProblem(merge(third, id(duplicate), version(third, agent), agent), 409).body())
        .contains("itself a duplicate of " + number(master));
    assertProblem(merge(duplicate, id(third), version(duplicate, agent), agent), 409);
    assertProblem(merge(duplicate, id(master), version(duplicate, enduser), enduser), 404);
  }

  @Test
  void sixteenConcurrentMergesOfOneDuplicateLeaveExactlyOneMerge() throws Exception {
    JsonNode lower = file("Imprivata tap fails, lower id", agent);
    JsonNode duplicate = file("Imprivata tap-in fails at nurse station", enduser);
    JsonNode higher = file("Imprivata tap fails, higher id", agent);
    long version = version(duplicate, agent);

    int writers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      // Half aim at a master below the duplicate's id, half above: the locks still come in order.
      long into = i % 2 == 0 ? id(lower) : id(higher);
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return merge(duplicate, into, version, agent);
              }));
    }
    start.countDown();
    int merged = 0;
    List<Integer> statuses = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply answer = reply.get();
      statuses.add(answer.status());
      if (answer.status() == 200) {
        merged++;
      } else {
        assertProblem(answer, 409);
      }
    }
    pool.shutdown();

    assertThat(merged).as("statuses %s", statuses).isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ticket_links WHERE source_id = "
                    + id(duplicate)
                    + " AND type = 'DUPLICATE_OF'"))
        .isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ticket_comments WHERE ticket_id IN ("
                    + id(lower)
                    + ","
                    + id(higher)
                    + ") AND body LIKE 'Merged %'"))
        .isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ticket_audit WHERE ticket_id = "
                    + id(duplicate)
                    + " AND action = 'RESOLVED'"))
        .isEqualTo(1);
  }

  // ---- bulk ----

  @Test
  void aBulkAssignReportsEachTicketsOwnOutcome() {
    JsonNode first = file("Bulk: Citrix session freezes", enduser);
    JsonNode second = file("Bulk: Citrix session freezes again", enduser);
    JsonNode stale = file("Bulk: Citrix receiver outdated", enduser);
    JsonNode cancelled = file("Bulk: Citrix duplicate filed by mistake", agent);
    postJson(
        "/api/tickets/" + id(cancelled) + "/transitions",
        "{\"to\":\"CANCELLED\",\"reason\":\"filed by mistake\"}",
        agent);
    long group = first.path("groupId").asLong();
    long person =
        TestApp.queryLong("SELECT MIN(staff_id) FROM group_members WHERE group_id = " + group);

    Api.Reply bulk =
        postJson(
            "/api/tickets/bulk",
            "{\"action\":\"ASSIGN\",\"assigneeId\":"
                + person
                + ",\"ticketIds\":["
                + id(first)
                + ","
                + id(second)
                + ","
                + id(stale)
                + ",999999999,"
                + id(cancelled)
                + "],\"versions\":{\""
                + id(stale)
                + "\":"
                + (version(stale, agent) + 7)
                + ",\""
                + id(first)
                + "\":"
                + version(first, agent)
                + "}}",
            agent);
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
    assertThat(outcomes(bulk.json()))
        .containsExactly(
            id(first) + " DONE",
            id(second) + " DONE",
            id(stale) + " STALE",
            "999999999 NOT_FOUND",
            id(cancelled) + " REFUSED");
    assertThat(bulk.json().path("done").asInt()).isEqualTo(2);
    assertThat(bulk.json().path("failed").asInt()).isEqualTo(3);
    assertThat(get("/api/tickets/" + id(first), agent).json().path("assigneeId").asLong())
        .isEqualTo(person);
    assertThat(get("/api/tickets/" + id(second), agent).json().path("assigneeId").asLong())
        .isEqualTo(person);
    assertThat(get("/api/tickets/" + id(stale), agent).json().path("assigneeId").isNull()).isTrue();
    assertThat(bulk.json().path("results").get(4).path("reason").asText()).contains("CANCELLED");
  }

  @Test
  void aBulkEditNeverSaysWhatAnInvisibleTicketIs() {
    JsonNode held = heldByNorthwind("Bulk: bedside scanner pairing");
    String secret = "Bulk: CFO laptop stolen " + UUID.randomUUID();
    JsonNode hidden = file(secret, agent);
    long northwindDesk =
        TestApp.queryLong("SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk'");
    Api.Reply bulk =
        postJson(
            "/api/tickets/bulk",
            "{\"action\":\"CHANGE_GROUP\",\"groupId\":"
                + northwindDesk
                + ",\"ticketIds\":["
                + id(held)
                + ","
                + id(hidden)
                + "]}",
            partner);
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
    assertThat(outcomes(bulk.json()))
        .containsExactly(id(held) + " DONE", id(hidden) + " NOT_FOUND");
    assertThat(bulk.body()).doesNotContain(secret, number(hidden));
    assertThat(get("/api/tickets/" + id(hidden), agent).json().path("groupId").asLong())
        .isEqualTo(hidden.path("groupId").asLong());
  }

  @Test
  void aBulkResolveAsDuplicateMergesEachIntoTheMaster() {
    JsonNode master = file("Bulk: Wi-Fi down in ED", agent);
    JsonNode one = file("Bulk: no Wi-Fi ED bay 3", enduser);
    JsonNode two = file("Bulk: ED tablets offline", enduser);
    Api.Reply bulk =
        postJson(
            "/api/tickets/bulk",
            "{\"action\":\"RESOLVE_DUPLICATE\",\"duplicateOf\":"
                + id(master)
                + ",\"ticketIds\":["
                + id(one)
                + ","
                + id(two)
                + ","
                + id(master)
                + "]}",
            agent);
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
    assertThat(outcomes(bulk.json()))
        .containsExactly(id(one) + " DONE", id(two) + " DONE", id(master) + " REFUSED");
    assertThat(relations(master, agent))
        .containsExactlyInAnyOrder("DUPLICATED_BY " + number(one), "DUPLICATED_BY " + number(two));
    assertThat(get("/api/tickets/" + id(two), agent).json().path("status").asText())
        .isEqualTo("RESOLVED");
  }

  @Test
  void aBulkRequestOutsideItsLimitsIsAProblem() {
    StringBuilder ids = new StringBuilder();
    for (int i = 1; i <= 101; i++) {
      ids.append(i == 1 ? "" : ",").append(i);
    }
    Api.Reply tooMany =
        assertProblem(
            postJson(
                "/api/tickets/bulk",
                "{\"action\":\"CHANGE_GROUP\",\"groupId\":1,\"ticketIds\":[" + ids + "]}",
                agent),
            422);
    assertThat(tooMany.json().path("detail").asText()).contains("100");
    assertProblem(
        postJson("/api/tickets/bulk", "{\"action\":\"EXPLODE\",\"ticketIds\":[1]}", agent), 400);
    assertProblem(
        postJson(
            "/api/tickets/bulk",
            "{\"action\":\"CHANGE_GROUP\",\"groupId\":1,\"ticketIds\":[]}",
            agent),
        400);
    assertProblem(postJson("/api/tickets/bulk", "{\"action\":", agent), 400);
    Api.Reply noPerson =
        assertProblem(
            postJson("/api/tickets/bulk", "{\"action\":\"ASSIGN\",\"ticketIds\":[1]}", agent), 400);
    assertThat(noPerson.json().path("errors").toString()).contains("assigneeId");
    assertProblem(
        postJson(
            "/api/tickets/bulk",
            "{\"action\":\"CHANGE_GROUP\",\"groupId\":1,\"ticketIds\":[1],\"versions\":{\"x\":1}}",
            agent),
        400);
  }

  // ---- helpers ----

  private static JsonNode file(String title, String token) {
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"Filed by TicketLinksApiTest\",\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3}",
            token);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static JsonNode heldByNorthwind(String title) {
    JsonNode ticket = file(title, agent);
    long group =
        TestApp.queryLong("SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk'");
    Api.Reply moved =
        Api.patchJson(
            "/api/tickets/" + id(ticket),
            "{\"version\":" + ticket.path("version").asLong() + ",\"groupId\":" + group + "}",
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return moved.json();
  }

  private static long id(JsonNode ticket) {
    return ticket.path("id").asLong();
  }

  private static String number(JsonNode ticket) {
    return ticket.path("number").asText();
  }

  private static long version(JsonNode ticket, String token) {
    return get("/api/tickets/" + id(ticket), token).json().path("version").asLong();
  }

  private static String dup(JsonNode other) {
    return "{\"type\":\"DUPLICATE_OF\",\"ticketId\":" + id(other) + "}";
  }

  private static Api.Reply link(JsonNode ticket, String body, String token) {
    return postJson("/api/tickets/" + id(ticket) + "/links", body, token);
  }

  private static Api.Reply merge(JsonNode ticket, long into, long version, String token) {
    return postJson(
        "/api/tickets/" + id(ticket) + "/merge",
        "{\"into\":" + into + ",\"version\":" + version + "}",
        token);
  }

  private static Api.Reply delete(String path) {
    return Api.send(
        Api.request(path)
            .header("Authorization", "Bearer " + agent)
            .header("Accept", "application/json")
            .DELETE()
            .build());
  }

  private static List<String> relations(JsonNode ticket, String token) {
    Api.Reply links = get("/api/tickets/" + id(ticket) + "/links", token);
    assertThat(links.status()).as(links.body()).isEqualTo(200);
    List<String> shown = new ArrayList<>();
    for (JsonNode link : links.json()) {
      shown.add(link.path("relation").asText() + " " + link.path("ticket").path("number").asText());
    }
    return shown;
  }

  private static List<String> outcomes(JsonNode summary) {
    List<String> shown = new ArrayList<>();
    for (JsonNode result : summary.path("results")) {
      shown.add(result.path("ticketId").asLong() + " " + result.path("outcome").asText());
    }
    return shown;
  }

  private static List<String> auditValues(JsonNode ticket) {
    List<String> values = new ArrayList<>();
    for (JsonNode line : get("/api/tickets/" + id(ticket) + "/audit", agent).json()) {
      values.add(line.path("newValue").asText());
    }
    return values;
  }

  private static List<String> oldAuditValues(JsonNode ticket, String action) {
    List<String> values = new ArrayList<>();
    for (JsonNode line : get("/api/tickets/" + id(ticket) + "/audit", agent).json()) {
      if (action.equals(line.path("action").asText())) {
        values.add(line.path("oldValue").asText());
      }
    }
    return values;
  }
}
