package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medley.platform.JdbcRows;

/**
 * The {@code canned_replies} table, read through {@link CannedReplyRepository}, and its append-only
 * audit.
 */
@Singleton
class CannedReplyStore {

  @MappedEntity("canned_replies")
  record Reply(
      @Id long id,
      long tenantId,
      long groupId,
      String title,
      String body,
      long version,
      String updatedBy,
      Instant updatedAt) {}

  private static final Sort BY_TITLE = Sort.of(Sort.Order.asc("title"), Sort.Order.asc("id"));

  private final JdbcOperations jdbc;
  private final CannedReplyRepository replies;

  CannedReplyStore(JdbcOperations jdbc, CannedReplyRepository replies) {
    this.jdbc = jdbc;
    this.replies = replies;
  }

  List<Reply> ofGroups(long tenantId, Collection<Long> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return replies.findByTenantIdAndGroupIdIn(tenantId, groupIds, BY_TITLE);
  }

  Optional<Reply> find(long tenantId, long groupId, long id) {
    return replies.findByIdAndTenantIdAndGroupId(id, tenantId, groupId);
  }

  int count(long groupId) {
    return replies.countByGroupId(groupId);
  }

  boolean titleTaken(long groupId, String title, long exceptId) {
    return replies.existsByGroupIdAndTitleAndIdNotEqual(groupId, title, exceptId);
  }

  long insert(long tenantId, long groupId, String title, String body, String actor, Instant now) {
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO canned_replies (tenant_id, group_id, title, body, version, updated_by,"
            + " created_at, updated_at) VALUES (?,?,?,?,0,?,?,?)",
        List.of(tenantId, groupId, title, body, actor, now, now));
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
    replies.deleteById(id);
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

  /** Whether the staff member is a member of the group marked lead. */
  boolean leads(long groupId, long staffId) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM group_members WHERE group_id = ? AND staff_id = ? AND lead",
        statement -> {
          bindAll(statement, groupId, staffId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
