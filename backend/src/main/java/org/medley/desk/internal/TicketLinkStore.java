package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code ticket_links} table. Callers hold the transaction and lock the tickets first. */
@Singleton
class TicketLinkStore {

  private final JdbcOperations jdbc;

  TicketLinkStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  record Link(
      long id, long sourceId, long targetId, LinkType type, String createdBy, Instant createdAt) {

    boolean involves(long ticketId) {
      return sourceId == ticketId || targetId == ticketId;
    }

    long other(long ticketId) {
      return sourceId == ticketId ? targetId : sourceId;
    }
  }

  private static final String COLUMNS =
      "id, source_id, target_id, type, created_by, created_at FROM ticket_links";

  /** Every link either end of which is the ticket, oldest first. */
  List<Link> of(long tenantId, long ticketId) {
    return query(
        "SELECT "
            + COLUMNS
            + " WHERE tenant_id = ? AND (source_id = ? OR target_id = ?) ORDER BY created_at, id",
        tenantId,
        ticketId,
        ticketId);
  }

  Optional<Link> find(long tenantId, long linkId) {
    return query("SELECT " + COLUMNS + " WHERE tenant_id = ? AND id = ?", tenantId, linkId).stream()
        .findFirst();
  }

  /** The ticket this one is a duplicate of, if any: a ticket duplicates at most one other. */
  Optional<Long> duplicateOf(long tenantId, long ticketId) {
    return query(
            "SELECT "
                + COLUMNS
                + " WHERE tenant_id = ? AND source_id = ? AND type = 'DUPLICATE_OF' ORDER BY id",
            tenantId,
            ticketId)
        .stream()
        .findFirst()
        .map(Link::targetId);
  }

  /** A link of this type between the two tickets, whichever way round it was made. */
  Optional<Link> between(long tenantId, long a, long b, LinkType type) {
    return query(
            "SELECT "
                + COLUMNS
                + " WHERE tenant_id = ? AND type = ? AND ((source_id = ? AND target_id = ?)"
                + " OR (source_id = ? AND target_id = ?))",
            tenantId,
            type.name(),
            a,
            b,
            b,
            a)
        .stream()
        .findFirst();
  }

  long insert(long tenantId, long sourceId, long targetId, LinkType type, String by, Instant at) {
    return jdbc.execute(
        (Connection connection) -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "INSERT INTO ticket_links (tenant_id, source_id, target_id, type, created_by,"
                      + " created_at) VALUES (?,?,?,?,?,?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            bindAll(statement, tenantId, sourceId, targetId, type.name(), by, at);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  void delete(long tenantId, long linkId) {
    jdbc.prepareStatement(
        "DELETE FROM ticket_links WHERE tenant_id = ? AND id = ?",
        statement -> {
          bindAll(statement, tenantId, linkId);
          return statement.executeUpdate();
        });
  }

  /** The id of the tenant's ticket with this number (INC-000123), if there is one. */
  Optional<Long> idOfNumber(long tenantId, String number) {
    return jdbc.prepareStatement(
        "SELECT id FROM tickets WHERE tenant_id = ? AND number = ?",
        statement -> {
          bindAll(statement, tenantId, number);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
          }
        });
  }

  private List<Link> query(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bindAll(statement, parameters);
          List<Link> links = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              links.add(
                  new Link(
                      rows.getLong("id"),
                      rows.getLong("source_id"),
                      rows.getLong("target_id"),
                      LinkType.valueOf(rows.getString("type")),
                      rows.getString("created_by"),
                      instant(rows, "created_at")));
            }
          }
          return links;
        });
  }
}
