package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.calendar.CalendarDirectory;
import org.medley.desk.DeskActions;
import org.medley.desk.Priority;
import org.medley.desk.SlaDueChanged;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.market.Engagements;
import org.medley.platform.JdbcRows;
import org.medley.testing.TestApp;

/**
 * Each breach action, one policy at a time, against the real desk and database: the application's
 * own sweep bean finds the timer past its deadline and does what the policy lists — a notice for
 * the assignee, the group's lead or the engagement's manager (every agent of the partner when the
 * engagement names none), a ticket escalated a tier (audited as done by "sla"), a ticket taken from
 * its assignee. And the response target is met by whatever the policy says meets it.
 */
class SlaBreachActionsTest {

  private static SlaFixture.Demo demo;
  private static long calendar;
  private static long staffInGroup;

  @BeforeAll
  static void setUp() throws SQLException {
    demo = SlaFixture.demo();
    try (Connection c = TestApp.connection()) {
      calendar =
          TestApp.queryLong(
              "SELECT calendar_id FROM sla_policies WHERE name = 'P1 critical' AND tenant_id = "
                  + demo.tenant());
      staffInGroup =
          TestApp.queryLong(
              "SELECT MIN(staff_id) FROM group_members WHERE group_id = " + demo.group());
    }
  }

  /** An inactive policy (so it matches no other ticket) doing {@code actions} on a breach. */
  private static long policy(String actions, String responseMetBy) throws SQLException {
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "INSERT INTO sla_policies (tenant_id, name, calendar_id, response_ms,"
                    + " resolution_ms, response_met_by, pause_on, warnings, breach_actions,"
                    + " on_retarget, active, version, created_at, updated_at) VALUES (?, ?, ?,"
                    + " 900000, 3600000, ?, 'PENDING:CUSTOMER', '50,75,90', ?, 'CARRY_OVER',"
                    + " FALSE, 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, demo.tenant());
      s.setString(2, "breach test " + UUID.randomUUID());
      s.setLong(3, calendar);
      s.setString(4, responseMetBy);
      s.setString(5, actions);
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }

  record Breached(long ticket, long timer) {}

  /**
   * A ticket opened two hours ago whose SLA resolution timer (1 h on 24x7, under a policy doing
   * {@code actions}) is held by {@code group} and {@code assignee}; then one sweep.
   */
  private static Breached breach(
      String kind, String actions, long group, Long groupPartner, Long assignee)
      throws SQLException {
    return breach(kind, actions, group, groupPartner, assignee, northwindEngagement());
  }

  /** The demo's Northwind engagement: the one providing its overnight desk. */
  private static long northwindEngagement() throws SQLException {
    return TestApp.queryLong(
        "SELECT engagement_id FROM engagement_groups WHERE group_id = " + demo.partnerGroup());
  }

  /** As above, for an OLA timer under {@code engagement}'s OLA. */
  private static Breached breach(
      String kind, String actions, long group, Long groupPartner, Long assignee, long engagement)
      throws SQLException {
    Breached b = due(kind, actions, group, groupPartner, assignee, engagement);
    TestApp.context().getBean(SlaSweep.class).sweep();
    assertThat(TestApp.queryString("SELECT state FROM sla_timers WHERE id = " + b.timer()))
        .isEqualTo("BREACHED");
    return b;
  }

  /** The ticket and its timer as {@link #breach} leaves them before the sweep. */
  private static Breached due(
      String kind, String actions, long group, Long groupPartner, Long assignee, long engagement)
      throws SQLException {
    Instant opened = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P3, opened);
    long policy = policy(actions, "EITHER");
    long timer;
    try (Connection c = TestApp.connection()) {
      try (var s =
          c.prepareStatement(
              "UPDATE tickets SET group_id = ?, assignee_id = ?, status = ? WHERE id = ?")) {
        s.setLong(1, group);
        JdbcRows.bind(s, 2, assignee);
        s.setString(3, assignee == null ? "NEW" : "ASSIGNED");
        s.setLong(4, t.id());
        s.executeUpdate();
      }
      TimerStore store = TestApp.context().getBean(TimerStore.class);
      var cal = TestApp.context().getBean(CalendarDirectory.class).byId(calendar);
      SlaTimer started =
          SlaTimer.start(cal, Duration.ofHours(1), List.of(50, 75, 90), opened, false).timer();
      // As the sweep last left it: warned at 90 %, next check the deadline (an hour ago).
      SlaTimer warned =
          new SlaTimer(
              started.target(),
              started.warnings(),
              started.state(),
              started.runFrom(),
              started.elapsedBefore(),
              null,
              90,
              started.dueAt(),
              started.dueAt(),
              null);
      timer =
          store
              .insert(
                  c,
                  new TimerRow(
                      null,
                      t.tenantId(),
                      t.id(),
                      t.number(),
                      TimerKind.valueOf(kind),
                      Target.RESOLUTION,
                      kind.equals("SLA") ? policy : olaPolicy(c, engagement, actions),
                      kind.equals("SLA") ? null : groupPartner,
                      calendar,
                      opened,
                      warned,
                      new TimerRow.Dimensions(
                          Priority.P3, t.tier(), t.applicationId(), group, groupPartner, assignee),
                      0))
              .id();
      SlaFixture.queueDeadline(c, t.id());
    }
    return new Breached(t.id(), timer);
  }

  /** The engagement's OLA policy, its breach actions set to {@code actions}. */
  private static long olaPolicy(Connection c, long engagement, String actions) throws SQLException {
    long id = TestApp.queryLong("SELECT id FROM ola_policies WHERE engagement_id = " + engagement);
    try (var s = c.prepareStatement("UPDATE ola_policies SET breach_actions = ? WHERE id = ?")) {
      s.setString(1, actions);
      s.setLong(2, id);
      s.executeUpdate();
    }
    return id;
  }

  private static List<String> notices(long timer) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT kind, recipient, recipient_id, due_at FROM sla_notifications"
                    + " WHERE timer_id = ? ORDER BY id")) {
      s.setLong(1, timer);
      var rs = s.executeQuery();
      while (rs.next()) {
        list.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
      }
    }
    return list;
  }

  /** In-app notifications of SLA breaches on the ticket, as "username kind". */
  private static List<String> delivered(long ticket) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT u.username, n.kind FROM notifications n JOIN user_accounts u ON u.id ="
                    + " n.recipient_id WHERE n.ticket_id = ? AND n.kind LIKE 'SLA_%'")) {
      s.setLong(1, ticket);
      var rs = s.executeQuery();
      while (rs.next()) {
        list.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return list;
  }

  @Test
  void notifyAssigneeTellsThePersonHoldingTheTicket() throws SQLException {
    Breached b = breach("SLA", "NOTIFY_ASSIGNEE", demo.group(), null, staffInGroup);
    assertThat(notices(b.timer())).containsExactly("BREACH ASSIGNEE " + staffInGroup);
  }

  @Test
  void theAssigneeReadsTheBreachInTheApp() throws SQLException {
    long dana =
        TestApp.queryLong(
            "SELECT s.id FROM staff_members s JOIN user_accounts u ON u.id = s.user_account_id"
                + " WHERE u.username = 'agent'");
    Breached b = breach("SLA", "NOTIFY_ASSIGNEE", demo.group(), null, dana);
    assertThat(delivered(b.ticket())).containsExactly("agent SLA_BREACH");
  }

  @Test
  void notifyGroupLeadTellsTheGroup() throws SQLException {
    Breached b = breach("SLA", "NOTIFY_GROUP_LEAD", demo.group(), null, staffInGroup);
    assertThat(notices(b.timer())).containsExactly("BREACH GROUP_LEAD " + demo.group());
  }

  @Test
  void escalateTierMovesTheTicketUpATierThroughTheDesk() throws SQLException {
    Breached b = breach("SLA", "ESCALATE_TIER", demo.group(), null, null);
    assertThat(notices(b.timer())).isEmpty();
    assertThat(TestApp.queryString("SELECT tier FROM tickets WHERE id = " + b.ticket()))
        .isEqualTo("L2");
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ticket_audit WHERE actor_name = 'sla' AND ticket_id = "
                    + b.ticket()))
        .isPositive();
  }

  /**
   * A desk write holds the ticket (its first step) while the sweep escalates it; the write's next
   * step, locking the ticket's timers, must not find one held by the sweep waiting for the ticket:
   * that was a deadlock. NOWAIT makes the check immediate, not a wait for InnoDB's detector.
   */
  @Test
  void aSweepEscalatingTakesTheTicketBeforeItsTimerAsADeskWriteDoes() throws Exception {
    Breached b = due("SLA", "ESCALATE_TIER", demo.group(), null, null, northwindEngagement());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection desk = TestApp.connection()) {
      desk.setAutoCommit(false);
      try (var s = desk.prepareStatement("SELECT id FROM tickets WHERE id = ? FOR UPDATE")) {
        s.setLong(1, b.ticket());
        s.executeQuery().close();
      }
      SlaSweep oneWorker = oneWorkerSweep();
      Future<Integer> sweep = pool.submit(oneWorker::sweep);
      await().atMost(Duration.ofSeconds(30)).until(() -> sweep.isDone() || waitingForALock() > 0);
      try (var s =
          desk.prepareStatement(
              "SELECT id FROM sla_timers WHERE ticket_id = ? ORDER BY id FOR UPDATE NOWAIT")) {
        s.setLong(1, b.ticket());
        s.executeQuery().close();
      }
      desk.commit();
      sweep.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(TestApp.queryString("SELECT state FROM sla_timers WHERE id = " + b.timer()))
        .isEqualTo("BREACHED");
    assertThat(TestApp.queryString("SELECT tier FROM tickets WHERE id = " + b.ticket()))
        .isEqualTo("L2");
  }

  /**
   * The app's sweep with the real desk, but one worker: with two, the other could claim the timer
   * for a moment while the first waits for the ticket, and NOWAIT would find it held.
   */
  @SuppressWarnings("unchecked")
  private static SlaSweep oneWorkerSweep() {
    var context = TestApp.context();
    DeskActions desk = context.getBean(DeskActions.class);
    return new SlaSweep(
        context.getBean(Argument.of(TransactionOperations.class, Connection.class)),
        context.getBean(TimerStore.class),
        context.getBean(Argument.of(ApplicationEventPublisher.class, SlaDueChanged.class)),
        context.getBean(CalendarDirectory.class),
        new BeanProvider<>() {
          @Override
          public DeskActions get() {
            return desk;
          }

          @Override
          public boolean isPresent() {
            return true;
          }
        },
        context.getBean(Engagements.class),
        context.getBean(Settlements.class),
        Clock.systemUTC(),
        500,
        1);
  }

  /** Transactions of this test's database waiting for a row lock. */
  private static long waitingForALock() throws SQLException {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p"
            + " ON p.ID = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT' AND p.DB ="
            + " DATABASE()");
  }

  @Test
  void reassignTakesTheTicketFromItsAssignee() throws SQLException {
    Breached b = breach("SLA", "REASSIGN", demo.group(), null, staffInGroup);
    String assignee =
        TestApp.queryString("SELECT assignee_id FROM tickets WHERE id = " + b.ticket());
    assertThat(assignee).isNotEqualTo(String.valueOf(staffInGroup));
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ticket_audit WHERE actor_name = 'sla' AND ticket_id = "
                    + b.ticket()))
        .isPositive();
  }

  @Test
  void notifyPartnerManagerTellsOnlyTheEngagementsManager() throws SQLException {
    long manager = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'partnermgr'");
    assertThat(
            TestApp.queryLong(
                "SELECT manager_account_id FROM engagements WHERE id = " + northwindEngagement()))
        .as("the demo's Northwind engagement names its service manager")
        .isEqualTo(manager);
    Breached b = breach("OLA", "NOTIFY_PARTNER_MANAGER", demo.partnerGroup(), demo.partner(), null);
    assertThat(notices(b.timer())).containsExactly("BREACH PARTNER_MANAGER " + manager);
    // The manager reads it; Northwind's desk agents are not woken for it.
    assertThat(delivered(b.ticket())).containsExactly("partnermgr SLA_BREACH");
  }

  @Test
  void withoutANamedManagerEveryAgentOfThePartnerHears() throws SQLException {
    long partner;
    long engagement;
    try (Connection c = TestApp.connection()) {
      partner =
          insert(
              c,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', ?,"
                  + " CURRENT_TIMESTAMP(6))",
              "Harbor IT Partners " + UUID.randomUUID());
      try (var s =
          c.prepareStatement(
              "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name,"
                  + " roles, enabled, created_at) VALUES (?, ?, ?, 'Harbor agent',"
                  + " 'partner-agent', TRUE, CURRENT_TIMESTAMP(6))")) {
        s.setLong(1, partner);
        s.setLong(2, demo.tenant());
        s.setString(3, "harbor-" + partner);
        s.executeUpdate();
      }
      engagement =
          insert(
              c,
              "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on, created_by,"
                  + " created_at, updated_at) VALUES ("
                  + demo.tenant()
                  + ", "
                  + partner
                  + ", ?, 'L2 cover', '2020-01-01', 'test', CURRENT_TIMESTAMP(6),"
                  + " CURRENT_TIMESTAMP(6))",
              "Harbor cover without a manager");
      insert(
          c,
          "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id,"
              + " response_ms, resolution_ms, pause_on, warnings, breach_actions, created_at)"
              + " VALUES ("
              + demo.tenant()
              + ", "
              + engagement
              + ", "
              + partner
              + ", "
              + calendar
              + ", 60000, 3600000, '', '75,90', ?, CURRENT_TIMESTAMP(6))",
          "NOTIFY_PARTNER_MANAGER");
    }
    Breached b =
        breach("OLA", "NOTIFY_PARTNER_MANAGER", demo.partnerGroup(), partner, null, engagement);
    assertThat(notices(b.timer())).containsExactly("BREACH PARTNER_AGENTS " + partner);
    assertThat(delivered(b.ticket())).containsExactly("harbor-" + partner + " SLA_BREACH");
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

  @Test
  void theResponseTargetIsMetByWhatThePolicySays() throws SQLException {
    long replyOnly = policy("NOTIFY_ASSIGNEE", "PUBLIC_REPLY");
    long ackOnly = policy("NOTIFY_ASSIGNEE", "ACKNOWLEDGED");
    // Picked up without a reply: met under ACKNOWLEDGEMENT only.
    assertThat(respond(replyOnly, TicketEvent.Response.ACKNOWLEDGED)).isEqualTo("RUNNING");
    assertThat(respond(ackOnly, TicketEvent.Response.ACKNOWLEDGED)).isEqualTo("MET");
    // A public reply: met under PUBLIC_REPLY only.
    assertThat(respond(replyOnly, TicketEvent.Response.PUBLIC_REPLY)).isEqualTo("MET");
    assertThat(respond(ackOnly, TicketEvent.Response.PUBLIC_REPLY)).isEqualTo("RUNNING");
  }

  /** Opens a ticket, moves its SLA timers under {@code policy}, responds; the response state. */
  private static String respond(long policy, TicketEvent.Response how) throws SQLException {
    Instant opened = Instant.now().minus(1, ChronoUnit.MINUTES);
    TicketSnapshot t = SlaFixture.ticket(demo, Priority.P3, opened);
    SlaFixture.publish(new TicketEvent.Opened(t, opened));
    try (Connection c = TestApp.connection();
        var s = c.prepareStatement("UPDATE sla_timers SET policy_id = ? WHERE ticket_id = ?")) {
      s.setLong(1, policy);
      s.setLong(2, t.id());
      assertThat(s.executeUpdate()).isPositive();
    }
    SlaFixture.publish(new TicketEvent.Responded(t, Instant.now(), how));
    return TestApp.queryString(
        "SELECT state FROM sla_timers WHERE kind = 'SLA' AND target = 'RESPONSE' AND ticket_id = "
            + t.id());
  }
}
