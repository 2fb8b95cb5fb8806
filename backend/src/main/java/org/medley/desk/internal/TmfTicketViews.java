package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TmfViews.Note;
import org.medley.desk.internal.TmfViews.RelatedParty;
import org.medley.desk.internal.TmfViews.TroubleTicket;
import org.medley.platform.JdbcRows;

/**
 * A ticket as a TMF621 trouble ticket for one reader, through the same minimum-necessary filter as
 * Medley's own ticket API ({@link Context#shown}): notes are its PUBLIC comments, and INTERNAL ones
 * too for the hospital's own desk; {@code externalId} is the reader's own id for it (a partner's)
 * or, for the hospital, the id of the partner whose group holds it.
 */
@Singleton
class TmfTicketViews {

  static final String BASE = "/tmf-api/troubleTicket/v4";

  private final TicketReads reads;
  private final TicketStore store;
  private final SupportGroupStore groups;
  private final TmfPartnerSystems systems;
  private final JdbcOperations jdbc;

  TmfTicketViews(
      TicketReads reads,
      TicketStore store,
      SupportGroupStore groups,
      TmfPartnerSystems systems,
      JdbcOperations jdbc) {
    this.reads = reads;
    this.store = store;
    this.groups = groups;
    this.systems = systems;
    this.jdbc = jdbc;
  }

  static String href(long id) {
    return BASE + "/troubleTicket/" + id;
  }

  TroubleTicket of(Context context, Ticket ticket) {
    TicketReads.Names names = reads.names(ticket);
    List<Note> notes =
        store.comments(ticket.id(), !context.access().seesInternal()).stream()
            .map(
                c ->
                    new Note(
                        String.valueOf(c.id()),
                        c.authorName(),
                        c.createdAt(),
                        context.shown(c.body()),
                        c.visibility().toLowerCase(Locale.ROOT),
                        "Note"))
            .toList();
    List<RelatedParty> parties = new ArrayList<>();
    parties.add(
        new RelatedParty(
            String.valueOf(ticket.requesterId()), names.requester(), "requester", "Individual"));
    if (ticket.groupId() != null) {
      parties.add(
          new RelatedParty(
              String.valueOf(ticket.groupId()), names.group(), "assignedGroup", "SupportGroup"));
    }
    if (ticket.assigneeId() != null) {
      parties.add(
          new RelatedParty(
              String.valueOf(ticket.assigneeId()), names.assignee(), "assignee", "Individual"));
    }
    return new TroubleTicket(
        String.valueOf(ticket.id()),
        href(ticket.id()),
        context.shown(ticket.title()),
        context.shown(ticket.description()),
        TmfStatus.severity(ticket.impact()),
        TmfStatus.priority(ticket.priority()),
        ticket.type() == TicketType.INCIDENT ? "incident" : "serviceRequest",
        TmfStatus.of(ticket.status(), ticket.pendingReason()),
        ticket.status() == TicketStatus.RESOLVED ? context.shown(ticket.resolution()) : null,
        lastStatusChange(ticket.id(), ticket.createdAt()),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.resolvedAt(),
        externalId(context, ticket),
        notes,
        parties,
        ticket.number(),
        ticket.pendingReason() == null ? null : ticket.pendingReason().name(),
        TmfViews.TYPE,
        TmfViews.BASE_TYPE);
  }

  private @Nullable String externalId(Context context, Ticket ticket) {
    Long organization =
        context.access().partner()
            ? Long.valueOf(context.caller().organizationId())
            : holdingPartner(ticket);
    if (organization == null) {
      return null;
    }
    String system = systems.of(organization);
    return reads.references(ticket.id()).stream()
        .filter(r -> r.system().equals(system))
        .map(TicketViews.ExternalReference::externalId)
        .findFirst()
        .orElse(null);
  }

  /** The partner organisation whose group holds the ticket now, if a partner's does. */
  @Nullable
  Long holdingPartner(Ticket ticket) {
    if (ticket.groupId() == null) {
      return null;
    }
    return groups
        .group(ticket.tenantId(), ticket.groupId())
        .map(SupportGroupStore.Group::partnerId)
        .orElse(null);
  }

  private Instant lastStatusChange(long ticketId, Instant created) {
    return jdbc.prepareStatement(
        "SELECT MAX(at) FROM ticket_audit WHERE ticket_id = ? AND field = 'status'",
        statement -> {
          statement.setLong(1, ticketId);
          try (ResultSet rows = statement.executeQuery()) {
            Instant at = rows.next() ? JdbcRows.instant(rows, 1) : null;
            return at == null ? created : at;
          }
        });
  }
}
