package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.ebonding.internal.TestDesks.execute;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Tier;
import org.medley.desk.PartnerDeskActions;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.integrations.Desks;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * The outbound half of e-bonding against a recording partner desk over real HTTP and the real Camel
 * routes: a ticket handed to a partner group whose engagement names a connector is opened in the
 * desk, its comments, changes and resolution follow in order and once each, text passes the
 * minimum-necessary filter (Apex has no business associate agreement), a refusal becomes a dead
 * letter an admin can read, re-drive or discard, and a change the desk itself made is never sent
 * back to it.
 */
class EbondingOutboundTest {

  private static final long APEX_GROUP = 12; // the demo's "Apex Legacy Support", Apex's engagement
  private static final long SERVICE_DESK = 1;

  private RecordingDesk desk;
  private Desks gateway;
  private long connector;
  private String refSystem;
  private long engagement;
  private long tenant;
  private String agent;
  private String admin;

  @BeforeEach
  void connectApexToARecordingDesk() throws Exception {
    TestApp.server();
    agent = TestApp.tokenFor("agent");
    admin = TestApp.tokenFor("admin");
    tenant = TestApp.queryLong("SELECT tenant_id FROM support_groups WHERE id = " + APEX_GROUP);
    engagement =
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id = " + APEX_GROUP);
    desk = new RecordingDesk();
    gateway = desk.gateway(Clock.systemUTC());
    refSystem = "APEXRT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    connector = TestDesks.recordingConnector("Apex RT", refSystem, desk.baseUrl());
    RoutingTestGateway.route(connector, gateway);
    execute("UPDATE engagements SET connector_id = " + connector + " WHERE id = " + engagement);
  }

  @AfterEach
  void disconnect() throws Exception {
    execute("UPDATE engagements SET connector_id = NULL WHERE id = " + engagement);
    execute("UPDATE desk_connectors SET deleted_at = CURRENT_TIMESTAMP(6) WHERE id = " + connector);
    RoutingTestGateway.unroute(connector);
    gateway.close();
    desk.close();
  }

  @Test
  void aTicketHandedToThePartnerFollowsInItsDeskInOrderAndOnce() {
    long ticket = file("Label printer down, patient SSN 123-45-6789 on the label");
    handTo(ticket, APEX_GROUP);
    comment(ticket, "PUBLIC", "We are sending a technician");
    comment(ticket, "INTERNAL", "Call the ward on 555-867-5309 first");
    Api.Reply raised =
        patchJson(
            "/api/tickets/" + ticket,
            "{\"version\":" + version(ticket) + ",\"impact\":1,\"reason\":\"Whole ward\"}",
            agent);
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    Api.Reply resolved =
        postJson(
            "/api/tickets/" + ticket + "/transitions",
            "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolution\":\"Replaced the"
                + " print head\"}",
            agent);
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> desk.taken().size() >= 5);
    List<RecordingDesk.Taken> taken = desk.taken();
    assertThat(taken)
        .extracting(RecordingDesk.Taken::kind)
        .containsExactly("CREATE", "PUBLIC_COMMENT", "INTERNAL_NOTE", "UPDATE", "RESOLVE");
    assertThat(taken).extracting(RecordingDesk.Taken::eventId).doesNotHaveDuplicates();
    String id = taken.get(0).ticket();
    assertThat(taken).extracting(RecordingDesk.Taken::ticket).containsOnly(id);
    JsonNode opened = taken.get(0).body();
    assertThat(opened.path("title").asText())
        .as("Apex has no business associate agreement: the SSN is masked")
        .doesNotContain("123-45-6789")
        .contains("[SSN]");
    assertThat(taken.get(2).body().path("text").asText()).doesNotContain("555-867-5309");
    assertThat(taken.get(3).body().path("priority").asText()).isEqualTo("P2");
    assertThat(taken.get(4).body().path("resolutionCode").asText()).isEqualTo("FIXED");
    assertThat(taken.get(4).body().path("text").asText()).isEqualTo("Replaced the print head");

    // The desk's id is the ticket's external reference, and the sync line says so.
    assertThat(get("/api/tickets/" + ticket + "/external-references", agent).body())
        .contains(refSystem)
        .contains(id);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              JsonNode line = get("/api/tickets/" + ticket + "/sync", agent).json().path(0);
              assertThat(line.path("connectorId").asLong()).isEqualTo(connector);
              assertThat(line.path("connectorName").asText()).isEqualTo("Apex RT");
              assertThat(line.path("externalId").asText()).isEqualTo(id);
              assertThat(line.path("display").asText()).isEqualTo("#" + id);
              assertThat(line.path("lastSyncedAt").isNull()).isFalse();
              assertThat(line.path("lastError").isNull()).isTrue();
              assertThat(line.path("pending").asLong()).isZero();
            });
    JsonNode status = get("/api/integrations/connectors/" + connector + "/status", admin).json();
    assertThat(status.path("health").asText()).isEqualTo("OK");
    assertThat(status.path("queued").asLong()).isZero();
    assertThat(status.path("failed").asLong()).isZero();
    assertThat(status.path("polled").isBoolean())
        .as("Request Tracker is polled once RT lands")
        .isTrue();
  }

  @Test
  void takenBackTheDeskCancelsAndHandedAgainItIsUpdatedNotOpenedTwice() {
    long ticket = file("Scanner jams " + UUID.randomUUID());
    handTo(ticket, APEX_GROUP);
    handTo(ticket, SERVICE_DESK);
    handTo(ticket, APEX_GROUP);

    await().atMost(Duration.ofSeconds(20)).until(() -> desk.taken().size() >= 3);
    List<RecordingDesk.Taken> taken = desk.taken();
    assertThat(taken)
        .extracting(RecordingDesk.Taken::kind)
        .containsExactly("CREATE", "CANCEL", "UPDATE");
    assertThat(taken.get(1).body().path("text").asText()).isEqualTo("taken back by Service Desk");
    assertThat(taken).extracting(RecordingDesk.Taken::ticket).containsOnly(taken.get(0).ticket());
  }

  @Test
  void aRefusedUpdateIsADeadLetterThatAnAdminReadsRedrivesOrDiscards() throws Exception {
    desk.failNext(1, 422);
    long ticket = file("Badge reader " + UUID.randomUUID());
    handTo(ticket, APEX_GROUP);
    comment(ticket, "PUBLIC", "Held back behind the refused creation");

    String list = "/api/integrations/dead-letters?connectorId=" + connector;
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get(list, admin).json().path("total").asLong() == 1);
    JsonNode letter = get(list, admin).json().path("items").path(0);
    assertThat(letter.path("kind").asText()).isEqualTo("CREATE");
    assertThat(letter.path("ticketId").asLong()).isEqualTo(ticket);
    assertThat(letter.path("lastError").asText()).contains("422");
    String eventId = letter.path("eventId").asText();
    assertThat(
            get("/api/integrations/dead-letters/" + eventId, admin).json().path("payload").asText())
        .contains("\"kind\":\"CREATE\"");
    JsonNode line = get("/api/tickets/" + ticket + "/sync", agent).json().path(0);
    assertThat(line.path("lastError").asText()).contains("422");
    assertThat(line.path("pending").asLong()).as("the dead letter and the comment").isEqualTo(2);
    JsonNode status = get("/api/integrations/connectors/" + connector + "/status", admin).json();
    assertThat(status.path("health").asText()).isEqualTo("FAILING");
    assertThat(status.path("failed").asLong()).isEqualTo(1);
    assertThat(status.path("queued").asLong()).isEqualTo(1);
    assertThat(desk.taken()).as("the comment waits for its ticket's creation").isEmpty();

    // Who may see and act: admins of this hospital only; nonsense ids are problems, not 500s.
    assertThat(get(list, agent).status()).isEqualTo(403);
    String otherAdmin = TestUsers.otherTenant("ebonding-other-admin", "admin");
    assertProblem(get("/api/integrations/dead-letters/" + eventId, otherAdmin), 404);
    assertProblem(
        postJson("/api/integrations/dead-letters/" + eventId + "/redrive", "{}", otherAdmin), 404);
    assertProblem(get(list, otherAdmin), 404);
    assertProblem(get("/api/integrations/connectors/" + connector + "/status", otherAdmin), 404);
    assertProblem(get("/api/integrations/dead-letters/" + UUID.randomUUID(), admin), 404);
    assertProblem(get("/api/integrations/dead-letters/not-an-id", admin), 404);
    assertProblem(
        postJson("/api/integrations/dead-letters/" + eventId + "/discard", "{}", admin), 400);
    assertProblem(get("/api/tickets/" + ticket + "/sync", otherAdmin), 404);

    Api.Reply redriven =
        postJson("/api/integrations/dead-letters/" + eventId + "/redrive", "{}", admin);
    assertThat(redriven.status()).as(redriven.body()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(20)).until(() -> desk.taken().size() >= 2);
    assertThat(desk.taken())
        .extracting(RecordingDesk.Taken::kind)
        .containsExactly("CREATE", "PUBLIC_COMMENT");
    assertThat(get(list, admin).json().path("total").asLong()).isZero();
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ebonding_audit WHERE action = 'DEAD_LETTER_REDRIVEN'"
                    + " AND event_id = '"
                    + eventId
                    + "' AND connector_id = "
                    + connector))
        .isEqualTo(1);
  }

  @Test
  void aDiscardedDeadLetterIsAuditedAndNeverSent() {
    desk.failNext(1, 400);
    long ticket = file("Monitor flickers " + UUID.randomUUID());
    handTo(ticket, APEX_GROUP);
    String list = "/api/integrations/dead-letters?connectorId=" + connector;
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get(list, admin).json().path("total").asLong() == 1);
    String eventId = get(list, admin).json().path("items").path(0).path("eventId").asText();

    Api.Reply discarded =
        postJson(
            "/api/integrations/dead-letters/" + eventId + "/discard",
            "{\"reason\":\"Opened by hand in Apex RT\"}",
            admin);
    assertThat(discarded.status()).as(discarded.body()).isEqualTo(204);
    assertProblem(
        postJson(
            "/api/integrations/dead-letters/" + eventId + "/discard",
            "{\"reason\":\"again\"}",
            admin),
        404);
    assertThat(
            TestApp.queryString(
                "SELECT detail FROM ebonding_audit WHERE action = 'DEAD_LETTER_DISCARDED'"
                    + " AND event_id = '"
                    + eventId
                    + "'"))
        .isEqualTo("Opened by hand in Apex RT");
    assertThat(get(list, admin).json().path("total").asLong()).isZero();
    assertThat(desk.taken()).isEmpty();
  }

  /** A change applied from a desk is never sent back to it; the same change from Medley is. */
  @Test
  @SuppressWarnings("unchecked")
  void aChangeFromTheDeskItselfIsNotEchoedBack() {
    long ticket = file("Echo " + UUID.randomUUID());
    var context = TestApp.context();
    TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
    ApplicationEventPublisher<TicketEvent> events =
        context.getBean(Argument.of(ApplicationEventPublisher.class, TicketEvent.class));
    TicketSnapshot held =
        new TicketSnapshot(
            tenant,
            ticket,
            "INC-ECHO",
            TicketType.INCIDENT,
            Priority.P3,
            TicketStatus.ASSIGNED,
            null,
            Tier.L2,
            APEX_GROUP,
            3L,
            null,
            1,
            2,
            1,
            false,
            Instant.now());
    TicketEvent reply =
        new TicketEvent.Commented(
            held, Instant.now(), 1, PartnerDeskActions.Visibility.PUBLIC, "From the desk", "x");
    String key = "desk:" + connector + ":" + ticket;
    long fromDesk =
        tx.executeWrite(
            status -> {
              DeskOrigin.applying(
                  connector,
                  () -> {
                    events.publishEvent(reply);
                    return null;
                  });
              long rows = countKey(status.getConnection(), key);
              status.setRollbackOnly();
              return rows;
            });
    long fromMedley =
        tx.executeWrite(
            status -> {
              events.publishEvent(reply);
              long rows = countKey(status.getConnection(), key);
              status.setRollbackOnly();
              return rows;
            });
    assertThat(fromDesk).isZero();
    assertThat(fromMedley).isEqualTo(1);
  }

  private static long countKey(Connection c, String key) {
    try (var s = c.prepareStatement("SELECT COUNT(*) FROM outbox_events WHERE ordering_key = ?")) {
      s.setString(1, key);
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long file(String title) {
    long application = TestApp.queryLong("SELECT MIN(id) FROM applications");
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"On 4 West\",\"applicationId\":"
                + application
                + ",\"impact\":2,\"urgency\":2,\"phi\":false,\"affectedUsers\":3}",
            agent);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private void handTo(long ticket, long group) {
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + ticket,
            "{\"version\":" + version(ticket) + ",\"groupId\":" + group + "}",
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
  }

  private void comment(long ticket, String visibility, String body) {
    Api.Reply reply =
        postJson(
            "/api/tickets/" + ticket + "/comments",
            "{\"body\":\"" + body + "\",\"visibility\":\"" + visibility + "\"}",
            agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  private long version(long ticket) {
    return get("/api/tickets/" + ticket, agent).json().path("version").asLong();
  }
}
