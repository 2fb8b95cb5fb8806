package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medley.platform.Refused;

/**
 * A ticket reaches a support group: a partner's group now holds it (the partner sees it from then
 * on, and its desk hears of it through the outbox); a group that assigns its own work picks a
 * member ({@link Routing}), who is told.
 */
@Singleton
class Handover {

  private final TicketStore store;
  private final SupportGroupStore groups;
  private final Routing routing;
  private final TicketNotices notices;
  private final TicketOutbox outbox;

  Handover(
      TicketStore store,
      SupportGroupStore groups,
      Routing routing,
      TicketNotices notices,
      TicketOutbox outbox) {
    this.store = store;
    this.groups = groups;
    this.routing = routing;
    this.notices = notices;
    this.outbox = outbox;
  }

  /** The group a request or a route names; refused (400 on groupId) when the tenant has none. */
  SupportGroupStore.Group group(long tenant, long groupId) {
    return groups
        .group(tenant, groupId)
        .orElseThrow(() -> Refused.invalid("groupId", "no such support group"));
  }

  /**
   * A group a ticket is moved into: refused (400 on groupId) when the tenant has none or it is
   * retired, since a retired group takes no new work.
   */
  SupportGroupStore.Group receiving(long tenant, long groupId) {
    SupportGroupStore.Group group = group(tenant, groupId);
    if (group.retired()) {
      throw Refused.invalid("groupId", group.name() + " is retired and takes no new tickets");
    }
    return group;
  }

  /** The ticket arrives in the group; returns the auto-assignment it caused, if any. */
  List<Change> arrive(Ticket ticket, SupportGroupStore.Group group, Instant now) {
    holdIfPartner(ticket, group, now);
    Optional<Long> person = routing.autoAssignee(ticket, group);
    if (person.isEmpty()) {
      return List.of();
    }
    List<Change> changes =
        ticket.assign(group.id(), group.tier(), person.get(), now).stream()
            .map(c -> c.withNote("auto-assigned"))
            .toList();
    notices.assigned(ticket, null, now);
    return changes;
  }

  /** A partner's group holds the ticket: remembered for the partner's reads, and told to it. */
  void holdIfPartner(Ticket ticket, SupportGroupStore.Group group, Instant now) {
    if (group.partnerId() == null) {
      return;
    }
    store.hold(ticket.id(), group.partnerId(), now);
    outbox.assignedToPartner(ticket, group);
  }
}
