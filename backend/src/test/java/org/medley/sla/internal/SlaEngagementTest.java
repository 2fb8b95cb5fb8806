package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.testing.TestApp;

/**
 * Timers against engagements, on the real database: one partner ("Harbor") with two engagements,
 * each providing one group under its own OLA, and a third that has ended. The OLA a ticket gets is
 * its holding engagement's; moving between the partner's engagements hands the OLA on; an SLA
 * policy naming an engagement applies while that engagement's group holds the ticket.
 */
class SlaEngagementTest {

  private static SlaFixture.Demo demo;
  private static long harbor;
  private static long calendar;
  private static Side overnight;
  private static Side imaging;
  private static Side lapsed;

  /** An engagement, the group it provides and its OLA. */
  private record Side(long engagement, long group, long ola) {}

  @BeforeAll
  static void setUp() throws SQLException {
    demo = SlaFixture.demo();
    try (Connection c = TestApp.connection()) {
      calendar =
          TestApp.queryLong(
              "SELECT calendar_id FROM sla_policies WHERE name = 'P1 critical' AND tenant_id = "
                  + demo.tenant());
      harbor =
          insert(
              c,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', ?,"
                  + " CURRENT_TIMESTAMP(6))",
              "Harbor IT Partners " + UUID.randomUUID());
      // Response and resolution targets no other OLA uses, so a timer shows whose it is.
      overnight = side(c, "overnight", null, 7, 77);
      imaging = side(c, "imaging", null, 11, 111);
      lapsed = side(c, "lapsed", "2021-12-31", 13, 131);
    }
  }

  private static Side side(Connection c, String name, String endsOn, int response, int resolution)
      throws SQLException {
    long engagement =
        insert(
            c,
            "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on, ends_on,"
                + " created_by, created_at, updated_at) VALUES ("
                + demo.tenant()
                + ", "
                + harbor
                + ", ?, 'L1/L2 cover', '2021-01-01', "
                + (endsOn == null ? "NULL" : "'" + endsOn + "'")
                + ", 'test', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))",
            "Harbor " + name);
    long group =
        insert(
            c,
            "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, calendar_id,"
                + " created_at) VALUES ("
                + demo.tenant()
                + ", ?, 'L2', 'PARTNER', "
                + harbor
                + ", "
                + calendar
                + ", CURRENT_TIMESTAMP(6))",
            "Harbor " + name + " " + harbor);
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
                + ", "
                + response * 60_000L
                + ", "
                + resolution * 60_000L
                + ", 'PENDING:CUSTOMER', '75,90', ?, CURRENT_TIMESTAMP(6))",
            "NOTIFY_PARTNER_MANAGER");
    return new Side(engagement, group, ola);
  }

  /** A ticket opened now in {@code side}'s group (or the Service Desk when null). */
  private static TicketSnapshot opened(Side side) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P3, now);
    TicketSnapshot held = side == null ? t : SlaFixture.heldBy(t, side.group(), harbor, null);
    SlaFixture.publish(new TicketEvent.Opened(held, now));
    return held;
  }

  private static TicketSnapshot move(TicketSnapshot from, Side to) {
    TicketSnapshot after =
        to == null
            ? SlaFixture.heldBy(from, demo.group(), null, null)
            : SlaFixture.heldBy(from, to.group(), harbor, null);
    SlaFixture.publish(new TicketEvent.Changed(from, after, Instant.now()));
    return after;
  }

  /** The ticket's timers as "KIND TARGET policy state minutes". */
  private static List<String> timers(long ticket) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT kind, target, policy_id, state, target_ms FROM sla_timers"
                    + " WHERE ticket_id = ? ORDER BY id")) {
      s.setLong(1, ticket);
      var rs = s.executeQuery();
      while (rs.next()) {
        list.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getLong(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getLong(5) / 60_000);
      }
    }
    return list;
  }

  private static List<String> olas(long ticket) throws SQLException {
    return timers(ticket).stream().filter(t -> t.startsWith("OLA")).toList();
  }

  @Test
  void aTicketArrivingInAnEngagementsGroupRunsThatEngagementsOla() throws SQLException {
    TicketSnapshot t = opened(imaging);
    assertThat(olas(t.id()))
        .containsExactly(
            "OLA RESPONSE " + imaging.ola() + " RUNNING 11",
            "OLA RESOLUTION " + imaging.ola() + " RUNNING 111");
  }

  @Test
  void movingToTheSamePartnersOtherEngagementHandsTheOlaOn() throws SQLException {
    TicketSnapshot t = opened(overnight);
    move(t, imaging);
    // The overnight desk's part is over (on time); imaging's clock starts on its own thresholds.
    assertThat(olas(t.id()))
        .containsExactly(
            "OLA RESPONSE " + overnight.ola() + " MET 7",
            "OLA RESOLUTION " + overnight.ola() + " MET 77",
            "OLA RESPONSE " + imaging.ola() + " RUNNING 11",
            "OLA RESOLUTION " + imaging.ola() + " RUNNING 111");
  }

  @Test
  void anEndedEngagementsGroupRunsNoOla() throws SQLException {
    TicketSnapshot t = opened(lapsed);
    assertThat(olas(t.id())).isEmpty();
    move(t, imaging);
    assertThat(olas(t.id())).hasSize(2).allMatch(o -> o.contains(" " + imaging.ola() + " "));
  }

  @Test
  void anSlaPolicyNamingAnEngagementAppliesWhileItsGroupHoldsTheTicket() throws SQLException {
    long p3 = SlaFixture.demoPolicy("P3");
    long policy;
    try (Connection c = TestApp.connection()) {
      policy =
          insert(
              c,
              "INSERT INTO sla_policies (tenant_id, name, priority, engagement_id, calendar_id,"
                  + " response_ms, resolution_ms, response_met_by, pause_on, warnings,"
                  + " breach_actions, on_retarget, active, version, created_at, updated_at)"
                  + " VALUES ("
                  + demo.tenant()
                  + ", ?, 'P3', "
                  + overnight.engagement()
                  + ", "
                  + calendar
                  + ", 1020000, 10200000, 'EITHER', 'PENDING:CUSTOMER', '50,75,90',"
                  + " 'NOTIFY_ASSIGNEE', 'CARRY_OVER', TRUE, 0, CURRENT_TIMESTAMP(6),"
                  + " CURRENT_TIMESTAMP(6))",
              "P3 on Harbor's overnight desk " + UUID.randomUUID());
    }
    // Written behind the API's back: tell this node, as a policy edit through it does.
    TestApp.context().getBean(ActivePolicies.class).forget(demo.tenant());
    try {
      TicketSnapshot t = opened(null);
      assertThat(slaPolicies(t.id())).containsOnly(p3);
      TicketSnapshot held = move(t, overnight);
      assertThat(slaPolicies(t.id())).as("moved in: re-targeted").containsOnly(policy);
      move(held, imaging);
      assertThat(slaPolicies(t.id())).as("moved out: back to the P3 policy").containsOnly(p3);
    } finally {
      try (Connection c = TestApp.connection();
          var s = c.prepareStatement("UPDATE sla_policies SET active = FALSE WHERE id = ?")) {
        s.setLong(1, policy);
        s.executeUpdate();
      }
      TestApp.context().getBean(ActivePolicies.class).forget(demo.tenant());
    }
  }

  private static List<Long> slaPolicies(long ticket) throws SQLException {
    List<Long> list = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT policy_id FROM sla_timers WHERE kind = 'SLA' AND ticket_id = ?")) {
      s.setLong(1, ticket);
      var rs = s.executeQuery();
      while (rs.next()) {
        list.add(rs.getLong(1));
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
