package org.medley.desk.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.medley.coverage.Catalog;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;

/**
 * The last step of every ticket write: the ticket and its audit lines stored, and the {@link
 * TicketEvent} that SLA timers follow in the same transaction published. What only adds to a ticket
 * (a note, a file, an audit line) goes through {@link #audit} and never moves its version.
 */
@Singleton
class TicketWrites {

  private final TicketStore store;
  private final SupportGroupStore groups;
  private final AuditNames names;
  private final Catalog catalog;
  private final ApplicationEventPublisher<TicketEvent> events;

  TicketWrites(
      TicketStore store,
      SupportGroupStore groups,
      AuditNames names,
      Catalog catalog,
      ApplicationEventPublisher<TicketEvent> events) {
    this.store = store;
    this.groups = groups;
    this.names = names;
    this.catalog = catalog;
    this.events = events;
  }

  /**
   * Stores the changed ticket if nobody else changed it since it was read (else {@link
   * StaleTicket}) with its audit lines, and returns it as stored; without changes, as it is.
   */
  Ticket save(Ticket ticket, Actor actor, Instant now, List<Change> changes) {
    if (changes.isEmpty()) {
      return ticket;
    }
    long version =
        store
            .update(ticket)
            .orElseThrow(
                () -> new StaleTicket(store.currentVersion(ticket.tenantId(), ticket.id())));
    audit(ticket.tenantId(), ticket.id(), actor, now, changes);
    return store
        .find(ticket.tenantId(), ticket.id())
        .filter(t -> t.version() == version)
        .orElseThrow();
  }

  void audit(long tenant, long ticketId, Actor actor, Instant now, List<Change> changes) {
    store.audit(tenant, ticketId, actor, now, names.named(tenant, changes));
  }

  /** Tells the SLA timers what changed, when anything they follow did. */
  void publishChange(TicketSnapshot before, Ticket ticket, Instant now) {
    TicketSnapshot after = snapshot(ticket);
    if (!before.equals(after)) {
      events.publishEvent(new TicketEvent.Changed(before, after, now));
    }
  }

  void publish(TicketEvent event) {
    events.publishEvent(event);
  }

  /** The ticket as other features see it, with its group's partner and its application's rank. */
  TicketSnapshot snapshot(Ticket ticket) {
    Long partner =
        ticket.groupId() == null
            ? null
            : groups
                .group(ticket.tenantId(), ticket.groupId())
                .map(SupportGroupStore.Group::partnerId)
                .orElse(null);
    int criticality =
        catalog
            .application(ticket.tenantId(), ticket.applicationId())
            .map(Catalog.ApplicationRef::criticality)
            .orElse(4);
    return ticket.snapshot(partner, criticality);
  }
}
