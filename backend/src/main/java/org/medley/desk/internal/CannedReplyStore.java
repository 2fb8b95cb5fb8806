package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;
import static org.medley.platform.JdbcRows.marks;

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
import java.util.List;
import java.util.Optional;

/** The {@code canned_replies} table and its append-only audit. */
@Singleton
class CannedReplyStore {

  record Reply(
      long id,
      long tenantId,
      long groupId,
      String title,
      String body,
      long version,
      String updatedBy,
      Instant updatedAt) {}

  private static final String COLUMNS =
      "id, tenant_id, group_id, title, body, version, updated_by, updated_at";

  private final JdbcOperations jdbc;

  CannedReplyStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  List<Reply> ofGroups(long tenantId, Collection<Long> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    String in = marks(groupIds.size());
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(groupIds);
    return jdbc.prepareStatement(
        "SELECT "
            + COLUMNS
            + " FROM canned_replies WHERE tenant_id = ? AND group_id IN ("
            + in
            + ") ORDER BY title, id",
        statement -> {
          bindAll(statement, parameters.toArray());
          List<Reply> replies = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              replies.add(reply(rows));
            }
          }
          return replies;
        });
  }

  Optional<Reply> find(long tenantId, long groupId, long id) {
    return jdbc.prepareStatement(
        "SELECT "
            + COLUMNS
            + " FROM canned_replies WHERE tenant_id = ? AND group_id = ? AND id = ?",
        statement -> {
          bindAll(statement, tenantId, groupId, id);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(reply(rows)) : Optional.empty();
          }
        });
  }

  int count(long groupId) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM canned_replies WHERE group_id = ?",
        statement -> {
          statement.setLong(1, groupId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
          }
        });
  }

  boolean titleTaken(long groupId, String title, long exceptId) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM canned_replies WHERE group_id = ? AND title = ? AND id <> ?",
        statement -> {
          bindAll(statement, groupId, title, exceptId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  long insert(long tenantId, long groupId, String title, String body, String actor, Instant now) {
    return jdbc.execute(
        (Connection connection) -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "INSERT INTO canned_replies (tenant_id, group_id, title, body, version,"
                      + " updated_by, created_at, updated_at) VALUES (?,?,?,?,0,?,?,?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            bindAll(statement, tenantId, groupId, title, body, actor, now, now);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /** False when the reply is no longer at the expected version. */
  boolean update(long id, long version, String title, String body, String actor, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE canned_replies SET title = ?, body = ?, version = version + 1, updated_by = ?,"
                + " updated_at = ? WHERE id = ? AND version = ?",
            statement -> {
              bindAll(statement, title, body, actor, now, id, version);
              return statement.executeUpdate();
            })
        == 1;
  }

  void delete(long id) {
    jdbc.prepareStatement(
        "DELETE FROM canned_replies WHERE id = ?",
        statement -> {
          statement.setLong(1, id);
          return statement.executeUpdate();
        });
  }

  void audit(
      long tenantId,
      long groupId,
      long replyId,
      String action,
      String actor,
      Instant at,
      String detail) {
    jdbc.prepareStatement(
        "INSERT INTO canned_reply_audit (tenant_id, group_id, reply_id, action, actor, at, detail)"
            + " VALUES (?,?,?,?,?,?,?)",
        statement -> {
          bindAll(
              statement,
              tenantId,
              groupId,
              replyId,
              action,
              clip(actor, 200),
              at,
              clip(detail, 2000));
          return statement.executeUpdate();
        });
  }

  /** Whether the staff member leads the group (marked lead, or the group's named lead). */
  boolean leads(long groupId, long staffId) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM group_members WHERE group_id = ? AND staff_id = ? AND lead UNION SELECT 1"
            + " FROM support_groups WHERE id = ? AND lead_id = ?",
        statement -> {
          bindAll(statement, groupId, staffId, groupId, staffId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  String requesterName(long accountId) {
    return jdbc.prepareStatement(
        "SELECT display_name FROM user_accounts WHERE id = ?",
        statement -> {
          statement.setLong(1, accountId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : "";
          }
        });
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static Reply reply(ResultSet rows) throws SQLException {
    return new Reply(
        rows.getLong("id"),
        rows.getLong("tenant_id"),
        rows.getLong("group_id"),
        rows.getString("title"),
        rows.getString("body"),
        rows.getLong("version"),
        rows.getString("updated_by"),
        instant(rows, "updated_at"));
  }
}
