package org.medley.desk.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.desk.TeamTickets;
import org.medley.desk.TicketOutcomes;
import org.medley.desk.TicketStatus;

/**
 * {@link TeamTickets} in three queries: resolutions on {@code ix_tickets_resolved}, the backlog on
 * {@code ix_tickets_status}. First contact looks for a handover in each resolved ticket's audit
 * trail (by {@code ix_audit_ticket}): a group change from one group to another, or an escalation.
 */
@Singleton
class StoredTeamTickets implements TeamTickets {

  /** The audit lines that end first contact: the ticket left its first group or tier. */
  private static final String HANDED_ON = TicketOutcomes.HANDED_ON_SQL;

  private final JdbcOperations jdbc;

  StoredTeamTickets(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public List<Team> teams(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT id, name, partner_id FROM support_groups WHERE tenant_id = ?"
            + " ORDER BY name, id",
        s -> {
          s.setLong(1, tenantId);
          List<Team> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(new Team(rows.getLong(1), rows.getString(2), rows.getObject(3, Long.class)));
            }
          }
          return list;
        });
  }

  @Override
  @ReadOnly
  public List<Resolved> resolved(long tenantId, Instant from, Instant to) {
    return jdbc.prepareStatement(
        "SELECT t.group_id, COUNT(*),"
            + " SUM(CASE WHEN t.reopen_count = 0 AND NOT "
            + HANDED_ON
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.reopen_count > 0 THEN 1 ELSE 0 END),"
            + " COUNT(t.csat_rating), COALESCE(SUM(t.csat_rating), 0)"
            + " FROM tickets t WHERE t.tenant_id = ? AND t.resolved_at >= ? AND t.resolved_at < ?"
            + " AND t.status IN ('"
            + TicketStatus.RESOLVED
            + "', '"
            + TicketStatus.CLOSED
            + "') AND t.group_id IS NOT NULL GROUP BY t.group_id",
        s -> {
          s.setLong(1, tenantId);
          s.setTimestamp(2, Timestamp.from(from));
          s.setTimestamp(3, Timestamp.from(to));
          List<Resolved> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Resolved(
                      rows.getLong(1),
                      rows.getLong(2),
                      rows.getLong(3),
                      rows.getLong(4),
                      rows.getLong(5),
                      rows.getLong(6)));
            }
          }
          return list;
        });
  }

  @Override
  @ReadOnly
  public List<Open> open(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT group_id, created_at FROM tickets WHERE tenant_id = ? AND status IN "
            + TicketStatus.OPEN_SQL
            + " AND group_id IS NOT NULL",
        s -> {
          s.setLong(1, tenantId);
          List<Open> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(new Open(rows.getLong(1), rows.getTimestamp(2).toInstant()));
            }
          }
          return list;
        });
  }
}
