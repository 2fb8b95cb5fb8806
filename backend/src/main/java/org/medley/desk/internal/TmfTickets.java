package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketStatus;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TmfViews.TroubleTicket;
import org.medley.identity.Caller;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * Medley's tickets through TM Forum's TMF621 Trouble Ticket API: the same tickets, visibility and
 * rules as {@code /api/tickets} in another shape. Reads go through {@link TicketGate} (a partner
 * reads what its groups hold or held; a ticket it may not see is 404) and {@link TmfTicketViews}
 * (the same masking). A PATCH is one transaction made of the desk's own use cases ({@link
 * ReferenceDesk}, {@link TicketComments}, {@link TicketChanges}), so every business rule, audit
 * line and event is theirs; it runs marked with the caller's organisation ({@link TmfOrigin}) so
 * the hub does not echo it back to that organisation's listeners.
 */
@Singleton
@RetryLockConflicts
class TmfTickets {

  private static final Pattern NUMBER = Pattern.compile("^[A-Z]{2,5}-\\d{1,12}$");

  private final TicketGate gate;
  private final TicketStore store;
  private final TmfTicketViews views;
  private final TmfPartnerSystems systems;
  private final ReferenceDesk references;
  private final TicketComments comments;
  private final TicketChanges changes;
  private final JdbcOperations jdbc;

  TmfTickets(
      TicketGate gate,
      TicketStore store,
      TmfTicketViews views,
      TmfPartnerSystems systems,
      ReferenceDesk references,
      TicketComments comments,
      TicketChanges changes,
      JdbcOperations jdbc) {
    this.gate = gate;
    this.store = store;
    this.views = views;
    this.systems = systems;
    this.references = references;
    this.comments = comments;
    this.changes = changes;
    this.jdbc = jdbc;
  }

  /** A ticket as read, with its version (the ETag). */
  record Read(TroubleTicket ticket, long version) {}

  /** A page of trouble tickets and how many match in all. */
  record Listing(List<TroubleTicket> items, long total) {}

  /** One list query: TMF paging, the status and externalId filters, the fields wanted. */
  record Query(int offset, int limit, @Nullable String status, @Nullable String externalId) {}

  @Transactional
  Read get(Caller caller, String id) {
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, ticketId(caller.tenantId(), id));
    return new Read(read(context, ticket), ticket.version());
  }

  @Transactional
  Listing list(Caller caller, Query query) {
    Context context = gate.context(caller);
    StringBuilder where = new StringBuilder(" WHERE t.tenant_id = ?");
    List<Object> parameters = new ArrayList<>(List.of(caller.tenantId()));
    if (query.status() != null) {
      where.append(statusFilter(query.status(), parameters));
    }
    if (query.externalId() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM ticket_references r WHERE r.ticket_id = t.id AND"
              + " r.external_id = ?");
      parameters.add(query.externalId());
      if (context.access().partner()) {
        // A partner's externalId is its own: another desk's id for the ticket finds nothing.
        where.append(" AND r.system = ?");
        parameters.add(systems.of(caller.organizationId()));
      }
      where.append(")");
    }
    TicketAccess.RowFilter seen = context.access().seenRows();
    where.append(seen.sql());
    parameters.addAll(seen.parameters());
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM tickets t" + where,
            statement -> {
              bindAll(statement, parameters);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(query.limit());
    paged.add(query.offset());
    List<Long> ids =
        jdbc.prepareStatement(
            "SELECT t.id FROM tickets t" + where + " ORDER BY t.id DESC LIMIT ? OFFSET ?",
            statement -> {
              bindAll(statement, paged);
              List<Long> found = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  found.add(rows.getLong(1));
                }
              }
              return found;
            });
    List<TroubleTicket> items = new ArrayList<>();
    for (long id : ids) {
      store.find(caller.tenantId(), id).ifPresent(t -> items.add(read(context, t)));
    }
    return new Listing(items, total);
  }

  @Transactional
  Read patch(Caller caller, String id, @Nullable Long ifMatch, TmfPatch patch) {
    long ticketId = ticketId(caller.tenantId(), id);
    store.lock(caller.tenantId(), ticketId);
    Context context = gate.context(caller);
    Ticket ticket = gate.workable(context, ticketId, TicketGate.NOT_WORKED);
    ticket.requireVersion(ifMatch);
    return TmfOrigin.applying(
        caller.organizationId(),
        () -> {
          apply(caller, context, ticket, patch);
          Ticket after = current(caller, ticketId);
          return new Read(read(context, after), after.version());
        });
  }

  private void apply(Caller caller, Context context, Ticket ticket, TmfPatch patch) {
    long id = ticket.id();
    if (!patch.knownNotes().isEmpty()) {
      Set<Long> notes =
          store.comments(id, !context.access().seesInternal()).stream()
              .map(TicketStore.CommentRow::id)
              .collect(java.util.stream.Collectors.toSet());
      for (long note : patch.knownNotes()) {
        if (!notes.contains(note)) {
          throw Refused.invalid(
              "note", "note " + note + " is not one of this ticket's: leave out id to add a note");
        }
      }
    }
    if (patch.externalIdGiven()) {
      String system = systemOf(context, ticket);
      if (patch.externalId() == null) {
        references.remove(caller, id, system);
      } else {
        as("externalId", () -> references.put(caller, id, system, patch.externalId()));
      }
    }
    for (TmfPatch.NewNote note : patch.notes()) {
      as(
          "note",
          () -> comments.comment(caller, id, note.text(), note.internal() ? "INTERNAL" : "PUBLIC"));
    }
    if (patch.priority() != null && patch.priority() != current(caller, id).priority()) {
      Ticket now = current(caller, id);
      int[] target = TmfStatus.impactAndUrgency(now.impact(), now.urgency(), patch.priority());
      String why =
          patch.statusChangeReason() != null
              ? patch.statusChangeReason()
              : "priority " + TmfStatus.priority(patch.priority()) + " from the partner's desk";
      as(
          "priority",
          () ->
              changes.update(
                  caller,
                  id,
                  new TicketChanges.Patch(
                      now.version(),
                      new Ticket.Edit(null, null, null, target[0], target[1], null, null, why),
                      null,
                      null,
                      false)));
    }
    if (patch.status() != null) {
      transition(caller, current(caller, id), patch);
    }
  }

  private void transition(Caller caller, Ticket ticket, TmfPatch patch) {
    TmfStatus.Requested requested = patch.status();
    if (TmfStatus.already(requested, ticket.status())) {
      return; // a repeated PATCH changes nothing
    }
    String reason = patch.statusChangeReason();
    Ticket.Transition transition =
        switch (requested) {
          case START -> new Ticket.Transition(TicketStatus.IN_PROGRESS, reason, null, null);
          case WAIT -> new Ticket.Transition(TicketStatus.PENDING, "PARTNER", null, null);
          case RESOLVE -> {
            if (reason == null) {
              throw Refused.invalid(
                  "statusChangeReason", "describe the resolution for the requester");
            }
            ResolutionCode code =
                patch.resolutionCode() == null ? ResolutionCode.FIXED : patch.resolutionCode();
            yield new Ticket.Transition(TicketStatus.RESOLVED, null, code, reason);
          }
          case CANCEL -> {
            if (reason == null) {
              throw Refused.invalid("statusChangeReason", "say why the ticket is cancelled");
            }
            yield new Ticket.Transition(TicketStatus.CANCELLED, reason, null, null);
          }
          case REJECT ->
              throw Refused.unprocessable(
                  "status",
                  "rejected (handing the ticket back to the hospital) is not available yet:"
                      + " add a note saying why and ask the hospital's desk to take it back");
          case CLOSE ->
              throw Refused.unprocessable(
                  "status",
                  "closed is the requester's or the hospital desk's confirmation: set resolved");
        };
    as("status", () -> changes.transition(caller, ticket.id(), transition, null));
  }

  /**
   * Runs one of the desk's use cases, naming TMF's field in its refusals: a state the ticket's
   * lifecycle refuses (409 there) is a 422 here, as TMF621 answers a transition it cannot make.
   */
  private static void as(String field, Runnable work) {
    try {
      work.run();
    } catch (Refused refused) {
      List<Problem.FieldError> errors =
          refused.errors().stream()
              .map(e -> new Problem.FieldError(tmfField(field, e.field()), e.message()))
              .toList();
      boolean lifecycle = refused.kind() == Refused.Kind.CONFLICT && !"externalId".equals(field);
      throw new Refused(lifecycle ? Refused.Kind.UNPROCESSABLE : refused.kind(), errors);
    }
  }

  private static String tmfField(String field, @Nullable String desk) {
    if (desk == null) {
      return field;
    }
    return switch (desk) {
      case "reason", "resolution" -> "statusChangeReason";
      case "resolutionCode" -> "resolutionCode";
      case "visibility" -> "note.noteType";
      case "to" -> "status";
      default -> field;
    };
  }

  private Ticket current(Caller caller, long id) {
    return store.find(caller.tenantId(), id).orElseThrow();
  }

  /**
   * Whose id {@code externalId} is: the calling partner's; for the hospital's own desk, the id of
   * the partner whose group holds the ticket.
   */
  private String systemOf(Context context, Ticket ticket) {
    if (context.access().partner()) {
      return systems.of(context.caller().organizationId());
    }
    Long partner = views.holdingPartner(ticket);
    if (partner == null) {
      throw Refused.unprocessable(
          "externalId", "no partner's group holds this ticket: whose id would it be?");
    }
    return systems.of(partner);
  }

  private TroubleTicket read(Context context, Ticket ticket) {
    gate.logRead(context, ticket, "title", "description", "resolution", "comments");
    return views.of(context, ticket);
  }

  /** The ticket an id in a TMF path names: Medley's ticket id, or its number (INC-000123). */
  private long ticketId(long tenantId, String text) {
    String id = text.strip();
    if (id.chars().allMatch(Character::isDigit) && !id.isEmpty() && id.length() < 19) {
      return Long.parseLong(id);
    }
    if (NUMBER.matcher(id).matches()) {
      Optional<Long> found =
          jdbc.prepareStatement(
              "SELECT id FROM tickets WHERE tenant_id = ? AND number = ?",
              statement -> {
                bindAll(statement, tenantId, id);
                try (ResultSet rows = statement.executeQuery()) {
                  return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
              });
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket.");
  }

  private static String statusFilter(String text, List<Object> parameters) {
    List<String> alternatives = new ArrayList<>();
    for (String name : text.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      TmfStatus.Filter filter =
          TmfStatus.filter(name.strip())
              .orElseThrow(
                  () ->
                      Refused.invalid(
                          "status",
                          "one of " + TmfStatus.NAMES.subList(0, 7) + ", comma-separated"));
      Set<TicketStatus> statuses = EnumSet.copyOf(filter.statuses());
      StringBuilder sql = new StringBuilder("(t.status IN (");
      sql.append(String.join(",", statuses.stream().map(s -> "?").toList())).append(")");
      statuses.forEach(s -> parameters.add(s.name()));
      if (filter.held() != null) {
        sql.append(
            filter.held()
                ? " AND t.pending_reason IN ('CHANGE','VENDOR')"
                : " AND (t.pending_reason IS NULL OR t.pending_reason NOT IN ('CHANGE','VENDOR'))");
      }
      alternatives.add(sql.append(")").toString());
    }
    return alternatives.isEmpty() ? "" : " AND (" + String.join(" OR ", alternatives) + ")";
  }
}
