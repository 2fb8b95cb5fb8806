package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlLike;
import org.medley.vendor.internal.Vendors.CaseStatus;
import org.medley.vendor.internal.Vendors.Delivery;

/**
 * The rows of vendor cases and their mail ids. Callers hold the transaction and, for writes, the
 * ticket's write turn: a case changes only under its ticket's lock.
 */
@Singleton
class CaseStore {

  /** A case as stored. */
  record Row(
      long id,
      long tenantId,
      long ticketId,
      String ticketNumber,
      long vendorId,
      @Nullable String caseNumber,
      @Nullable String deskExternalId,
      CaseStatus status,
      Instant openedAt,
      String openedBy,
      int escalations,
      @Nullable Instant lastSentAt,
      Delivery delivery,
      @Nullable String deliveryError,
      @Nullable Instant lastReplyAt,
      @Nullable Instant closedAt,
      @Nullable String closedBy,
      @Nullable String closeNote,
      long version) {}

  /** One page of cases and how many match in all. */
  record Found(List<Row> rows, long total) {}

  /** A vendor's open cases: how many, since when. */
  record Open(long vendorId, int count, Instant oldest) {}

  private static final String COLUMNS =
      "id, tenant_id, ticket_id, ticket_number, vendor_id, case_number, status, opened_at,"
          + " opened_by, escalations, last_sent_at, delivery, delivery_error, last_reply_at,"
          + " closed_at, closed_by, close_note, version, desk_external_id";

  private final JdbcOperations jdbc;

  CaseStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long tenant, long ticketId, String ticketNumber, long vendorId, String by, Instant at) {
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO vendor_cases (tenant_id, ticket_id, ticket_number, vendor_id, status,"
            + " opened_at, opened_by, escalations, delivery, version) VALUES (?, ?, ?, ?, 'OPEN', ?,"
            + " ?, 0, 'QUEUED', 0)",
        List.of(tenant, ticketId, ticketNumber, vendorId, java.sql.Timestamp.from(at), by));
  }

  Optional<Row> find(long tenant, long id) {
    List<Row> rows = select(" WHERE tenant_id = ? AND id = ?", List.of(tenant, id));
    return rows.stream().findFirst();
  }

  List<Row> ofTicket(long tenant, long ticketId) {
    return select(
        " WHERE tenant_id = ? AND ticket_id = ? ORDER BY opened_at DESC, id DESC",
        List.of(tenant, ticketId));
  }

  Optional<Row> byNumber(long tenant, long vendorId, String caseNumber) {
    return select(
            " WHERE tenant_id = ? AND vendor_id = ? AND case_number = ?",
            List.of(tenant, vendorId, caseNumber))
        .stream()
        .findFirst();
  }

  Found search(
      long tenant,
      @Nullable CaseStatus status,
      @Nullable Long vendorId,
      @Nullable String q,
      int page,
      int size) {
    StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
    List<Object> args = new ArrayList<>(List.of(tenant));
    if (status != null) {
      where.append(" AND status = ?");
      args.add(status.name());
    }
    if (vendorId != null) {
      where.append(" AND vendor_id = ?");
      args.add(vendorId);
    }
    if (q != null && !q.isBlank()) {
      where
          .append(" AND (LOWER(case_number) LIKE ?")
          .append(SqlLike.ESCAPE)
          .append(" OR LOWER(ticket_number) LIKE ?")
          .append(SqlLike.ESCAPE)
          .append(")");
      String like = SqlLike.contains(q.strip().toLowerCase(java.util.Locale.ROOT));
      args.add(like);
      args.add(like);
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM vendor_cases" + where,
            statement -> {
              JdbcRows.bindAll(statement, args);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Object> paged = new ArrayList<>(args);
    paged.add(size);
    paged.add((long) page * size);
    // Oldest first: the weekly vendor call starts with what has waited longest.
    return new Found(select(where + " ORDER BY opened_at, id LIMIT ? OFFSET ?", paged), total);
  }

  List<Open> open(long tenant) {
    return jdbc.prepareStatement(
        "SELECT vendor_id, COUNT(*), MIN(opened_at) FROM vendor_cases WHERE tenant_id = ? AND"
            + " status = 'OPEN' GROUP BY vendor_id",
        statement -> {
          statement.setLong(1, tenant);
          List<Open> found = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(new Open(rows.getLong(1), rows.getInt(2), JdbcRows.instant(rows, 3)));
            }
          }
          return found;
        });
  }

  /** Records a case mail handed to the outbox: escalations + 1, delivery QUEUED, OPEN again. */
  void sending(long tenant, long id) {
    update(
        "UPDATE vendor_cases SET escalations = escalations + 1, delivery = 'QUEUED',"
            + " delivery_error = NULL, status = 'OPEN', closed_at = NULL, closed_by = NULL,"
            + " close_note = NULL, version = version + 1 WHERE tenant_id = ? AND id = ?",
        tenant,
        id);
  }

  void delivered(long tenant, long id, Instant at) {
    update(
        "UPDATE vendor_cases SET delivery = 'SENT', delivery_error = NULL, last_sent_at = ?"
            + " WHERE tenant_id = ? AND id = ?",
        at,
        tenant,
        id);
  }

  void failed(long tenant, long id, boolean parked, String error) {
    update(
        "UPDATE vendor_cases SET delivery = ?, delivery_error = ? WHERE tenant_id = ? AND id = ?",
        parked ? "FAILED" : "QUEUED",
        error.length() <= 500 ? error : error.substring(0, 499) + "…",
        tenant,
        id);
  }

  /** The vendor's desk opened the case under its own id. */
  void inDesk(long tenant, long id, String externalId) {
    update(
        "UPDATE vendor_cases SET desk_external_id = ? WHERE tenant_id = ? AND id = ?",
        externalId,
        tenant,
        id);
  }

  void number(long tenant, long id, String caseNumber) {
    update(
        "UPDATE vendor_cases SET case_number = ?, version = version + 1 WHERE tenant_id = ? AND"
            + " id = ?",
        caseNumber,
        tenant,
        id);
  }

  void replied(long tenant, long id, Instant at) {
    update(
        "UPDATE vendor_cases SET last_reply_at = ?, version = version + 1 WHERE tenant_id = ? AND"
            + " id = ?",
        at,
        tenant,
        id);
  }

  void close(long tenant, long id, String by, String note, Instant at) {
    update(
        "UPDATE vendor_cases SET status = 'CLOSED', closed_at = ?, closed_by = ?, close_note = ?,"
            + " version = version + 1 WHERE tenant_id = ? AND id = ?",
        at,
        by,
        note,
        tenant,
        id);
  }

  /** Keys a mail of the case; false when the id was recorded before. */
  boolean message(long tenant, String messageId, long caseId, String direction, Instant at) {
    return jdbc.prepareStatement(
            "INSERT IGNORE INTO vendor_case_messages (tenant_id, message_id, case_id, direction,"
                + " at) VALUES (?, ?, ?, ?, ?)",
            statement -> {
              JdbcRows.bindAll(statement, tenant, messageId, caseId, direction, at);
              return statement.executeUpdate();
            })
        == 1;
  }

  /** The case one of {@code messageIds} belongs to. */
  Optional<Long> caseOf(long tenant, List<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Optional.empty();
    }
    List<Object> args = new ArrayList<>();
    args.add(tenant);
    args.addAll(messageIds);
    return jdbc.prepareStatement(
        "SELECT case_id FROM vendor_case_messages WHERE tenant_id = ? AND message_id IN ("
            + JdbcRows.marks(messageIds.size())
            + ") ORDER BY at DESC",
        statement -> {
          JdbcRows.bindAll(statement, args);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
          }
        });
  }

  /** The case's mail ids, oldest first: the first is the thread's root, then the latest few. */
  List<String> thread(long tenant, long caseId, int max) {
    List<String> ids =
        jdbc.prepareStatement(
            "SELECT message_id FROM vendor_case_messages WHERE tenant_id = ? AND case_id = ?"
                + " ORDER BY at, message_id",
            statement -> {
              JdbcRows.bindAll(statement, tenant, caseId);
              List<String> found = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  found.add(rows.getString(1));
                }
              }
              return found;
            });
    if (ids.size() <= max) {
      return ids;
    }
    List<String> kept = new ArrayList<>(List.of(ids.get(0)));
    kept.addAll(ids.subList(ids.size() - (max - 1), ids.size()));
    return kept;
  }

  private void update(String sql, Object... args) {
    jdbc.prepareStatement(
        sql,
        statement -> {
          JdbcRows.bindAll(statement, args);
          return statement.executeUpdate();
        });
  }

  private List<Row> select(String tail, List<Object> args) {
    return jdbc.prepareStatement(
        "SELECT " + COLUMNS + " FROM vendor_cases" + tail,
        statement -> {
          JdbcRows.bindAll(statement, args);
          List<Row> found = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(row(rows));
            }
          }
          return found;
        });
  }

  private static Row row(ResultSet rows) throws SQLException {
    return new Row(
        rows.getLong(1),
        rows.getLong(2),
        rows.getLong(3),
        rows.getString(4),
        rows.getLong(5),
        rows.getString(6),
        rows.getString(19),
        CaseStatus.valueOf(rows.getString(7)),
        JdbcRows.instant(rows, 8),
        rows.getString(9),
        rows.getInt(10),
        JdbcRows.instant(rows, 11),
        Delivery.valueOf(rows.getString(12)),
        rows.getString(13),
        JdbcRows.instant(rows, 14),
        JdbcRows.instant(rows, 15),
        rows.getString(16),
        rows.getString(17),
        rows.getLong(18));
  }
}
