package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.desk.AttachmentApiTest;
import org.medley.integrations.Desks;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Description edits and files on their way to partner desks, through the whole application against
 * recording desks over real HTTP and Camel: Apex (no business associate agreement) and Northwind
 * (under one). An edited description follows through the minimum-necessary filter; a PUBLIC file
 * follows by its id, its bytes loaded at delivery, in order with the ticket's other updates; an
 * INTERNAL file stays; a PHI ticket's file reaches only the partner under an agreement, and the
 * ticket's and the connector's audit say when one was withheld.
 */
class EbondingFilesTest {

  private static final long APEX_GROUP = 12; // the demo's "Apex Legacy Support"

  private final List<Engaged> engaged = new java.util.ArrayList<>();
  private String agent;

  /** A recording desk behind one partner group's engagement. */
  private record Engaged(
      long group, long engagement, long connector, RecordingDesk desk, Desks gateway) {}

  @BeforeEach
  void signIn() {
    TestApp.server();
    agent = TestApp.tokenFor("agent");
  }

  @AfterEach
  void disconnect() throws Exception {
    for (Engaged e : engaged) {
      execute("UPDATE engagements SET connector_id = NULL WHERE id = " + e.engagement());
      execute(
          "UPDATE desk_connectors SET deleted_at = CURRENT_TIMESTAMP(6) WHERE id = "
              + e.connector());
      RoutingTestGateway.unroute(e.connector());
      e.gateway().close();
      e.desk().close();
    }
  }

  private Engaged engage(long group, String name) throws Exception {
    long engagement =
        TestApp.queryLong("SELECT engagement_id FROM engagement_groups WHERE group_id = " + group);
    RecordingDesk desk = new RecordingDesk();
    Desks gateway = desk.gateway(Clock.systemUTC());
    long connector =
        TestDesks.recordingConnector(
            name,
            "FILES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
            desk.baseUrl());
    RoutingTestGateway.route(connector, gateway);
    execute("UPDATE engagements SET connector_id = " + connector + " WHERE id = " + engagement);
    Engaged e = new Engaged(group, engagement, connector, desk, gateway);
    engaged.add(e);
    return e;
  }

  private Engaged apex() throws Exception {
    return engage(APEX_GROUP, "Apex RT");
  }

  private Engaged northwind() throws Exception {
    return engage(
        TestApp.queryLong(
            "SELECT id FROM support_groups WHERE name = '" + TestDesks.NORTHWIND + "'"),
        "Northwind RT");
  }

  @Test
  void anEditedDescriptionFollowsThroughTheFilterAndATitleEditLeavesItOut() throws Exception {
    Engaged apex = apex();
    long ticket = file("Label printer " + UUID.randomUUID(), false);
    handTo(ticket, apex.group());
    patch(ticket, "\"description\":\"Prints the label of patient SSN 123-45-6789 twice\"");
    patch(ticket, "\"title\":\"Label printer prints twice\"");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(apex.desk().taken())
                    .as(
                        get(
                                "/api/integrations/dead-letters?connectorId=" + apex.connector(),
                                TestApp.tokenFor("admin"))
                            .body())
                    .extracting(RecordingDesk.Taken::kind)
                    .containsExactly("CREATE", "UPDATE", "UPDATE"));
    List<RecordingDesk.Taken> taken = apex.desk().taken();
    JsonNode described = taken.get(1).body();
    assertThat(described.path("description").asText())
        .as("Apex has no business associate agreement: the SSN is masked")
        .doesNotContain("123-45-6789")
        .contains("[SSN]")
        .startsWith("Prints the label of patient");
    assertThat(taken.get(2).body().has("description"))
        .as("a title edit does not resend the description")
        .isFalse();
    assertThat(taken.get(2).body().path("title").asText()).isEqualTo("Label printer prints twice");
  }

  @Test
  void aPublicFileFollowsInOrderByItsIdAndAnInternalOneStays() throws Exception {
    Engaged apex = apex();
    long ticket = file("Scanner error " + UUID.randomUUID(), false);
    handTo(ticket, apex.group());
    comment(ticket, "Before the file");
    long attachment = upload(ticket, "scanner error.png", null);
    upload(ticket, "internal notes.png", "INTERNAL");
    comment(ticket, "After the file");

    await().atMost(Duration.ofSeconds(20)).until(() -> apex.desk().taken().size() >= 4);
    List<RecordingDesk.Taken> taken = apex.desk().taken();
    assertThat(taken)
        .extracting(RecordingDesk.Taken::kind)
        .containsExactly("CREATE", "PUBLIC_COMMENT", "ATTACHMENT", "PUBLIC_COMMENT");
    JsonNode file = taken.get(2).body();
    assertThat(file.path("filename").asText()).isEqualTo("scanner error.png");
    assertThat(file.path("contentType").asText()).isEqualTo("image/png");
    assertThat(Base64.getDecoder().decode(file.path("content").asText()))
        .isEqualTo(AttachmentApiTest.PNG);
    assertThat(file.path("sha256").asText()).isEqualTo(sha256(AttachmentApiTest.PNG));
    assertThat(file.path("author").asText()).isEqualTo("Dana Whitfield");

    // The outbox row names the file; the bytes stay in the attachment store.
    String payload =
        TestApp.queryString(
            "SELECT payload FROM outbox_events WHERE aggregate_id = "
                + ticket
                + " AND payload LIKE '%\"ATTACHMENT\"%'");
    assertThat(payload).contains("\"attachmentId\":" + attachment).doesNotContain("content");
  }

  @Test
  void aPhiTicketsFileIsWithheldFromAPartnerWithoutAnAgreementAndTheAuditSaysSo() throws Exception {
    Engaged apex = apex();
    long ticket = file("Wristband printer " + UUID.randomUUID(), true);
    handTo(ticket, apex.group());
    upload(ticket, "wristband.png", null);
    comment(ticket, "Sent after the withheld file");

    await().atMost(Duration.ofSeconds(20)).until(() -> apex.desk().taken().size() >= 2);
    assertThat(apex.desk().taken())
        .extracting(RecordingDesk.Taken::kind)
        .containsExactly("CREATE", "PUBLIC_COMMENT");
    JsonNode audit = get("/api/tickets/" + ticket + "/audit", agent).json();
    JsonNode withheld = null;
    for (JsonNode line : audit.has("items") ? audit.path("items") : audit) {
      if (line.path("action").asText().equals("ATTACHMENT_WITHHELD")) {
        withheld = line;
      }
    }
    assertThat(withheld).as(audit.toString()).isNotNull();
    assertThat(withheld.path("newValue").asText()).isEqualTo("wristband.png");
    assertThat(withheld.path("note").asText())
        .contains("Not sent to Apex RT")
        .contains("business associate agreement");
    assertThat(withheld.path("actorName").asText()).isEqualTo("E-bonding: Apex RT");
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ebonding_audit WHERE action = 'ATTACHMENT_WITHHELD'"
                    + " AND connector_id = "
                    + apex.connector()))
        .isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM outbox_events WHERE aggregate_id = "
                    + ticket
                    + " AND payload LIKE '%\"ATTACHMENT\"%'"))
        .as("nothing queued that the desk may not have")
        .isZero();
  }

  @Test
  void aPartnerUnderAnAgreementGetsThePhiTicketsFile() throws Exception {
    Engaged northwind = northwind();
    long ticket = file("Wristband printer " + UUID.randomUUID(), true);
    handTo(ticket, northwind.group());
    upload(ticket, "wristband.png", null);

    await().atMost(Duration.ofSeconds(20)).until(() -> northwind.desk().taken().size() >= 2);
    List<RecordingDesk.Taken> taken = northwind.desk().taken();
    assertThat(taken).extracting(RecordingDesk.Taken::kind).containsExactly("CREATE", "ATTACHMENT");
    assertThat(Base64.getDecoder().decode(taken.get(1).body().path("content").asText()))
        .isEqualTo(AttachmentApiTest.PNG);
  }

  @Test
  void aTicketFlaggedPhiAfterTheFileWasQueuedIsCheckedAgainAtDelivery() throws Exception {
    Engaged apex = apex();
    apex.desk().failAll(503); // the desk is down while the ticket changes
    long ticket = file("Badge photo " + UUID.randomUUID(), false);
    handTo(ticket, apex.group());
    upload(ticket, "badge.png", null);
    patch(ticket, "\"phi\":true");
    apex.desk().recover();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestApp.queryLong(
                        "SELECT COUNT(*) FROM ebonding_audit WHERE action = 'ATTACHMENT_WITHHELD'"
                            + " AND connector_id = "
                            + apex.connector())
                    == 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestApp.queryLong(
                        "SELECT COUNT(*) FROM outbox_events WHERE aggregate_id = "
                            + ticket
                            + " AND type = 'ebonding.deliver' AND delivered_at IS NULL")
                    == 0);
    assertThat(apex.desk().taken())
        .extracting(RecordingDesk.Taken::kind)
        .doesNotContain("ATTACHMENT");
  }

  private long file(String title, boolean phi) {
    long application = TestApp.queryLong("SELECT MIN(id) FROM applications");
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"On 4 West\",\"applicationId\":"
                + application
                + ",\"impact\":2,\"urgency\":2,\"phi\":"
                + phi
                + ",\"affectedUsers\":3}",
            agent);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private void handTo(long ticket, long group) {
    patch(ticket, "\"groupId\":" + group);
  }

  private void patch(long ticket, String fields) {
    Api.Reply patched =
        patchJson(
            "/api/tickets/" + ticket,
            "{\"version\":" + version(ticket) + "," + fields + "}",
            agent);
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
  }

  private void comment(long ticket, String body) {
    Api.Reply reply =
        postJson(
            "/api/tickets/" + ticket + "/comments",
            "{\"body\":\"" + body + "\",\"visibility\":\"PUBLIC\"}",
            agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  private long upload(long ticket, String name, String visibility) {
    Api.Reply uploaded =
        AttachmentApiTest.upload(
            ticket, name, "image/png", AttachmentApiTest.PNG, visibility, agent);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    return uploaded.json().path("id").asLong();
  }

  private long version(long ticket) {
    return get("/api/tickets/" + ticket, agent).json().path("version").asLong();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static void execute(String sql) throws Exception {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
