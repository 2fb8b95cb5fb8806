package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.identity.Accounts;
import org.medley.identity.OrganizationNames;
import org.medley.identity.Role;

/**
 * The {@code ticket_watchers} table, the staff accounts that could watch a ticket (identity's, read
 * through its {@link Accounts} and {@link OrganizationNames} ports), and the notices watchers get.
 * Watchers are user accounts: only people who sign in can read an in-app notice.
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

  private final JdbcOperations jdbc;
  private final Accounts accounts;
  private final OrganizationNames organizationNames;
  private final TicketStore tickets;
  private final Notifications notifications;

  WatcherStore(
      JdbcOperations jdbc,
      Accounts accounts,
      OrganizationNames organizationNames,
      TicketStore tickets,
      Notifications notifications) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.organizationNames = organizationNames;
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
    return accounts
        .account(accountId)
        .filter(a -> a.tenantId() == tenantId)
        .flatMap(a -> people(List.of(a)).stream().findFirst());
  }

  /** Enabled staff accounts of the tenant (agents, admins, partner agents), by name. */
  List<Person> staff(long tenantId) {
    return people(accounts.enabledAccounts(tenantId)).stream()
        .filter(p -> p.desk() || p.partner())
        .toList();
  }

  /** The ticket's watchers, by name. */
  List<Watcher> watchers(long ticketId) {
    Map<Long, WatchRow> rows =
        jdbc.prepareStatement(
            "SELECT account_id, added_by, created_at FROM ticket_watchers WHERE ticket_id = ?",
            statement -> {
              statement.setLong(1, ticketId);
              Map<Long, WatchRow> watching = new HashMap<>();
              try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                  watching.put(
                      result.getLong("account_id"),
                      new WatchRow(result.getString("added_by"), instant(result, "created_at")));
                }
              }
              return watching;
            });
    if (rows.isEmpty()) {
      return List.of();
    }
    return people(accounts.accounts(rows.keySet())).stream()
        .map(
            p -> new Watcher(p, rows.get(p.accountId()).addedBy(), rows.get(p.accountId()).since()))
        .toList();
  }

  private record WatchRow(String addedBy, Instant since) {}

  /** The accounts, in their order, with their organisations' names (identity's, by its ports). */
  private List<Person> people(List<Accounts.Account> found) {
    Map<Long, String> organizations =
        organizationNames.names(
            found.stream().map(Accounts.Account::organizationId).collect(Collectors.toSet()));
    return found.stream()
        .filter(a -> organizations.containsKey(a.organizationId()))
        .map(
            a ->
                new Person(
                    a.id(),
                    a.tenantId(),
                    a.organizationId(),
                    a.displayName(),
                    organizations.get(a.organizationId()),
                    Set.copyOf(a.roles()),
                    a.enabled()))
        .toList();
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
}
