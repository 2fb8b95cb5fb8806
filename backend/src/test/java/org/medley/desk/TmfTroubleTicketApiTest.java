package org.medley.desk;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Json.object;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.outbox.OutboxRelay;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Medley serving TM Forum's TMF621 Trouble Ticket API v4 to partners whose desks push (issue #19):
 * the partner reads and works the tickets its groups hold, with Medley's own visibility, masking
 * and lifecycle, and its hub listener hears of the hospital's changes, once each, never of its own.
 */
class TmfTroubleTicketApiTest {

  private static final String BASE = "/tmf-api/troubleTicket/v4";
  private static final String MERGE_PATCH = "application/merge-patch+json";
  private static final String TITLE = "Wristband for MRN 4471234 prints blank";
  private static final String DESCRIPTION = "Patient Jane Roe, DOB 03/14/1957, call 555-201-3344";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String agent;
  private static String northwind;
  private static String apex;
  private static String enduser;

  /** The partner's listener: a real HTTP server recording every event POSTed to it. */
  private static HttpServer listener;

  private static final List<JsonNode> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void signIn() throws IOException {
    agent = TestApp.tokenFor("agent");
    northwind = TestApp.tokenFor("partner");
    apex = TestApp.tokenFor("apex");
    enduser = TestApp.tokenFor("enduser");
    listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    listener.createContext(
        "/listener",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(JSON.readTree(body));
          exchange.sendResponseHeaders(201, -1);
          exchange.close();
        });
    listener.start();
  }

  @AfterAll
  static void stop() {
    listener.stop(0);
  }

  @Test
  void aPartnerReadsTheTicketItsGroupHoldsAsATroubleTicket() {
    long id = heldBy("Northwind Overnight Desk", false);
    Api.Reply read = get(BASE + "/troubleTicket/" + id, northwind);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode ticket = read.json();
    assertThat(ticket.path("id").asText()).isEqualTo(String.valueOf(id));
    assertThat(ticket.path("href").asText()).isEqualTo(BASE + "/troubleTicket/" + id);
    assertThat(ticket.path("name").asText()).isEqualTo(TITLE);
    assertThat(ticket.path("description").asText()).isEqualTo(DESCRIPTION);
    assertThat(ticket.path("priority").asText()).isEqualTo("3");
    assertThat(ticket.path("ticketType").asText()).isEqualTo("incident");
    assertThat(ticket.path("status").asText()).isEqualTo("acknowledged");
    assertThat(ticket.path("@type").asText()).isEqualTo("MedleyTroubleTicket");
    assertThat(ticket.path("@baseType").asText()).isEqualTo("TroubleTicket");
    assertThat(ticket.path("relatedParty").findValuesAsText("role"))
        .contains("requester", "assignedGroup");
    assertThat(read.header("ETag")).isNotBlank();

    // By its number too, and only the attributes asked for.
    String number = ticket.path("number").asText();
    Api.Reply some = get(BASE + "/troubleTicket/" + number + "?fields=status,name", northwind);
    assertThat(some.status()).as(some.body()).isEqualTo(200);
    assertThat(some.json().path("id").asText()).isEqualTo(String.valueOf(id));
    assertThat(some.json().path("status").asText()).isEqualTo("acknowledged");
    assertThat(some.json().has("description")).isFalse();
    assertProblem(get(BASE + "/troubleTicket/" + id + "?fields=secret", northwind), 400);

    // The hospital's own agents read it too; another partner and a requester do not.
    assertThat(get(BASE + "/troubleTicket/" + id, agent).status()).isEqualTo(200);
    assertProblem(get(BASE + "/troubleTicket/" + id, apex), 404);
    assertProblem(get(BASE + "/troubleTicket/" + number, apex), 404);
    assertProblem(get(BASE + "/troubleTicket/" + id, enduser), 403);
    assertProblem(get(BASE + "/troubleTicket/999999999", northwind), 404);
  }

  @Test
  void thePartnersListIsPagedFilteredAndItsOwn() {
    long id = heldBy("Northwind Overnight Desk", false);
    String external = "NW-" + UUID.randomUUID();
    assertThat(patch(id, "{\"externalId\":\"" + external + "\"}", northwind).status())
        .isEqualTo(200);

    Api.Reply found = get(BASE + "/troubleTicket?externalId=" + external, northwind);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.json()).hasSize(1);
    assertThat(found.json().get(0).path("id").asText()).isEqualTo(String.valueOf(id));
    assertThat(found.json().get(0).path("externalId").asText()).isEqualTo(external);
    assertThat(found.header("X-Total-Count")).isEqualTo("1");
    assertThat(found.header("X-Result-Count")).isEqualTo("1");
    // Recorded as the partner's external reference on Medley's own ticket.
    assertThat(get("/api/tickets/" + id, agent).json().path("externalReferences").toString())
        .contains(external);
    // Another partner finds nothing by it.
    assertThat(get(BASE + "/troubleTicket?externalId=" + external, apex).json()).isEmpty();

    Api.Reply page = get(BASE + "/troubleTicket?offset=0&limit=2&status=acknowledged", northwind);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().size()).isLessThanOrEqualTo(2);
    assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
    page.json().forEach(t -> assertThat(t.path("status").asText()).isEqualTo("acknowledged"));
    // Apex's list never holds Northwind's ticket.
    Api.Reply apexList = get(BASE + "/troubleTicket?limit=100", apex);
    assertThat(apexList.json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
    assertProblem(get(BASE + "/troubleTicket?status=open", northwind), 400);
    assertProblem(get(BASE + "/troubleTicket?limit=0", northwind), 400);
  }

  @Test
  void aPartnersNoteIsAPublicCommentOnTheTicket() {
    long id = heldBy("Northwind Overnight Desk", false);
    String text = "Reprinted the wristband " + UUID.randomUUID();
    Api.Reply patched = patch(id, "{\"note\":[{\"text\":\"" + text + "\"}]}", northwind);
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().path("note").findValuesAsText("text")).contains(text);

    JsonNode comment = null;
    for (JsonNode c : get("/api/tickets/" + id + "/comments", agent).json()) {
      if (c.path("body").asText().equals(text)) {
        comment = c;
      }
    }
    assertThat(comment).as("the note as a comment").isNotNull();
    assertThat(comment.path("visibility").asText()).isEqualTo("PUBLIC");
    assertThat(comment.path("authorName").asText()).isNotBlank();

    // Sending the list back with the note's id adds nothing.
    String noteId = patched.json().path("note").get(0).path("id").asText();
    Api.Reply again = patch(id, "{\"note\":[{\"id\":\"" + noteId + "\"}]}", northwind);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(comments(id)).isEqualTo(patched.json().path("note").size());
    // An internal note is the hospital desk's own.
    assertProblem(
        patch(id, "{\"note\":[{\"text\":\"between us\",\"noteType\":\"internal\"}]}", northwind),
        400);
    assertThat(
            patch(id, "{\"note\":[{\"text\":\"desk only\",\"noteType\":\"internal\"}]}", agent)
                .status())
        .isEqualTo(200);
    assertThat(get(BASE + "/troubleTicket/" + id, northwind).json().toString())
        .doesNotContain("desk only");
    assertThat(get(BASE + "/troubleTicket/" + id, agent).json().toString()).contains("desk only");
  }

  @Test
  void aPartnerMovesTheTicketThroughItsLifecycle() {
    long id = heldBy("Northwind Overnight Desk", false);
    Api.Reply started = patch(id, "{\"status\":\"inProgress\"}", northwind);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().path("status").asText()).isEqualTo("inProgress");

    Api.Reply pending =
        patch(id, "{\"status\":\"pending\",\"note\":[{\"text\":\"Waiting on parts\"}]}", northwind);
    assertThat(pending.status()).as(pending.body()).isEqualTo(200);
    assertThat(pending.json().path("status").asText()).isEqualTo("pending");
    JsonNode medley = get("/api/tickets/" + id, agent).json();
    assertThat(medley.path("status").asText()).isEqualTo("PENDING");
    assertThat(medley.path("pendingReason").asText()).isEqualTo("PARTNER");
    // The same status again changes nothing.
    long version = medley.path("version").asLong();
    assertThat(patch(id, "{\"status\":\"held\"}", northwind).status()).isEqualTo(200);
    assertThat(get("/api/tickets/" + id, agent).json().path("version").asLong()).isEqualTo(version);

    assertThat(
            assertProblem(patch(id, "{\"status\":\"resolved\"}", northwind), 400)
                .json()
                .path("errors")
                .toString())
        .contains("statusChangeReason");
    Api.Reply resolved =
        patch(
            id,
            "{\"status\":\"resolved\",\"statusChangeReason\":\"Printer driver reinstalled\"}",
            northwind);
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    assertThat(resolved.json().path("status").asText()).isEqualTo("resolved");
    assertThat(resolved.json().path("statusChangeReason").asText())
        .isEqualTo("Printer driver reinstalled");
    medley = get("/api/tickets/" + id, agent).json();
    assertThat(medley.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(medley.path("resolution").asText()).isEqualTo("Printer driver reinstalled");
    assertThat(medley.path("resolutionCode").asText()).isEqualTo("FIXED");

    // Closing is the hospital's confirmation; a transition the ticket refuses is 422.
    assertProblem(patch(id, "{\"status\":\"closed\"}", northwind), 422);
    assertProblem(
        patch(id, "{\"status\":\"cancelled\",\"statusChangeReason\":\"dup\"}", northwind), 422);
    assertProblem(
        patch(id, "{\"status\":\"rejected\",\"statusChangeReason\":\"not ours\"}", northwind), 422);
  }

  @Test
  void aPartnerWithoutAnAgreementReadsTheTicketMasked() {
    long id = heldBy("Apex Legacy Support", true);
    Api.Reply read = get(BASE + "/troubleTicket/" + id, apex);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().path("name").asText()).isEqualTo("Wristband for [MRN] prints blank");
    assertThat(read.json().path("description").asText()).contains("Patient [name]", "[phone]");
    assertThat(read.json().path("description").asText())
        .isEqualTo(get("/api/tickets/" + id, apex).json().path("description").asText());
    assertThat(read.body()).doesNotContain("4471234").doesNotContain("555-201-3344");
    // Its notes too, as the JSON ticket API masks comments.
    postJson(
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"Called 555-201-3344 about MRN 4471234\",\"visibility\":\"PUBLIC\"}",
        agent);
    String notes = get(BASE + "/troubleTicket/" + id, apex).json().path("note").toString();
    assertThat(notes).doesNotContain("4471234").doesNotContain("555-201-3344");
    assertThat(get(BASE + "/troubleTicket/" + id, agent).json().path("name").asText())
        .isEqualTo(TITLE);
  }

  @Test
  void theHubTellsAPartnerWithoutAnAgreementOnlyMaskedText() {
    long id = heldBy("Apex Legacy Support", true);
    String callback = "http://127.0.0.1:" + listener.getAddress().getPort() + "/listener";
    Api.Reply registered = postJson(BASE + "/hub", "{\"callback\":\"" + callback + "\"}", apex);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String hub = registered.json().path("id").asText();
    try {
      long before = hubEvents(id);
      postJson(
          "/api/tickets/" + id + "/comments",
          "{\"body\":\"Called 555-201-3344 about MRN 4471234\",\"visibility\":\"PUBLIC\"}",
          agent);
      assertThat(hubEvents(id)).isEqualTo(before + 1);
      String event =
          TestApp.queryString(
              "SELECT payload FROM outbox_events WHERE type = 'tmf.hub-event' AND aggregate_id = "
                  + id
                  + " ORDER BY id DESC LIMIT 1");
      assertThat(event)
          .contains("[MRN]", "[phone]")
          .doesNotContain("4471234", "555-201-3344", "Jane Roe");
    } finally {
      assertThat(Api.send(delete(BASE + "/hub/" + hub, apex)).status()).isEqualTo(204);
    }
  }

  @Test
  void malformedPatchesAre400AndWriteNothing() {
    long id = heldBy("Northwind Overnight Desk", false);
    long version = TestApp.queryLong("SELECT version FROM tickets WHERE id = " + id);
    long comments = comments(id);
    for (String body :
        List.of(
            "{not json",
            "[]",
            "null", // found by OpenApiFuzzTest: read as no node, it was a 500
            "42",
            "",
            "{\"status\":5}",
            "{\"status\":\"bogus\"}",
            "{\"priority\":\"urgent\"}",
            "{\"note\":{\"text\":\"x\"}}",
            "{\"note\":[{\"text\":\"\"}]}",
            "{\"note\":[{\"text\":\"fine\"},{\"text\":7}]}",
            "{\"note\":[{\"text\":\"fine\"}],\"status\":\"inProgress\",\"name\":\"renamed\"}",
            "{\"externalId\":\"\"}",
            "{\"id\":\"42\"}")) {
      Api.Reply reply = patch(id, body, northwind);
      assertProblem(reply, 400);
    }
    // A note that would be fine, with a status that is not: nothing of it is kept.
    assertProblem(
        patch(id, "{\"note\":[{\"text\":\"kept?\"}],\"status\":\"resolved\"}", northwind), 400);
    Api.Reply wrongType =
        Api.send(
            Api.request(BASE + "/troubleTicket/" + id)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("status=resolved"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + northwind)
                .build());
    assertProblem(wrongType, 415);
    Api.Reply stale =
        Api.send(
            Api.request(BASE + "/troubleTicket/" + id)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"priority\":\"1\"}"))
                .header("Content-Type", MERGE_PATCH)
                .header("If-Match", "\"" + (version + 7) + "\"")
                .header("Authorization", "Bearer " + northwind)
                .build());
    assertProblem(stale, 409);
    assertThat(TestApp.queryLong("SELECT version FROM tickets WHERE id = " + id))
        .isEqualTo(version);
    assertThat(comments(id)).isEqualTo(comments);

    assertProblem(
        postJson(BASE + "/troubleTicket", "{\"name\":\"new\",\"description\":\"x\"}", northwind),
        405);
    assertProblem(patch(id, "{\"status\":\"inProgress\"}", apex), 404);
    assertProblem(patch(id, "{\"status\":\"inProgress\"}", enduser), 403);
  }

  @Test
  void aPartnerSetsThePriorityAndTheMatrixFollows() {
    long id = heldBy("Northwind Overnight Desk", false);
    Api.Reply raised = patch(id, "{\"priority\":\"1\"}", northwind);
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    assertThat(raised.json().path("priority").asText()).isEqualTo("1");
    JsonNode medley = get("/api/tickets/" + id, agent).json();
    assertThat(medley.path("priority").asText()).isEqualTo("P1");
    assertThat(medley.path("impact").asInt()).isEqualTo(1);
    assertThat(medley.path("urgency").asInt()).isEqualTo(1);
    Api.Reply lowered = patch(id, "{\"priority\":\"2\"}", northwind);
    assertThat(lowered.json().path("priority").asText()).isEqualTo("2");
    // Urgency moved, the hospital's impact stayed.
    assertThat(get("/api/tickets/" + id, agent).json().path("impact").asInt()).isEqualTo(1);
  }

  @Test
  void theHubTellsAPartnersListenerOfTheHospitalsChangesOnceAndNotOfItsOwn() throws Exception {
    long id = heldBy("Northwind Overnight Desk", false);
    String callback = "http://127.0.0.1:" + listener.getAddress().getPort() + "/listener";
    assertProblem(postJson(BASE + "/hub", "{\"callback\":\"ftp://x/y\"}", northwind), 400);
    assertProblem(postJson(BASE + "/hub", "{\"callback\":\"/relative\"}", northwind), 400);
    assertProblem(postJson(BASE + "/hub", "{\"callback\":\"" + callback + "\"}", agent), 403);
    Api.Reply registered =
        postJson(BASE + "/hub", "{\"callback\":\"" + callback + "\"}", northwind);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String hub = registered.json().path("id").asText();
    assertThat(registered.json().path("callback").asText()).isEqualTo(callback);
    try {
      // Another partner cannot remove it.
      assertProblem(Api.send(delete(BASE + "/hub/" + hub, apex)), 404);

      // The partner's own PATCH: no event for its listener.
      long before = hubEvents(id);
      assertThat(patch(id, "{\"status\":\"inProgress\"}", northwind).status()).isEqualTo(200);
      assertThat(
              patch(id, "{\"note\":[{\"text\":\"On it\"}],\"priority\":\"2\"}", northwind).status())
          .isEqualTo(200);
      assertThat(hubEvents(id)).isEqualTo(before);

      // The hospital pends it and replies: a state change and an attribute change.
      long version = get("/api/tickets/" + id, agent).json().path("version").asLong();
      Api.Reply pended =
          postJson(
              "/api/tickets/" + id + "/transitions",
              "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\",\"version\":" + version + "}",
              agent);
      assertThat(pended.status()).as(pended.body()).isEqualTo(200);
      postJson(
          "/api/tickets/" + id + "/comments",
          "{\"body\":\"Asked the ward\",\"visibility\":\"PUBLIC\"}",
          agent);
      postJson(
          "/api/tickets/" + id + "/comments",
          "{\"body\":\"Ward manager is difficult\",\"visibility\":\"INTERNAL\"}",
          agent);
      assertThat(hubEvents(id)).isEqualTo(before + 2);

      // A ticket handed to Northwind's group is new to its desk.
      long handed = heldBy("Northwind Overnight Desk", false);

      OutboxRelay relay = TestApp.context().getBean(OutboxRelay.class);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                relay.relay();
                return eventsFor(id).size() >= 2 && !eventsFor(handed).isEmpty();
              });
      relay.relay();
      assertThat(eventsFor(handed)).hasSize(1);
      assertThat(eventsFor(handed).get(0).path("eventType").asText())
          .isEqualTo("TroubleTicketCreateEvent");
      assertThat(eventsFor(handed).get(0).path("event").path("troubleTicket").path("name").asText())
          .isEqualTo(TITLE);
      List<JsonNode> events = eventsFor(id);
      assertThat(events).hasSize(2);
      assertThat(events.stream().map(e -> e.path("eventId").asText()).distinct()).hasSize(2);
      JsonNode state =
          events.stream()
              .filter(e -> e.path("eventType").asText().equals("TroubleTicketStateChangeEvent"))
              .findFirst()
              .orElseThrow();
      assertThat(state.path("event").path("troubleTicket").path("status").asText())
          .isEqualTo("pending");
      assertThat(state.path("eventTime").asText()).isNotBlank();
      JsonNode reply =
          events.stream()
              .filter(
                  e ->
                      e.path("eventType").asText().equals("TroubleTicketAttributeValueChangeEvent"))
              .findFirst()
              .orElseThrow();
      String notes = reply.path("event").path("troubleTicket").path("note").toString();
      assertThat(notes).contains("Asked the ward").doesNotContain("Ward manager");
      assertThat(hubEvents(id)).isEqualTo(before + 2);
      assertThat(
              TestApp.queryLong(
                  "SELECT COUNT(*) FROM outbox_events WHERE type = 'tmf.hub-event' AND"
                      + " aggregate_id = "
                      + id
                      + " AND delivered_at IS NULL"))
          .isZero();
    } finally {
      assertThat(Api.send(delete(BASE + "/hub/" + hub, northwind)).status()).isEqualTo(204);
    }
    assertProblem(Api.send(delete(BASE + "/hub/" + hub, northwind)), 404);
  }

  @Test
  void aPartnerRegistersAtMostFiveListenersAndRemovesOnlyItsOwn() {
    String callback = "http://127.0.0.1:" + listener.getAddress().getPort() + "/listener";
    String body =
        "{\"callback\":\"" + callback + "\",\"query\":\"eventType=TroubleTicketStateChangeEvent\"}";
    List<String> hubs = new java.util.ArrayList<>();
    try {
      long already =
          TestApp.queryLong(
              "SELECT COUNT(*) FROM tmf_hub_listeners l JOIN organizations o ON o.id ="
                  + " l.partner_id WHERE o.name = 'Apex Clinical IT Staffing'");
      for (long i = already; i < 5; i++) {
        Api.Reply registered = postJson(BASE + "/hub", body, apex);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("query").asText())
            .isEqualTo("eventType=TroubleTicketStateChangeEvent");
        assertThat(registered.header("Location"))
            .isEqualTo(BASE + "/hub/" + registered.json().path("id").asText());
        hubs.add(registered.json().path("id").asText());
      }
      assertProblem(postJson(BASE + "/hub", body, apex), 409);
      assertThat(
              TestApp.queryLong(
                  "SELECT COUNT(*) FROM tmf_hub_listeners l JOIN organizations o ON o.id ="
                      + " l.partner_id WHERE o.name = 'Apex Clinical IT Staffing'"))
          .isEqualTo(5);
      assertProblem(Api.send(delete(BASE + "/hub/" + hubs.get(0), northwind)), 404);
    } finally {
      for (String hub : hubs) {
        assertThat(Api.send(delete(BASE + "/hub/" + hub, apex)).status()).isEqualTo(204);
      }
    }
  }

  // ---- helpers ----

  private static List<JsonNode> eventsFor(long id) {
    return received.stream()
        .filter(
            e ->
                e.path("event")
                    .path("troubleTicket")
                    .path("id")
                    .asText()
                    .equals(String.valueOf(id)))
        .toList();
  }

  private static long hubEvents(long id) {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM outbox_events WHERE type = 'tmf.hub-event' AND aggregate_id = " + id);
  }

  private static long comments(long id) {
    return TestApp.queryLong("SELECT COUNT(*) FROM ticket_comments WHERE ticket_id = " + id);
  }

  private static Api.Reply patch(long id, String body, String token) {
    return Api.send(
        Api.request(BASE + "/troubleTicket/" + id)
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", MERGE_PATCH)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .build());
  }

  private static HttpRequest delete(String path, String token) {
    return Api.request(path).DELETE().header("Authorization", "Bearer " + token).build();
  }

  /** A ticket filed by the desk and handed to the named group. */
  private static long heldBy(String group, boolean phi) {
    Api.Reply filed =
        postJson(
            "/api/tickets",
            object(
                    entry("type", "INCIDENT"),
                    entry("title", TITLE),
                    entry("description", DESCRIPTION),
                    entry("applicationId", TestApp.queryLong("SELECT MIN(id) FROM applications")),
                    entry("impact", 2),
                    entry("urgency", 2),
                    entry("phi", phi))
                .toString(),
            agent);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    long groupId =
        TestApp.queryLong(
            "SELECT id FROM support_groups WHERE name = '" + group.replace("'", "''") + "'");
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + id,
            object(
                    entry("version", filed.json().path("version").asLong()),
                    entry("groupId", groupId))
                .toString(),
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return id;
  }
}
