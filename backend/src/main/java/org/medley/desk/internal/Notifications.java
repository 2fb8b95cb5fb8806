package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.marks;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.coverage.StaffDirectory;
import org.medley.desk.DeskActions;
import org.medley.identity.Accounts;
import org.medley.outbox.Outbox;

/**
 * In-app notifications, written in the transaction of the change they report. The e-mail relay
 * (when SMTP is configured) sends rows not yet e-mailed.
 */
@Singleton
class Notifications {

  /**
   * Kinds that also go out by e-mail (issue #4): replies, a question waiting on her and resolution
   * to the requester, new work to the assignee.
   */
  static final Set<String> EMAILED = Set.of("COMMENT", "RESOLVED", "ASSIGNED", "NEEDS_YOU");

  /** The requester's ticket is on hold until she answers (issue #16). */
  static final String NEEDS_YOU = "NEEDS_YOU";

  private static final Sort NEWEST_FIRST =
      Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final JdbcOperations jdbc;
  private final NotificationRepository notifications;
  private final Outbox outbox;
  private final StaffDirectory staff;
  private final Accounts accounts;
  private final boolean mail;

  Notifications(
      JdbcOperations jdbc,
      NotificationRepository notifications,
      Outbox outbox,
      StaffDirectory staff,
      Accounts accounts,
      @Value("${medley.mail.enabled:false}") boolean mail) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.outbox = outbox;
    this.staff = staff;
    this.accounts = accounts;
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

  /**
   * In-app notifications for every account each notice's audience reaches (people without an
   * account are skipped; a group with leads reaches its leads, one without reaches every member):
   * one batched lookup per kind of audience (groups: members, then their accounts), then one
   * batched insert. In-app only: these kinds are not e-mailed. (MariaDB cannot bulk-execute INSERT
   * … SELECT, hence the lookup first.)
   */
  void insertAll(List<DeskActions.Notice> notices, Instant at) {
    Map<DeskActions.Audience, Map<Long, List<long[]>>> reach =
        new java.util.EnumMap<>(DeskActions.Audience.class);
    for (DeskActions.Audience audience : DeskActions.Audience.values()) {
      List<Long> ids =
          notices.stream()
              .filter(n -> n.audience() == audience)
              .map(DeskActions.Notice::audienceId)
              .distinct()
              .toList();
      if (!ids.isEmpty()) {
        reach.put(audience, reach(audience, ids));
      }
    }
    java.sql.Timestamp when = java.sql.Timestamp.from(at);
    jdbc.prepareStatement(
        "INSERT INTO notifications (tenant_id, recipient_id, ticket_id, kind, message, created_at)"
            + " VALUES (?,?,?,?,?,?)",
        statement -> {
          int rows = 0;
          for (DeskActions.Notice n : notices) {
            for (long[] account :
                reach
                    .getOrDefault(n.audience(), Map.of())
                    .getOrDefault(n.audienceId(), List.of())) {
              if (account[0] != n.tenantId()) {
                continue; // an id of another health system never reaches across
              }
              statement.setLong(1, n.tenantId());
              statement.setLong(2, account[1]);
              statement.setLong(3, n.ticketId());
              statement.setString(4, n.kind());
              statement.setString(5, truncate(n.message(), 500));
              statement.setTimestamp(6, when);
              statement.addBatch();
              rows++;
            }
          }
          return rows == 0 ? new int[0] : statement.executeBatch();
        });
  }

  /** Audience id → its accounts as {tenant id, account id}. */
  private Map<Long, List<long[]>> reach(DeskActions.Audience audience, List<Long> ids) {
    Map<Long, List<long[]>> reached = new HashMap<>();
    switch (audience) {
      case STAFF -> {
        for (StaffDirectory.StaffAccount s : staff.accountsOf(ids)) {
          reached.put(s.staffId(), List.of(new long[] {s.tenantId(), s.accountId()}));
        }
      }
      case GROUP_LEADS -> reached.putAll(groupReach(ids));
      case PARTNER -> {
        for (Accounts.Account a : accounts.enabledAccountsOf(ids)) {
          reached
              .computeIfAbsent(a.organizationId(), k -> new ArrayList<>())
              .add(new long[] {a.tenantId(), a.id()});
        }
      }
      case ACCOUNT -> {
        for (Accounts.Account a : accounts.accounts(ids)) {
          if (a.enabled()) {
            reached.put(a.id(), List.of(new long[] {a.tenantId(), a.id()}));
          }
        }
      }
    }
    return reached;
  }

  /** Group id → the accounts of its members (in the group's tenant); a group with leads, theirs. */
  private Map<Long, List<long[]>> groupReach(List<Long> groupIds) {
    record Member(long groupId, long tenantId, long staffId, boolean lead) {}
    List<Member> members =
        jdbc.prepareStatement(
            "SELECT m.group_id, g.tenant_id, m.staff_id, m.lead FROM group_members m"
                + " JOIN support_groups g ON g.id = m.group_id WHERE m.group_id IN ("
                + marks(groupIds.size())
                + ")",
            statement -> {
              for (int i = 0; i < groupIds.size(); i++) {
                statement.setLong(i + 1, groupIds.get(i));
              }
              List<Member> found = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  found.add(
                      new Member(
                          rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getBoolean(4)));
                }
              }
              return found;
            });
    Map<Long, Long> accountOf = new HashMap<>();
    for (StaffDirectory.StaffAccount s :
        staff.accountsOf(members.stream().map(Member::staffId).distinct().toList())) {
      accountOf.put(s.staffId(), s.accountId());
    }
    Map<Long, List<long[]>> everyone = new HashMap<>();
    Map<Long, List<long[]>> leads = new HashMap<>();
    for (Member m : members) {
      if (m.lead()) {
        leads.computeIfAbsent(m.groupId(), k -> new ArrayList<>());
      }
      Long account = accountOf.get(m.staffId());
      if (account != null) {
        long[] who = {m.tenantId(), account};
        everyone.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(who);
        if (m.lead()) {
          leads.get(m.groupId()).add(who);
        }
      }
    }
    // A group with leads (even leads who cannot sign in) reaches only them.
    everyone.putAll(leads);
    return everyone;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The account of a staff member, if they can sign in (only they can read notifications). */
  @Nullable
  Long accountOfStaff(long staffId) {
    return staff.accountsOf(List.of(staffId)).stream()
        .map(StaffDirectory.StaffAccount::accountId)
        .findFirst()
        .orElse(null);
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
        notifications.findByRecipientId(recipientId, Pageable.from(0, limit, NEWEST_FIRST)).stream()
            .map(
                row ->
                    new NotificationView(
                        row.id(),
                        row.ticketId(),
                        row.kind(),
                        row.message(),
                        row.createdAt(),
                        row.readAt()))
            .toList();
    long unread = notifications.countByRecipientIdAndReadAtIsNull(recipientId);
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

  /**
   * Marks the recipient's unread notifications read: all of them, or those about one ticket (she
   * opened it, so she has read what they told her). How many were unread.
   */
  @io.micronaut.transaction.annotation.Transactional
  int markAllRead(long recipientId, @Nullable Long ticketId, Instant at) {
    return jdbc.prepareStatement(
        "UPDATE notifications SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL"
            + (ticketId == null ? "" : " AND ticket_id = ?"),
        statement -> {
          if (ticketId == null) {
            bindAll(statement, at, recipientId);
          } else {
            bindAll(statement, at, recipientId, ticketId);
          }
          return statement.executeUpdate();
        });
  }

  private static String clip(String message) {
    return message.length() <= 500 ? message : message.substring(0, 499) + "…";
  }
}
