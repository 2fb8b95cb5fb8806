package org.medley.desk.internal;

import static org.medley.desk.internal.Rows.bindAll;
import static org.medley.desk.internal.Rows.instant;
import static org.medley.desk.internal.Rows.nullableLong;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medley.desk.DeskActions;
import org.medley.outbox.Outbox;

/**
 * In-app notifications, written in the transaction of the change they report. The e-mail relay
 * (when SMTP is configured) sends rows not yet e-mailed.
 */
@Singleton
class Notifications {

  /**
   * Kinds that also go out by e-mail (issue #4): replies and resolution to the requester, new work
   * to the assignee.
   */
  static final Set<String> EMAILED = Set.of("COMMENT", "RESOLVED", "ASSIGNED");

  private final JdbcOperations jdbc;
  private final Outbox outbox;
  private final boolean mail;

  Notifications(
      JdbcOperations jdbc, Outbox outbox, @Value("${medley.mail.enabled:false}") boolean mail) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.mail = mail;
  }

  /**
   * Records an in-app notification and, when SMTP is configured and the kind is one that is
   * e-mailed, an outbox event in the same transaction: the mail goes out after commit, or never.
   */
  void notify(
      long tenantId, long recipientId, long ticketId, String kind, String message, Instant at) {
    if (mail && EMAILED.contains(kind)) {
      outbox.append(
          tenantId,
          "ticket",
          ticketId,
          TicketMail.TYPE,
          new TicketMail.Notice(recipientId, kind, ticketId));
    }
    jdbc.prepareStatement(
        "INSERT INTO notifications (tenant_id, recipient_id, ticket_id, kind, message, created_at)"
            + " VALUES (?,?,?,?,?,?)",
        statement -> {
          bindAll(statement, tenantId, recipientId, ticketId, kind, clip(message), at);
          return statement.executeUpdate();
        });
  }

  /** The account of a staff member, if they can sign in (only they can read notifications). */
  @Nullable
  /**
   * The accounts that hear of something addressed to the audience; people without one are skipped.
   */
  List<Long> accountsOf(long tenantId, DeskActions.Audience audience, long id) {
    String sql =
        switch (audience) {
          case STAFF -> "SELECT user_account_id FROM staff_members WHERE tenant_id = ? AND id = ?";
          case GROUP_LEADS ->
              "SELECT s.user_account_id FROM group_members m JOIN staff_members s ON s.id ="
                  + " m.staff_id JOIN support_groups g ON g.id = m.group_id WHERE g.tenant_id = ?"
                  + " AND m.group_id = ? AND (m.lead OR NOT EXISTS (SELECT 1 FROM group_members"
                  + " l WHERE l.group_id = m.group_id AND l.lead))";
          case PARTNER ->
              "SELECT id FROM user_accounts WHERE tenant_id = ? AND organization_id = ? AND"
                  + " enabled";
        };
    return jdbc.prepareStatement(
        sql,
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, id);
          List<Long> accounts = new java.util.ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              long account = rows.getLong(1);
              if (!rows.wasNull()) {
                accounts.add(account);
              }
            }
          }
          return accounts;
        });
  }

  Long accountOfStaff(long staffId) {
    return jdbc.prepareStatement(
        "SELECT user_account_id FROM staff_members WHERE id = ?",
        statement -> {
          statement.setLong(1, staffId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? nullableLong(rows, "user_account_id") : null;
          }
        });
  }

  @Serdeable
  record NotificationView(
      long id,
      @Nullable Long ticketId,
      String kind,
      String message,
      Instant createdAt,
      @Nullable Instant readAt) {

    NotificationView withMessage(String shown) {
      return new NotificationView(id, ticketId, kind, shown, createdAt, readAt);
    }
  }

  @Serdeable
  record NotificationPage(List<NotificationView> items, long unread) {}

  @io.micronaut.transaction.annotation.ReadOnly
  NotificationPage mine(long recipientId, int limit) {
    List<NotificationView> items =
        jdbc.prepareStatement(
            "SELECT id, ticket_id, kind, message, created_at, read_at FROM notifications"
                + " WHERE recipient_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
            statement -> {
              statement.setLong(1, recipientId);
              statement.setInt(2, limit);
              List<NotificationView> list = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  list.add(
                      new NotificationView(
                          rows.getLong("id"),
                          nullableLong(rows, "ticket_id"),
                          rows.getString("kind"),
                          rows.getString("message"),
                          instant(rows, "created_at"),
                          instant(rows, "read_at")));
                }
              }
              return list;
            });
    long unread =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM notifications WHERE recipient_id = ? AND read_at IS NULL",
            statement -> {
              statement.setLong(1, recipientId);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    return new NotificationPage(items, unread);
  }

  /** Marks one of the recipient's notifications read; false when it is not theirs. */
  @io.micronaut.transaction.annotation.Transactional
  boolean markRead(long recipientId, long id, Instant at) {
    return jdbc.prepareStatement(
            "UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient_id = ?",
            statement -> {
              bindAll(statement, at, id, recipientId);
              return statement.executeUpdate();
            })
        == 1;
  }

  private static String clip(String message) {
    return message.length() <= 500 ? message : message.substring(0, 499) + "…";
  }
}
