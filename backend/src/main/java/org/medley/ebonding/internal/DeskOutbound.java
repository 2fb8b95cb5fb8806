package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.desk.SupportGroupNames;
import org.medley.desk.TicketContents;
import org.medley.desk.TicketEvent;
import org.medley.identity.PhiOutbound;
import org.medley.integrations.api.DeskUpdate;
import org.medley.market.Engagements;
import org.medley.outbox.Outbox;

/**
 * Leaves an {@code ebonding.deliver} event in the outbox, in the ticket's own transaction, for each
 * partner desk that must hear of a ticket change ({@link OutboundRule}), keyed {@code
 * desk:<connector>:<ticket>} so one desk's updates of one ticket arrive in order. Text leaves
 * through {@link PhiOutbound} (the hospital's minimum-necessary filter unless the partner has a
 * business associate agreement in force; one log line of counts per delivery).
 */
@Singleton
class DeskOutbound {

  private final Engagements engagements;
  private final SupportGroupNames groupNames;
  private final TicketContents contents;
  private final PhiOutbound phiOutbound;
  private final Outbox outbox;

  DeskOutbound(
      Engagements engagements,
      SupportGroupNames groupNames,
      TicketContents contents,
      PhiOutbound phiOutbound,
      Outbox outbox) {
    this.engagements = engagements;
    this.groupNames = groupNames;
    this.contents = contents;
    this.phiOutbound = phiOutbound;
    this.outbox = outbox;
  }

  @EventListener
  void on(TicketEvent event) {
    Lookups desks = new Lookups();
    List<OutboundRule.Outbound> outbound = OutboundRule.of(event, desks, DeskOrigin.current());
    if (outbound.isEmpty()) {
      return;
    }
    long tenant = event.ticket().tenantId();
    long ticketId = event.ticket().id();
    Optional<TicketContents.Content> found = contents.content(tenant, ticketId);
    if (found.isEmpty()) {
      return; // not a stored ticket of this tenant: nothing a desk could be told
    }
    TicketContents.Content content = found.get();
    for (OutboundRule.Outbound o : outbound) {
      Long partner = desks.partnerOf(o.connectorId());
      try (PhiOutbound.Payload filter =
          phiOutbound.payload(tenant, partner, "partner-desk", content.number() + " " + o.kind())) {
        append(event, content, o, filter);
      }
    }
  }

  private void append(
      TicketEvent event,
      TicketContents.Content content,
      OutboundRule.Outbound o,
      PhiOutbound.Payload filter) {
    long tenant = event.ticket().tenantId();
    long ticketId = event.ticket().id();
    String text =
        switch (o.kind()) {
          case PUBLIC_COMMENT, INTERNAL_NOTE -> ((TicketEvent.Commented) event).body();
          case RESOLVE -> content.resolution();
          case CANCEL -> o.reason() != null ? o.reason() : "cancelled in Medley";
          default -> null;
        };
    String author =
        event instanceof TicketEvent.Commented commented ? commented.authorName() : null;
    boolean opening = o.kind() == DeskUpdate.Kind.CREATE;
    outbox.append(
        tenant,
        "ticket",
        ticketId,
        DeskDeliveryPayload.TYPE,
        new DeskDeliveryPayload(
            tenant,
            o.connectorId(),
            ticketId,
            content.number(),
            o.kind(),
            filter.text(content.title()),
            opening ? filter.text(content.description()) : null,
            content.priority().name(),
            content.status().name(),
            content.pendingReason() == null ? null : content.pendingReason().name(),
            filter.text(text),
            o.kind() == DeskUpdate.Kind.RESOLVE && content.resolutionCode() != null
                ? content.resolutionCode().name()
                : null,
            author,
            event.at()),
        DeskDeliveryPayload.orderingKey(o.connectorId(), ticketId));
  }

  /** Engagement look-ups of one event, each group asked once. */
  private final class Lookups implements OutboundRule.Desks {
    private final Map<Long, Optional<Engagements.Ref>> byGroup = new HashMap<>();
    private final Map<Long, Long> partnerOfConnector = new HashMap<>();

    @Override
    public Optional<Long> connectorOf(long tenantId, @Nullable Long groupId) {
      if (groupId == null) {
        return Optional.empty();
      }
      Optional<Engagements.Ref> ref =
          byGroup.computeIfAbsent(groupId, g -> engagements.forGroup(tenantId, g));
      ref.filter(r -> r.connectorId() != null)
          .ifPresent(r -> partnerOfConnector.put(r.connectorId(), r.partnerId()));
      return ref.map(Engagements.Ref::connectorId);
    }

    @Override
    public String groupName(long tenantId, @Nullable Long groupId) {
      if (groupId == null) {
        return "the hospital";
      }
      return groupNames.names(tenantId, List.of(groupId)).getOrDefault(groupId, "the hospital");
    }

    @Nullable
    Long partnerOf(long connectorId) {
      return partnerOfConnector.get(connectorId);
    }
  }
}
