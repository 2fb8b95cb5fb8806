package org.medley.desk.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.identity.Caller;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * Staff who follow a ticket without working it. The hospital's desk may add anyone on staff who may
 * see the ticket; a partner's agent, on tickets its groups hold, only people of its own company.
 * Anyone may stop watching. The requester is never a watcher: she hears of her ticket already.
 * Adding and removing take their turn on the ticket like any write and leave an audit line.
 */
@Singleton
@RetryLockConflicts
class Watchers {

  private final TicketGate gate;
  private final TicketStore tickets;
  private final WatcherStore store;
  private final Clock clock;

  Watchers(TicketGate gate, TicketStore tickets, WatcherStore store, Clock clock) {
    this.gate = gate;
    this.tickets = tickets;
    this.store = store;
    this.clock = clock;
  }

  @Serdeable
  record WatcherView(long accountId, String name, String organization, Instant since) {}

  @Serdeable
  record Candidate(long accountId, String name, String organization) {}

  /**
   * The ticket's watchers, whether the caller is one, whether the caller may add others, whom the
   * caller could add, and the caller's own account (to watch or stop watching).
   */
  @Serdeable
  record WatcherList(
      List<WatcherView> items,
      boolean watching,
      boolean canAdd,
      List<Candidate> candidates,
      long callerAccountId) {}

  @Transactional
  WatcherList list(Caller caller, long ticketId) {
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = following(context, ticketId);
    return view(context, ticket);
  }

  @Transactional
  WatcherList add(Caller caller, long ticketId, long accountId) {
    tickets.lock(caller.tenantId(), ticketId);
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = following(context, ticketId);
    WatcherStore.Person person =
        store
            .person(caller.tenantId(), accountId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such person."));
    boolean self = accountId == context.actor().accountId();
    if (!self && !mayAdd(context, ticket)) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "Only the people working this ticket add watchers.");
    }
    if (!context.access().mayNameAsWatcher(person.organizationId())) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "A partner adds only people of its own company as watchers.");
    }
    if (person.accountId() == ticket.requesterId()) {
      throw Refused.conflict(
          person.name() + " requested this ticket and hears of it already: no need to watch.");
    }
    if (!store.maySee(person, ticket)) {
      throw Refused.unprocessable(
          "accountId", person.name() + " cannot see this ticket, so cannot watch it.");
    }
    Instant now = clock.instant();
    if (store.add(ticket, person.accountId(), context.actor().name(), now)) {
      tickets.audit(
          ticket.tenantId(),
          ticket.id(),
          context.actor(),
          now,
          List.of(new Change("WATCHER_ADDED", "watcher", null, person.name(), null)));
    }
    return view(context, ticket);
  }

  @Transactional
  WatcherList remove(Caller caller, long ticketId, long accountId) {
    tickets.lock(caller.tenantId(), ticketId);
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = following(context, ticketId);
    boolean self = accountId == context.actor().accountId();
    if (!self) {
      if (!mayAdd(context, ticket)) {
        throw new HttpStatusException(
            HttpStatus.FORBIDDEN, "Only the people working this ticket remove other watchers.");
      }
      WatcherStore.Person person = store.person(caller.tenantId(), accountId).orElse(null);
      if (person != null && !context.access().mayNameAsWatcher(person.organizationId())) {
        throw new HttpStatusException(
            HttpStatus.FORBIDDEN, "A partner removes only watchers of its own company.");
      }
    }
    String name =
        store.person(caller.tenantId(), accountId).map(WatcherStore.Person::name).orElse("");
    if (store.remove(ticket.id(), accountId)) {
      tickets.audit(
          ticket.tenantId(),
          ticket.id(),
          context.actor(),
          clock.instant(),
          List.of(new Change("WATCHER_REMOVED", "watcher", name, null, null)));
    }
    return view(context, ticket);
  }

  /**
   * The ticket, for the desk and for a partner whose groups hold it now; a partner sees no watchers
   * of a ticket that has left its groups, and a requester none at all.
   */
  private Ticket following(TicketGate.Context context, long ticketId) {
    Ticket ticket = gate.visible(context, ticketId);
    if (!context.access().worksTickets()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Watchers are for the desk.");
    }
    if (!gate.canWork(context, ticket)) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket.");
    }
    return ticket;
  }

  private boolean mayAdd(TicketGate.Context context, Ticket ticket) {
    return gate.canWork(context, ticket);
  }

  private WatcherList view(TicketGate.Context context, Ticket ticket) {
    List<WatcherStore.Watcher> watchers = store.watchers(ticket.id());
    Set<Long> watching =
        watchers.stream().map(w -> w.person().accountId()).collect(Collectors.toSet());
    boolean canAdd = mayAdd(context, ticket);
    List<Candidate> candidates =
        !canAdd
            ? List.of()
            : store.staff(ticket.tenantId()).stream()
                .filter(p -> !watching.contains(p.accountId()))
                .filter(p -> p.accountId() != ticket.requesterId())
                .filter(p -> context.access().mayNameAsWatcher(p.organizationId()))
                .filter(p -> store.maySee(p, ticket))
                .map(p -> new Candidate(p.accountId(), p.name(), p.organization()))
                .toList();
    return new WatcherList(
        watchers.stream()
            .map(
                w ->
                    new WatcherView(
                        w.person().accountId(),
                        w.person().name(),
                        w.person().organization(),
                        w.since()))
            .toList(),
        watching.contains(context.actor().accountId()),
        canAdd,
        candidates,
        context.actor().accountId());
  }
}
