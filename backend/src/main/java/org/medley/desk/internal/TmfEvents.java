package org.medley.desk.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.medley.desk.PartnerDeskActions;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.internal.TmfViews.TroubleTicket;
import org.medley.identity.Caller;
import org.medley.identity.PhiClearance;
import org.medley.identity.PhiOutbound;
import org.medley.identity.Role;
import org.medley.outbox.Outbox;

/**
 * The TMF621 hub's side of a ticket change: in the transaction of the change, one outbox event per
 * listener of each partner whose group holds the ticket (or held it until this change). A status
 * change is a {@code TroubleTicketStateChangeEvent}; any other change the desk publishes (priority,
 * group, assignee, PHI flag) and a new PUBLIC comment a {@code
 * TroubleTicketAttributeValueChangeEvent}. INTERNAL notes are the hospital's own and tell no
 * partner. A ticket that arrives in a partner's group (filed straight into it, or handed over) is a
 * {@code TroubleTicketCreateEvent} for that partner. The ticket is rendered now, as the partner
 * reads it (masked without a business associate agreement), so each event carries the state it
 * announces. The echo rule: a change made through a partner's own PATCH ({@link TmfOrigin}) tells
 * none of that partner's listeners.
 */
@Singleton
class TmfEvents {

  static final String TYPE = "tmf.hub-event";

  /** What the delivery handler needs: where, which event, and the ticket as announced. */
  @Serdeable
  record Pending(
      long listenerId, String eventType, Instant eventTime, TroubleTicket troubleTicket) {}

  private final TmfListeners listeners;
  private final TicketStore store;
  private final TmfTicketViews views;
  private final PhiClearance clearance;
  private final PhiOutbound phiOutbound;
  private final Outbox outbox;

  TmfEvents(
      TmfListeners listeners,
      TicketStore store,
      TmfTicketViews views,
      PhiClearance clearance,
      PhiOutbound phiOutbound,
      Outbox outbox) {
    this.listeners = listeners;
    this.store = store;
    this.views = views;
    this.clearance = clearance;
    this.phiOutbound = phiOutbound;
    this.outbox = outbox;
  }

  @EventListener
  void on(TicketEvent event) {
    if (event instanceof TicketEvent.Opened opened && opened.ticket().partnerId() != null) {
      announce(opened.ticket(), TmfViews.CREATE, opened.at(), Set.of(opened.ticket().partnerId()));
    } else if (event instanceof TicketEvent.Changed changed) {
      TicketSnapshot before = changed.before();
      TicketSnapshot after = changed.ticket();
      Set<Long> told = new LinkedHashSet<>();
      if (after.partnerId() != null && !after.partnerId().equals(before.partnerId())) {
        // Handed to this partner now: for its desk the ticket is new.
        told.add(after.partnerId());
        announce(after, TmfViews.CREATE, changed.at(), told);
      }
      String type =
          before.status() != after.status()
                  || !Objects.equals(before.pendingReason(), after.pendingReason())
              ? TmfViews.STATE_CHANGE
              : TmfViews.ATTRIBUTE_CHANGE;
      Set<Long> others = new LinkedHashSet<>();
      for (Long partner : java.util.Arrays.asList(after.partnerId(), before.partnerId())) {
        if (partner != null && !told.contains(partner)) {
          others.add(partner);
        }
      }
      announce(after, type, changed.at(), others);
    } else if (event instanceof TicketEvent.Edited edited && edited.ticket().partnerId() != null) {
      announce(
          edited.ticket(),
          TmfViews.ATTRIBUTE_CHANGE,
          edited.at(),
          Set.of(edited.ticket().partnerId()));
    } else if (event instanceof TicketEvent.Commented commented
        && commented.visibility() == PartnerDeskActions.Visibility.PUBLIC
        && commented.ticket().partnerId() != null) {
      announce(
          commented.ticket(),
          TmfViews.ATTRIBUTE_CHANGE,
          commented.at(),
          Set.of(commented.ticket().partnerId()));
    }
  }

  private void announce(
      TicketSnapshot ticket, String eventType, Instant at, Set<Long> toldPartners) {
    Set<Long> partners = new LinkedHashSet<>(toldPartners);
    TmfOrigin.current().ifPresent(partners::remove);
    Ticket stored = null;
    for (long partner : partners) {
      TroubleTicket shown = null;
      for (TmfListeners.Listener listener : listeners.forPartner(ticket.tenantId(), partner)) {
        if (!listener.wants(eventType)) {
          continue;
        }
        if (shown == null) {
          stored =
              stored != null ? stored : store.find(ticket.tenantId(), ticket.id()).orElseThrow();
          try (PhiOutbound.Payload out =
              phiOutbound.payload(
                  ticket.tenantId(), partner, "tmf-hub", stored.number() + " " + eventType)) {
            shown = views.of(partnerReader(ticket.tenantId(), partner, out), stored);
          }
        }
        outbox.append(
            ticket.tenantId(),
            "ticket",
            ticket.id(),
            TYPE,
            new Pending(listener.id(), eventType, at, shown),
            "tmf:" + listener.id() + ":" + ticket.id());
      }
    }
  }

  /** The partner's desk as a reader: its notes PUBLIC only, its text masked without a BAA. */
  private TicketGate.Context partnerReader(
      long tenantId, long partnerId, PhiOutbound.Payload outbound) {
    Caller desk =
        new Caller(
            "tmf-hub", "TMF621 hub", tenantId, partnerId, java.util.EnumSet.of(Role.PARTNER_AGENT));
    return new TicketGate.Context(
        desk,
        new TicketAccess(TicketAccess.Kind.PARTNER, tenantId, partnerId, 0L, false),
        Actor.system("TMF621 hub"),
        outbound.filtered() ? clearance.filter(tenantId) : null,
        outbound);
  }
}
