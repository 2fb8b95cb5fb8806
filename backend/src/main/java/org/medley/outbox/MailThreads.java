package org.medley.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.platform.JdbcRows;

/**
 * The Message-IDs of a tenant's mail, in and out ({@code mail_messages}): the key that lets a mail
 * read twice change nothing the second time, and the thread every ticket's mail belongs to. A reply
 * names earlier ids in {@code In-Reply-To}/{@code References}; the ticket that sent or received one
 * of them is the ticket it answers. Callers hold the transaction.
 */
@Singleton
public class MailThreads {

  /** Longest id kept (the column's size); longer ids are cut, which keeps them unique enough. */
  public static final int MAX_ID = 250;

  private final JdbcOperations jdbc;

  MailThreads(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keys a received mail: true the first time, false when it was received before (by any node).
   * Written first in the transaction that handles the mail, so a rollback forgets it too.
   */
  public boolean receive(
      long tenantId, String messageId, long connectorId, String outcome, Instant at) {
    return jdbc.prepareStatement(
            "INSERT IGNORE INTO mail_messages (tenant_id, message_id, direction, connector_id,"
                + " outcome, at) VALUES (?, ?, 'IN', ?, ?, ?)",
            statement -> {
              JdbcRows.bindAll(statement, tenantId, id(messageId), connectorId, outcome, at);
              return statement.executeUpdate();
            })
        == 1;
  }

  /** What became of a received mail: its ticket (null: none) and a word on why. */
  public void handled(
      long tenantId,
      String messageId,
      @Nullable Long ticketId,
      String outcome,
      @Nullable String detail) {
    jdbc.prepareStatement(
        "UPDATE mail_messages SET ticket_id = ?, outcome = ?, detail = ? WHERE tenant_id = ? AND"
            + " message_id = ?",
        statement -> {
          JdbcRows.bindAll(
              statement,
              ticketId,
              outcome,
              detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…",
              tenantId,
              id(messageId));
          return statement.executeUpdate();
        });
  }

  /** Records a notice sent about a ticket; a repeat of the same id is harmless. */
  public void sent(long tenantId, long ticketId, String messageId, Instant at) {
    jdbc.prepareStatement(
        "INSERT IGNORE INTO mail_messages (tenant_id, message_id, direction, ticket_id, outcome,"
            + " at) VALUES (?, ?, 'OUT', ?, 'SENT', ?)",
        statement -> {
          JdbcRows.bindAll(statement, tenantId, id(messageId), ticketId, at);
          return statement.executeUpdate();
        });
  }

  /** The ticket that sent or received one of {@code messageIds}, the first of them that has one. */
  public Optional<Long> ticketOf(long tenantId, List<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = messageIds.stream().map(MailThreads::id).distinct().toList();
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(ids);
    List<String[]> found =
        jdbc.prepareStatement(
            "SELECT message_id, ticket_id FROM mail_messages WHERE tenant_id = ? AND message_id IN ("
                + marks
                + ") AND ticket_id IS NOT NULL",
            statement -> {
              JdbcRows.bindAll(statement, parameters.toArray());
              List<String[]> rows = new ArrayList<>();
              try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                  rows.add(new String[] {rs.getString(1), String.valueOf(rs.getLong(2))});
                }
              }
              return rows;
            });
    for (String id : ids) {
      for (String[] row : found) {
        if (row[0].equals(id)) {
          return Optional.of(Long.parseLong(row[1]));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The ids of the ticket's thread, oldest first: the first is its root (the requester's own mail
   * when the ticket came by mail), at most {@code max} of the latest after it.
   */
  public List<String> thread(long tenantId, long ticketId, int max) {
    List<String> ids =
        jdbc.prepareStatement(
            "SELECT message_id FROM mail_messages WHERE tenant_id = ? AND ticket_id = ? AND"
                + " outcome IN ('OPENED', 'COMMENTED', 'SENT') ORDER BY id",
            statement -> {
              JdbcRows.bindAll(statement, tenantId, ticketId);
              List<String> rows = new ArrayList<>();
              try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                  rows.add(rs.getString(1));
                }
              }
              return rows;
            });
    if (ids.size() <= max) {
      return ids;
    }
    List<String> kept = new ArrayList<>();
    kept.add(ids.get(0));
    kept.addAll(ids.subList(ids.size() - (max - 1), ids.size()));
    return kept;
  }

  static String id(String messageId) {
    String id = messageId.strip();
    return id.length() <= MAX_ID ? id : id.substring(0, MAX_ID);
  }
}
