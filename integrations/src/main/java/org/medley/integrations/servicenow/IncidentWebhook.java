package org.medley.integrations.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * Reads the call a ServiceNow business rule (after update on {@code incident}, condition {@code
 * correlation_display = Medley}) or an outbound REST message makes to Medley's webhook. The body is
 * one JSON object per incident update; every field but {@code event_id} and {@code sys_id} is
 * optional and present only when it changed:
 *
 * <pre>{@code
 * {
 *   "event_id": "a41f6c0e1b6e2010d8b2a0c8bc4bcb1e",  // the sys_audit record's sys_id, or any id
 *                                                    // unique per update (gs.generateGUID())
 *   "sys_id": "46d44a23a9fe19810012d100cca80666",    // the incident
 *   "number": "INC0010001",
 *   "state": "6",                                    // incident.state value
 *   "hold_reason": "4",                              // with state 3
 *   "comments": "Replaced the toner, please retry",  // the newest additional comment
 *   "work_notes": "Vendor ticket 8812",              // the newest work note
 *   "close_code": "Solved (Permanently)",
 *   "close_notes": "Toner replaced",
 *   "assigned_to": "Beth Anglin",                    // display value
 *   "sys_updated_by": "beth.anglin",
 *   "sys_updated_on": "2026-12-06 13:04:05"          // UTC, as the Table API writes it
 * }
 * }</pre>
 *
 * Each field present becomes one {@link DeskChange} with the event id {@code
 * sn-<event_id>-<field>}, so a replayed call applies nothing twice, in this order: assignee,
 * comments (PUBLIC_REPLY), work notes (INTERNAL_NOTE), state ({@link IncidentStates}: RESOLVED
 * carries close_notes, ON_HOLD the hold reason, REJECTED and CANCELLED close_notes or the work
 * note). An update by the connector's {@code integrationUser} is Medley's own and yields nothing. A
 * body that is not such an object, lacks {@code event_id} or {@code sys_id}, or has a state or time
 * Medley cannot read is a {@link MalformedDeskEvent}.
 */
final class IncidentWebhook {

  private static final DateTimeFormatter GLIDE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  List<DeskChange> changes(DeskConnection connection, String body) {
    JsonNode event;
    try {
      event = body == null ? null : ServiceNow.JSON.readTree(body);
    } catch (IOException e) {
      throw new MalformedDeskEvent("The ServiceNow event is not JSON");
    }
    if (event == null || !event.isObject()) {
      throw new MalformedDeskEvent("The ServiceNow event is not a JSON object");
    }
    String eventId = text(event, "event_id");
    String sysId = text(event, "sys_id");
    if (eventId == null) {
      throw new MalformedDeskEvent("The ServiceNow event has no event_id");
    }
    if (sysId == null) {
      throw new MalformedDeskEvent("The ServiceNow event has no sys_id");
    }
    String author = text(event, "sys_updated_by");
    Instant at = time(text(event, "sys_updated_on"));
    String integrationUser = connection.setting("integrationUser", null);
    if (author != null && author.equalsIgnoreCase(integrationUser)) {
      return List.of();
    }
    String id = "sn-" + eventId + "-";
    List<DeskChange> changes = new ArrayList<>();
    String assignee = text(event, "assigned_to");
    if (assignee != null) {
      changes.add(
          new DeskChange(
              id + "assigned_to", sysId, DeskChange.Kind.ASSIGNEE, assignee, author, null, at));
    }
    String comments = text(event, "comments");
    if (comments != null) {
      changes.add(
          new DeskChange(
              id + "comments", sysId, DeskChange.Kind.PUBLIC_REPLY, comments, author, null, at));
    }
    String workNotes = text(event, "work_notes");
    if (workNotes != null) {
      changes.add(
          new DeskChange(
              id + "work_notes",
              sysId,
              DeskChange.Kind.INTERNAL_NOTE,
              workNotes,
              author,
              null,
              at));
    }
    String stateText = text(event, "state");
    if (stateText != null) {
      int state = number(stateText, "state");
      String closeCode = text(event, "close_code");
      Optional<DeskChange.Kind> kind = IncidentStates.inbound(connection, state, closeCode);
      if (kind.isPresent()) {
        String closeNotes = text(event, "close_notes");
        String reason =
            switch (kind.get()) {
              case RESOLVED -> closeNotes;
              case ON_HOLD -> {
                String hold = text(event, "hold_reason");
                yield hold == null ? null : IncidentStates.holdLabel(number(hold, "hold_reason"));
              }
              case REJECTED, CANCELLED -> closeNotes != null ? closeNotes : workNotes;
              default -> null;
            };
        changes.add(
            new DeskChange(
                id + "state", sysId, kind.get(), reason, author, IncidentStates.label(state), at));
      }
    }
    return changes;
  }

  private static String text(JsonNode event, String field) {
    JsonNode value = event.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isObject()) {
      // A reference or choice field sent with sysparm_display_value=all: {value, display_value}.
      value = value.has("display_value") ? value.get("display_value") : value.get("value");
      if (value == null || value.isNull()) {
        return null;
      }
    }
    if (value.isContainerNode()) {
      throw new MalformedDeskEvent("The ServiceNow event's " + field + " is not a value");
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  private static int number(String value, String field) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new MalformedDeskEvent(
          "The ServiceNow event's " + field + " is not a choice value: " + value);
    }
  }

  private static Instant time(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip(), GLIDE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException glide) {
      try {
        return Instant.parse(value.strip());
      } catch (DateTimeParseException iso) {
        throw new MalformedDeskEvent("The ServiceNow event's sys_updated_on is no time: " + value);
      }
    }
  }
}
