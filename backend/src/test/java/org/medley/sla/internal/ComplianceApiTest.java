package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.desk.Priority;
import org.medley.desk.TicketSnapshot;
import org.medley.platform.JdbcRows;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Compliance figures over real timer rows, in March 2023 (the demo history is recent, so nothing
 * else finished then): met and breached counted per local day, week and month in New York across
 * the switch to daylight saving time, per group, provider and partner with names; running, paused
 * and cancelled timers count nowhere; another tenant sees nothing.
 */
class ComplianceApiTest {

  private static final String RANGE = "from=2023-03-01T05:00:00Z&to=2023-04-01T04:00:00Z";
  private static String exec;
  private static SlaFixture.Demo demo;

  @BeforeAll
  static void seed() throws SQLException {
    exec = TestApp.tokenFor("exec");
    demo = SlaFixture.demo();
    // 4 March (EST, UTC-5): local midnight of the 5th is 05:00Z.
    timer("SLA", "MET", "P1", demo.group(), null, null, "2023-03-05T04:59:59Z");
    timer("SLA", "BREACHED", "P1", demo.group(), null, null, "2023-03-05T05:00:00Z");
    timer("SLA", "MET", "P2", demo.group(), null, null, "2023-03-05T12:00:00Z");
    // Daylight saving starts 12 March 02:00 local; local midnight of the 13th is 04:00Z.
    timer("SLA", "MET", "P2", demo.partnerGroup(), demo.partner(), null, "2023-03-13T03:59:00Z");
    timer(
        "SLA", "BREACHED", "P2", demo.partnerGroup(), demo.partner(), null, "2023-03-13T04:00:00Z");
    // OLA timers of the partner.
    timer(
        "OLA",
        "MET",
        "P2",
        demo.partnerGroup(),
        demo.partner(),
        demo.partner(),
        "2023-03-13T04:00:00Z");
    timer(
        "OLA",
        "BREACHED",
        "P2",
        demo.partnerGroup(),
        demo.partner(),
        demo.partner(),
        "2023-03-20T15:00:00Z");
    // Never counted: still running, paused, cancelled (ended), and finished after the range.
    timer("SLA", "RUNNING", "P1", demo.group(), null, null, null);
    timer("SLA", "PAUSED", "P1", demo.group(), null, null, null);
    timer("SLA", "CANCELLED", "P1", demo.group(), null, null, "2023-03-06T12:00:00Z");
    timer("SLA", "MET", "P1", demo.group(), null, null, "2023-04-01T04:00:00Z");
  }

  private static void timer(
      String kind,
      String state,
      String priority,
      long group,
      Long groupPartner,
      Long olaPartner,
      String ended)
      throws SQLException {
    TicketSnapshot ticket =
        SlaFixture.ticket(demo, Priority.valueOf(priority), Instant.parse("2023-03-01T12:00:00Z"));
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "INSERT INTO sla_timers (tenant_id, ticket_id, ticket_number, kind, target,"
                    + " partner_id, calendar_id, target_ms, warnings, state, started_at,"
                    + " elapsed_ms, ended_at, due_at, priority, tier, application_id, group_id,"
                    + " group_partner_id, version) SELECT ?, ?, ?, ?, 'RESOLUTION', ?,"
                    + " MIN(id), 3600000, '50', ?, ?, 0, ?, ?, ?, 'L1', ?, ?, ?, 0 FROM calendars"
                    + " WHERE tenant_id = ?")) {
      int i = 0;
      s.setLong(++i, demo.tenant());
      s.setLong(++i, ticket.id());
      s.setString(++i, ticket.number());
      s.setString(++i, kind);
      JdbcRows.bind(s, ++i, olaPartner);
      s.setString(++i, state);
      s.setTimestamp(++i, Timestamp.from(Instant.parse("2023-03-01T12:00:00Z")));
      Timestamp end = ended == null ? null : Timestamp.from(Instant.parse(ended));
      s.setTimestamp(++i, end);
      s.setTimestamp(++i, end);
      s.setString(++i, priority);
      s.setLong(++i, demo.application());
      s.setLong(++i, group);
      JdbcRows.bind(s, ++i, groupPartner);
      s.setLong(++i, demo.tenant());
      s.executeUpdate();
    }
  }

  private static JsonNode report(String query, String token) {
    var reply = get("/api/sla/compliance?" + query, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> days(JsonNode periods) {
    List<String> list = new ArrayList<>();
    periods.forEach(
        p -> list.add(p.path("start").asText() + " " + p.path("met") + "/" + p.path("total")));
    return list;
  }

  @Test
  void countsMetAndBreachedPerLocalDayAcrossDaylightSaving() {
    JsonNode r = report(RANGE + "&period=day&groupBy=priority&zone=America/New_York", exec);
    assertThat(r.path("zone").asText()).isEqualTo("America/New_York");
    assertThat(r.path("kind").asText()).isEqualTo("SLA");
    assertThat(r.path("periods").size()).isEqualTo(31);
    assertThat(r.path("overall").path("met").asLong()).isEqualTo(3);
    assertThat(r.path("overall").path("breached").asLong()).isEqualTo(2);
    assertThat(r.path("overall").path("percentMet").asDouble()).isEqualTo(60.0);
    List<String> nonEmpty =
        days(r.path("periods")).stream().filter(d -> !d.endsWith("/0")).toList();
    assertThat(nonEmpty)
        .containsExactly("2023-03-04 1/1", "2023-03-05 1/2", "2023-03-12 1/1", "2023-03-13 0/1");
    // The day of the switch is 23 hours long.
    JsonNode switchDay = r.path("periods").get(11);
    assertThat(switchDay.path("start").asText()).isEqualTo("2023-03-12");
    assertThat(switchDay.path("from").asText()).isEqualTo("2023-03-12T05:00:00Z");
    assertThat(switchDay.path("to").asText()).isEqualTo("2023-03-13T04:00:00Z");
    assertThat(switchDay.path("percentMet").asDouble()).isEqualTo(100.0);
    assertThat(r.path("periods").get(0).path("percentMet").isNumber()).isFalse(); // none finished
    JsonNode p1 = r.path("groups").get(0);
    assertThat(p1.path("key").asText()).isEqualTo("P1");
    assertThat(days(p1.path("periods"))).containsExactly("2023-03-04 1/1", "2023-03-05 0/1");
  }

  @Test
  void theSameInstantsFallOnOtherDaysInAnotherZone() {
    JsonNode r = report(RANGE + "&period=day&groupBy=priority&zone=UTC", exec);
    List<String> nonEmpty =
        days(r.path("periods")).stream().filter(d -> !d.endsWith("/0")).toList();
    assertThat(nonEmpty).containsExactly("2023-03-05 2/3", "2023-03-13 1/2");
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    JsonNode weeks = report(RANGE + "&period=week&groupBy=tier&zone=America/New_York", exec);
    // 1 March 2023 is a Wednesday: the first week starts Monday 27 February, clipped to `from`.
    assertThat(weeks.path("periods").get(0).path("start").asText()).isEqualTo("2023-02-27");
    assertThat(weeks.path("periods").get(0).path("from").asText())
        .isEqualTo("2023-03-01T05:00:00Z");
    assertThat(days(weeks.path("periods")))
        .containsExactly(
            "2023-02-27 2/3",
            "2023-03-06 1/1",
            "2023-03-13 0/1",
            "2023-03-20 0/0",
            "2023-03-27 0/0");
    JsonNode months = report(RANGE + "&period=month&groupBy=tier&zone=America/New_York", exec);
    assertThat(days(months.path("periods"))).containsExactly("2023-03-01 3/5");
    assertThat(months.path("groups").get(0).path("label").asText()).isEqualTo("L1");
  }

  @Test
  void groupsProvidersAndPartnersCarryTheirNames() {
    JsonNode byGroup = report(RANGE + "&period=month&groupBy=group", exec);
    assertThat(byGroup.path("groups").findValuesAsText("label"))
        .containsExactlyInAnyOrder("Service Desk", "Northwind Overnight Desk");
    assertThat(byGroup.path("groups").findValuesAsText("key"))
        .containsExactlyInAnyOrder(
            String.valueOf(demo.group()), String.valueOf(demo.partnerGroup()));

    JsonNode byProvider = report(RANGE + "&period=month&groupBy=provider", exec);
    assertThat(byProvider.path("groups").findValuesAsText("key"))
        .containsExactly("INTERNAL", "PARTNER");
    assertThat(byProvider.path("groups").get(1).path("overall").path("percentMet").asDouble())
        .isEqualTo(50.0);

    JsonNode byPartner = report(RANGE + "&period=week&groupBy=partner&zone=America/New_York", exec);
    assertThat(byPartner.path("kind").asText()).isEqualTo("OLA");
    assertThat(byPartner.path("groups").size()).isEqualTo(1);
    JsonNode partner = byPartner.path("groups").get(0);
    assertThat(partner.path("key").asText()).isEqualTo(String.valueOf(demo.partner()));
    assertThat(partner.path("label").asText()).contains("Northwind");
    assertThat(days(partner.path("periods"))).containsExactly("2023-03-13 1/1", "2023-03-20 0/1");

    JsonNode byApplication = report(RANGE + "&period=month&groupBy=application", exec);
    assertThat(byApplication.path("groups").get(0).path("label").asText())
        .isNotBlank()
        .doesNotStartWith("Application ");
  }

  @Test
  void theTenantsOwnZoneIsTheDefault() {
    JsonNode r = report(RANGE + "&period=day", exec);
    assertThat(r.path("zone").asText()).isEqualTo("America/New_York");
    assertThat(r.path("groupBy").asText()).isEqualTo("priority");
  }

  @Test
  void anotherTenantSeesNothing() {
    String other = TestUsers.otherTenant("lakeside-compliance-exec", "executive");
    JsonNode r = report(RANGE + "&period=month&groupBy=group", other);
    assertThat(r.path("overall").path("total").asLong()).isZero();
    assertThat(r.path("groups").size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        RANGE + "&period=hour",
        RANGE + "&groupBy=mood",
        RANGE + "&zone=Mars/Olympus_Mons",
        RANGE + "&target=LUNCH",
        "from=2021-01-01T00:00:00Z&to=2023-01-01T00:00:00Z&period=day",
        "from=2023-03-02T00:00:00Z&to=2023-03-01T00:00:00Z",
        "from=2023-03-01&to=2023-04-01",
        "to=2023-04-01T00:00:00Z"
      })
  void badParametersAreProblems(String query) {
    var reply = get("/api/sla/compliance?" + query, exec);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertProblem(reply, 400);
  }
}
