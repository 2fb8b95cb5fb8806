package org.medley.desk.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.medley.desk.TicketContents;

/** The ticket as stored, for e-bonding to open and update it in a partner's desk. */
@Singleton
class StoredTicketContents implements TicketContents {

  private final TicketStore tickets;
  private final SupportGroupStore groups;

  StoredTicketContents(TicketStore tickets, SupportGroupStore groups) {
    this.tickets = tickets;
    this.groups = groups;
  }

  @Override
  @ReadOnly
  public Optional<Content> content(long tenantId, long ticketId) {
    return tickets
        .find(tenantId, ticketId)
        .map(
            t ->
                new Content(
                    t.tenantId(),
                    t.id(),
                    t.number(),
                    t.type(),
                    t.title(),
                    t.description(),
                    t.priority(),
                    t.status(),
                    t.pendingReason(),
                    t.tier(),
                    t.phi(),
                    t.resolutionCode(),
                    t.resolution(),
                    t.groupId(),
                    t.groupId() == null
                        ? null
                        : groups
                            .group(tenantId, t.groupId())
                            .map(SupportGroupStore.Group::partnerId)
                            .orElse(null)));
  }
}
