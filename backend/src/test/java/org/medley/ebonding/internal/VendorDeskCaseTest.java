package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.ebonding.internal.TestDesks.execute;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskChange;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * A vendor with its own desk: the hospital's admin points the vendor's channel at a desk connector,
 * an agent escalates, and the case opens in that desk (a recording fake speaking real HTTP through
 * the Camel routes) with the text filtered; the desk's id is the case number and the ticket's
 * external reference; what the vendor does in its desk comes back as INTERNAL notes, never as a
 * reply the requester reads, and never moves the ticket; a re-escalation is a comment there.
 */
class VendorDeskCaseTest {

  private RecordingDesk desk;
  private Desks gateway;
  private long connector;
  private long vendor;
  private String vendorName;

  @BeforeEach
  void aVendorWithItsOwnDesk() throws Exception {
    TestApp.server();
    desk = new RecordingDesk();
    gateway = desk.gateway(Clock.systemUTC());
    connector =
        TestDesks.recordingConnector(
            "Vendor desk",
            "VDESK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
            desk.baseUrl());
    RoutingTestGateway.route(connector, gateway);
    vendorName = "Sunquest " + UUID.randomUUID().toString().substring(0, 6);
    var added = Api.postJson("/api/vendors", "{\"name\":\"" + vendorName + "\"}", admin());
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    vendor = added.json().path("id").asLong();
  }

  @AfterEach
  void disconnect() throws Exception {
    execute("UPDATE desk_connectors SET deleted_at = CURRENT_TIMESTAMP(6) WHERE id = " + connector);
    RoutingTestGateway.unroute(connector);
    gateway.close();
    desk.close();
  }

  private static String admin() {
    return TestDesks.token("admin");
  }

  private static String agent() {
    return TestDesks.token("agent");
  }

  @Test
  void theCaseOpensInTheVendorsDeskAndItsAnswersComeBackAsNotes() {
    assertProblem(
        Api.putJson(
            "/api/vendors/" + vendor,
            "{\"channel\":\"CONNECTOR\",\"connectorId\":999999999,\"version\":0}",
            admin()),
        400);
    var setUp =
        Api.putJson(
            "/api/vendors/" + vendor,
            "{\"channel\":\"CONNECTOR\",\"connectorId\":" + connector + ",\"version\":0}",
            admin());
    assertThat(setUp.status()).as(setUp.body()).isEqualTo(200);

    long ticket =
        Api.postJson(
                "/api/tickets",
                "{\"type\":\"INCIDENT\",\"title\":\"Lab results stuck\",\"description\":\"Results"
                    + " for MRN 00987654 do not cross the interface.\",\"applicationId\":"
                    + TestApp.queryLong("SELECT MIN(id) FROM applications")
                    + ",\"impact\":2,\"urgency\":2}",
                TestDesks.token("enduser"))
            .json()
            .path("id")
            .asLong();
    String number = TestDesks.ticket(ticket).path("number").asText();
    var draft =
        Api.get("/api/tickets/" + ticket + "/vendor-case-draft?vendorId=" + vendor, agent());
    assertThat(draft.json().path("to").asText()).isEqualTo("Vendor desk");
    var sent =
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases",
            "{\"vendorId\":"
                + vendor
                + ",\"subject\":\"Lab results stuck\",\"body\":\"Results for MRN 00987654 do not"
                + " cross the interface.\"}",
            agent());
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    long caseId = sent.json().path("id").asLong();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "SENT".equals(vendorCase(caseId).path("delivery").asText()));
    List<RecordingDesk.Taken> opened =
        desk.taken().stream().filter(t -> t.body().path("number").asText().equals(number)).toList();
    assertThat(opened).singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo("CREATE"));
    assertThat(opened.get(0).body().path("description").asText())
        .doesNotContain("00987654")
        .contains("interface");
    String deskId = opened.get(0).ticket();
    JsonNode numbered = vendorCase(caseId);
    assertThat(numbered.path("caseNumber").asText()).isEqualTo("#" + deskId);
    assertThat(
            Api.get(
                    "/api/tickets?externalRef="
                        + vendorName.toUpperCase(java.util.Locale.ROOT).replace(' ', '-')
                        + ":%23"
                        + deskId,
                    agent())
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong())
        .isEqualTo(ticket);

    // The vendor answers and resolves in its desk: notes for the desk, the ticket keeps waiting.
    InboundChanges inbound = TestApp.context().getBean(InboundChanges.class);
    ConnectorDirectory.Connector vendorDesk =
        TestApp.context().getBean(ConnectorDirectory.class).find(connector).orElseThrow();
    DeskChange answer =
        new DeskChange(
            UUID.randomUUID().toString(),
            deskId,
            DeskChange.Kind.PUBLIC_REPLY,
            "Please send the interface log.",
            "lab.engineer",
            "open",
            Instant.now());
    assertThat(inbound.apply(vendorDesk, answer)).isEqualTo(InboundChanges.Outcome.APPLIED);
    assertThat(inbound.apply(vendorDesk, answer)).isEqualTo(InboundChanges.Outcome.DUPLICATE);
    assertThat(
            inbound.apply(
                vendorDesk,
                new DeskChange(
                    UUID.randomUUID().toString(),
                    deskId,
                    DeskChange.Kind.RESOLVED,
                    "Patched the HL7 mapping.",
                    "lab.engineer",
                    "resolved",
                    Instant.now())))
        .isEqualTo(InboundChanges.Outcome.APPLIED);
    List<String> internal = TestDesks.comments(ticket, "INTERNAL");
    List<String> visible = TestDesks.comments(ticket, "PUBLIC");
    assertThat(internal)
        .anySatisfy(c -> assertThat(c).contains("answered", "Please send the interface log."))
        .anySatisfy(c -> assertThat(c).contains("resolved its case", "Patched the HL7 mapping."));
    assertThat(internal.stream().filter(c -> c.contains("interface log"))).hasSize(1);
    assertThat(visible).noneMatch(c -> c.contains("interface log") || c.contains("HL7"));
    JsonNode waiting = TestDesks.ticket(ticket);
    assertThat(waiting.path("status").asText()).isEqualTo("PENDING");
    assertThat(waiting.path("pendingReason").asText()).isEqualTo("VENDOR");
    assertThat(vendorCase(caseId).path("lastReplyAt").isNull()).isFalse();

    // Sending the case again adds a comment to the vendor's case, not a second case.
    var again =
        Api.postJson(
            "/api/vendor-cases/" + caseId + "/re-escalate",
            "{\"subject\":\"Still stuck\",\"body\":\"The log is attached on our side.\","
                + "\"version\":"
                + vendorCase(caseId).path("version")
                + "}",
            agent());
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                desk.taken().stream()
                    .anyMatch(t -> t.ticket().equals(deskId) && t.kind().equals("PUBLIC_COMMENT")));
    assertThat(desk.taken().stream().filter(t -> t.body().path("number").asText().equals(number)))
        .extracting(RecordingDesk.Taken::kind)
        .containsExactly("CREATE", "PUBLIC_COMMENT");
  }

  private static JsonNode vendorCase(long id) {
    return Api.get("/api/vendor-cases/" + id, agent()).json();
  }
}
