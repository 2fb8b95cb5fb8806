package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/** The real desk drives the timers: a ticket filed, picked up, put on hold, resumed, resolved. */
class SlaDeskJourneyTest {

  private static String agent;
  private static String enduser;
  private static long ehr;

  @BeforeAll
  static void setUp() throws SQLException {
    agent = TestApp.tokenFor("agent");
    enduser = TestApp.tokenFor("enduser");
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT id FROM applications WHERE category = 'EHR' ORDER BY id LIMIT 1");
        var rs = s.executeQuery()) {
      rs.next();
      ehr = rs.getLong(1);
    }
  }

  private static JsonNode timer(long ticket, String target) {
    for (JsonNode t : get("/api/tickets/" + ticket + "/sla", agent).json().path("timers")) {
      if (t.path("kind").asText().equals("SLA") && t.path("target").asText().equals(target)) {
        return t;
      }
    }
    throw new AssertionError("no SLA " + target + " timer on ticket " + ticket);
  }

  private static void transition(long id, String body) {
    Api.Reply reply = postJson("/api/tickets/" + id + "/transitions", body, agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  @Test
  void aTicketFiledThroughTheDeskGetsTimersThatFollowItsLife() {
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Cannot chart meds\",\"description\":\"MAR blank on"
                + " 4 West\",\"applicationId\":"
                + ehr
                + ",\"impact\":1,\"urgency\":1,\"phi\":false}",
            enduser);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    Instant opened =
        Instant.parse(created.json().path("createdAt").asText())
            .truncatedTo(java.time.temporal.ChronoUnit.MICROS);

    // P1 (impact 1 × urgency 1): 15 min response, 4 h resolution on 24x7.
    JsonNode response = timer(id, "RESPONSE");
    assertThat(response.path("state").asText()).isEqualTo("RUNNING");
    assertThat(Instant.parse(response.path("dueAt").asText()))
        .isEqualTo(opened.plus(Duration.ofMinutes(15)));
    // The desk stored the deadline the SLA feature foresaw with the ticket: nothing to correct.
    assertThat(Instant.parse(created.json().path("slaDueAt").asText()))
        .isEqualTo(opened.plus(Duration.ofMinutes(15)));
    SlaDueRecorder recorder = TestApp.context().getBean(SlaDueRecorder.class);
    assertThat(recorder.forTicket(id)).isEmpty();

    transition(id, "{\"to\":\"IN_PROGRESS\"}"); // picked up: the response target is met
    assertThat(timer(id, "RESPONSE").path("state").asText()).isEqualTo("MET");
    assertThat(recorder.forTicket(id))
        .last()
        .extracting(e -> e.dueAt())
        .isEqualTo(opened.plus(Duration.ofHours(4)));

    transition(id, "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}");
    assertThat(timer(id, "RESOLUTION").path("state").asText()).isEqualTo("PAUSED");
    assertThat(recorder.forTicket(id)).last().extracting(e -> e.dueAt()).isNull();

    transition(id, "{\"to\":\"IN_PROGRESS\"}");
    assertThat(timer(id, "RESOLUTION").path("state").asText()).isEqualTo("RUNNING");

    transition(
        id, "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolution\":\"Cleared cache\"}");
    assertThat(timer(id, "RESOLUTION").path("state").asText()).isEqualTo("MET");
  }
}
