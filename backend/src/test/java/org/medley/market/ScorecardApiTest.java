package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Scorecards over real HTTP on the demo hospital, with a partner ("Harbor"), an engagement and an
 * internal team of the test's own whose tickets and timers in March 2025 are known, so every figure
 * can be stated exactly; and who may read which card.
 */
class ScorecardApiTest {

  private static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2025-03-29T00:00:00Z");
  private static final String RANGE = "?from=" + FROM + "&to=" + TO;

  private static long tenant;
  private static long harbor;
  private static long engagement;
  private static long engaged;
  private static long unengaged;
  private static long team;
  private static long ola;
  private static long calendar;
  private static long application;
  private static long requester;
  private static String leader;

  @BeforeAll
  static void setUp() throws SQLException {
    leader = TestApp.tokenFor("leader");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    tenant = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
    calendar = TestApp.queryLong("SELECT MIN(id) FROM calendars WHERE tenant_id = " + tenant);
    application = TestApp.queryLong("SELECT MIN(id) FROM applications WHERE tenant_id = " + tenant);
    requester = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'enduser'");
    try (Connection c = TestApp.connection()) {
      harbor =
          insert(
              c,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', ?,"
                  + " CURRENT_TIMESTAMP(6))",
              "Harbor Scorecard Partners " + tag);
      engagement =
          insert(
              c,
              "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on,"
                  + " created_by, created_at, updated_at) VALUES ("
                  + tenant
                  + ", "
                  + harbor
                  + ", ?, 'L2 imaging', '2024-01-01', 'test', CURRENT_TIMESTAMP(6),"
                  + " CURRENT_TIMESTAMP(6))",
              "Harbor imaging " + tag);
      engaged = group(c, "Harbor Imaging L2 " + tag, harbor, engagement);
      unengaged = group(c, "Harbor Lab L2 " + tag, harbor, null);
      team = group(c, "Scorecard Internal L2 " + tag, null, null);
      ola =
          insert(
              c,
              "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id,"
                  + " response_ms, resolution_ms, pause_on, warnings, breach_actions, created_at)"
                  + " VALUES ("
                  + tenant
                  + ", "
                  + engagement
                  + ", "
                  + harbor
                  + ", "
                  + calendar
                  + ", 1800000, 14400000, 'PENDING:CUSTOMER', '75,90', ?, CURRENT_TIMESTAMP(6))",
              "NOTIFY_PARTNER_MANAGER");

      Instant day = Instant.parse("2025-03-10T12:00:00Z");
      // The engagement's group: first contact (rated 5), reopened once (rated 2), handed on from
      // another group, and one resolved before the range.
      long first = ticket(c, engaged, "RESOLVED", day, 0, 5);
      long reopened = ticket(c, engaged, "CLOSED", day, 1, 2);
      long handed = ticket(c, engaged, "RESOLVED", day, 0, null);
      audit(c, handed, "ROUTED", "group", String.valueOf(team));
      long early = ticket(c, engaged, "RESOLVED", FROM.minusSeconds(1), 0, 1);
      // Harbor's group outside the engagement: first contact (rated 4).
      long lab = ticket(c, unengaged, "RESOLVED", day, 0, 4);
      // The internal team: first contact (rated 3), and one escalated to the next tier.
      long own = ticket(c, team, "RESOLVED", day, 0, 3);
      long escalated = ticket(c, team, "RESOLVED", day, 0, null);
      audit(c, escalated, "ESCALATED", "tier", "L1");
      // Timers: SLA by the group holding the ticket when they finished, OLA by its engagement.
      timer(c, first, "SLA", null, engaged, "MET", day);
      timer(c, reopened, "SLA", null, engaged, "MET", day);
      timer(c, handed, "SLA", null, engaged, "BREACHED", day);
      timer(c, handed, "SLA", null, engaged, "CANCELLED", day);
      timer(c, early, "SLA", null, engaged, "MET", FROM.minusSeconds(1));
      timer(c, first, "SLA", null, engaged, "RUNNING", null);
      timer(c, lab, "SLA", null, unengaged, "BREACHED", day);
      timer(c, own, "SLA", null, team, "MET", day);
      // The OLA of the ticket Harbor handed to the internal team last saw that team.
      timer(c, first, "OLA", ola, engaged, "MET", day);
      timer(c, handed, "OLA", ola, team, "BREACHED", day);

      // The backlog now: three open tickets of the engagement's group, 10, 30 and 50 hours old.
      Instant now = Instant.now();
      for (int hours : new int[] {10, 30, 50}) {
        ticket(c, engaged, "IN_PROGRESS", now.minus(Duration.ofHours(hours)), 0, null);
      }
    }
  }

  @Test
  void theHospitalReadsItsTeamsPartnersAndEngagementsOnOneDefinition() {
    Api.Reply reply = get("/api/scorecards" + RANGE, leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("from").asText()).isEqualTo(FROM.toString());
    assertThat(reply.json().path("to").asText()).isEqualTo(TO.toString());

    JsonNode e = row(reply.json(), "ENGAGEMENT", engagement);
    assertThat(e.path("partnerId").asLong()).isEqualTo(harbor);
    assertThat(e.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(e.path("volume").asLong()).isEqualTo(3);
    assertFigures(e.path("slaCompliance"), "met", 2, "finished", 3, 0.6667);
    assertFigures(e.path("olaCompliance"), "met", 1, "finished", 2, 0.5);
    assertFigures(e.path("firstContactResolution"), "count", 1, "of", 3, 0.3333);
    assertFigures(e.path("reopenRate"), "count", 1, "of", 3, 0.3333);
    assertThat(e.path("csat").path("average").asDouble()).isEqualTo(3.5);
    assertThat(e.path("csat").path("responses").asLong()).isEqualTo(2);
    JsonNode backlog = e.path("backlog");
    assertThat(backlog.path("open").asLong()).isEqualTo(3);
    assertThat(backlog.path("oldestHours").asDouble()).isCloseTo(50, within(0.5));
    assertThat(backlog.path("medianHours").asDouble()).isCloseTo(30, within(0.5));

    JsonNode p = row(reply.json(), "PARTNER", harbor);
    assertThat(p.path("name").asText()).startsWith("Harbor Scorecard Partners ");
    assertThat(p.path("volume").asLong()).isEqualTo(4);
    assertFigures(p.path("slaCompliance"), "met", 2, "finished", 4, 0.5);
    assertFigures(p.path("olaCompliance"), "met", 1, "finished", 2, 0.5);
    assertFigures(p.path("firstContactResolution"), "count", 2, "of", 4, 0.5);
    assertFigures(p.path("reopenRate"), "count", 1, "of", 4, 0.25);
    assertThat(p.path("csat").path("average").asDouble()).isEqualTo(3.67);
    assertThat(p.path("csat").path("responses").asLong()).isEqualTo(3);
    assertThat(p.path("backlog").path("open").asLong()).isEqualTo(3);

    JsonNode t = row(reply.json(), "TEAM", team);
    assertThat(t.path("partnerId").isNull()).isTrue();
    assertThat(t.path("volume").asLong()).isEqualTo(2);
    assertFigures(t.path("slaCompliance"), "met", 1, "finished", 1, 1.0);
    assertThat(t.path("olaCompliance").isNull()).as("internal teams have no OLA").isTrue();
    assertFigures(t.path("firstContactResolution"), "count", 1, "of", 2, 0.5);
    assertFigures(t.path("reopenRate"), "count", 0, "of", 2, 0.0);
    assertThat(t.path("csat").path("average").asDouble()).isEqualTo(3.0);
    assertThat(t.path("backlog").path("open").asLong()).isZero();
    assertThat(t.path("backlog").path("oldestHours").isNull()).isTrue();

    assertThat(reply.json().path("rows").findValuesAsText("kind"))
        .as("teams, then partners, then engagements")
        .containsSubsequence("TEAM", "PARTNER", "ENGAGEMENT");
  }

  @Test
  void aCardAddsItsWeeksWhichAddUpToTheRange() {
    Api.Reply reply = get("/api/scorecards/engagements/" + engagement + RANGE, leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode card = reply.json();
    assertThat(card.path("row").path("volume").asLong()).isEqualTo(3);
    List<JsonNode> weeks = new ArrayList<>();
    card.path("weeks").forEach(weeks::add);
    assertThat(weeks).hasSize(4);
    assertThat(weeks.get(0).path("from").asText()).isEqualTo(FROM.toString());
    assertThat(weeks.get(3).path("to").asText()).isEqualTo(TO.toString());
    // 10 March falls in the second week (8–15 March).
    assertThat(weeks.stream().map(w -> w.path("volume").asLong())).containsExactly(0L, 3L, 0L, 0L);
    assertThat(weeks.get(1).path("olaCompliance").path("finished").asLong()).isEqualTo(2);
    assertThat(weeks.get(0).path("slaCompliance").path("rate").isNull()).isTrue();

    Api.Reply partner = get("/api/scorecards/partners/" + harbor + RANGE, leader);
    assertThat(partner.status()).as(partner.body()).isEqualTo(200);
    assertThat(partner.json().path("row").path("volume").asLong()).isEqualTo(4);
  }

  @Test
  void aPartnerManagerReadsItsOwnCardsOnly() {
    String northwindManager = TestApp.tokenFor("partnermgr");
    long northwind =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Northwind Managed Services'");
    long northwindEngagement =
        TestApp.queryLong(
            "SELECT MIN(id) FROM engagements WHERE partner_id = "
                + northwind
                + " AND tenant_id = "
                + tenant);

    Api.Reply own = get("/api/scorecards", northwindManager);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().path("rows")).isNotEmpty();
    own.json()
        .path("rows")
        .forEach(
            r -> {
              assertThat(r.path("kind").asText()).isIn("PARTNER", "ENGAGEMENT");
              assertThat(r.path("partnerId").asLong()).isEqualTo(northwind);
            });
    assertThat(row(own.json(), "ENGAGEMENT", northwindEngagement)).isNotNull();
    assertThat(get("/api/scorecards/partners/" + northwind, northwindManager).status())
        .isEqualTo(200);
    assertThat(get("/api/scorecards/engagements/" + northwindEngagement, northwindManager).status())
        .isEqualTo(200);
    assertProblem(get("/api/scorecards/partners/" + harbor, northwindManager), 404);
    assertProblem(get("/api/scorecards/engagements/" + engagement, northwindManager), 404);

    String apexManager =
        TestUsers.partnerManager("apex-scorecard-mgr", "Apex Clinical IT Staffing");
    assertProblem(get("/api/scorecards/partners/" + northwind, apexManager), 404);
    assertProblem(get("/api/scorecards/engagements/" + northwindEngagement, apexManager), 404);
    Api.Reply apex = get("/api/scorecards", apexManager);
    assertThat(apex.status()).as(apex.body()).isEqualTo(200);
    assertThat(apex.json().path("rows").findValuesAsText("partnerId"))
        .doesNotContain(String.valueOf(northwind), String.valueOf(harbor));
  }

  @Test
  void partnerAgentsAndRequestersReadNoScorecard() {
    assertProblem(get("/api/scorecards", TestApp.tokenFor("partner")), 403);
    assertProblem(get("/api/scorecards", TestApp.tokenFor("enduser")), 403);
    assertProblem(get("/api/scorecards/partners/" + harbor, TestApp.tokenFor("agent")), 403);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "?from=yesterday",
        "?to=2025-13-01",
        "?from=2025-03-29T00:00:00Z&to=2025-03-01T00:00:00Z",
        "?from=2025-03-01&to=2025-03-01T00:00:00Z",
        "?from=2024-01-01&to=2025-03-01",
        "?from=0001-01-01T00:00:00Z&to=0001-01-02T00:00:00Z"
      })
  void aBadRangeIsA400NamingItsParameter(String query) {
    for (String path :
        List.of(
            "/api/scorecards",
            "/api/scorecards/partners/" + harbor,
            "/api/scorecards/engagements/" + engagement)) {
      Api.Reply reply = assertProblem(get(path + query, leader), 400);
      assertThat(reply.body()).containsAnyOf("\"from\"", "\"to\"");
    }
  }

  @Test
  void unknownCardsAre404AndMalformedIdsAre400() {
    assertProblem(get("/api/scorecards/partners/999999999", leader), 404);
    assertProblem(get("/api/scorecards/engagements/999999999", leader), 404);
    assertProblem(get("/api/scorecards/partners/abc", leader), 400);
  }

  @Test
  void datesCountWholeDaysAtTheHospitalAndTheDefaultIsTheLast30Days() {
    Api.Reply days = get("/api/scorecards?from=2025-03-01&to=2025-03-31", leader);
    assertThat(days.status()).as(days.body()).isEqualTo(200);
    // The demo hospital keeps New York time: midnight there is 05:00 UTC (EST) or 04:00 (EDT).
    assertThat(days.json().path("from").asText()).isEqualTo("2025-03-01T05:00:00Z");
    assertThat(days.json().path("to").asText()).isEqualTo("2025-04-01T04:00:00Z");

    Api.Reply recent = get("/api/scorecards", leader);
    assertThat(recent.status()).as(recent.body()).isEqualTo(200);
    Instant from = Instant.parse(recent.json().path("from").asText());
    Instant to = Instant.parse(recent.json().path("to").asText());
    assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(30));
    assertThat(row(recent.json(), "ENGAGEMENT", engagement).path("volume").asLong())
        .as("March 2025 is long past")
        .isZero();
  }

  private static void assertFigures(
      JsonNode node, String countName, long count, String ofName, long of, double rate) {
    assertThat(node.path(countName).asLong()).as(node + " " + countName).isEqualTo(count);
    assertThat(node.path(ofName).asLong()).as(node + " " + ofName).isEqualTo(of);
    assertThat(node.path("rate").asDouble()).as(node + " rate").isEqualTo(rate);
  }

  private static JsonNode row(JsonNode scorecards, String kind, long id) {
    for (JsonNode r : scorecards.path("rows")) {
      if (r.path("kind").asText().equals(kind) && r.path("id").asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("no " + kind + " " + id + " in " + scorecards);
  }

  private static long group(Connection c, String name, Long partner, Long engagementId)
      throws SQLException {
    long group =
        insert(
            c,
            "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, calendar_id,"
                + " created_at) VALUES ("
                + tenant
                + ", ?, 'L2', '"
                + (partner == null ? "INTERNAL" : "PARTNER")
                + "', "
                + partner
                + ", "
                + calendar
                + ", CURRENT_TIMESTAMP(6))",
            name);
    if (engagementId != null) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO engagement_groups (group_id, tenant_id, engagement_id) VALUES ("
                  + group
                  + ", "
                  + tenant
                  + ", "
                  + engagementId
                  + ")");
    }
    return group;
  }

  /** A ticket of the group, resolved at {@code at} (or, open, created then). */
  private static long ticket(
      Connection c, long group, String status, Instant at, int reopens, Integer rating)
      throws SQLException {
    boolean open = status.equals("IN_PROGRESS");
    Instant created = open ? at : at.minus(Duration.ofHours(5));
    try (var s =
        c.prepareStatement(
            "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                + " impact, urgency, priority, status, tier, group_id, requester_id, created_at,"
                + " updated_at, resolved_at, reopen_count, csat_rating, open_work) VALUES (?, ?,"
                + " 'INCIDENT', 'Scorecard ticket', 'seeded', ?, 3, 3, 'P4', ?, 'L2', ?, ?, ?,"
                + " ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, tenant);
      s.setString(2, "SC-" + UUID.randomUUID().toString().substring(0, 12));
      s.setLong(3, application);
      s.setString(4, status);
      s.setLong(5, group);
      s.setLong(6, requester);
      s.setTimestamp(7, Timestamp.from(created));
      s.setTimestamp(8, Timestamp.from(at));
      s.setTimestamp(9, open ? null : Timestamp.from(at));
      s.setInt(10, reopens);
      s.setObject(11, rating);
      s.setBoolean(12, open);
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void audit(Connection c, long ticket, String action, String field, String old)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_name, at, action, field,"
                + " old_value, new_value) VALUES (?, ?, 'test', CURRENT_TIMESTAMP(6), ?, ?, ?,"
                + " 'x')")) {
      s.setLong(1, tenant);
      s.setLong(2, ticket);
      s.setString(3, action);
      s.setString(4, field);
      s.setString(5, old);
      s.executeUpdate();
    }
  }

  private static void timer(
      Connection c, long ticket, String kind, Long policy, long group, String state, Instant ended)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO sla_timers (tenant_id, ticket_id, ticket_number, kind, target, policy_id,"
                + " partner_id, calendar_id, target_ms, warnings, state, started_at, ended_at,"
                + " priority, tier, application_id, group_id) VALUES (?, ?, 'SC', ?, 'RESOLUTION',"
                + " ?, ?, ?, 3600000, '75,90', ?, ?, ?, 'P4', 'L2', ?, ?)")) {
      s.setLong(1, tenant);
      s.setLong(2, ticket);
      s.setString(3, kind);
      s.setObject(4, policy);
      s.setObject(5, kind.equals("OLA") ? harbor : null);
      s.setLong(6, calendar);
      s.setString(7, state);
      s.setTimestamp(8, Timestamp.from(Instant.parse("2025-03-01T00:00:00Z").minusSeconds(3600)));
      s.setTimestamp(9, ended == null ? null : Timestamp.from(ended));
      s.setLong(10, application);
      s.setLong(11, group);
      s.executeUpdate();
    }
  }

  private static long insert(Connection c, String sql, String text) throws SQLException {
    try (var s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, text);
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }
}
