package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medley.coverage.Catalog;
import org.medley.coverage.Tier;
import org.medley.desk.PartnerDeskActions;
import org.medley.desk.PendingReason;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.identity.Hospitals;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * What a partner's own desk changes on a ticket, through e-bonding: its replies and notes, its
 * status moves and its refusals. The same rules, notices and events as a person's change at the
 * desk ({@link TicketComments}, {@link TicketChanges}), made by the system the caller names; every
 * check comes before the first write, so a refusal leaves nothing behind.
 */
@Singleton
@RetryLockConflicts
class PartnerDeskChanges implements PartnerDeskActions {

  /** Status changes {@link #statusHistory} reports, newest first. */
  private static final int HISTORY = 20;

  private final TicketStore store;
  private final SupportGroupStore groups;
  private final Routing routing;
  private final Handover handover;
  private final TicketNotices notices;
  private final TicketWrites writes;
  private final Catalog catalog;
  private final Hospitals hospitals;
  private final Clock clock;

  PartnerDeskChanges(
      TicketStore store,
      SupportGroupStore groups,
      Routing routing,
      Handover handover,
      TicketNotices notices,
      TicketWrites writes,
      Catalog catalog,
      Hospitals hospitals,
      Clock clock) {
    this.store = store;
    this.groups = groups;
    this.routing = routing;
    this.handover = handover;
    this.notices = notices;
    this.writes = writes;
    this.catalog = catalog;
    this.hospitals = hospitals;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Optional<StatusHistory> statusHistory(long tenantId, long ticketId) {
    return store
        .lock(tenantId, ticketId)
        .map(
            ticket -> {
              List<TicketStore.AuditRow> trail = store.auditTrail(ticketId);
              List<StatusChange> changes = new ArrayList<>();
              for (int i = trail.size() - 1; i >= 0 && changes.size() < HISTORY; i--) {
                TicketStore.AuditRow row = trail.get(i);
                if ("status".equals(row.field()) && row.newValue() != null) {
                  changes.add(
                      new StatusChange(
                          TicketStatus.valueOf(row.newValue()), row.at(), row.actorName()));
                }
              }
              return new StatusHistory(ticket.status(), ticket.groupId(), changes);
            });
  }

  @Override
  @Transactional
  public void comment(
      long tenantId, long ticketId, String actorName, Visibility visibility, String body) {
    Ticket ticket = locked(tenantId, ticketId);
    if (!ticket.open() && ticket.status() != TicketStatus.RESOLVED) {
      throw Refused.conflict("A " + ticket.status() + " ticket takes no more comments.");
    }
    if (body == null || body.isBlank()) {
      throw Refused.invalid("body", "a comment needs text");
    }
    Actor actor = Actor.system(actorName);
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    boolean internal = visibility == Visibility.INTERNAL;
    String text = body.strip();
    long commentId = store.addComment(tenantId, ticketId, actor, visibility.name(), text, now);
    notices.commented(ticket, actor, internal, now);
    boolean replied = false;
    if (!internal) {
      replied = ticket.respond(now);
      if (ticket.waitsForRequester()) {
        notices.needsYou(ticket, actor, now);
      } else {
        notices.replied(ticket, actor, now);
      }
    }
    Change commented = Change.action("COMMENTED", visibility.name());
    if (!replied) {
      writes.audit(tenantId, ticketId, actor, now, List.of(commented));
      // Heard by other desks (a TMF621 hub) and read models; never by the desk it came from.
      writes.publish(
          new TicketEvent.Commented(before, now, commentId, visibility, text, actorName));
      return;
    }
    ticket = writes.save(ticket, actor, now, List.of(commented));
    writes.publishChange(before, ticket, now);
    writes.publish(
        new TicketEvent.Commented(
            writes.snapshot(ticket), now, commentId, visibility, text, actorName));
    writes.publish(
        new TicketEvent.Responded(writes.snapshot(ticket), now, TicketEvent.Response.PUBLIC_REPLY));
  }

  @Override
  @Transactional
  public void transition(
      long tenantId,
      long ticketId,
      String actorName,
      TicketStatus to,
      @Nullable PendingReason reason,
      @Nullable ResolutionCode code,
      @Nullable String text) {
    Ticket ticket = locked(tenantId, ticketId);
    PendingReason pending = reason == null ? PendingReason.PARTNER : reason;
    if (ticket.status() == to
        && (to != TicketStatus.PENDING || ticket.pendingReason() == pending)) {
      return; // the ticket is already where the desk says
    }
    heldByPartner(ticket);
    Actor actor = Actor.system(actorName);
    Ticket.Transition request =
        switch (to) {
          case IN_PROGRESS ->
              new Ticket.Transition(
                  to,
                  ticket.status() == TicketStatus.RESOLVED
                      ? orElse(text, "Reopened in " + actorName)
                      : null,
                  null,
                  null);
          case PENDING -> new Ticket.Transition(to, pending.name(), null, null);
          case RESOLVED ->
              new Ticket.Transition(
                  to,
                  null,
                  code == null ? ResolutionCode.FIXED : code,
                  orElse(text, "Resolved in " + actorName));
          case CANCELLED ->
              new Ticket.Transition(to, orElse(text, "Cancelled in " + actorName), null, null);
          default ->
              throw Refused.invalid(
                  "to",
                  "a partner's desk moves a ticket to IN_PROGRESS, PENDING, RESOLVED or"
                      + " CANCELLED, not "
                      + to);
        };
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    boolean waited = ticket.waitsForRequester();
    List<Change> changes =
        ticket.transitionInPartnerDesk(request, hospitals.reopenWindow(tenantId), now);
    boolean acknowledged = to == TicketStatus.IN_PROGRESS && ticket.respond(now);
    notices.transitioned(before.status(), ticket, now);
    if (!waited && ticket.waitsForRequester()) {
      notices.needsYou(ticket, actor, now);
    }
    ticket = writes.save(ticket, actor, now, changes);
    writes.publishChange(before, ticket, now);
    notices.statusChanged(ticket, actor, now);
    if (acknowledged) {
      writes.publish(
          new TicketEvent.Responded(
              writes.snapshot(ticket), now, TicketEvent.Response.ACKNOWLEDGED));
    }
  }

  @Override
  @Transactional
  public void returnToHospital(long tenantId, long ticketId, String actorName, String reason) {
    Ticket ticket = locked(tenantId, ticketId);
    heldByPartner(ticket);
    if (reason == null || reason.isBlank()) {
      throw Refused.invalid("reason", "say why the partner hands the ticket back");
    }
    SupportGroupStore.Group target = hospitalGroup(ticket);
    Actor actor = Actor.system(actorName);
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    List<Change> changes =
        new ArrayList<>(ticket.returnFromPartner(target.id(), target.tier(), reason, now));
    changes.addAll(handover.arrive(ticket, target, now));
    String note = actorName + " handed the ticket back to " + target.name() + ": " + reason.strip();
    store.addComment(tenantId, ticketId, actor, Visibility.INTERNAL.name(), note, now);
    notices.commented(ticket, actor, true, now);
    ticket = writes.save(ticket, actor, now, changes);
    writes.publishChange(before, ticket, now);
    if (ticket.status() != before.status()) {
      notices.statusChanged(ticket, actor, now);
    }
  }

  private Ticket locked(long tenantId, long ticketId) {
    return store
        .lock(tenantId, ticketId)
        .orElseThrow(() -> Refused.notFound("ticketId", "no such ticket"));
  }

  /** A desk moves only what its partner holds: a ticket the hospital took back is not its own. */
  private void heldByPartner(Ticket ticket) {
    SupportGroupStore.Group group =
        ticket.groupId() == null
            ? null
            : groups.group(ticket.tenantId(), ticket.groupId()).orElse(null);
    if (group == null || group.partnerId() == null) {
      throw Refused.conflict(
          "The ticket is with "
              + (group == null ? "no group" : group.name())
              + ", not with a partner, so the partner's desk no longer moves it.");
    }
  }

  /**
   * Where a ticket the partner refuses goes: the last hospital group (not a partner's, not retired)
   * its audit trail shows holding it, else the hospital's group the routing rules name for its
   * tier, else for L1. Audit lines name groups as they were called then: a group renamed since is
   * not found by its old name, and the rules decide instead.
   */
  private SupportGroupStore.Group hospitalGroup(Ticket ticket) {
    long tenant = ticket.tenantId();
    List<SupportGroupStore.Group> hospital =
        groups.activeGroups(tenant).stream()
            .filter(g -> g.partnerId() == null)
            .filter(g -> !Objects.equals(g.id(), ticket.groupId()))
            .toList();
    List<TicketStore.AuditRow> trail = store.auditTrail(ticket.id());
    for (int i = trail.size() - 1; i >= 0; i--) {
      TicketStore.AuditRow row = trail.get(i);
      if (!"group".equals(row.field())) {
        continue;
      }
      for (String name : new String[] {row.newValue(), row.oldValue()}) {
        Optional<SupportGroupStore.Group> held =
            hospital.stream().filter(g -> g.name().equals(name)).findFirst();
        if (held.isPresent()) {
          return held.get();
        }
      }
    }
    Catalog.ApplicationRef application =
        catalog.application(tenant, ticket.applicationId()).orElse(null);
    for (Tier tier : new Tier[] {ticket.tier(), Tier.L1}) {
      Optional<SupportGroupStore.Group> routed =
          routing
              .preview(
                  tenant,
                  tier,
                  ticket.type(),
                  application,
                  ticket.impact(),
                  ticket.title(),
                  ticket.requesterId())
              .group()
              .filter(hospital::contains);
      if (routed.isPresent()) {
        return routed.get();
      }
    }
    throw Refused.conflict("No hospital group can take the ticket back.");
  }

  private static String orElse(@Nullable String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text.strip();
  }
}
