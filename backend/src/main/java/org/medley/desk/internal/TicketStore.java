package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bind;
import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.enumOf;
import static org.medley.platform.JdbcRows.instant;
import static org.medley.platform.JdbcRows.marks;
import static org.medley.platform.JdbcRows.nullableInt;
import static org.medley.platform.JdbcRows.nullableLong;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;

/**
 * Tickets and their satellites (audit, comments, holders) in SQL; support groups are in {@link
 * SupportGroupStore}. Callers hold the transaction.
 */
@Singleton
class TicketStore {

  private static final String COLUMNS =
      "t.id, t.tenant_id, t.number, t.type, t.title, t.description, t.application_id, t.impact,"
          + " t.urgency, t.status, t.pending_reason, t.tier, t.group_id, t.assignee_id,"
          + " t.requester_id, t.phi, t.version, t.created_at, t.updated_at, t.resolved_at,"
          + " t.closed_at, t.resolution_code, t.resolution, t.first_response_at, t.reopen_count,"
          + " t.csat_rating, t.csat_comment, t.affected_users, t.sla_due_at";

  private final JdbcOperations jdbc;
  private final Hospitals hospitals;

  TicketStore(JdbcOperations jdbc, Hospitals hospitals) {
    this.jdbc = jdbc;
    this.hospitals = hospitals;
  }

  /** The hospital's filter, for the masked copies a partner without an agreement searches. */
  private MinimumNecessary filter(long tenantId) {
    return hospitals.minimumNecessary(tenantId);
  }

  long insert(Ticket ticket) {
    return insertReturningId(
        "INSERT INTO tickets (tenant_id, number, type, title, description, application_id, impact,"
            + " urgency, priority, status, tier, group_id, assignee_id, requester_id, phi, version,"
            + " created_at, updated_at, affected_users, open_work, sla_due_at, masked_title,"
            + " masked_description) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?)",
        ticket.tenantId(),
        ticket.number(),
        ticket.type(),
        ticket.title(),
        ticket.description(),
        ticket.applicationId(),
        ticket.impact(),
        ticket.urgency(),
        ticket.priority(),
        ticket.status(),
        ticket.tier(),
        ticket.groupId(),
        ticket.assigneeId(),
        ticket.requesterId(),
        ticket.phi(),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.affectedUsers(),
        ticket.open(),
        ticket.slaDueAt(),
        SearchMasks.masked(filter(ticket.tenantId()), ticket.title()),
        SearchMasks.masked(filter(ticket.tenantId()), ticket.description()));
  }

  private long insertReturningId(String sql, Object... values) {
    return jdbc.execute(
        (Connection connection) -> {
          try (PreparedStatement statement =
              connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindAll(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  Optional<Ticket> find(long tenantId, long id) {
    return select(tenantId, id, "");
  }

  /** The tenant's tickets among {@code ids} (those it has), in no particular order. */
  List<Ticket> findAll(long tenantId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> list = List.copyOf(ids);
    return jdbc.prepareStatement(
        "SELECT "
            + COLUMNS
            + " FROM tickets t WHERE t.tenant_id = ? AND t.id IN ("
            + marks(list.size())
            + ")",
        statement -> {
          statement.setLong(1, tenantId);
          for (int i = 0; i < list.size(); i++) {
            statement.setLong(i + 2, list.get(i));
          }
          List<Ticket> found = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(ticket(rows));
            }
          }
          return found;
        });
  }

  /** The id of the tenant's ticket with this number ({@code INC-000123}). */
  Optional<Long> idByNumber(long tenantId, String number) {
    return jdbc.prepareStatement(
        "SELECT id FROM tickets WHERE tenant_id = ? AND number = ?",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setString(2, number);
          try (java.sql.ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
          }
        });
  }

  /**
   * Locks the ticket's row until the transaction ends and reads it as last committed: every write
   * on a ticket takes this first, so writes on one ticket take turns instead of deadlocking (each
   * comment's insert holds a shared lock on its ticket, and two such holders both wanting to update
   * the ticket was InnoDB's deadlock in issue #15). As the first statement of a transaction it also
   * makes every later read of that transaction see the writes that went before it (InnoDB's
   * REPEATABLE READ snapshot starts at the first plain read).
   */
  Optional<Ticket> lock(long tenantId, long id) {
    return select(tenantId, id, " FOR UPDATE");
  }

  private Optional<Ticket> select(long tenantId, long id, String locking) {
    return jdbc.prepareStatement(
        "SELECT " + COLUMNS + " FROM tickets t WHERE t.tenant_id = ? AND t.id = ?" + locking,
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, id);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(ticket(rows)) : Optional.empty();
          }
        });
  }

  /**
   * Writes the ticket if nobody else changed it since it was read; returns the new version, or
   * empty when the stored version moved on.
   */
  Optional<Long> update(Ticket ticket) {
    int updated =
        jdbc.prepareStatement(
            "UPDATE tickets SET type = ?, title = ?, description = ?, impact = ?, urgency = ?,"
                + " priority = ?, status = ?, pending_reason = ?, tier = ?, group_id = ?,"
                + " assignee_id = ?, phi = ?, updated_at = ?, resolved_at = ?, closed_at = ?,"
                + " resolution_code = ?, resolution = ?, first_response_at = ?, reopen_count = ?,"
                + " csat_rating = ?, csat_comment = ?, open_work = ?, masked_title = ?,"
                + " masked_description = ?, version = version + 1"
                + " WHERE tenant_id = ? AND id = ? AND version = ?",
            statement -> {
              Object[] values = {
                ticket.type(),
                ticket.title(),
                ticket.description(),
                ticket.impact(),
                ticket.urgency(),
                ticket.priority(),
                ticket.status(),
                ticket.pendingReason(),
                ticket.tier(),
                ticket.groupId(),
                ticket.assigneeId(),
                ticket.phi(),
                ticket.updatedAt(),
                ticket.resolvedAt(),
                ticket.closedAt(),
                ticket.resolutionCode(),
                ticket.resolution(),
                ticket.firstResponseAt(),
                ticket.reopenCount(),
                ticket.csatRating(),
                ticket.csatComment(),
                ticket.open(),
                SearchMasks.masked(filter(ticket.tenantId()), ticket.title()),
                SearchMasks.masked(filter(ticket.tenantId()), ticket.description()),
                ticket.tenantId(),
                ticket.id(),
                ticket.version()
              };
              for (int i = 0; i < values.length; i++) {
                bind(statement, i + 1, values[i]);
              }
              return statement.executeUpdate();
            });
    return updated == 1 ? Optional.of(ticket.version() + 1) : Optional.empty();
  }

  long currentVersion(long tenantId, long id) {
    return jdbc.prepareStatement(
        "SELECT version FROM tickets WHERE tenant_id = ? AND id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, id);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : -1L;
          }
        });
  }

  void setSlaDue(long tenantId, long id, @Nullable Instant due) {
    jdbc.prepareStatement(
        "UPDATE tickets SET sla_due_at = ? WHERE tenant_id = ? AND id = ?",
        statement -> {
          bindAll(statement, due, tenantId, id);
          return statement.executeUpdate();
        });
  }

  // ---- audit, comments, holders ----

  void audit(long tenantId, long ticketId, Actor actor, Instant at, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_id, actor_name, at, action, field,"
            + " old_value, new_value, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
        statement -> {
          for (Change change : changes) {
            bind(statement, 1, tenantId);
            bind(statement, 2, ticketId);
            bind(statement, 3, actor.accountId());
            bind(statement, 4, actor.name());
            bind(statement, 5, at);
            bind(statement, 6, change.action());
            bind(statement, 7, change.field());
            bind(statement, 8, clip(change.oldValue(), 1000));
            bind(statement, 9, clip(change.newValue(), 1000));
            bind(statement, 10, clip(change.note(), 2000));
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  record AuditRow(
      long id,
      @Nullable Long actorId,
      String actorName,
      Instant at,
      String action,
      @Nullable String field,
      @Nullable String oldValue,
      @Nullable String newValue,
      @Nullable String note) {}

  List<AuditRow> auditTrail(long ticketId) {
    return jdbc.prepareStatement(
        "SELECT id, actor_id, actor_name, at, action, field, old_value, new_value, note"
            + " FROM ticket_audit WHERE ticket_id = ? ORDER BY at, id",
        statement -> {
          statement.setLong(1, ticketId);
          List<AuditRow> trail = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              trail.add(
                  new AuditRow(
                      rows.getLong("id"),
                      nullableLong(rows, "actor_id"),
                      rows.getString("actor_name"),
                      instant(rows, "at"),
                      rows.getString("action"),
                      rows.getString("field"),
                      rows.getString("old_value"),
                      rows.getString("new_value"),
                      rows.getString("note")));
            }
          }
          return trail;
        });
  }

  record CommentRow(
      long id,
      long authorId,
      String authorName,
      String visibility,
      String body,
      Instant createdAt) {}

  long addComment(
      long tenantId, long ticketId, Actor actor, String visibility, String body, Instant at) {
    return insertReturningId(
        "INSERT INTO ticket_comments (tenant_id, ticket_id, author_id, author_name, visibility,"
            + " body, created_at, masked_body) VALUES (?,?,?,?,?,?,?,?)",
        tenantId,
        ticketId,
        actor.accountId(),
        actor.name(),
        visibility,
        body,
        at,
        SearchMasks.masked(filter(tenantId), body));
  }

  List<CommentRow> comments(long ticketId, boolean publicOnly) {
    return jdbc.prepareStatement(
        "SELECT id, author_id, author_name, visibility, body, created_at FROM ticket_comments"
            + " WHERE ticket_id = ?"
            + (publicOnly ? " AND visibility = 'PUBLIC'" : "")
            + " ORDER BY created_at, id",
        statement -> {
          statement.setLong(1, ticketId);
          List<CommentRow> comments = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              comments.add(
                  new CommentRow(
                      rows.getLong("id"),
                      rows.getLong("author_id"),
                      rows.getString("author_name"),
                      rows.getString("visibility"),
                      rows.getString("body"),
                      instant(rows, "created_at")));
            }
          }
          return comments;
        });
  }

  /** Remembers that an organisation's group held the ticket (idempotent). */
  void hold(long ticketId, long organizationId, Instant since) {
    jdbc.prepareStatement(
        "INSERT INTO ticket_holders (ticket_id, organization_id, since) SELECT ?, ?, ? FROM (SELECT 1"
            + " AS x) one WHERE NOT EXISTS (SELECT 1 FROM ticket_holders WHERE organization_id = ? AND"
            + " ticket_id = ?)",
        statement -> {
          bindAll(statement, ticketId, organizationId, since, organizationId, ticketId);
          return statement.executeUpdate();
        });
  }

  boolean heldBy(long ticketId, long organizationId) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM ticket_holders WHERE organization_id = ? AND ticket_id = ?",
        statement -> {
          statement.setLong(1, organizationId);
          statement.setLong(2, ticketId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  /** Open tickets per person, for load-balanced assignment. */
  Map<Long, Integer> openLoad(long tenantId, Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = List.copyOf(staffIds);
    return jdbc.prepareStatement(
        "SELECT assignee_id, COUNT(*) FROM tickets WHERE tenant_id = ? AND status IN "
            + TicketStatus.OPEN_SQL
            + " AND assignee_id IN ("
            + marks(ids.size())
            + ") GROUP BY assignee_id",
        statement -> {
          statement.setLong(1, tenantId);
          for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 2, ids.get(i));
          }
          Map<Long, Integer> load = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              load.put(rows.getLong(1), rows.getInt(2));
            }
          }
          return load;
        });
  }

  static Ticket ticket(ResultSet rows) throws SQLException {
    return new Ticket(
        rows.getLong("id"),
        rows.getLong("tenant_id"),
        rows.getString("number"),
        TicketType.valueOf(rows.getString("type")),
        rows.getString("title"),
        rows.getString("description"),
        rows.getLong("application_id"),
        rows.getInt("impact"),
        rows.getInt("urgency"),
        TicketStatus.valueOf(rows.getString("status")),
        enumOf(PendingReason.class, rows.getString("pending_reason")),
        Tier.valueOf(rows.getString("tier")),
        nullableLong(rows, "group_id"),
        nullableLong(rows, "assignee_id"),
        rows.getLong("requester_id"),
        rows.getBoolean("phi"),
        rows.getLong("version"),
        instant(rows, "created_at"),
        instant(rows, "updated_at"),
        instant(rows, "resolved_at"),
        instant(rows, "closed_at"),
        enumOf(ResolutionCode.class, rows.getString("resolution_code")),
        rows.getString("resolution"),
        instant(rows, "first_response_at"),
        rows.getInt("reopen_count"),
        nullableInt(rows, "csat_rating"),
        rows.getString("csat_comment"),
        rows.getInt("affected_users"),
        instant(rows, "sla_due_at"));
  }

  private static String clip(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
