package org.medley.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.medley.desk.TicketStatus;
import org.medley.testing.TestApp;

/** The demo hospital on the real MariaDB: the size the README promises, seeded exactly once. */
class DemoHospitalTest {

  @Test
  void seedsAMidSizeHealthSystem() throws SQLException {
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM applications WHERE category <> 'CLINICAL_DEVICE'"))
        .isBetween(55L, 65L);
    // The device fleet's classes are rows of the matrix too (HTM skills).
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM applications WHERE category = 'CLINICAL_DEVICE'"
                    + " AND created_at <= (SELECT MAX(seeded_at) FROM demo_seeds)"))
        .isEqualTo(10);
    // Other tests add staff of their own to the shared database later: count the seed's.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM staff_members WHERE kind = 'INTERNAL'"
                    + " AND created_at <= (SELECT MAX(seeded_at) FROM demo_seeds)"))
        .isEqualTo(40);
    // Other tests add partners (BusinessAssociatesTest, UsersApiTest) and contractors of their own.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM organizations WHERE kind = 'PARTNER'"
                    + " AND created_at <= (SELECT MAX(seeded_at) FROM demo_seeds)"))
        .isEqualTo(2);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(DISTINCT employer_id) FROM staff_members WHERE kind = 'CONTRACTED'"
                    + " AND created_at <= (SELECT MAX(seeded_at) FROM demo_seeds)"))
        .isEqualTo(2);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM calendars")).isGreaterThanOrEqualTo(3);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM skills")).isGreaterThan(300);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM support_groups WHERE provider = 'PARTNER'"
                    + " AND created_at <= (SELECT MAX(seeded_at) FROM demo_seeds)"))
        .isEqualTo(2);
  }

  @Test
  void eachPartnerWorksUnderAnEngagementThatOwnsItsGroupAndItsOla() throws SQLException {
    String demoPartners =
        "(SELECT id FROM organizations WHERE name IN ('Northwind Managed Services',"
            + " 'Apex Clinical IT Staffing'))";
    // The seed's own: other classes sign more engagements with the demo's partners.
    String seeded = " AND e.created_at <= (SELECT MAX(seeded_at) FROM demo_seeds)";
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM engagements e WHERE partner_id IN " + demoPartners + seeded))
        .isEqualTo(2);
    // Running today, each naming a manager of its own partner.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM engagements e JOIN user_accounts u ON u.id ="
                    + " e.manager_account_id AND u.organization_id = e.partner_id WHERE"
                    + " e.starts_on <= CURRENT_DATE AND e.ends_on >= CURRENT_DATE AND e.ended_at"
                    + " IS NULL AND e.partner_id IN "
                    + demoPartners
                    + seeded))
        .isEqualTo(2);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM support_groups g JOIN engagement_groups l ON l.group_id = g.id"
                    + " JOIN engagements e ON e.id = l.engagement_id"
                    + " AND e.partner_id = g.partner_id WHERE g.created_at <= (SELECT"
                    + " MAX(seeded_at) FROM demo_seeds) AND g.partner_id IN "
                    + demoPartners))
        .isEqualTo(2);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ola_policies o JOIN engagements e ON e.id = o.engagement_id"
                    + " AND e.partner_id = o.partner_id WHERE o.partner_id IN "
                    + demoPartners
                    + seeded))
        .isEqualTo(2);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM support_groups g JOIN engagement_groups l ON l.group_id ="
                    + " g.id WHERE g.provider = 'INTERNAL'"))
        .isZero();
  }

  @Test
  void ticketsSpreadOverTheLastNinetyDaysWithALiveQueue() throws SQLException {
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM tickets")).isGreaterThan(3000);
    long distinctDays =
        TestApp.queryLong("SELECT COUNT(DISTINCT CAST(created_at AS DATE)) FROM tickets");
    assertThat(distinctDays).isGreaterThanOrEqualTo(88);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM tickets WHERE status IN " + TicketStatus.OPEN_SQL))
        .isGreaterThan(20);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM tickets WHERE status = 'CLOSED'"))
        .isGreaterThan(2000);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM tickets WHERE status = 'PENDING' AND pending_reason IS NULL"))
        .isZero();
    // numbers are unique, and the sequence is past every number already issued (new tickets
    // reserve blocks from it, so numbers may skip but never repeat)
    assertThat(TestApp.queryLong("SELECT COUNT(DISTINCT number) FROM tickets"))
        .isEqualTo(TestApp.queryLong("SELECT COUNT(*) FROM tickets"));
    assertThat(
            TestApp.queryLong(
                "SELECT next_value FROM ticket_sequences WHERE type = 'INCIDENT' AND tenant_id ="
                    + " (SELECT id FROM organizations WHERE name = 'Riverside Health')"))
        .isGreaterThan(
            TestApp.queryLong(
                "SELECT MAX(CAST(SUBSTRING(number, 5) AS SIGNED)) FROM tickets"
                    + " WHERE type = 'INCIDENT' AND number LIKE 'INC-%' AND tenant_id ="
                    + " (SELECT id FROM organizations WHERE name = 'Riverside Health')"));
  }

  @Test
  void priorityFollowsTheMatrixInSeededTickets() throws SQLException {
    assertThat(
            TestApp.queryLong(
                // Tickets the desk made (their trail starts with CREATED; other classes' fixtures
                // write rows of their own) and nobody re-prioritised since (that is audited).
                "SELECT COUNT(*) FROM tickets t WHERE ((impact + urgency = 2 AND priority <> 'P1')"
                    + " OR (impact + urgency = 3 AND priority <> 'P2')"
                    + " OR (impact + urgency = 4 AND priority <> 'P3')"
                    + " OR (impact + urgency >= 5 AND priority <> 'P4'))"
                    + " AND EXISTS (SELECT 1 FROM ticket_audit a WHERE a.ticket_id = t.id"
                    + " AND a.action = 'CREATED')"
                    + " AND NOT EXISTS (SELECT 1 FROM ticket_audit a WHERE a.ticket_id = t.id"
                    + " AND a.field = 'priority')"))
        .isZero();
  }

  @Test
  void secondSeedDoesNothing() throws SQLException {
    long before = TestApp.queryLong("SELECT COUNT(*) FROM tickets");
    assertThat(TestApp.context().getBean(DemoSeeder.class).seedIfEmpty()).isFalse();
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM tickets")).isEqualTo(before);
  }

  @Test
  void instantsKeepTheirMicroseconds() throws SQLException {
    // MySQL Connector/J against MariaDB drops fractional seconds; the MariaDB driver must not.
    Instant precise = Instant.parse("2026-03-08T07:00:00.123456Z");
    try (Connection c = TestApp.connection()) {
      c.setAutoCommit(false);
      try (var insert =
          c.prepareStatement(
              "INSERT INTO demo_seeds (name, seed, seeded_at) VALUES ('precision-probe', 0, ?)")) {
        insert.setTimestamp(1, Timestamp.from(precise));
        insert.executeUpdate();
      }
      try (var rs =
          c.createStatement()
              .executeQuery("SELECT seeded_at FROM demo_seeds WHERE name = 'precision-probe'")) {
        rs.next();
        assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(precise);
      }
      c.rollback();
    }
  }

  @Test
  void theLiveQueueIsRecent() throws SQLException {
    try (Connection c = TestApp.connection();
        var rs =
            c.createStatement()
                .executeQuery("SELECT MAX(created_at) FROM tickets WHERE status = 'NEW'")) {
      rs.next();
      Instant newest = rs.getTimestamp(1).toInstant();
      assertThat(Duration.between(newest, Instant.now())).isLessThan(Duration.ofDays(1));
    }
  }

  /** One timer as the ticket page shows it, with the queue row of its ticket. */
  private record Shown(JsonNode ticket, JsonNode timer) {
    String kind() {
      return timer.path("kind").asText();
    }

    String state() {
      return timer.path("state").asText();
    }

    int percent() {
      return timer.path("percentUsed").asInt();
    }
  }

  private static List<JsonNode> items(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).toList();
  }

  /** The timers of the first {@code size} tickets of a queue sorted by SLA deadline. */
  private static List<Shown> clocksOf(String queue, String token, int size) {
    JsonNode page =
        get(
                "/api/tickets?queue="
                    + queue
                    + "&status=NEW,ASSIGNED,IN_PROGRESS,PENDING&sort=SLA_DUE&order=asc&size="
                    + size,
                token)
            .json();
    List<Shown> clocks = new ArrayList<>();
    for (JsonNode ticket : items(page)) {
      JsonNode sla = get("/api/tickets/" + ticket.path("id").asLong() + "/sla", token).json();
      sla.path("timers").forEach(timer -> clocks.add(new Shown(ticket, timer)));
    }
    return clocks;
  }

  private static Predicate<Shown> breached(String kind) {
    return c -> c.kind().equals(kind) && c.state().equals("BREACHED");
  }

  /**
   * 75 % or more of the target used and the deadline still ahead. (Tests run without the periodic
   * sweep, so a timer that passes its deadline during the suite still reads RUNNING.)
   */
  private static Predicate<Shown> aboutToBreach(String kind) {
    return c ->
        c.kind().equals(kind)
            && c.state().equals("RUNNING")
            && c.percent() >= 75
            && Instant.parse(c.timer().path("dueAt").asText()).isAfter(Instant.now());
  }

  @Test
  void theAgentsQueueShowsSlaAndOlaTimersBreachedAndAboutToBreach() {
    // The widest page: tickets other test classes file in the demo hospital sort before the demo's
    // own, and when the partner's overnight calendar is closed its OLA deadlines lie hours ahead.
    List<Shown> clocks = clocksOf("ALL", TestApp.tokenFor("agent"), 200);
    for (String kind : List.of("SLA", "OLA")) {
      assertThat(clocks).as(kind + " breached").anyMatch(breached(kind));
      assertThat(clocks).as(kind + " about to breach").anyMatch(aboutToBreach(kind));
    }
    Instant now = Instant.now();
    for (Shown c : clocks) {
      // Read only where a clock counts: tickets whose clocks have all stopped show no deadline.
      Supplier<Instant> due =
          () -> {
            assertThat(c.ticket().path("slaDueAt").isTextual())
                .as("%s shows a deadline for %s", c.ticket().path("number"), c.timer())
                .isTrue();
            return Instant.parse(c.ticket().path("slaDueAt").asText());
          };
      if (breached(c.kind()).test(c) && c.timer().path("runsUntil").isTextual()) {
        // Late and still counting: the queue's SLA column shows the ticket overdue.
        assertThat(due.get()).as(c.ticket().path("number").asText()).isBefore(now);
      }
      if (aboutToBreach(c.kind()).test(c)) {
        // The queue shows the nearest deadline, this one or an earlier one.
        assertThat(due.get()).isBeforeOrEqualTo(Instant.parse(c.timer().path("dueAt").asText()));
      }
    }
  }

  @Test
  void thePartnerAgentHoldsTicketsBreachingAndAboutToBreachItsOla() {
    List<Shown> mine = clocksOf("MINE", TestApp.tokenFor("partner"), 50);
    assertThat(mine).anyMatch(breached("OLA")).anyMatch(aboutToBreach("OLA"));
  }

  @Test
  void theSweepAfterTheSeedToldThePartnersManagerOfItsBreach() {
    JsonNode notices = get("/api/notifications?limit=100", TestApp.tokenFor("partnermgr")).json();
    assertThat(items(notices))
        .anyMatch(
            n ->
                n.path("kind").asText().contains("BREACH")
                    && n.path("message").asText().contains("OLA"));
  }

  @Test
  void complianceCountsTodaysBreachesInternalAndPartner() {
    Instant now = Instant.now();
    String range =
        "from="
            + now.minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
            + "&to="
            + now.plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
            + "&period=day";
    String exec = TestApp.tokenFor("exec");
    JsonNode providers = get("/api/sla/compliance?groupBy=provider&" + range, exec).json();
    assertThat(StreamSupport.stream(providers.path("groups").spliterator(), false))
        .anyMatch(
            g ->
                g.path("key").asText().equals("INTERNAL")
                    && g.path("overall").path("breached").asLong() > 0);
    JsonNode partners = get("/api/sla/compliance?groupBy=partner&" + range, exec).json();
    assertThat(partners.path("overall").path("breached").asLong()).isPositive();
  }

  @Test
  void aRecentGoLiveBroughtASurgeOfTickets() {
    String leader = TestApp.tokenFor("leader");
    JsonNode goLive =
        items(get("/api/applications?size=200", leader).json()).stream()
            .filter(a -> a.path("lifecycle").asText().equals("GO_LIVE"))
            .findFirst()
            .orElseThrow();
    long app = goLive.path("id").asLong();
    Instant now = Instant.now();
    int recent = 0;
    int before = 0;
    for (int page = 0; ; page++) {
      List<JsonNode> tickets =
          items(
              get(
                      "/api/tickets?queue=ALL&applicationId="
                          + app
                          + "&sort=CREATED&order=desc&size=200&page="
                          + page,
                      TestApp.tokenFor("agent"))
                  .json());
      for (JsonNode t : tickets) {
        Instant created = Instant.parse(t.path("createdAt").asText());
        if (created.isAfter(now.minus(14, ChronoUnit.DAYS))) {
          recent++;
        } else if (created.isAfter(now.minus(28, ChronoUnit.DAYS))) {
          before++;
        }
      }
      if (tickets.size() < 200) {
        break;
      }
    }
    // The two weeks since the go-live against the two weeks before it.
    assertThat(recent).isGreaterThanOrEqualTo(3 * Math.max(before, 1));
    // Only one analyst was trained for it: a single point of failure in the coverage gaps.
    assertThat(items(get("/api/coverage/gaps?size=200", leader).json()))
        .anyMatch(g -> g.path("applicationId").asLong() == app && g.path("busFactor").asInt() == 1);
    // The leader's marketplace says so: hypercare cover is asked for.
    assertThat(items(get("/api/staffing-requests", leader).json()))
        .anyMatch(
            r ->
                r.path("kind").asText().equals("GO_LIVE_SURGE")
                    && r.path("applications")
                        .findValuesAsText("name")
                        .contains(goLive.path("name").asText()));
  }

  @Test
  void theCoverageGapsListASinglePointOfFailure() {
    List<JsonNode> gaps =
        items(get("/api/coverage/gaps?size=200", TestApp.tokenFor("leader")).json());
    assertThat(gaps)
        .anyMatch(
            g ->
                g.path("busFactor").asInt() == 1
                    && g.path("experts").size() == 1
                    && g.path("reasons").toString().contains("single point of failure"));
  }

  @Test
  void apexWorksWithoutABusinessAssociateAgreement() {
    JsonNode agreements =
        get("/api/business-associate-agreements", TestApp.tokenFor("admin")).json();
    JsonNode apex =
        StreamSupport.stream(agreements.path("partners").spliterator(), false)
            .filter(p -> p.path("name").asText().startsWith("Apex"))
            .findFirst()
            .orElseThrow();
    assertThat(apex.path("current").isNull()).isTrue();
    assertThat(agreements.path("agreements").findValuesAsText("partnerName"))
        .doesNotContain(apex.path("name").asText())
        .contains("Northwind Managed Services");
  }
}
