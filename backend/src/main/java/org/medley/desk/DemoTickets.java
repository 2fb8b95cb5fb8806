package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medley.coverage.Tier;
import org.medley.demo.DemoContext;
import org.medley.platform.JdbcRows;

/**
 * The demo's seeded tickets for the contributions that run after the desk's (the SLA feature's
 * timers and queue deadlines), on the seed's connection: the desk's ports cannot see them before
 * the seed's transaction commits.
 */
public final class DemoTickets {

  private DemoTickets() {}

  /** A seeded ticket as the SLA feature replays it into timers. */
  public record Ticket(
      long id,
      String number,
      Priority priority,
      TicketStatus status,
      Tier tier,
      long applicationId,
      @Nullable Long groupId,
      @Nullable Long partnerId,
      @Nullable Long assigneeId,
      Instant created,
      @Nullable Instant resolved,
      @Nullable Instant closed,
      @Nullable Instant responded,
      @Nullable PendingReason pendingReason,
      Instant updated) {}

  /** The tenant's seeded tickets, by id, each with the partner of its group. */
  public static List<Ticket> seeded(DemoContext context) throws SQLException {
    try (var tickets =
        context
            .connection()
            .prepareStatement(
                "SELECT t.id, t.number, t.priority, t.status, t.tier, t.application_id,"
                    + " t.group_id, g.partner_id, t.assignee_id, t.created_at, t.resolved_at,"
                    + " t.closed_at, t.first_response_at, t.pending_reason, t.updated_at FROM"
                    + " tickets t"
                    + " LEFT JOIN support_groups g ON g.id = t.group_id"
                    + " WHERE t.tenant_id = ? ORDER BY t.id")) {
      tickets.setLong(1, context.tenantId());
      List<Ticket> seeded = new ArrayList<>();
      try (ResultSet rs = tickets.executeQuery()) {
        while (rs.next()) {
          seeded.add(
              new Ticket(
                  rs.getLong(1),
                  rs.getString(2),
                  Priority.valueOf(rs.getString(3)),
                  TicketStatus.valueOf(rs.getString(4)),
                  Tier.valueOf(rs.getString(5)),
                  rs.getLong(6),
                  JdbcRows.nullableLong(rs, "group_id"),
                  JdbcRows.nullableLong(rs, "partner_id"),
                  JdbcRows.nullableLong(rs, "assignee_id"),
                  rs.getTimestamp(10).toInstant(),
                  JdbcRows.instant(rs, 11),
                  JdbcRows.instant(rs, 12),
                  JdbcRows.instant(rs, 13),
                  JdbcRows.enumOf(PendingReason.class, rs.getString(14)),
                  rs.getTimestamp(15).toInstant()));
        }
      }
      return seeded;
    }
  }

  /**
   * Records a seeded ticket's id in another system (a vendor's case number), as {@link
   * ExternalReferences} would once the seed has committed.
   */
  public static void reference(
      DemoContext context, long ticketId, String system, String externalId, Instant at)
      throws SQLException {
    context.execute(
        "INSERT INTO ticket_references (ticket_id, tenant_id, system, external_id, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        ticketId,
        context.tenantId(),
        system,
        externalId,
        java.sql.Timestamp.from(at));
  }

  /**
   * The live queue's nearest deadlines, as the SLA feature's events keep them for new work: open
   * work not given one keeps none.
   */
  public static void queueDeadlines(DemoContext context, Map<Long, Instant> dueByTicket)
      throws SQLException {
    try (var batch =
        context.batch(
            "UPDATE tickets SET sla_due_at = ? WHERE id = ? AND tenant_id = ? AND open_work = TRUE")) {
      for (var due : dueByTicket.entrySet()) {
        batch.add(due.getValue(), due.getKey(), context.tenantId());
      }
    }
  }
}
