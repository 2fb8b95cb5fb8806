package org.medley.desk.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.medley.desk.TicketVisibility;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.AuditView;
import org.medley.desk.internal.TicketViews.TicketPage;
import org.medley.desk.internal.TicketViews.TicketSummary;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.identity.PhiAccessLog;
import org.medley.platform.RetryLockConflicts;

/**
 * Finding tickets: one ticket, a queue page, a ticket's audit trail, each as the caller may read it
 * (through the minimum-necessary filter, with reads of patient information logged), and whether a
 * caller may see a ticket at all, for other features.
 */
@Singleton
@RetryLockConflicts
class TicketLookup implements TicketVisibility {

  private final TicketGate gate;
  private final TicketStore store;
  private final TicketReads reads;
  private final TicketViewBuilder views;
  private final Clock clock;

  TicketLookup(
      TicketGate gate, TicketStore store, TicketReads reads, TicketViewBuilder views, Clock clock) {
    this.gate = gate;
    this.store = store;
    this.reads = reads;
    this.views = views;
    this.clock = clock;
  }

  @Transactional
  TicketView get(Caller caller, long id) {
    Context context = gate.context(caller);
    return views.of(context, gate.visible(context, id));
  }

  @Transactional
  TicketPage list(Caller caller, TicketQuery query) {
    Context context = gate.context(caller);
    Long me = context.actor().staffId();
    List<Long> myGroups =
        me == null || query.queue() != TicketQuery.Queue.MY_GROUPS ? List.of() : reads.groupsOf(me);
    var listing =
        reads.list(context.access(), me, myGroups, query, clock.instant(), context.mask());
    gate.logReads(
        context,
        listing.items().stream()
            .filter(TicketSummary::phi)
            .map(t -> new PhiAccessLog.Read(t.id(), t.number(), context.phiFields("title")))
            .toList());
    List<TicketSummary> items =
        listing.items().stream().map(t -> t.withTitle(context.shown(t.title()))).toList();
    return new TicketPage(items, query.page(), query.size(), listing.total(), listing.totalExact());
  }

  @Transactional
  List<AuditView> audit(Caller caller, long id) {
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    if (!context.access().readsAudit()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "The audit trail is for the desk.");
    }
    boolean internal = context.access().seesInternal();
    return store.auditTrail(ticket.id()).stream()
        .map(
            a ->
                new AuditView(
                    a.id(),
                    a.actorName(),
                    a.at(),
                    a.action(),
                    a.field(),
                    context.shown(a.oldValue()),
                    context.shown(a.newValue()),
                    internal ? a.note() : null))
        .toList();
  }

  @Override
  @Transactional
  public boolean canSee(Caller caller, long ticketId) {
    return gate.seen(gate.context(caller), ticketId).isPresent();
  }
}
