package org.medley.integrations.tmf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * Reads one TMF621 hub notification ({@code {eventId, eventTime, eventType, event:
 * {troubleTicket}}}) as the changes Medley applies.
 *
 * <ul>
 *   <li>Status events ({@code TroubleTicketStatusChangeEvent} as v4 names it, {@code
 *       …StateChangeEvent} as some hubs do, {@code TroubleTicketResolvedEvent}) report the new
 *       status by its meaning ({@link TmfStatusMap}); the resolution or reason is {@code
 *       statusChangeReason}, else the partner's last note. Event id {@code
 *       status:<ticket>:<status>:<statusChangeDate>} (or the event id), so the same change told
 *       twice applies once.
 *   <li>Every event but create and delete also reports the ticket's notes, each under its own id
 *       ({@code note:<ticket>:<note id>}): a hub sends the whole ticket each time, and Medley
 *       applies each note once however many events carry it. A note with {@code noteType:
 *       "internal"} is an internal note, any other a reply for the requester.
 *   <li>What Medley did is left out: notes by {@code integrationUser} (or with Medley's {@code
 *       medley-} ids), and status changes whose reason starts with {@code "<integrationUser>:"}
 *       (TMF names no actor, so Medley signs its own status changes so); the reason is read from
 *       the ticket's {@code statusChange} history where it has one.
 * </ul>
 */
final class TmfHubEvent {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TmfStatusMap statuses;
  private final String integrationUser;

  TmfHubEvent(TmfStatusMap statuses, String integrationUser) {
    this.statuses = statuses;
    this.integrationUser = integrationUser;
  }

  List<DeskChange> read(String body) {
    JsonNode event = parse(body);
    String type = text(event, "eventType");
    if (type == null) {
      throw new MalformedDeskEvent("A TMF621 event names its eventType");
    }
    JsonNode ticket = event.path("event").path("troubleTicket");
    String id = text(ticket, "id");
    if (!ticket.isObject() || id == null) {
      throw new MalformedDeskEvent("A TMF621 " + type + " carries event.troubleTicket.id");
    }
    String eventId = text(event, "eventId");
    if (eventId == null) {
      eventId = "sha256:" + sha256(body);
    }
    Instant at = instant(text(event, "eventTime"));
    if (at == null) {
      at = Instant.now(); // no eventTime: the change happened when Medley heard of it
    }
    if (type.equals("TroubleTicketCreateEvent") || type.equals("TroubleTicketDeleteEvent")) {
      return List.of();
    }
    List<DeskChange> changes = new ArrayList<>(notes(ticket, id, at));
    boolean statusEvent =
        type.equals("TroubleTicketStatusChangeEvent")
            || type.equals("TroubleTicketStateChangeEvent")
            || type.equals("TroubleTicketResolvedEvent")
            || String.valueOf(text(event, "fieldPath")).contains("status");
    if (statusEvent) {
      status(ticket, id, eventId, at).ifPresent(changes::add);
    }
    return changes;
  }

  private Optional<DeskChange> status(JsonNode ticket, String id, String eventId, Instant at) {
    String status = text(ticket, "status");
    String reason = reasonFor(ticket, status);
    if (reason != null && integrationUser != null && reason.startsWith(integrationUser + ":")) {
      return Optional.empty();
    }
    return statuses
        .inbound(status)
        .map(
            kind -> {
              String changed = text(ticket, "statusChangeDate");
              String text =
                  kind == DeskChange.Kind.IN_PROGRESS
                      ? null
                      : reason != null ? reason : lastPartnerNote(ticket);
              return new DeskChange(
                  "status:" + id + ":" + status + ":" + (changed != null ? changed : eventId),
                  id,
                  kind,
                  text,
                  null,
                  status,
                  changed != null ? instant(changed) : at);
            });
  }

  /**
   * Why the ticket reached {@code status}: the reason of the latest {@code statusChange} entry for
   * it where the ticket keeps that history (a server may keep {@code statusChangeReason} from an
   * earlier change, Medley's own among them), else {@code statusChangeReason}.
   */
  private static String reasonFor(JsonNode ticket, String status) {
    JsonNode history = ticket.path("statusChange");
    if (history.isArray() && !history.isEmpty()) {
      for (int i = history.size() - 1; i >= 0; i--) {
        if (String.valueOf(status).equals(text(history.get(i), "status"))) {
          return text(history.get(i), "changeReason");
        }
      }
    }
    return text(ticket, "statusChangeReason");
  }

  private List<DeskChange> notes(JsonNode ticket, String id, Instant at) {
    List<DeskChange> notes = new ArrayList<>();
    for (JsonNode note : ticket.path("note")) {
      if (byMedley(note)) {
        continue;
      }
      String noteId = text(note, "id");
      if (noteId == null) {
        noteId =
            "sha256:"
                + sha256(
                    text(note, "date") + "|" + text(note, "author") + "|" + text(note, "text"));
      }
      boolean internal = "internal".equalsIgnoreCase(String.valueOf(text(note, "noteType")));
      Instant date = instant(text(note, "date"));
      notes.add(
          new DeskChange(
              "note:" + id + ":" + noteId,
              id,
              internal ? DeskChange.Kind.INTERNAL_NOTE : DeskChange.Kind.PUBLIC_REPLY,
              text(note, "text"),
              text(note, "author"),
              null,
              date != null ? date : at));
    }
    return notes;
  }

  private String lastPartnerNote(JsonNode ticket) {
    String last = null;
    for (JsonNode note : ticket.path("note")) {
      if (!byMedley(note)) {
        last = text(note, "text");
      }
    }
    return last;
  }

  private boolean byMedley(JsonNode note) {
    String author = text(note, "author");
    String noteId = text(note, "id");
    return (noteId != null && noteId.startsWith(Tmf621.NOTE_ID_PREFIX))
        || (integrationUser != null && integrationUser.equals(author));
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw new MalformedDeskEvent("The TMF621 event has no body");
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new MalformedDeskEvent("A TMF621 event is a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new MalformedDeskEvent("The TMF621 event is not JSON: " + e.getOriginalMessage());
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32)
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
