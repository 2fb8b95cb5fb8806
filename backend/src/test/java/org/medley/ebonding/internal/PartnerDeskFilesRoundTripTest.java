package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.ebonding.internal.TestDesks.count;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.desk.AttachmentApiTest;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.fakes.FakeDesk;
import org.medley.integrations.fakes.FakeJiraServiceManagement;
import org.medley.integrations.fakes.FakeRequestTracker;
import org.medley.integrations.fakes.FakeServiceNow;
import org.medley.integrations.fakes.FakeTmf621;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * A description edit and a file through the whole application and each real protocol, against the
 * fakes that speak them, with the desk's answer to the file's upload lost on the way back (the desk
 * stored it; Medley saw a 503 and delivers again): each desk ends up with the new description and
 * the file exactly once, byte for byte.
 */
class PartnerDeskFilesRoundTripTest {

  private static final String RETRY = "\"retryInitial\":\"PT1S\",\"retryMax\":\"PT2S\"";

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

  /**
   * Hands a new ticket to Apex, waits for {@code opened}, edits its description, attaches the PNG
   * with the upload's answer lost once, and waits until every update of the ticket was delivered.
   */
  private long scenario(FakeDesk desk, Supplier<Boolean> opened, String method, String upload) {
    long ticket = TestDesks.handedToApex("Infusion pump shows E-17");
    await().atMost(Duration.ofSeconds(30)).until(opened::get);
    var described =
        Api.patchJson(
            "/api/tickets/" + ticket,
            "{\"description\":\"E-17 on every pump of ward 3\",\"version\":"
                + TestDesks.ticket(ticket).path("version")
                + "}",
            TestDesks.token("agent"));
    assertThat(described.status()).as(described.body()).isEqualTo(200);
    desk.loseAnswers(method, upload, 1);
    var uploaded =
        AttachmentApiTest.upload(
            ticket, "pump.png", "image/png", AttachmentApiTest.PNG, null, TestDesks.token("agent"));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "outbox_events WHERE aggregate_id = "
                            + ticket
                            + " AND type = 'ebonding.deliver' AND delivered_at IS NULL")
                    == 0);
    assertThat(
            desk.requests().stream()
                .filter(r -> r.method().equals(method) && r.path().startsWith(upload))
                .count())
        .as("the upload was tried again after its answer was lost")
        .isGreaterThanOrEqualTo(1);
    return ticket;
  }

  @Test
  void serviceNow() {
    try (FakeServiceNow sn = new FakeServiceNow("medley.integration", "s3cret")) {
      engage(
          TestDesks.connector(
              DeskKind.SERVICENOW,
              "Apex ServiceNow",
              sn.baseUrl().toString(),
              "{\"type\":\"BASIC\",\"username\":\"medley.integration\",\"password\":\"s3cret\"}",
              ",\"settings\":{\"integrationUser\":\"medley.integration\"," + RETRY + "}"));
      long ticket =
          scenario(sn, () -> sn.incidents().size() == 1, "POST", "/api/now/attachment/file");

      FakeServiceNow.Incident incident = sn.incidents().get(0);
      assertThat(
              Api.get("/api/tickets/" + ticket + "/sync", TestDesks.token("agent"))
                  .json()
                  .path(0)
                  .path("display")
                  .asText())
          .as("the file's receipt names no number: the sync line keeps the incident's")
          .isEqualTo(incident.number());
      assertThat(incident.get("description")).isEqualTo("E-17 on every pump of ward 3");
      assertThat(sn.attachments(incident.sysId()))
          .singleElement()
          .satisfies(a -> assertThat(a.content()).isEqualTo(AttachmentApiTest.PNG));
    }
  }

  @Test
  void jiraServiceManagement() {
    try (FakeJiraServiceManagement jsm =
        new FakeJiraServiceManagement("medley@hospital.example", "api-token", "medley-account")) {
      engage(
          TestDesks.connector(
              DeskKind.JIRA_SM,
              "Apex JSM",
              jsm.baseUrl().toString(),
              "{\"type\":\"BASIC\",\"username\":\"medley@hospital.example\","
                  + "\"password\":\"api-token\"}",
              ",\"webhookSecret\":\"jsm-webhook-secret-0123456789\",\"settings\":{"
                  + "\"serviceDeskId\":\"1\",\"requestTypeId\":\"10\","
                  + "\"integrationUser\":\"medley-account\","
                  + RETRY
                  + "}"));
      scenario(jsm, () -> jsm.issues().size() == 1, "POST", "/rest/servicedeskapi/request/");

      FakeJiraServiceManagement.Issue issue = jsm.issues().get(0);
      assertThat(issue.description).isEqualTo("E-17 on every pump of ward 3");
      assertThat(issue.attachments)
          .singleElement()
          .satisfies(a -> assertThat(a.content()).isEqualTo(AttachmentApiTest.PNG));
    }
  }

  @Test
  void tmf621() {
    try (FakeTmf621 partner = new FakeTmf621("medley", "client-secret")) {
      engage(
          TestDesks.connector(
              DeskKind.TMF621,
              "Apex TMF",
              partner.baseUrl().toString(),
              "{\"type\":\"OAUTH2_CLIENT\",\"clientId\":\"medley\","
                  + "\"clientSecret\":\"client-secret\",\"tokenUrl\":\""
                  + partner.tokenUrl()
                  + "\"}",
              ",\"settings\":{\"integrationUser\":\"Medley\"," + RETRY + "}"));
      scenario(
          partner,
          () -> partner.tickets().size() == 1,
          "PATCH",
          FakeTmf621.BASE + "/troubleTicket/");

      String id = partner.tickets().get(0).path("id").asText();
      assertThat(partner.ticket(id).orElseThrow().path("description").asText())
          .isEqualTo("E-17 on every pump of ward 3");
      assertThat(partner.ticket(id).orElseThrow().path("attachment")).hasSize(1);
      assertThat(partner.attachedFiles(id).get("pump.png")).isEqualTo(AttachmentApiTest.PNG);
    }
  }

  @Test
  void requestTracker() {
    try (FakeRequestTracker rt = new FakeRequestTracker("medley", "1-30-files")) {
      engage(
          TestDesks.connector(
              DeskKind.REQUEST_TRACKER,
              "Apex RT",
              rt.baseUrl().toString(),
              "{\"type\":\"TOKEN\",\"token\":\"1-30-files\"}",
              ",\"settings\":{\"integrationUser\":\"medley\",\"queue\":\"General\","
                  + RETRY
                  + "}"));
      scenario(rt, () -> rt.tickets().size() == 1, "POST", "/REST/2.0/ticket/");

      int id = rt.tickets().get(0).id();
      List<FakeRequestTracker.Transaction> history = rt.transactions(id);
      assertThat(history)
          .filteredOn(t -> t.type().equals("Comment"))
          .singleElement()
          .satisfies(t -> assertThat(t.content()).contains("E-17 on every pump of ward 3"));
      assertThat(history)
          .flatExtracting(FakeRequestTracker.Transaction::attachments)
          .filteredOn(a -> a.filename() != null)
          .singleElement()
          .satisfies(a -> assertThat(a.bytes()).isEqualTo(AttachmentApiTest.PNG));
    }
  }

  private static void execute(String sql) {
    try (var c = TestApp.connection();
        var statement = c.createStatement()) {
      statement.executeUpdate(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
