package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * A person changes a ticket: its fields, group and assignee (the people working it), its status
 * (they, or its requester within {@link TicketLifecycle}'s requester moves), its rating (the
 * requester). Each is one transaction that first takes the ticket's write turn ({@link
 * TicketStore#lock}) and carries the version the caller read, where the caller sends one.
 */
@Singleton
@RetryLockConflicts
class TicketChanges {

  private final TicketStore store;
  private final SupportGroupStore groups;
  private final TicketGate gate;
  private final Handover handover;
  private final TicketNotices notices;
  private final TicketWrites writes;
  private final TicketViewBuilder views;
  private final Clock clock;
  private final Hospitals hospitals;

  TicketChanges(
      TicketStore store,
      SupportGroupStore groups,
      TicketGate gate,
      Handover handover,
      TicketNotices notices,
      TicketWrites writes,
      TicketViewBuilder views,
      Clock clock,
      Hospitals hospitals) {
    this.store = store;
    this.groups = groups;
    this.gate = gate;
    this.handover = handover;
    this.notices = notices;
    this.writes = writes;
    this.views = views;
    this.clock = clock;
    this.hospitals = hospitals;
  }

  /** {@code version} may be absent only for bulk edits, which apply to the ticket as it is. */
  record Patch(
      @Nullable Long version,
      Ticket.Edit edit,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      boolean unassign) {}

  @Transactional
  TicketView update(Caller caller, long id, Patch patch) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.workable(context, id, TicketGate.NOT_WORKED);
    ticket.requireVersion(patch.version());
    EditRights.check(context, ticket, patch.edit());
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    String descriptionBefore = ticket.description();
    List<Change> changes = new ArrayList<>(ticket.edit(patch.edit(), now));
    // The audit keeps no description text (it may carry PHI), so its change has no field name.
    boolean described = !java.util.Objects.equals(descriptionBefore, ticket.description());
    if (patch.groupId() != null || patch.assigneeId() != null || patch.unassign()) {
      long groupId = patch.groupId() != null ? patch.groupId() : requireGroup(ticket);
      SupportGroupStore.Group group =
          patch.groupId() != null && !patch.groupId().equals(ticket.groupId())
              ? handover.receiving(ticket.tenantId(), groupId)
              : handover.group(ticket.tenantId(), groupId);
      Long assignee = patch.unassign() ? null : patch.assigneeId();
      if (assignee != null && !groups.member(groupId, assignee)) {
        throw Refused.invalid("assigneeId", "is not a member of " + group.name());
      }
      if (!context.access().mayAssignTo(group)) {
        throw Refused.invalid("groupId", "a partner can only assign within its own groups");
      }
      changes.addAll(ticket.assign(groupId, group.tier(), assignee, now));
      if (patch.groupId() != null && assignee == null) {
        changes.addAll(handover.arrive(ticket, group, now));
      } else {
        handover.holdIfPartner(ticket, group, now);
        notices.assigned(ticket, before.assigneeId(), now);
      }
    }
    ticket = writes.save(ticket, context.actor(), now, changes);
    writes.publishChange(before, ticket, now);
    java.util.Set<String> edited =
        changes.stream()
            .map(Change::field)
            .filter("title"::equals)
            .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    if (described) {
      edited.add("description");
    }
    if (!edited.isEmpty()) {
      writes.publish(new TicketEvent.Edited(writes.snapshot(ticket), now, edited));
    }
    return views.of(context, ticket);
  }

  @Transactional
  TicketView transition(
      Caller caller, long id, Ticket.Transition request, @Nullable Long expectedVersion) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    boolean worker = gate.canWork(context, ticket);
    if (!worker && !context.access().requester(ticket)) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "You can follow this ticket but not change its status.");
    }
    // After the right to change it: a reader who may not is told so, not that it is stale.
    ticket.requireVersion(expectedVersion);
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    boolean waited = ticket.waitsForRequester();
    List<Change> changes =
        ticket.transition(
            request,
            !worker,
            context.actor().staffId(),
            hospitals.reopenWindow(caller.tenantId()),
            now);
    boolean acknowledged =
        worker && request.to() == TicketStatus.IN_PROGRESS && ticket.respond(now);
    notices.transitioned(before.status(), ticket, now);
    if (worker && !waited && ticket.waitsForRequester()) {
      notices.needsYou(ticket, context.actor(), now);
    }
    if (before.assigneeId() == null && ticket.assigneeId() != null) {
      handover.holdIfPartner(ticket, handover.group(ticket.tenantId(), requireGroup(ticket)), now);
    }
    ticket = writes.save(ticket, context.actor(), now, changes);
    writes.publishChange(before, ticket, now);
    if (ticket.status() != before.status()) {
      notices.statusChanged(ticket, context.actor(), now);
    }
    if (acknowledged) {
      writes.publish(
          new TicketEvent.Responded(
              writes.snapshot(ticket), now, TicketEvent.Response.ACKNOWLEDGED));
    }
    return views.of(context, ticket);
  }

  @Transactional
  TicketView rate(Caller caller, long id, int rating, @Nullable String comment) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    if (!context.access().requester(ticket)) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Only the requester rates a ticket.");
    }
    Instant now = clock.instant();
    List<Change> changes = ticket.rate(rating, comment, now);
    ticket = writes.save(ticket, context.actor(), now, changes);
    writes.publish(new TicketEvent.Rated(writes.snapshot(ticket), now, rating));
    return views.of(context, ticket);
  }

  private static long requireGroup(Ticket ticket) {
    if (ticket.groupId() == null) {
      throw Refused.invalid("groupId", "the ticket has no group yet: name one");
    }
    return ticket.groupId();
  }
}
