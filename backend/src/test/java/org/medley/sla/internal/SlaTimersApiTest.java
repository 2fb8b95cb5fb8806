package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.testing.TestApp;

/** Timers driven by the desk's events, as the ticket's SLA endpoint shows them. */
class SlaTimersApiTest {

  private static String agent;
  private static SlaFixture.Demo demo;

  @BeforeAll
  static void setUp() throws SQLException {
    agent = TestApp.tokenFor("agent");
    demo = SlaFixture.demo();
  }

  private static JsonNode timer(long ticket, String kind, String target) {
    var reply = get("/api/tickets/" + ticket + "/sla", agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    for (JsonNode t : reply.json().path("timers")) {
      if (t.path("kind").asText().equals(kind) && t.path("target").asText().equals(target)) {
        return t;
      }
    }
    throw new AssertionError("no " + kind + " " + target + " timer in " + reply.body());
  }

  private static List<String> history(long ticket) throws SQLException {
    List<String> events = new ArrayList<>();
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT t.target, h.event FROM sla_timer_history h JOIN sla_timers t ON t.id ="
                    + " h.timer_id WHERE t.ticket_id = ? ORDER BY h.id")) {
      s.setLong(1, ticket);
      var rs = s.executeQuery();
      while (rs.next()) {
        events.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return events;
  }

  @Test
  void theForecastIsTheDeadlineTheTimersRunTo() throws SQLException {
    Instant opened = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P1, opened);
    Instant foreseen = TestApp.context().getBean(TimerKeeper.class).firstDue(t);
    assertThat(foreseen)
        .as("demo P1: 15 min response on 24x7")
        .isEqualTo(opened.plus(15, ChronoUnit.MINUTES));

    SlaFixture.publish(new TicketEvent.Opened(t, opened, foreseen));
    assertThat(Instant.parse(timer(t.id(), "SLA", "RESPONSE").path("dueAt").asText()))
        .isEqualTo(foreseen);
    assertThat(TestApp.context().getBean(SlaDueRecorder.class).forTicket(t.id()))
        .as("stored with the ticket already: nothing to correct")
        .isEmpty();
  }

  @Test
  void aStoredDeadlineTheTimersDisagreeWithIsCorrected() throws SQLException {
    Instant opened = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P1, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened, opened.plus(Duration.ofDays(3))));
    assertThat(TestApp.context().getBean(SlaDueRecorder.class).forTicket(t.id()))
        .extracting(e -> e.dueAt())
        .containsExactly(opened.plus(15, ChronoUnit.MINUTES));
  }

  @Test
  void aP1TicketsTimersFollowItsLife() throws SQLException {
    Instant opened = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P1, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));

    // Demo P1 policy: response 15 min, resolution 4 h, on 24x7.
    JsonNode response = timer(t.id(), "SLA", "RESPONSE");
    assertThat(response.path("state").asText()).isEqualTo("RUNNING");
    assertThat(Instant.parse(response.path("dueAt").asText()))
        .isEqualTo(opened.plus(Duration.ofMinutes(15)));
    assertThat(response.path("targetDuration").asText()).isEqualTo("PT15M");
    assertThat(response.path("percentUsed").asInt()).isBetween(33, 40);
    assertThat(Duration.parse(response.path("remaining").asText()))
        .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
    JsonNode resolution = timer(t.id(), "SLA", "RESOLUTION");
    assertThat(Instant.parse(resolution.path("dueAt").asText()))
        .isEqualTo(opened.plus(Duration.ofHours(4)));

    SlaFixture.publish(
        new TicketEvent.Responded(t, Instant.now(), TicketEvent.Response.ACKNOWLEDGED));
    assertThat(timer(t.id(), "SLA", "RESPONSE").path("state").asText()).isEqualTo("MET");

    TicketSnapshot pending = SlaFixture.with(t, TicketStatus.PENDING, PendingReason.CUSTOMER);
    SlaFixture.publish(new TicketEvent.Changed(t, pending, Instant.now()));
    JsonNode paused = timer(t.id(), "SLA", "RESOLUTION");
    assertThat(paused.path("state").asText()).isEqualTo("PAUSED");
    assertThat(paused.path("paused").asBoolean()).isTrue();
    assertThat(paused.path("dueAt").isNull()).isTrue();

    TicketSnapshot working = SlaFixture.with(pending, TicketStatus.IN_PROGRESS, null);
    SlaFixture.publish(new TicketEvent.Changed(pending, working, Instant.now()));
    assertThat(timer(t.id(), "SLA", "RESOLUTION").path("state").asText()).isEqualTo("RUNNING");

    TicketSnapshot resolved = SlaFixture.with(working, TicketStatus.RESOLVED, null);
    SlaFixture.publish(new TicketEvent.Changed(working, resolved, Instant.now()));
    assertThat(timer(t.id(), "SLA", "RESOLUTION").path("state").asText()).isEqualTo("MET");

    assertThat(history(t.id()))
        .containsSubsequence("RESPONSE STARTED", "RESPONSE MET")
        .containsSubsequence(
            "RESOLUTION STARTED", "RESOLUTION PAUSED", "RESOLUTION RESUMED", "RESOLUTION MET");
  }

  @Test
  void aPriorityChangeReTargetsWithTheElapsedTimeCarriedOver() throws SQLException {
    // A P4 (business hours, 90 h) becomes a P1 (24x7, 4 h) after 20 wall-clock minutes.
    Instant opened = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P4, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    assertThat(timer(t.id(), "SLA", "RESOLUTION").path("targetDuration").asText())
        .isEqualTo("PT90H");

    Instant changed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SlaFixture.publish(new TicketEvent.Changed(t, SlaFixture.with(t, Priority.P1), changed));
    JsonNode resolution = timer(t.id(), "SLA", "RESOLUTION");
    assertThat(resolution.path("targetDuration").asText()).isEqualTo("PT4H");
    // Business time already run on the P4 calendar (0–20 min, depending on the hour) carries over.
    Instant due = Instant.parse(resolution.path("dueAt").asText());
    assertThat(due)
        .isBetween(changed.plus(Duration.ofMinutes(220)), changed.plus(Duration.ofHours(4)));
    assertThat(history(t.id())).contains("RESOLUTION RETARGETED", "RESPONSE RETARGETED");
  }

  @Test
  void aPartnerHoldingTheTicketRunsItsOwnOlaTimer() throws SQLException {
    Instant opened = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P3, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    TicketSnapshot toNorthwind = SlaFixture.heldBy(t, demo.partnerGroup(), demo.partner(), null);
    Instant handed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SlaFixture.publish(new TicketEvent.Changed(t, toNorthwind, handed));
    JsonNode ola = timer(t.id(), "OLA", "RESOLUTION");
    assertThat(ola.path("partnerId").asLong()).isEqualTo(demo.partner());
    // Northwind's OLA: resolution 24 h on 24x7, from the hand-over.
    assertThat(Instant.parse(ola.path("dueAt").asText()))
        .isEqualTo(handed.plus(Duration.ofHours(24)));

    TicketSnapshot back = SlaFixture.heldBy(toNorthwind, demo.group(), null, null);
    SlaFixture.publish(new TicketEvent.Changed(toNorthwind, back, Instant.now()));
    assertThat(timer(t.id(), "OLA", "RESOLUTION").path("state").asText()).isEqualTo("MET");
    assertThat(timer(t.id(), "SLA", "RESOLUTION").path("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void theQueueDeadlineIsTheWorstTimerAPartnerOlaPastItsDeadlineIncluded() throws SQLException {
    // A P4 handed to Northwind two hours ago: its 30-minute OLA response is long overdue, while
    // the customer-facing SLA (business hours) still has hours to go.
    Instant opened = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P4, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    TicketSnapshot toNorthwind = SlaFixture.heldBy(t, demo.partnerGroup(), demo.partner(), null);
    Instant handed = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    SlaFixture.publish(new TicketEvent.Changed(t, toNorthwind, handed));
    Instant olaDue = Instant.parse(timer(t.id(), "OLA", "RESPONSE").path("dueAt").asText());
    assertThat(olaDue).isEqualTo(handed.plus(Duration.ofMinutes(30))).isBefore(Instant.now());
    assertThat(Instant.parse(timer(t.id(), "SLA", "RESPONSE").path("dueAt").asText()))
        .isAfter(olaDue);

    var recorded = TestApp.context().getBean(SlaDueRecorder.class).forTicket(t.id());
    assertThat(recorded).isNotEmpty();
    assertThat(recorded.get(recorded.size() - 1).dueAt())
        .as("the queue shows the breached partner target, not the SLA's later deadline")
        .isEqualTo(olaDue);
  }

  @Test
  void cancellingCancelsEveryOpenTimer() throws SQLException {
    Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P2, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    SlaFixture.publish(
        new TicketEvent.Changed(
            t, SlaFixture.with(t, TicketStatus.CANCELLED, null), Instant.now()));
    assertThat(timer(t.id(), "SLA", "RESPONSE").path("state").asText()).isEqualTo("CANCELLED");
    assertThat(timer(t.id(), "SLA", "RESOLUTION").path("state").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void whoeverMaySeeTheTicketSeesItsTimers() throws SQLException {
    Instant opened = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P2, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    String path = "/api/tickets/" + t.id() + "/sla";
    assertThat(get(path, agent).status()).isEqualTo(200);
    assertThat(get(path, TestApp.tokenFor("enduser")).status()).as("the requester").isEqualTo(200);
    // An executive opens any ticket of the hospital read only, to look behind a figure.
    assertThat(get(path, TestApp.tokenFor("exec")).status()).as("oversight").isEqualTo(200);
    assertProblem(get(path, TestApp.tokenFor("partner")), 404); // never held by Northwind
    assertProblem(get(path, null), 401);
    assertProblem(get(path, SlaApiTest.otherTenantAdmin()), 404);
    assertProblem(get("/api/tickets/999999999/sla", agent), 404);
    assertProblem(get("/api/tickets/abc/sla", agent), 400);
  }

  @Test
  void breachingSoonListsRunningTimersByDeadline() throws SQLException {
    Instant opened = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P1, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    var reply = get("/api/sla/breaching-soon?within=PT10M&groupId=" + demo.group(), agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<Long> tickets = new ArrayList<>();
    Instant previous = Instant.MIN;
    for (JsonNode item : reply.json().path("items")) {
      tickets.add(item.path("ticketId").asLong());
      Instant due = Instant.parse(item.path("dueAt").asText());
      assertThat(due).isAfterOrEqualTo(previous);
      previous = due;
    }
    assertThat(tickets).contains(t.id());
  }
}
