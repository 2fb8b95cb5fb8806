package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.ebonding.internal.TestDesks.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.WebhookSignature;
import org.medley.integrations.fakes.FakeJiraServiceManagement;
import org.medley.integrations.fakes.FakeRequestTracker;
import org.medley.integrations.fakes.FakeServiceNow;
import org.medley.integrations.fakes.FakeTmf621;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Issue #19's round trip through the whole application and the real protocols, against the fakes
 * that speak them: a ticket handed to Apex's group opens in Apex's desk; the partner replies there;
 * the hospital replies in Medley; the partner resolves there — and each message is in each place
 * exactly once (no duplicate, no echo). Request Tracker is polled; Jira Service Management calls
 * the webhook (every webhook Jira fires is posted, Medley's own actions included, as Jira would); a
 * TMF621 partner's hub pushes to the listener Medley registered there, with OAuth2 client
 * credentials.
 */
class PartnerDeskRoundTripTest {

  private ConnectorDirectory.Connector connector;

  @BeforeEach
  void server() {
    TestApp.server();
  }

  @AfterEach
  void disconnect() {
    TestDesks.disengageApex(connector);
  }

  private void engage(ConnectorDirectory.Connector desk) {
    connector = desk;
    TestDesks.engageApex(desk);
  }

  private static void hospitalReplies(long ticket, String text) {
    var reply =
        Api.postJson(
            "/api/tickets/" + ticket + "/comments",
            "{\"body\":\"" + text + "\",\"visibility\":\"PUBLIC\"}",
            TestDesks.token("agent"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  private static long comments(long ticket, String text) {
    return count("ticket_comments WHERE ticket_id = " + ticket + " AND body LIKE '%" + text + "%'");
  }

  private DeskPoller poller() {
    return TestDesks.poller(connector, "round-trip");
  }

  @Test
  void requestTrackerRoundTripIsOnceEachWayWithoutEcho() {
    try (FakeRequestTracker rt = new FakeRequestTracker("medley", "1-30-roundtrip")) {
      engage(
          TestDesks.connector(
              DeskKind.REQUEST_TRACKER,
              "Apex RT",
              rt.baseUrl().toString(),
              "{\"type\":\"TOKEN\",\"token\":\"1-30-roundtrip\"}",
              ",\"settings\":{\"integrationUser\":\"medley\",\"queue\":\"General\"}"));
      DeskPoller poller = poller();
      assertThat(poller.poll(connector)).isTrue(); // from now on

      long ticket = TestDesks.handedToApex("Pharmacy label printer jams");
      String number = TestDesks.ticket(ticket).path("number").asText();
      await().atMost(Duration.ofSeconds(30)).until(() -> rt.tickets().size() == 1);
      FakeRequestTracker.Ticket opened = rt.tickets().get(0);
      assertThat(opened.subject()).startsWith(number + " ");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  Api.get(
                          "/api/tickets/" + ticket + "/external-references",
                          TestDesks.token("agent"))
                      .body()
                      .contains(String.valueOf(opened.id())));

      rt.reply(opened.id(), "root", "Partner here: replacing the roller");
      assertThat(poller.poll(connector)).isTrue();
      assertThat(comments(ticket, "replacing the roller")).isEqualTo(1);

      hospitalReplies(ticket, "Ward 4 confirms it jams on every third label");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  rt.transactions(opened.id()).stream()
                      .anyMatch(t -> t.content() != null && t.content().contains("every third")));
      long imported = count("desk_inbound_events WHERE connector_id = " + connector.id());
      assertThat(poller.poll(connector)).isTrue();
      assertThat(count("desk_inbound_events WHERE connector_id = " + connector.id()))
          .as("Medley's own reply is not imported back")
          .isEqualTo(imported);
      assertThat(comments(ticket, "every third")).isEqualTo(1);

      var retitled =
          Api.patchJson(
              "/api/tickets/" + ticket,
              "{\"title\":\"Pharmacy label printer jams on every third label\",\"version\":"
                  + TestDesks.ticket(ticket).path("version")
                  + "}",
              TestDesks.token("agent"));
      assertThat(retitled.status()).as(retitled.body()).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> rt.ticket(opened.id()).subject().endsWith("on every third label"));
      assertThat(rt.ticket(opened.id()).subject()).startsWith(number + " ");

      rt.reply(opened.id(), "root", "Roller replaced, printing fine");
      rt.setStatus(opened.id(), "root", "resolved");
      assertThat(poller.poll(connector)).isTrue();
      JsonNode resolved = TestDesks.ticket(ticket);
      assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");

      // Once each way: one ticket in RT, the hospital's words once there, the partner's once here.
      assertThat(rt.tickets()).hasSize(1);
      assertThat(
              rt.transactions(opened.id()).stream()
                  .filter(t -> t.content() != null && t.content().contains("every third")))
          .hasSize(1);
      assertThat(comments(ticket, "replacing the roller")).isEqualTo(1);
      assertThat(poller.poll(connector)).isTrue();
      assertThat(comments(ticket, "Roller replaced")).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void jiraServiceManagementRoundTripIsOnceEachWayWithoutEcho() {
    String secret = "jsm-webhook-secret-0123456789";
    try (FakeJiraServiceManagement jsm =
        new FakeJiraServiceManagement("medley@hospital.example", "api-token", "medley-account")) {
      engage(
          TestDesks.connector(
              DeskKind.JIRA_SM,
              "Apex JSM",
              jsm.baseUrl().toString(),
              "{\"type\":\"BASIC\",\"username\":\"medley@hospital.example\","
                  + "\"password\":\"api-token\"}",
              ",\"webhookSecret\":\""
                  + secret
                  + "\",\"settings\":{\"serviceDeskId\":\"1\",\"requestTypeId\":\"10\","
                  + "\"integrationUser\":\"medley-account\"}"));

      long ticket = TestDesks.handedToApex("Dictation app crashes on login");
      await().atMost(Duration.ofSeconds(30)).until(() -> jsm.issues().size() == 1);
      String key = jsm.issues().get(0).key;
      // The desk answered; Medley records its key right after: a partner quicker than that meets
      // 404 and retries, which this test does not model.
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  Api.get(
                          "/api/tickets/" + ticket + "/external-references",
                          TestDesks.token("agent"))
                      .body()
                      .contains(key));

      deliver(jsm.partnerComments(key, "Partner here: collecting the crash log", true), secret);
      assertThat(comments(ticket, "collecting the crash log")).isEqualTo(1);

      hospitalReplies(ticket, "Happens only on the night shift PCs");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  jsm.issue(key).orElseThrow().comments.stream()
                      .anyMatch(c -> c.body().contains("night shift")));

      deliver(
          jsm.partnerTransitions(key, "Resolve this issue", "Patched the profile loader"), secret);
      assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("RESOLVED");

      // Jira fires webhooks for everything, Medley's own actions included (and the resolving
      // transition's comment as a comment of its own); posting them all, replays and echoes,
      // leaves every message in Medley once.
      for (FakeJiraServiceManagement.Webhook hook : jsm.webhooks()) {
        var reply = post(hook.signed(secret));
        assertThat(reply.status()).as(reply.body()).isIn(202, 404);
      }
      List<String> bodies = new java.util.ArrayList<>();
      TestDesks.comments(ticket).forEach(c -> bodies.add(c.path("body").asText()));
      assertThat(bodies).doesNotHaveDuplicates();
      assertThat(comments(ticket, "night shift")).isEqualTo(1);
      assertThat(jsm.issues()).hasSize(1);
      assertThat(
              jsm.issue(key).orElseThrow().comments.stream()
                  .filter(c -> c.body().contains("night shift")))
          .hasSize(1);
      assertThat(comments(ticket, "collecting the crash log")).isEqualTo(1);
    }
  }

  @Test
  void serviceNowRoundTripIsOnceEachWayWithoutEcho() {
    String secret = "sn-webhook-secret-0123456789";
    try (FakeServiceNow sn = new FakeServiceNow()) {
      engage(
          TestDesks.connector(
              DeskKind.SERVICENOW,
              "Apex ServiceNow",
              sn.baseUrl().toString(),
              "{\"type\":\"BASIC\",\"username\":\"medley.integration\","
                  + "\"password\":\"s3cret\"}",
              ",\"webhookSecret\":\""
                  + secret
                  + "\",\"settings\":{\"assignmentGroup\":\"Hardware\","
                  + "\"integrationUser\":\"medley.integration\"}"));

      long ticket = TestDesks.handedToApex("Badge reader at OR 2 rejects badges");
      await().atMost(Duration.ofSeconds(30)).until(() -> sn.incidents().size() == 1);
      String sysId = sn.incidents().get(0).sysId();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  Api.get(
                          "/api/tickets/" + ticket + "/external-references",
                          TestDesks.token("agent"))
                      .body()
                      .contains(sysId));

      // The partner asks; its business rule calls Medley.
      signed(sn.comment(sysId, "beth.anglin", "Does the reader beep twice?"), secret);
      assertThat(comments(ticket, "beep twice")).isEqualTo(1);

      hospitalReplies(ticket, "Two beeps, then a red light");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> sn.incident(sysId).comments().contains("Two beeps, then a red light"));

      signed(sn.setState(sysId, "beth.anglin", 2, null), secret);
      signed(sn.resolve(sysId, "beth.anglin", "Solved (Permanently)", "Reader replaced"), secret);
      assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("RESOLVED");

      // The business rule fires for every update, Medley's own included: posting them all again,
      // replays and echoes, leaves every message in Medley and in ServiceNow once.
      for (FakeServiceNow.Update update : sn.updates()) {
        String body = sn.webhookFor(update);
        var reply = postSigned(body, secret);
        assertThat(reply.status()).as(reply.body()).isIn(202, 404);
      }
      List<String> bodies = new java.util.ArrayList<>();
      TestDesks.comments(ticket).forEach(c -> bodies.add(c.path("body").asText()));
      assertThat(bodies).doesNotHaveDuplicates();
      assertThat(comments(ticket, "Two beeps")).isEqualTo(1);
      assertThat(comments(ticket, "beep twice")).isEqualTo(1);
      assertThat(sn.incidents()).hasSize(1);
      assertThat(sn.incident(sysId).comments())
          .containsExactly("Does the reader beep twice?", "Two beeps, then a red light");
      assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("RESOLVED");
    }
  }

  private void signed(String body, String secret) {
    var reply = postSigned(body, secret);
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
  }

  /** Posts as a ServiceNow business rule set up for Medley does: Medley's signature header. */
  private Api.Reply postSigned(String body, String secret) {
    return Api.send(
        Api.request("/api/integrations/" + connector.id() + "/webhook")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * TMF621 with Medley as the client of the partner's API: Medley registered its webhook at the
   * partner's hub when the admin added the connector; the hub pushes every event (Medley's own
   * doings included) with a bearer token it got from Medley's token endpoint by OAuth2 client
   * credentials, as a hub that cannot sign bodies does.
   */
  @Test
  void tmf621RoundTripIsPushedByThePartnersHubOnceEachWayWithoutEcho() throws Exception {
    String secret = "tmf-hub-client-secret-0123";
    try (FakeTmf621 tmf = new FakeTmf621("medley-client", "partner-api-secret")) {
      engage(
          TestDesks.connector(
              DeskKind.TMF621,
              "Apex TMF",
              tmf.baseUrl().toString(),
              "{\"type\":\"OAUTH2_CLIENT\",\"tokenUrl\":\""
                  + tmf.tokenUrl()
                  + "\",\"clientId\":\"medley-client\",\"clientSecret\":\"partner-api-secret\"}",
              ",\"webhookSecret\":\"" + secret + "\""));
      await().atMost(Duration.ofSeconds(30)).until(() -> tmf.listeners().size() == 1);
      JsonNode view =
          Api.get("/api/integrations/connectors/" + connector.id(), TestDesks.token("admin"))
              .json();
      // The hub reaches Medley's public address (here: the test server behind it).
      tmf.reachMedleyAt(TestApp.server().getURI());
      tmf.pushWithClientCredentials(
          java.net.URI.create(view.path("webhookTokenUrl").asText()),
          view.path("webhookClientId").asText(),
          secret);

      long ticket = TestDesks.handedToApex("Telemetry monitor drops the feed");
      await().atMost(Duration.ofSeconds(30)).until(() -> tmf.tickets().size() == 1);
      String id = tmf.tickets().get(0).path("id").asText();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  Api.get(
                          "/api/tickets/" + ticket + "/external-references",
                          TestDesks.token("agent"))
                      .body()
                      .contains(id));

      tmf.partnerAddsNote(id, "Rita (Apex)", "Partner here: reseating the feed cable", false);
      assertThat(tmf.publish()).allMatch(status -> status == 202);
      assertThat(comments(ticket, "reseating the feed cable")).isEqualTo(1);
      assertThat(tmf.tokenRequests()).isEqualTo(1);

      hospitalReplies(ticket, "Bay 3 monitor drops it every hour");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> tmf.ticket(id).orElseThrow().path("note").toString().contains("every hour"));
      long imported = count("desk_inbound_events WHERE connector_id = " + connector.id());
      assertThat(tmf.publish()).allMatch(status -> status == 202); // Medley's note, pushed back
      assertThat(count("desk_inbound_events WHERE connector_id = " + connector.id()))
          .as("Medley's own note is not imported back")
          .isEqualTo(imported);

      tmf.partnerSetsStatus(id, "resolved", "Replaced the feed cable");
      assertThat(tmf.publish()).allMatch(status -> status == 202);
      JsonNode resolved = TestDesks.ticket(ticket);
      assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
      assertThat(resolved.path("resolution").asText()).isEqualTo("Replaced the feed cable");

      // Every event the hub ever fired, pushed again: nothing changes.
      long before = count("ticket_comments WHERE ticket_id = " + ticket);
      for (String event : tmf.events()) {
        var again =
            Api.send(
                Api.request("/api/integrations/" + connector.id() + "/webhook")
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + bearer(view, secret))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(event))
                    .build());
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().path("applied").asInt()).isZero();
      }
      assertThat(count("ticket_comments WHERE ticket_id = " + ticket)).isEqualTo(before);
      assertThat(tmf.tickets()).hasSize(1);
      assertThat(comments(ticket, "reseating the feed cable")).isEqualTo(1);
      assertThat(comments(ticket, "every hour")).isEqualTo(1);
      assertThat(
              tmf.ticket(id).orElseThrow().path("note").findValuesAsText("text").stream()
                  .filter(text -> text.contains("every hour")))
          .hasSize(1);
    }
  }

  /** A token from Medley's token endpoint, as the hub gets it. */
  private String bearer(JsonNode view, String secret) {
    var issued =
        Api.send(
            Api.request("/api/integrations/" + connector.id() + "/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                (view.path("webhookClientId").asText() + ":" + secret)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials"))
                .build());
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return issued.json().path("access_token").asText();
  }

  private void deliver(FakeJiraServiceManagement.Webhook hook, String secret) {
    var reply = post(hook.signed(secret));
    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
  }

  /** Posts as Jira does: its own signature header only. */
  private Api.Reply post(FakeJiraServiceManagement.Webhook hook) {
    return Api.send(
        Api.request("/api/integrations/" + connector.id() + "/webhook")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-Hub-Signature", hook.headers().get("X-Hub-Signature"))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(hook.body()))
            .build());
  }
}
