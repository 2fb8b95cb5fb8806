package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.coverage.Catalog;
import org.medley.coverage.Tier;
import org.medley.desk.SlaForecast;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketType;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * Filing a ticket: numbered, prioritised, routed to its first group ({@link Routing}), handed to it
 * and, where the group assigns its own work, to a member; its first SLA deadline comes from {@link
 * SlaForecast} so the queue sorts it from the start.
 */
@Singleton
@RetryLockConflicts
class TicketIntake {

  private final TicketGate gate;
  private final TicketNumbers numbers;
  private final Catalog catalog;
  private final Routing routing;
  private final Handover handover;
  private final TicketNotices notices;
  private final SlaForecast slaForecast;
  private final TicketStore store;
  private final TicketWrites writes;
  private final TicketReads reads;
  private final TicketViewBuilder views;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  TicketIntake(
      TicketGate gate,
      TicketNumbers numbers,
      Catalog catalog,
      Routing routing,
      Handover handover,
      TicketNotices notices,
      SlaForecast slaForecast,
      TicketStore store,
      TicketWrites writes,
      TicketReads reads,
      TicketViewBuilder views,
      TransactionOperations<Connection> transactions,
      Clock clock) {
    this.gate = gate;
    this.numbers = numbers;
    this.catalog = catalog;
    this.routing = routing;
    this.handover = handover;
    this.notices = notices;
    this.slaForecast = slaForecast;
    this.store = store;
    this.writes = writes;
    this.reads = reads;
    this.views = views;
    this.transactions = transactions;
    this.clock = clock;
  }

  record NewTicket(
      TicketType type,
      String title,
      String description,
      @Nullable Long applicationId, // null: "Other / I don't know", filed for triage
      int impact,
      int urgency,
      boolean phi,
      int affectedUsers) {}

  /**
   * Files a ticket. The number is reserved before the ticket's transaction opens: reserving inside
   * it would hold one pooled connection while waiting for a second, which deadlocks a busy pool.
   */
  TicketView create(Caller caller, NewTicket draft) {
    return create(caller, draft, (Long) null);
  }

  /**
   * Files a ticket straight into {@code groupId} (a support mailbox's own group) instead of the
   * group the routing rules name; a group the tenant does not have (or retired) is ignored and the
   * rules route as usual.
   */
  TicketView create(Caller caller, NewTicket draft, @Nullable Long groupId) {
    String number = numbers.next(caller.tenantId(), draft.type());
    return transactions.executeWrite(status -> create(caller, draft, number, groupId));
  }

  private TicketView create(Caller caller, NewTicket draft, String number, @Nullable Long groupId) {
    Context context = gate.context(caller);
    if (!context.access().filesTickets()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Your role cannot file tickets here.");
    }
    long tenant = caller.tenantId();
    Catalog.ApplicationRef application;
    long l1;
    if (draft.applicationId() == null) {
      application = catalog.triageApplication(tenant);
      l1 =
          routing.firstGroup(
              tenant,
              draft.type(),
              null,
              draft.impact(),
              draft.title().strip(),
              context.actor().accountId());
    } else {
      application =
          catalog
              .application(tenant, draft.applicationId())
              .orElseThrow(() -> Refused.invalid("applicationId", "no such application"));
      l1 =
          routing.firstGroup(
              tenant,
              draft.type(),
              application,
              draft.impact(),
              draft.title().strip(),
              context.actor().accountId());
    }
    if (groupId != null) {
      try {
        l1 = handover.receiving(tenant, groupId).id();
      } catch (Refused gone) {
        // the mailbox names a group that is gone: the rules' group takes the ticket
      }
    }
    Instant now = clock.instant();
    Ticket ticket =
        Ticket.open(
            tenant,
            number,
            draft.type(),
            draft.title().strip(),
            draft.description().strip(),
            application.id(),
            draft.impact(),
            draft.urgency(),
            context.actor().accountId(),
            draft.phi(),
            draft.affectedUsers(),
            l1,
            now);
    SupportGroupStore.Group group = handover.group(tenant, l1);
    List<Change> routed = new ArrayList<>();
    Ticket draftTicket = ticket;
    routing
        .autoAssignee(ticket, group)
        .ifPresent(person -> routed.addAll(draftTicket.assign(group.id(), Tier.L1, person, now)));
    Instant due =
        slaForecast.firstDue(ticket.snapshot(group.partnerId(), application.criticality()));
    ticket = ticket.withSlaDue(due);
    ticket = ticket.withId(store.insert(ticket));
    List<Change> changes = new ArrayList<>();
    changes.add(Change.action("CREATED", null));
    routed.forEach(c -> changes.add(c.withNote("auto-assigned")));
    writes.audit(tenant, ticket.id(), context.actor(), now, changes);
    handover.holdIfPartner(ticket, group, now);
    notices.assigned(ticket, null, now);
    writes.publish(
        new TicketEvent.Opened(
            ticket.snapshot(group.partnerId(), application.criticality()), now, due));
    // Everything the answer shows is in hand: no need to read the names back.
    TicketReads.Names names =
        new TicketReads.Names(
            application.name(),
            group.name(),
            group.partnerId() != null,
            ticket.assigneeId() == null ? null : reads.staffName(ticket.assigneeId().toString()),
            caller.displayName());
    return views.of(context, ticket, names, List.of());
  }
}
