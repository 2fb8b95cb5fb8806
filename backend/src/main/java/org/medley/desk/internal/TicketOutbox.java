package org.medley.desk.internal;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.medley.outbox.Outbox;

/**
 * The ticket events the desk leaves in the outbox, in the transaction of the change, for the relay
 * to hand to partner systems after it commits. Each payload carries what the receiver needs to act;
 * ticket text follows through the API, filtered for the partner.
 */
@Singleton
class TicketOutbox {

  static final String ASSIGNED_TO_PARTNER = "ticket.assigned-to-partner";

  private final Outbox outbox;

  TicketOutbox(Outbox outbox) {
    this.outbox = outbox;
  }

  /** What a partner's desk needs to open its side of a ticket its group now holds. */
  @Serdeable
  record PartnerAssignment(
      long ticketId,
      String number,
      long partnerId,
      long groupId,
      String groupName,
      String tier,
      String priority,
      boolean phi) {}

  void assignedToPartner(Ticket ticket, SupportGroupStore.Group group) {
    outbox.append(
        ticket.tenantId(),
        "ticket",
        ticket.id(),
        ASSIGNED_TO_PARTNER,
        new PartnerAssignment(
            ticket.id(),
            ticket.number(),
            group.partnerId(),
            group.id(),
            group.name(),
            ticket.tier().name(),
            ticket.priority().name(),
            ticket.phi()));
  }
}
