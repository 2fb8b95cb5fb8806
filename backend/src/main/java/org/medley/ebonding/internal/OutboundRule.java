package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medley.desk.PartnerDeskActions;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.integrations.api.DeskUpdate;

/**
 * Which partner desk hears what of a ticket change. A desk follows a ticket while a group of an
 * engagement naming the desk's connector holds it:
 *
 * <ul>
 *   <li>coming to be held (opened into such a group, or routed, assigned or escalated to one):
 *       CREATE (delivery sends an UPDATE instead when the desk already knows the ticket);
 *   <li>while held: PUBLIC comments as PUBLIC_COMMENT, INTERNAL ones as INTERNAL_NOTE; RESOLVED as
 *       RESOLVE; CANCELLED as CANCEL; other status, pending reason or priority changes, and title
 *       or description edits, as UPDATE; PUBLIC files as ATTACHMENT (INTERNAL files stay in Medley;
 *       PHI tickets' files are {@link FileSharing}'s to decide);
 *   <li>the group moving away from the desk: CANCEL, "taken back by" the new group.
 * </ul>
 *
 * A change the desk itself made ({@code origin}) is never sent back to it (echo rule).
 */
final class OutboundRule {

  private OutboundRule() {}

  /** One update for one desk; {@code reason} is the CANCEL text of a take-back. */
  record Outbound(long connectorId, DeskUpdate.Kind kind, @Nullable String reason) {}

  /** Finds the connector of the desk behind a group (empty: internal, or no connector). */
  interface Desks {
    Optional<Long> connectorOf(long tenantId, @Nullable Long groupId);

    String groupName(long tenantId, @Nullable Long groupId);
  }

  static List<Outbound> of(TicketEvent event, Desks desks, Optional<Long> origin) {
    List<Outbound> out = new ArrayList<>();
    TicketSnapshot ticket = event.ticket();
    Optional<Long> now = desks.connectorOf(ticket.tenantId(), ticket.groupId());
    if (event instanceof TicketEvent.Opened) {
      now.ifPresent(c -> out.add(new Outbound(c, DeskUpdate.Kind.CREATE, null)));
    } else if (event instanceof TicketEvent.Commented commented) {
      DeskUpdate.Kind kind =
          commented.visibility() == PartnerDeskActions.Visibility.PUBLIC
              ? DeskUpdate.Kind.PUBLIC_COMMENT
              : DeskUpdate.Kind.INTERNAL_NOTE;
      now.ifPresent(c -> out.add(new Outbound(c, kind, null)));
    } else if (event instanceof TicketEvent.Edited edited
        && (edited.fields().contains("title") || edited.fields().contains("description"))) {
      now.ifPresent(c -> out.add(new Outbound(c, DeskUpdate.Kind.UPDATE, null)));
    } else if (event instanceof TicketEvent.Attached attached
        && "PUBLIC".equals(attached.visibility())) {
      now.ifPresent(c -> out.add(new Outbound(c, DeskUpdate.Kind.ATTACHMENT, null)));
    } else if (event instanceof TicketEvent.Changed changed) {
      TicketSnapshot before = changed.before();
      Optional<Long> then = desks.connectorOf(before.tenantId(), before.groupId());
      if (then.isPresent() && !then.equals(now)) {
        out.add(
            new Outbound(
                then.get(),
                DeskUpdate.Kind.CANCEL,
                "taken back by " + desks.groupName(ticket.tenantId(), ticket.groupId())));
      }
      if (now.isPresent() && !now.equals(then)) {
        out.add(new Outbound(now.get(), DeskUpdate.Kind.CREATE, null));
      } else if (now.isPresent()) {
        kindOf(before, ticket).ifPresent(k -> out.add(new Outbound(now.get(), k, null)));
      }
    }
    // Responded: the reply or pick-up itself travels as a comment or a status change.
    out.removeIf(o -> origin.isPresent() && origin.get() == o.connectorId());
    return out;
  }

  private static Optional<DeskUpdate.Kind> kindOf(TicketSnapshot before, TicketSnapshot after) {
    if (after.status() != before.status() && after.status() == TicketStatus.RESOLVED) {
      return Optional.of(DeskUpdate.Kind.RESOLVE);
    }
    if (after.status() != before.status() && after.status() == TicketStatus.CANCELLED) {
      return Optional.of(DeskUpdate.Kind.CANCEL);
    }
    if (after.status() != before.status()
        || after.priority() != before.priority()
        || !Objects.equals(after.pendingReason(), before.pendingReason())) {
      return Optional.of(DeskUpdate.Kind.UPDATE);
    }
    return Optional.empty();
  }
}
