package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.identity.Role;

/**
 * The {@code ticket_watchers} table, the staff accounts that could watch a ticket, and the notices
 * watchers get. Watchers are user accounts: only people who sign in can read an in-app notice.
 */
@Singleton
class WatcherStore {

  /** A staff account as far as watching goes: whom it works for and in which roles. */
  record Person(
      long accountId,
      long tenantId,
      long organizationId,
      String name,
      String organization,
      Set<Role> roles,
      boolean enabled) {

    boolean desk() {
      return roles.contains(Role.AGENT) || roles.contains(Role.ADMIN);
    }

    boolean partner() {
      return !desk() && roles.contains(Role.PARTNER_AGENT);
    }
  }

  record Watcher(Person person, String addedBy, Instant since) {}

  private static final String PERSON =
      "SELECT u.id, u.tenant_id, u.organization_id, u.display_name, o.name AS org_name, u.roles,"
          + " u.enabled";

  private final JdbcOperations jdbc;
  private final TicketStore tickets;
  private final Notifications notifications;

  WatcherStore(JdbcOperations jdbc, TicketStore tickets, Notifications notifications) {
    this.jdbc = jdbc;
    this.tickets = tickets;
    this.notifications = notifications;
  }

  /**
   * Tells the ticket's watchers what happened, in the transaction of the change: not the person who
   * did it, not the requester (she hears through her own notices), and of an internal note only
   * those who may read internal notes (the hospital's desk). Someone who can no longer see the
   * ticket hears nothing.
   */
  void tell(Ticket ticket, Actor actor, boolean internal, String message, Instant at) {
    for (Watcher watcher : watchers(ticket.id())) {
      Person person = watcher.person();
      if (java.util.Objects.equals(actor.accountId(), person.accountId())
          || person.accountId() == ticket.requesterId()
          || (internal && !person.desk())
          || !maySee(person, ticket)) {
        continue;
      }
      notifications.notify(ticket.tenantId(), person.accountId(), ticket.id(), KIND, message, at);
    }
  }

  /** The notice kind watchers get (in-app only: not among the e-mailed kinds). */
  static final String KIND = "WATCHED";

  /** Whether the person may see the ticket as the desk or as a partner that holds or held it. */
  boolean maySee(Person person, Ticket ticket) {
    if (!person.enabled() || person.tenantId() != ticket.tenantId()) {
      return false;
    }
    return person.desk()
        || (person.partner() && tickets.heldBy(ticket.id(), person.organizationId()));
  }

  Optional<Person> person(long tenantId, long accountId) {
    return jdbc.prepareStatement(
        PERSON
            + " FROM user_accounts u JOIN organizations o ON o.id = u.organization_id"
            + " WHERE u.tenant_id = ? AND u.id = ?",
        statement -> {
          bindAll(statement, tenantId, accountId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(person(rows)) : Optional.empty();
          }
        });
  }

  /** Enabled staff accounts of the tenant (agents, admins, partner agents), by name. */
  List<Person> staff(long tenantId) {
    return jdbc.prepareStatement(
        PERSON
            + " FROM user_accounts u JOIN organizations o ON o.id = u.organization_id"
            + " WHERE u.tenant_id = ? AND u.enabled ORDER BY u.display_name, u.id",
        statement -> {
          statement.setLong(1, tenantId);
          List<Person> people = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              Person person = person(rows);
              if (person.desk() || person.partner()) {
                people.add(person);
              }
            }
          }
          return people;
        });
  }

  List<Watcher> watchers(long ticketId) {
    return jdbc.prepareStatement(
        PERSON
            + ", w.added_by, w.created_at FROM ticket_watchers w JOIN user_accounts u ON u.id ="
            + " w.account_id JOIN organizations o ON o.id = u.organization_id WHERE w.ticket_id = ?"
            + " ORDER BY u.display_name, u.id",
        statement -> {
          statement.setLong(1, ticketId);
          List<Watcher> watchers = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              watchers.add(
                  new Watcher(
                      person(rows), rows.getString("added_by"), instant(rows, "created_at")));
            }
          }
          return watchers;
        });
  }

  /** Adds the watcher; false when they already watch. */
  boolean add(Ticket ticket, long accountId, String addedBy, Instant at) {
    return jdbc.prepareStatement(
            "INSERT INTO ticket_watchers (ticket_id, account_id, tenant_id, added_by, created_at)"
                + " SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS x) one WHERE NOT EXISTS (SELECT 1 FROM"
                + " ticket_watchers WHERE ticket_id = ? AND account_id = ?)",
            statement -> {
              bindAll(
                  statement,
                  ticket.id(),
                  accountId,
                  ticket.tenantId(),
                  addedBy,
                  at,
                  ticket.id(),
                  accountId);
              return statement.executeUpdate();
            })
        == 1;
  }

  /** Removes the watcher; false when they did not watch. */
  boolean remove(long ticketId, long accountId) {
    return jdbc.prepareStatement(
            "DELETE FROM ticket_watchers WHERE ticket_id = ? AND account_id = ?",
            statement -> {
              bindAll(statement, ticketId, accountId);
              return statement.executeUpdate();
            })
        == 1;
  }

  private static Person person(ResultSet rows) throws SQLException {
    return new Person(
        rows.getLong("id"),
        rows.getLong("tenant_id"),
        rows.getLong("organization_id"),
        rows.getString("display_name"),
        rows.getString("org_name"),
        Arrays.stream(rows.getString("roles").split(","))
            .map(String::strip)
            .map(Role::fromClaim)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet()),
        rows.getBoolean("enabled"));
  }
}
