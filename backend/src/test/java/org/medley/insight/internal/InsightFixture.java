package org.medley.insight.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.platform.JdbcRows;
import org.medley.testing.FixtureTickets;
import org.medley.testing.TestApp;

/**
 * Tickets driven as the desk drives them: a row in {@code tickets}, the audit lines of each status,
 * pending-reason and group change, and the desk's events published in one transaction with them, so
 * the SLA timers, their settlements and insight's listeners all run for real.
 */
final class InsightFixture {

  record Demo(
      long tenant, long application, long requester, long group, long partnerGroup, long partner) {

    static Demo load() {
      long tenant =
          TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
      long partnerGroup =
          TestApp.queryLong(
              "SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk' AND tenant_id"
                  + " = "
                  + tenant);
      return new Demo(
          tenant,
          TestApp.queryLong("SELECT MIN(id) FROM applications WHERE tenant_id = " + tenant),
          TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'enduser'"),
          TestApp.queryLong(
              "SELECT id FROM support_groups WHERE name = 'Service Desk' AND tenant_id = "
                  + tenant),
          partnerGroup,
          TestApp.queryLong("SELECT partner_id FROM support_groups WHERE id = " + partnerGroup));
    }
  }

  /** One ticket and what the desk last said about it. */
  static final class Ticket {
    TicketSnapshot now;

    Ticket(TicketSnapshot now) {
      this.now = now;
    }

    long id() {
      return now.id();
    }

    String number() {
      return now.number();
    }

    Ticket respond(Instant at) {
      publish(new TicketEvent.Responded(now, at, TicketEvent.Response.ACKNOWLEDGED), null);
      return this;
    }

    Ticket status(Instant at, TicketStatus status, PendingReason reason) {
      return change(
          at, snapshot(now, now.priority(), status, reason, now.groupId(), now.partnerId()));
    }

    Ticket priority(Instant at, Priority priority) {
      return change(
          at,
          snapshot(
              now, priority, now.status(), now.pendingReason(), now.groupId(), now.partnerId()));
    }

    Ticket group(Instant at, long group, Long partner) {
      return change(
          at, snapshot(now, now.priority(), now.status(), now.pendingReason(), group, partner));
    }

    private Ticket change(Instant at, TicketSnapshot next) {
      TicketSnapshot before = now;
      publish(new TicketEvent.Changed(before, next, at), c -> audit(c, before, next, at));
      now = next;
      return this;
    }
  }

  /** Opens a ticket at {@code created} in {@code group} (its partner, if a partner's). */
  static Ticket open(Demo demo, Priority priority, Instant created, long group, Long partner)
      throws SQLException {
    String number;
    long id;
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                    + " impact, urgency, priority, status, tier, group_id, requester_id, phi,"
                    + " version, created_at, updated_at) VALUES (?,?,'INCIDENT',?,'insight test',"
                    + " ?,?,?,?,'NEW','L1',?,?,FALSE,0,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
      number = FixtureTickets.nextNumber(c, demo.tenant());
      int i = 0;
      s.setLong(++i, demo.tenant());
      s.setString(++i, number);
      s.setString(++i, "Insight " + number);
      s.setLong(++i, demo.application());
      s.setInt(++i, FixtureTickets.impact(priority));
      s.setInt(++i, FixtureTickets.urgency(priority));
      s.setString(++i, priority.name());
      s.setLong(++i, group);
      s.setLong(++i, demo.requester());
      s.setTimestamp(++i, Timestamp.from(created));
      s.setTimestamp(++i, Timestamp.from(created));
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      id = keys.getLong(1);
    }
    TicketSnapshot snapshot =
        new TicketSnapshot(
            demo.tenant(),
            id,
            number,
            TicketType.INCIDENT,
            priority,
            TicketStatus.NEW,
            null,
            Tier.L1,
            group,
            partner,
            null,
            demo.application(),
            1,
            demo.requester(),
            false,
            created);
    publish(new TicketEvent.Opened(snapshot, created), null);
    return new Ticket(snapshot);
  }

  private static TicketSnapshot snapshot(
      TicketSnapshot t,
      Priority priority,
      TicketStatus status,
      PendingReason reason,
      Long group,
      Long partner) {
    return new TicketSnapshot(
        t.tenantId(),
        t.id(),
        t.number(),
        t.type(),
        priority,
        status,
        status == TicketStatus.PENDING ? reason : null,
        t.tier(),
        group,
        partner,
        t.assigneeId(),
        t.applicationId(),
        t.applicationCriticality(),
        t.requesterId(),
        t.phi(),
        t.createdAt());
  }

  /** The audit lines the desk writes for these changes (Ticket.transitionTo, route). */
  private static void audit(Connection c, TicketSnapshot before, TicketSnapshot after, Instant at)
      throws SQLException {
    if (after.status() == TicketStatus.PENDING
        && (before.status() != TicketStatus.PENDING
            || before.pendingReason() != after.pendingReason())) {
      line(c, after, at, "PENDED", "pendingReason", before.pendingReason(), after.pendingReason());
    }
    if (before.status() != after.status()) {
      line(c, after, at, "TRANSITIONED", "status", before.status(), after.status());
    }
    if (!Objects.equals(before.groupId(), after.groupId())) {
      // Named as the desk names them (AuditNames).
      line(
          c, after, at, "ROUTED", "group", groupName(before.groupId()), groupName(after.groupId()));
    }
    if (before.priority() != after.priority()) {
      line(c, after, at, "REPRIORITISED", "priority", before.priority(), after.priority());
    }
  }

  private static String groupName(Long id) {
    return id == null
        ? null
        : TestApp.queryString("SELECT name FROM support_groups WHERE id = " + id);
  }

  private static void line(
      Connection c,
      TicketSnapshot t,
      Instant at,
      String action,
      String field,
      Object old,
      Object neu)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_name, at, action, field,"
                + " old_value, new_value) VALUES (?,?,'test',?,?,?,?,?)")) {
      JdbcRows.bindAll(
          s,
          t.tenantId(),
          t.id(),
          Timestamp.from(at),
          action,
          field,
          old == null ? null : old.toString(),
          neu == null ? null : neu.toString());
      s.executeUpdate();
    }
    try (var s =
        c.prepareStatement(
            "UPDATE tickets SET status = ?, pending_reason = ?, group_id = ?, priority = ?"
                + " WHERE id = ?")) {
      JdbcRows.bindAll(
          s,
          t.status().name(),
          t.pendingReason() == null ? null : t.pendingReason().name(),
          t.groupId(),
          t.priority().name(),
          t.id());
      s.executeUpdate();
    }
  }

  @FunctionalInterface
  interface Write {
    void run(Connection c) throws SQLException;
  }

  @SuppressWarnings("unchecked")
  static void publish(TicketEvent event, Write alsoWrite) {
    var context = TestApp.context();
    ApplicationEventPublisher<TicketEvent> publisher =
        context.getBean(Argument.of(ApplicationEventPublisher.class, TicketEvent.class));
    TransactionOperations<Connection> tx =
        context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    tx.executeWrite(
        status -> {
          if (alsoWrite != null) {
            alsoWrite.run(status.getConnection());
          }
          publisher.publishEvent(event);
          return null;
        });
  }
}
