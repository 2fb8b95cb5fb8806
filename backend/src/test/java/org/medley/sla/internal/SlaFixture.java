package org.medley.sla.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.testing.FixtureTickets;
import org.medley.testing.TestApp;

/**
 * Tickets as the desk would make them: a row in {@code tickets} (timers reference it) and the
 * desk's events, published inside a transaction as the desk does.
 */
final class SlaFixture {

  private SlaFixture() {}

  record Demo(
      long tenant, long application, long requester, long group, long partnerGroup, long partner) {}

  static Demo demo() throws SQLException {
    try (Connection c = TestApp.connection()) {
      long tenant =
          TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
      long application =
          TestApp.queryLong("SELECT MIN(id) FROM applications WHERE tenant_id = " + tenant);
      long requester = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'enduser'");
      long group =
          TestApp.queryLong(
              "SELECT id FROM support_groups WHERE name = 'Service Desk' AND tenant_id = "
                  + tenant);
      long partnerGroup =
          TestApp.queryLong(
              "SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk' AND tenant_id = "
                  + tenant);
      long partner =
          TestApp.queryLong("SELECT partner_id FROM support_groups WHERE id = " + partnerGroup);
      return new Demo(tenant, application, requester, group, partnerGroup, partner);
    }
  }

  /** The id of the demo's SLA policy for a priority ("P3 moderate" for P3). */
  static long demoPolicy(String priority) throws SQLException {
    try (Connection c = TestApp.connection()) {
      return TestApp.queryLong(
          "SELECT MIN(id) FROM sla_policies WHERE priority = '"
              + priority
              + "' AND engagement_id IS NULL AND organization_id IS NULL AND active");
    }
  }

  /** Inserts a ticket row and returns its snapshot (NEW, in the Service Desk group). */
  static TicketSnapshot ticket(Demo demo, Priority priority, Instant created) throws SQLException {
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                    + " impact, urgency, priority, status, tier, group_id, requester_id, phi,"
                    + " version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,'NEW','L1',?,?,"
                    + " FALSE,0,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
      String number = FixtureTickets.nextNumber(c, demo.tenant());
      s.setLong(1, demo.tenant());
      s.setString(2, number);
      s.setString(3, "INCIDENT");
      s.setString(4, "SLA test");
      s.setString(5, "SLA test ticket");
      s.setLong(6, demo.application());
      s.setInt(7, FixtureTickets.impact(priority));
      s.setInt(8, FixtureTickets.urgency(priority));
      s.setString(9, priority.name());
      s.setLong(10, demo.group());
      s.setLong(11, demo.requester());
      s.setTimestamp(12, Timestamp.from(created));
      s.setTimestamp(13, Timestamp.from(created));
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      return new TicketSnapshot(
          demo.tenant(),
          keys.getLong(1),
          number,
          TicketType.INCIDENT,
          priority,
          TicketStatus.NEW,
          null,
          Tier.L1,
          demo.group(),
          null,
          null,
          demo.application(),
          1,
          demo.requester(),
          false,
          created);
    }
  }

  @SuppressWarnings("unchecked")
  static void publish(TicketEvent event) {
    var context = TestApp.context();
    ApplicationEventPublisher<TicketEvent> publisher =
        context.getBean(Argument.of(ApplicationEventPublisher.class, TicketEvent.class));
    TransactionOperations<Connection> tx =
        context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    tx.executeWrite(
        status -> {
          if (event instanceof TicketEvent.Opened opened && opened.slaDueAt() != null) {
            // The desk stores the forecast deadline with the ticket before it tells the timers.
            try (var due =
                status
                    .getConnection()
                    .prepareStatement("UPDATE tickets SET sla_due_at = ? WHERE id = ?")) {
              due.setTimestamp(1, Timestamp.from(opened.slaDueAt()));
              due.setLong(2, opened.ticket().id());
              due.executeUpdate();
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          }
          publisher.publishEvent(event);
          return null;
        });
  }

  static TicketSnapshot with(TicketSnapshot t, TicketStatus status, PendingReason reason) {
    return new TicketSnapshot(
        t.tenantId(),
        t.id(),
        t.number(),
        t.type(),
        t.priority(),
        status,
        reason,
        t.tier(),
        t.groupId(),
        t.partnerId(),
        t.assigneeId(),
        t.applicationId(),
        t.applicationCriticality(),
        t.requesterId(),
        t.phi(),
        t.createdAt());
  }

  static TicketSnapshot with(TicketSnapshot t, Priority priority) {
    return new TicketSnapshot(
        t.tenantId(),
        t.id(),
        t.number(),
        t.type(),
        priority,
        t.status(),
        t.pendingReason(),
        t.tier(),
        t.groupId(),
        t.partnerId(),
        t.assigneeId(),
        t.applicationId(),
        t.applicationCriticality(),
        t.requesterId(),
        t.phi(),
        t.createdAt());
  }

  static TicketSnapshot heldBy(TicketSnapshot t, long group, Long partner, Long assignee) {
    return new TicketSnapshot(
        t.tenantId(),
        t.id(),
        t.number(),
        t.type(),
        t.priority(),
        TicketStatus.ASSIGNED,
        t.pendingReason(),
        t.tier(),
        group,
        partner,
        assignee,
        t.applicationId(),
        t.applicationCriticality(),
        t.requesterId(),
        t.phi(),
        t.createdAt());
  }

  /**
   * Moves a running OLA response timer's start back, as if the partner had held the ticket since
   * {@code since}, with a 30-minute target's deadline; and the ticket's queue deadline with it, as
   * the engine keeps it (the nearest deadline of its counting timers), so other classes reading the
   * demo queue see a state the engine could have produced.
   */
  static void olaResponseHeldSince(long ticketId, Instant since) throws SQLException {
    Timestamp due = Timestamp.from(since.plus(java.time.Duration.ofMinutes(30)));
    try (Connection c = TestApp.connection();
        var timer =
            c.prepareStatement(
                "UPDATE sla_timers SET started_at = ?, run_from = ?, due_at = ?, next_check_at = ?"
                    + " WHERE ticket_id = ? AND kind = 'OLA' AND target = 'RESPONSE'")) {
      timer.setTimestamp(1, Timestamp.from(since));
      timer.setTimestamp(2, Timestamp.from(since));
      timer.setTimestamp(3, due);
      timer.setTimestamp(4, due);
      timer.setLong(5, ticketId);
      if (timer.executeUpdate() != 1) {
        throw new IllegalStateException("ticket " + ticketId + " has no OLA response timer");
      }
      queueDeadline(c, ticketId);
    }
  }

  /**
   * Sets the ticket's queue deadline from its timers as the engine keeps it (the nearest deadline
   * of those still counting), after a test wrote timer rows of its own: classes reading the demo
   * queue afterwards then find a state the engine could have made.
   */
  static void queueDeadline(Connection c, long ticketId) throws SQLException {
    try (var ticket =
        c.prepareStatement(
            "UPDATE tickets SET sla_due_at = (SELECT MIN(due_at) FROM sla_timers WHERE"
                + " ticket_id = ? AND "
                + TimerStore.COUNTING
                + ") WHERE id = ?")) {
      ticket.setLong(1, ticketId);
      ticket.setLong(2, ticketId);
      ticket.executeUpdate();
    }
  }
}
