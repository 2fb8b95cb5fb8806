package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medley.desk.Priority;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketStatus;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.identity.PhiAccessLog;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * Links between tickets (duplicate of, caused by, related to) and merging a duplicate into the
 * ticket that carries the work. A link shows on both tickets and is audited on both; the caller
 * must work the ticket it links from and see the one it links to (a ticket it cannot see answers
 * 404, as everywhere). Writes lock both tickets, lower id first, so two writers touching the same
 * pair from either end take turns instead of deadlocking.
 */
@Singleton
@RetryLockConflicts
class TicketLinks {

  private final TicketChanges changes;
  private final TicketGate gate;
  private final TicketStore tickets;
  private final TicketLinkStore links;
  private final Notifications notifications;
  private final Clock clock;

  TicketLinks(
      TicketChanges changes,
      TicketGate gate,
      TicketStore tickets,
      TicketLinkStore links,
      Notifications notifications,
      Clock clock) {
    this.changes = changes;
    this.gate = gate;
    this.tickets = tickets;
    this.links = links;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The ticket at the other end of a link, as the caller may read it. */
  @Serdeable
  record LinkedTicket(
      long id, String number, String title, TicketStatus status, Priority priority) {}

  /** A link as one of its tickets sees it: {@code relation} reads from that ticket. */
  @Serdeable
  record LinkView(
      long id,
      LinkType type,
      LinkType.Relation relation,
      LinkedTicket ticket,
      String createdBy,
      Instant createdAt) {}

  /** The other ticket, by id or by number (INC-000123): exactly one of the two. */
  record Target(@Nullable Long ticketId, @Nullable String number) {}

  @Transactional
  List<LinkView> list(Caller caller, long id) {
    Context context = gate.context(caller);
    gate.visible(context, id);
    requireDesk(context);
    List<LinkView> views = new ArrayList<>();
    List<PhiAccessLog.Read> phiReads = new ArrayList<>();
    for (TicketLinkStore.Link link : links.of(caller.tenantId(), id)) {
      Optional<Ticket> other = seen(context, link.other(id));
      if (other.isEmpty()) {
        continue; // a partner does not learn of tickets its groups never held
      }
      views.add(view(context, link, id, other.get()));
      if (other.get().phi()) {
        phiReads.add(
            new PhiAccessLog.Read(
                other.get().id(), other.get().number(), context.phiFields("title")));
      }
    }
    gate.logReads(context, phiReads);
    return views;
  }

  @Transactional
  LinkView link(Caller caller, long id, LinkType type, Target target) {
    long tenant = caller.tenantId();
    long otherId = resolve(tenant, target);
    if (otherId == id) {
      throw Refused.invalid("ticketId", "a ticket cannot be linked to itself");
    }
    lockBoth(tenant, id, otherId);
    Context context = gate.context(caller);
    Ticket ticket = worked(context, id);
    Ticket other =
        seen(context, otherId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket."));
    links
        .between(tenant, id, otherId, type)
        .ifPresent(
            existing -> {
              throw Refused.conflict(
                  ticket.number()
                      + " is already "
                      + existing.type().phrase(existing.sourceId() == id)
                      + " "
                      + other.number()
                      + ".");
            });
    if (type == LinkType.DUPLICATE_OF) {
      refuseSecondDuplicate(tenant, ticket);
      refuseCycle(tenant, ticket, other);
    }
    Instant now = clock.instant();
    long linkId = links.insert(tenant, id, otherId, type, context.actor().name(), now);
    auditLinked(tenant, context.actor(), now, "LINKED", type, ticket, other);
    gate.logRead(context, other, "title");
    return view(
        context,
        new TicketLinkStore.Link(linkId, id, otherId, type, context.actor().name(), now),
        id,
        other);
  }

  @Transactional
  void unlink(Caller caller, long id, long linkId) {
    long tenant = caller.tenantId();
    TicketLinkStore.Link link =
        links
            .find(tenant, linkId)
            .filter(l -> l.involves(id))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such link."));
    lockBoth(tenant, link.sourceId(), link.targetId());
    Context context = gate.context(caller);
    Ticket ticket = worked(context, id);
    Ticket other =
        seen(context, link.other(id))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such link."));
    if (links.find(tenant, linkId).isEmpty()) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such link.");
    }
    links.delete(tenant, linkId);
    Ticket source = link.sourceId() == id ? ticket : other;
    Ticket target = link.sourceId() == id ? other : ticket;
    auditLinked(tenant, context.actor(), clock.instant(), "UNLINKED", link.type(), source, target);
  }

  /**
   * Merges a duplicate into the ticket that carries the work, in one transaction: links it as a
   * duplicate, leaves an internal note on the master pointing back to it, and resolves it as
   * "Duplicate of …", which tells its requester. Her ticket then follows the master: she hears
   * again when the master is resolved ({@link #on(TicketEvent)}).
   */
  @Transactional
  TicketView merge(Caller caller, long id, long into, @Nullable Long version) {
    if (into == id) {
      throw Refused.invalid("into", "a ticket cannot be merged into itself");
    }
    long tenant = caller.tenantId();
    lockBoth(tenant, id, into);
    Context context = gate.context(caller);
    Ticket duplicate = worked(context, id);
    if (version != null && version != duplicate.version()) {
      throw new StaleTicket(duplicate.version());
    }
    Ticket master =
        seen(context, into)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket."));
    if (!gate.canWork(context, master)) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "You can read " + master.number() + " but not work on it.");
    }
    if (master.status() == TicketStatus.CLOSED || master.status() == TicketStatus.CANCELLED) {
      throw Refused.conflict(
          master.number() + " is " + master.status() + ": merge into a ticket still worked on.");
    }
    if (!duplicate.open()) {
      throw Refused.conflict(
          duplicate.number() + " is already " + duplicate.status() + " and cannot be merged.");
    }
    Optional<Long> masterOf = links.duplicateOf(tenant, into);
    if (masterOf.isPresent()) {
      String root = tickets.find(tenant, masterOf.get()).map(Ticket::number).orElse("another");
      throw Refused.conflict(
          master.number() + " is itself a duplicate of " + root + ": merge into " + root + ".");
    }
    Instant now = clock.instant();
    if (links.between(tenant, id, into, LinkType.DUPLICATE_OF).isEmpty()) {
      refuseSecondDuplicate(tenant, duplicate);
      links.insert(tenant, id, into, LinkType.DUPLICATE_OF, context.actor().name(), now);
      auditLinked(tenant, context.actor(), now, "LINKED", LinkType.DUPLICATE_OF, duplicate, master);
    }
    tickets.addComment(
        tenant, into, context.actor(), "INTERNAL", mergeNote(duplicate, master), now);
    tickets.audit(
        tenant,
        into,
        context.actor(),
        now,
        List.of(Change.field("MERGED", "duplicate", null, duplicate.number())));
    return changes.transition(
        caller,
        id,
        new Ticket.Transition(
            TicketStatus.RESOLVED,
            "Merged into " + master.number(),
            ResolutionCode.DUPLICATE,
            "Duplicate of " + master.number()),
        duplicate.version());
  }

  /**
   * When a ticket others were merged into is resolved, their requesters hear of it on their own
   * tickets (the master is someone else's, which they may not read).
   */
  @EventListener
  void on(TicketEvent ticketEvent) {
    // Listeners receive the sealed type, as TicketEvent's own documentation says.
    if (!(ticketEvent instanceof TicketEvent.Changed event)
        || event.ticket().status() != TicketStatus.RESOLVED
        || event.before().status() == TicketStatus.RESOLVED) {
      return;
    }
    long tenant = event.ticket().tenantId();
    long master = event.ticket().id();
    Set<Long> told = new HashSet<>();
    for (TicketLinkStore.Link link : links.of(tenant, master)) {
      if (link.type() != LinkType.DUPLICATE_OF || link.targetId() != master) {
        continue;
      }
      tickets
          .find(tenant, link.sourceId())
          .filter(d -> d.requesterId() != event.ticket().requesterId())
          .filter(d -> told.add(d.requesterId()))
          .ifPresent(
              duplicate ->
                  notifications.notify(
                      tenant,
                      duplicate.requesterId(),
                      duplicate.id(),
                      "RESOLVED",
                      "The problem you reported in "
                          + duplicate.number()
                          + " was fixed under "
                          + event.ticket().number()
                          + ".",
                      event.at()));
    }
  }

  // ---- helpers ----

  private String mergeNote(Ticket duplicate, Ticket master) {
    String head =
        "Merged "
            + duplicate.number()
            + " into this ticket as a duplicate (its requester hears when this one is resolved).";
    if (duplicate.phi() && !master.phi()) {
      // Patient details stay on the ticket whose reads are audited as PHI.
      return head + "\n\nIts text carries PHI and stays on " + duplicate.number() + ".";
    }
    return head + "\n\n" + duplicate.title() + "\n\n" + duplicate.description();
  }

  private long resolve(long tenant, Target target) {
    if ((target.ticketId() == null) == (target.number() == null)) {
      throw Refused.invalid("ticketId", "name the other ticket by ticketId or by number, not both");
    }
    if (target.ticketId() != null) {
      return target.ticketId();
    }
    return links
        .idOfNumber(tenant, target.number().strip().toUpperCase(java.util.Locale.ROOT))
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket."));
  }

  private void lockBoth(long tenant, long a, long b) {
    tickets.lock(tenant, Math.min(a, b));
    tickets.lock(tenant, Math.max(a, b));
  }

  private Ticket worked(Context context, long id) {
    Ticket ticket = gate.visible(context, id);
    requireDesk(context);
    if (!gate.canWork(context, ticket)) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, TicketGate.NOT_WORKED);
    }
    return ticket;
  }

  private static void requireDesk(Context context) {
    if (!context.access().worksTickets()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Linking tickets is for the desk.");
    }
  }

  private Optional<Ticket> seen(Context context, long id) {
    return gate.seen(context, id);
  }

  private void refuseSecondDuplicate(long tenant, Ticket ticket) {
    links
        .duplicateOf(tenant, ticket.id())
        .ifPresent(
            existing -> {
              String number = tickets.find(tenant, existing).map(Ticket::number).orElse("another");
              throw Refused.conflict(
                  ticket.number() + " is already a duplicate of " + number + ".");
            });
  }

  /** A ticket cannot end up a duplicate of itself through a chain of duplicates. */
  private void refuseCycle(long tenant, Ticket ticket, Ticket other) {
    Set<Long> seen = new HashSet<>();
    Long next = other.id();
    while (next != null && seen.add(next)) {
      if (next.equals(ticket.id())) {
        throw Refused.conflict(
            other.number()
                + " already leads back to "
                + ticket.number()
                + " as a duplicate: a ticket cannot be a duplicate of itself.");
      }
      next = links.duplicateOf(tenant, next).orElse(null);
    }
  }

  private void auditLinked(
      long tenant,
      Actor actor,
      Instant now,
      String action,
      LinkType type,
      Ticket source,
      Ticket target) {
    boolean added = action.equals("LINKED");
    tickets.audit(
        tenant,
        source.id(),
        actor,
        now,
        List.of(
            Change.field(
                action,
                "link",
                added ? null : type.phrase(true) + " " + target.number(),
                added ? type.phrase(true) + " " + target.number() : null)));
    tickets.audit(
        tenant,
        target.id(),
        actor,
        now,
        List.of(
            Change.field(
                action,
                "link",
                added ? null : type.phrase(false) + " " + source.number(),
                added ? type.phrase(false) + " " + source.number() : null)));
  }

  private LinkView view(Context context, TicketLinkStore.Link link, long from, Ticket other) {
    return new LinkView(
        link.id(),
        link.type(),
        link.type().seenFrom(link.sourceId() == from),
        new LinkedTicket(
            other.id(),
            other.number(),
            context.shown(other.title()),
            other.status(),
            other.priority()),
        link.createdBy(),
        link.createdAt());
  }
}
