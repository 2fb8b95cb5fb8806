package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * A ticket moves one tier up (L1 → L2 → L3 → VENDOR) to the group {@link Routing} names or the
 * person escalating picks, or goes back to its group's auto-assignment away from its assignee. A
 * person escalates from the desk; the SLA sweep escalates and reassigns on a breach ({@link
 * SystemActions}), where a ticket that moved on meanwhile is left alone.
 */
@Singleton
@RetryLockConflicts
class TicketEscalation {

  private final TicketStore store;
  private final TicketGate gate;
  private final Routing routing;
  private final Handover handover;
  private final TicketNotices notices;
  private final TicketWrites writes;
  private final TicketViewBuilder views;
  private final Clock clock;

  TicketEscalation(
      TicketStore store,
      TicketGate gate,
      Routing routing,
      Handover handover,
      TicketNotices notices,
      TicketWrites writes,
      TicketViewBuilder views,
      Clock clock) {
    this.store = store;
    this.gate = gate;
    this.routing = routing;
    this.handover = handover;
    this.notices = notices;
    this.writes = writes;
    this.views = views;
    this.clock = clock;
  }

  /** A person escalates: to {@code groupId} if named (it must work at the next tier). */
  @Transactional
  TicketView escalate(
      Caller caller, long id, String reason, @Nullable Long groupId, @Nullable Long version) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.workable(context, id, TicketGate.NOT_WORKED);
    ticket.requireVersion(version);
    Tier next = ticket.nextTier();
    long target =
        groupId != null
            ? groupId
            : routing.firstGroup(ticket.tenantId(), ticket.applicationId(), next);
    SupportGroupStore.Group group = handover.receiving(ticket.tenantId(), target);
    if (group.tier() != next) {
      throw Refused.invalid(
          "groupId", group.name() + " works at " + group.tier() + ", not " + next);
    }
    return views.of(context, escalate(ticket, group, next, reason, context.actor()));
  }

  /** Escalates without a person; skipped (and audited so) when the tenant has no group there. */
  @Transactional
  void escalate(long tenantId, long ticketId, Actor actor, String reason) {
    Ticket ticket = store.lock(tenantId, ticketId).orElse(null);
    if (ticket == null || !ticket.open() || ticket.tier() == Tier.VENDOR) {
      return;
    }
    Tier next = ticket.nextTier();
    Long target = routing.escalationTarget(tenantId, ticket.applicationId(), next).orElse(null);
    if (target == null) {
      writes.audit(
          tenantId,
          ticketId,
          actor,
          clock.instant(),
          List.of(Change.action("ESCALATION_SKIPPED", "no " + next + " group: " + reason)));
      return;
    }
    escalate(ticket, handover.group(tenantId, target), next, reason, actor);
  }

  private Ticket escalate(
      Ticket ticket, SupportGroupStore.Group group, Tier next, String reason, Actor actor) {
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    List<Change> changes = new ArrayList<>(ticket.escalate(group.id(), next, reason, now));
    changes.addAll(handover.arrive(ticket, group, now));
    Ticket saved = writes.save(ticket, actor, now, changes);
    writes.publishChange(before, saved, now);
    return saved;
  }

  /** Gives the ticket back to its group's auto-assignment, away from its current assignee. */
  @Transactional
  void reassign(long tenantId, long ticketId, Actor actor, String reason) {
    Ticket ticket = store.lock(tenantId, ticketId).orElse(null);
    if (ticket == null || !ticket.open() || ticket.groupId() == null) {
      return;
    }
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    Long previous = ticket.assigneeId();
    SupportGroupStore.Group group = handover.group(tenantId, ticket.groupId());
    Long next = routing.assignee(ticket, group, previous).orElse(null);
    List<Change> changes = new ArrayList<>();
    for (Change change : ticket.assign(group.id(), group.tier(), next, now)) {
      changes.add(change.withNote(reason));
    }
    notices.assigned(ticket, previous, now);
    ticket = writes.save(ticket, actor, now, changes);
    writes.publishChange(before, ticket, now);
  }
}
