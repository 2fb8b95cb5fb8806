package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medley.coverage.Tier;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.VendorDesk;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.identity.Caller;
import org.medley.platform.RetryLockConflicts;

/** {@link VendorDesk}: the desk's side of a vendor escalation. */
@Singleton
class VendorWork implements VendorDesk {

  private final TicketStore store;
  private final TicketGate gate;
  private final Routing routing;
  private final Handover handover;
  private final TicketWrites writes;
  private final Clock clock;

  VendorWork(
      TicketStore store,
      TicketGate gate,
      Routing routing,
      Handover handover,
      TicketWrites writes,
      Clock clock) {
    this.store = store;
    this.gate = gate;
    this.routing = routing;
    this.handover = handover;
    this.writes = writes;
    this.clock = clock;
  }

  @Override
  @ReadOnly
  public VendorTicket workable(Caller caller, long ticketId) {
    Context context = gate.context(caller);
    Ticket ticket = gate.workable(context, ticketId, TicketGate.NOT_WORKED);
    gate.logRead(context, ticket, "title", "description");
    return brief(ticket);
  }

  @Override
  @ReadOnly
  public Map<Long, VendorTicket> tickets(long tenantId, Collection<Long> ticketIds) {
    Map<Long, VendorTicket> found = new LinkedHashMap<>();
    store.findAll(tenantId, ticketIds).forEach(t -> found.put(t.id(), brief(t)));
    return found;
  }

  @Override
  @Transactional
  @RetryLockConflicts
  public VendorTicket awaitVendor(
      Caller caller, long ticketId, @Nullable Long version, String note) {
    store.lock(caller.tenantId(), ticketId);
    Context context = gate.context(caller);
    Ticket ticket = gate.workable(context, ticketId, TicketGate.NOT_WORKED);
    ticket.requireVersion(version);
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    List<Change> changes = new ArrayList<>();
    // The vendor tier's group, when routing names one that works at VENDOR; else the ticket stays.
    SupportGroupStore.Group vendorGroup =
        ticket.tier() == Tier.VENDOR || !ticket.open()
            ? null
            : routing
                .escalationTarget(ticket, Tier.VENDOR)
                .map(id -> handover.group(ticket.tenantId(), id))
                .filter(g -> g.tier() == Tier.VENDOR && !g.retired())
                .orElse(null);
    if (vendorGroup != null) {
      changes.addAll(ticket.escalate(vendorGroup.id(), Tier.VENDOR, note, now));
      changes.addAll(handover.arrive(ticket, vendorGroup, now));
    } else {
      changes.addAll(ticket.awaitVendor(note, now));
    }
    if (changes.isEmpty()) {
      changes.add(Change.action("VENDOR_ESCALATED", note));
    }
    Ticket saved = writes.save(ticket, context.actor(), now, changes);
    writes.publishChange(before, saved, now);
    return brief(saved);
  }

  private static VendorTicket brief(Ticket ticket) {
    return new VendorTicket(
        ticket.id(),
        ticket.number(),
        ticket.title(),
        ticket.description(),
        ticket.applicationId(),
        ticket.priority(),
        ticket.status(),
        ticket.pendingReason(),
        ticket.phi(),
        ticket.version());
  }
}
