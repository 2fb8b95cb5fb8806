package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.desk.Priority;
import org.medley.desk.SlaDueChanged;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * An engagement's edges as the SLA sweep meets them, on the real database: an OLA whose engagement
 * ends while a ticket sits untouched in its group stops at the next sweep (ended by a person, or
 * past its last day), and a breach of an engagement's OLA reaches every partner manager of its
 * partner as well as the manager it names, each once.
 */
class OlaEngagementEdgesTest {

  private static SlaFixture.Demo demo;
  private static long harbor;
  private static String harborName;
  private static long calendar;

  /** An engagement, the group it provides and its OLA. */
  private record Side(long engagement, long group, long ola) {}

  @BeforeAll
  static void setUp() throws SQLException {
    demo = SlaFixture.demo();
    calendar =
        TestApp.queryLong(
            "SELECT calendar_id FROM sla_policies WHERE name = 'P1 critical' AND tenant_id = "
                + demo.tenant());
    harborName = "Harbor Edge Partners " + UUID.randomUUID();
    try (Connection c = TestApp.connection()) {
      harbor =
          insert(
              c,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', ?,"
                  + " CURRENT_TIMESTAMP(6))",
              harborName);
    }
  }

  @Test
  void anOlaStopsAtTheSweepAfterAPersonEndsItsEngagement() throws SQLException {
    Side ending = side("ending", null);
    Side staying = side("staying", null);
    TicketSnapshot held = opened(ending);
    TicketSnapshot other = opened(staying);
    assertThat(states(held.id(), "OLA")).containsExactly("RUNNING", "RUNNING");

    String leader = TestApp.tokenFor("leader");
    Api.Reply engagement = get("/api/engagements/" + ending.engagement(), leader);
    Api.Reply ended =
        postJson(
            "/api/engagements/" + ending.engagement() + "/end",
            "{\"reason\":\"Contract terminated early\",\"version\":"
                + engagement.json().path("version").asLong()
                + "}",
            leader);
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(states(held.id(), "OLA"))
        .as("nothing happens to a ticket nobody touches until the sweep")
        .containsExactly("RUNNING", "RUNNING");

    sweep();

    assertThat(states(held.id(), "OLA")).containsExactly("CANCELLED", "CANCELLED");
    assertThat(history(held.id(), "OLA"))
        .containsExactly(
            "CANCELLED engagement \"Harbor ending " + harbor + "\" is no longer in force",
            "CANCELLED engagement \"Harbor ending " + harbor + "\" is no longer in force");
    assertThat(states(held.id(), "SLA"))
        .as("the hospital's SLA runs on")
        .doesNotContain("CANCELLED");
    assertThat(states(other.id(), "OLA")).containsExactly("RUNNING", "RUNNING");

    // The queue's deadline is the SLA's again, no longer the partner's tighter one.
    List<SlaDueChanged> dues = TestApp.context().getBean(SlaDueRecorder.class).forTicket(held.id());
    assertThat(dues).isNotEmpty();
    assertThat(dues.get(dues.size() - 1).dueAt()).isEqualTo(slaDue(held.id()));

    sweep();
    assertThat(history(held.id(), "OLA")).as("a second sweep changes nothing").hasSize(2);
  }

  @Test
  void anOlaStopsAtTheSweepAfterItsEngagementsLastDay() throws SQLException {
    Side lapsing = side("lapsing", null);
    TicketSnapshot held = opened(lapsing);
    LocalDate yesterday = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
    update(
        "UPDATE engagements SET ends_on = '" + yesterday + "' WHERE id = " + lapsing.engagement());

    sweep();

    assertThat(states(held.id(), "OLA")).containsExactly("CANCELLED", "CANCELLED");
  }

  @Test
  void aBreachReachesEveryPartnerManagerOfTheEngagementOnce() throws SQLException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String named = TestUsers.partnerManager("harbor-named-" + tag, harborName);
    String second = TestUsers.partnerManager("harbor-second-" + tag, harborName);
    TestUsers.partnerManager("harbor-gone-" + tag, harborName);
    String agent = TestUsers.partnerAgent("harbor-agent-" + tag, harborName);
    update("UPDATE user_accounts SET enabled = FALSE WHERE username = 'harbor-gone-" + tag + "'");
    long namedId = account("harbor-named-" + tag);
    long secondId = account("harbor-second-" + tag);
    Side side = side("breaching", namedId);
    TicketSnapshot held = opened(side);

    // Harbor has held it for two hours against its 30-minute response target.
    SlaFixture.olaResponseHeldSince(held.id(), Instant.now().minus(2, ChronoUnit.HOURS));
    sweep();

    List<Long> told = new ArrayList<>();
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT recipient_id FROM sla_notifications WHERE ticket_id = ? AND kind ="
                    + " 'BREACH' AND recipient = 'PARTNER_MANAGER' ORDER BY recipient_id")) {
      s.setLong(1, held.id());
      var rows = s.executeQuery();
      while (rows.next()) {
        told.add(rows.getLong(1));
      }
    }
    assertThat(told)
        .as("the named manager once, though she is a partner manager too; not the disabled one")
        .containsExactlyInAnyOrder(namedId, secondId);
    assertThat(breaches(named, held.id())).isEqualTo(1);
    assertThat(breaches(second, held.id())).isEqualTo(1);
    assertThat(breaches(agent, held.id())).as("agents hear only when nobody manages").isZero();
    assertThat(breaches(TestApp.tokenFor("partnermgr"), held.id()))
        .as("another partner's manager")
        .isZero();
  }

  private static long breaches(String token, long ticketId) {
    Api.Reply reply = get("/api/notifications?limit=100", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    long n = 0;
    for (var item : reply.json().path("items")) {
      if (item.path("ticketId").asLong() == ticketId
          && item.path("kind").asText().equals("SLA_BREACH")) {
        n++;
      }
    }
    return n;
  }

  private static Instant slaDue(long ticket) throws SQLException {
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT MIN(due_at) FROM sla_timers WHERE kind = 'SLA' AND state = 'RUNNING'"
                    + " AND ticket_id = ?")) {
      s.setLong(1, ticket);
      var rows = s.executeQuery();
      rows.next();
      return rows.getTimestamp(1).toInstant();
    }
  }

  private static void update(String sql) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).as(sql).isEqualTo(1);
    }
  }

  private static void sweep() {
    TestApp.context().getBean(SlaSweep.class).sweep();
  }

  private static long account(String username) {
    return TestApp.queryLong("SELECT id FROM user_accounts WHERE username = '" + username + "'");
  }

  /** A Harbor engagement in force since 2021, providing one group under an OLA of its own. */
  private static Side side(String name, Long manager) throws SQLException {
    try (Connection c = TestApp.connection()) {
      long engagement =
          insert(
              c,
              "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on,"
                  + " manager_account_id, created_by, created_at, updated_at) VALUES ("
                  + demo.tenant()
                  + ", "
                  + harbor
                  + ", ?, 'L1/L2 cover', '2021-01-01', "
                  + manager
                  + ", 'test', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))",
              "Harbor " + name + " " + harbor);
      long group =
          insert(
              c,
              "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id,"
                  + " calendar_id, created_at) VALUES ("
                  + demo.tenant()
                  + ", ?, 'L2', 'PARTNER', "
                  + harbor
                  + ", "
                  + calendar
                  + ", CURRENT_TIMESTAMP(6))",
              "Harbor " + name + " desk " + harbor);
      c.createStatement()
          .executeUpdate(
              "INSERT INTO engagement_groups (group_id, tenant_id, engagement_id) VALUES ("
                  + group
                  + ", "
                  + demo.tenant()
                  + ", "
                  + engagement
                  + ")");
      long ola =
          insert(
              c,
              "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id,"
                  + " response_ms, resolution_ms, pause_on, warnings, breach_actions, created_at)"
                  + " VALUES ("
                  + demo.tenant()
                  + ", "
                  + engagement
                  + ", "
                  + harbor
                  + ", "
                  + calendar
                  + ", 1800000, 14400000, 'PENDING:CUSTOMER', '75,90', ?,"
                  + " CURRENT_TIMESTAMP(6))",
              "NOTIFY_PARTNER_MANAGER");
      return new Side(engagement, group, ola);
    }
  }

  /** A ticket opened now in the side's group. */
  private static TicketSnapshot opened(Side side) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    TicketSnapshot held =
        SlaFixture.heldBy(SlaFixture.ticket(demo, Priority.P3, now), side.group(), harbor, null);
    SlaFixture.publish(new TicketEvent.Opened(held, now));
    return held;
  }

  private static List<String> states(long ticket, String kind) throws SQLException {
    List<String> list = new ArrayList<>();
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT state FROM sla_timers WHERE ticket_id = ? AND kind = ? ORDER BY id")) {
      s.setLong(1, ticket);
      s.setString(2, kind);
      var rows = s.executeQuery();
      while (rows.next()) {
        list.add(rows.getString(1));
      }
    }
    return list;
  }

  /** The history of the ticket's timers of a kind after they started, as "EVENT detail". */
  private static List<String> history(long ticket, String kind) throws SQLException {
    List<String> list = new ArrayList<>();
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT h.event, h.detail FROM sla_timer_history h JOIN sla_timers t ON t.id ="
                    + " h.timer_id WHERE t.ticket_id = ? AND t.kind = ? AND h.event NOT IN"
                    + " ('STARTED') ORDER BY h.id")) {
      s.setLong(1, ticket);
      s.setString(2, kind);
      var rows = s.executeQuery();
      while (rows.next()) {
        list.add(rows.getString(1) + " " + rows.getString(2));
      }
    }
    return list;
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
