package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.medley.desk.TicketStatus;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.Permissions;
import org.medley.desk.internal.TicketViews.TicketView;

/**
 * A ticket as one caller reads it: its text through the caller's minimum-necessary filter, the
 * names of its application, group and people, and what the caller may do to it next (the buttons
 * the SPA shows). Building it logs the read when the ticket carries patient information.
 */
@Singleton
class TicketViewBuilder {

  private final TicketGate gate;
  private final TicketReads reads;

  TicketViewBuilder(TicketGate gate, TicketReads reads) {
    this.gate = gate;
    this.reads = reads;
  }

  /** Reads the ticket's names and external references back. */
  TicketView of(Context context, Ticket ticket) {
    return of(context, ticket, reads.names(ticket), reads.references(ticket.id()));
  }

  /** With names and references already in hand (a ticket just filed). */
  TicketView of(
      Context context,
      Ticket ticket,
      TicketReads.Names names,
      List<TicketViews.ExternalReference> references) {
    gate.logRead(context, ticket, "title", "description", "resolution");
    Permissions permissions = permissions(context, ticket);
    return new TicketView(
        ticket.id(),
        ticket.number(),
        ticket.type(),
        context.shown(ticket.title()),
        context.shown(ticket.description()),
        ticket.applicationId(),
        names.application(),
        ticket.impact(),
        ticket.urgency(),
        ticket.priority(),
        ticket.status(),
        ticket.pendingReason(),
        ticket.tier(),
        ticket.groupId(),
        names.group(),
        names.partnerGroup(),
        ticket.assigneeId(),
        names.assignee(),
        ticket.requesterId(),
        names.requester(),
        ticket.phi(),
        ticket.affectedUsers(),
        ticket.version(),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.resolvedAt(),
        ticket.closedAt(),
        ticket.resolutionCode(),
        context.shown(ticket.resolution()),
        ticket.firstResponseAt(),
        ticket.reopenCount(),
        ticket.csatRating(),
        ticket.slaDueAt(),
        references,
        permissions);
  }

  /** What the caller may do to the ticket next: the SPA shows only these buttons. */
  private Permissions permissions(Context context, Ticket ticket) {
    boolean worker = gate.canWork(context, ticket);
    boolean requester = context.access().requester(ticket);
    Set<TicketStatus> transitions = EnumSet.noneOf(TicketStatus.class);
    for (TicketStatus to : TicketLifecycle.targets(ticket.status())) {
      if (worker || (requester && TicketLifecycle.allowedForRequester(ticket.status(), to))) {
        transitions.add(to);
      }
    }
    return new Permissions(
        worker,
        context.access().seesInternal(),
        requester
            && (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED),
        List.copyOf(transitions),
        worker && context.actor().staffId() != null,
        context.mask() == null);
  }
}
