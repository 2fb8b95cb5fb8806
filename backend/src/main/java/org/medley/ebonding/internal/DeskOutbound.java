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
 * business associate agreement in force; one log line of counts per delivery); a description goes
 * when the ticket opens in the desk and when it is edited. A file goes by its id; one {@link
 * FileSharing} withholds is noted on the ticket's audit trail and the connector's audit instead, in
 * the same transaction.
 */
@Singleton
class DeskOutbound {

  private final Engagements engagements;
  private final SupportGroupNames groupNames;
  private final TicketContents contents;
  private final PhiOutbound phiOutbound;
  private final Outbox outbox;
  private final ConnectorStore connectors;
  private final WithheldFiles withheld;

  DeskOutbound(
      Engagements engagements,
      SupportGroupNames groupNames,
      TicketContents contents,
      PhiOutbound phiOutbound,
      Outbox outbox,
      ConnectorStore connectors,
      WithheldFiles withheld) {
    this.engagements = engagements;
    this.groupNames = groupNames;
    this.contents = contents;
    this.phiOutbound = phiOutbound;
    this.outbox = outbox;
    this.connectors = connectors;
    this.withheld = withheld;
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
    boolean described =
        event instanceof TicketEvent.Edited edited && edited.fields().contains("description");
    for (OutboundRule.Outbound o : outbound) {
      Long partner = desks.partnerOf(o.connectorId());
      try (PhiOutbound.Payload filter =
          phiOutbound.payload(tenant, partner, "partner-desk", content.number() + " " + o.kind())) {
        append(event, content, o, filter, described);
      }
    }
  }

  private void append(
      TicketEvent event,
      TicketContents.Content content,
      OutboundRule.Outbound o,
      PhiOutbound.Payload filter,
      boolean described) {
    long tenant = event.ticket().tenantId();
    long ticketId = event.ticket().id();
    boolean cleared = !filter.filtered();
    Long attachmentId = null;
    if (event instanceof TicketEvent.Attached attached) {
      if (!FileSharing.shared(content.phi(), cleared)) {
        String desk =
            connectors
                .find(o.connectorId())
                .map(ConnectorStore.Row::name)
                .orElse("the partner desk");
        withheld.record(
            tenant,
            ticketId,
            content.number(),
            attached.attachmentId(),
            o.connectorId(),
            desk,
            event.at());
        return;
      }
      attachmentId = attached.attachmentId();
    }
    String text =
        switch (o.kind()) {
          case PUBLIC_COMMENT, INTERNAL_NOTE -> ((TicketEvent.Commented) event).body();
          case RESOLVE -> content.resolution();
          case CANCEL -> o.reason() != null ? o.reason() : "cancelled in Medley";
          default -> null;
        };
    String author =
        event instanceof TicketEvent.Commented commented
            ? commented.authorName()
            : event instanceof TicketEvent.Attached attached ? attached.uploadedBy() : null;
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
            opening || described ? filter.text(content.description()) : null,
            content.priority().name(),
            content.status().name(),
            content.pendingReason() == null ? null : content.pendingReason().name(),
            filter.text(text),
            o.kind() == DeskUpdate.Kind.RESOLVE && content.resolutionCode() != null
                ? content.resolutionCode().name()
                : null,
            author,
            event.at(),
            attachmentId,
            attachmentId == null ? null : cleared),
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
