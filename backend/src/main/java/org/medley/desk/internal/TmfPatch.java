package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medley.desk.Priority;
import org.medley.desk.ResolutionCode;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * A TMF621 merge patch (RFC 7396) of a trouble ticket, checked whole before anything is written:
 * every wrong field is named in one 400. Patchable: {@code status} (with {@code
 * statusChangeReason}), {@code note} (entries without an {@code id} are appended; entries with one
 * are notes the ticket already has and change nothing, so a desk may send its whole list back),
 * {@code externalId} (null removes it), {@code priority} ("1"…"4") and Medley's extension {@code
 * resolutionCode} (how a {@code resolved} ticket was fixed; FIXED when absent). {@code @type},
 * {@code @baseType} and {@code @schemaLocation} are accepted and ignored; anything else is
 * read-only.
 */
record TmfPatch(
    @Nullable TmfStatus.Requested status,
    @Nullable String statusName,
    @Nullable String statusChangeReason,
    List<NewNote> notes,
    Set<Long> knownNotes,
    boolean externalIdGiven,
    @Nullable String externalId,
    @Nullable Priority priority,
    @Nullable ResolutionCode resolutionCode) {

  static final int MAX_TEXT = TicketController.MAX_TEXT;

  record NewNote(String text, boolean internal) {}

  private static final Set<String> IGNORED = Set.of("@type", "@baseType", "@schemaLocation");

  static TmfPatch parse(JsonNode body) {
    if (body == null || !body.isObject()) { // the JSON text null reads as no node
      throw Refused.invalid("body", "a JSON object (a merge patch of the trouble ticket)");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    TmfStatus.Requested status = null;
    String statusName = null;
    String reason = null;
    List<NewNote> notes = new ArrayList<>();
    Set<Long> known = new LinkedHashSet<>();
    boolean externalIdGiven = false;
    String externalId = null;
    Priority priority = null;
    ResolutionCode code = null;
    for (Map.Entry<String, JsonNode> entry : body.entries()) {
      String field = entry.getKey();
      JsonNode value = entry.getValue();
      switch (field) {
        case "status" -> {
          if (!value.isString()) {
            errors.add(error(field, "one of " + TmfStatus.NAMES));
          } else {
            statusName = value.getStringValue();
            status = TmfStatus.requested(statusName).orElse(null);
            if (status == null) {
              errors.add(error(field, "one of " + TmfStatus.NAMES));
            }
          }
        }
        case "statusChangeReason" -> {
          if (!value.isNull()) {
            reason = text(field, value, 2000, errors);
          }
        }
        case "note" -> notes(value, notes, known, errors);
        case "externalId" -> {
          externalIdGiven = true;
          if (!value.isNull()) {
            externalId = text(field, value, 120, errors);
          }
        }
        case "priority" -> {
          if (value.isString() || value.isNumber()) {
            priority =
                TmfStatus.priority(value.isString() ? value.getStringValue() : value.toString())
                    .orElse(null);
          }
          if (priority == null) {
            errors.add(error(field, "\"1\" (most urgent) to \"4\""));
          }
        }
        case "resolutionCode" -> {
          String name = value.isString() ? value.getStringValue() : "";
          try {
            code = ResolutionCode.valueOf(name.strip().toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            errors.add(error(field, "one of " + List.of(ResolutionCode.values())));
          }
        }
        default -> {
          if (!IGNORED.contains(field)) {
            errors.add(error(field, "is not patchable"));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new TmfPatch(
        status, statusName, reason, notes, known, externalIdGiven, externalId, priority, code);
  }

  private static void notes(
      JsonNode value, List<NewNote> notes, Set<Long> known, List<Problem.FieldError> errors) {
    if (!value.isArray()) {
      errors.add(error("note", "a list of notes"));
      return;
    }
    int i = 0;
    for (JsonNode note : value.values()) {
      String field = "note[" + i++ + "]";
      if (!note.isObject()) {
        errors.add(error(field, "a note: {\"text\": …}"));
        continue;
      }
      JsonNode id = note.get("id");
      if (id != null && !id.isNull()) {
        String text = id.isString() ? id.getStringValue() : id.isNumber() ? id.toString() : "";
        try {
          known.add(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
          errors.add(error(field + ".id", "the id of one of the ticket's notes"));
        }
        continue;
      }
      JsonNode text = note.get("text");
      if (text == null || !text.isString() || text.getStringValue().isBlank()) {
        errors.add(error(field + ".text", "must not be blank"));
        continue;
      }
      if (text.getStringValue().length() > MAX_TEXT) {
        errors.add(error(field + ".text", "at most " + MAX_TEXT + " characters"));
        continue;
      }
      JsonNode type = note.get("noteType");
      boolean internal = false;
      if (type != null && !type.isNull()) {
        String name = type.isString() ? type.getStringValue() : "";
        if (name.equalsIgnoreCase("internal")) {
          internal = true;
        } else if (!name.equalsIgnoreCase("public")) {
          errors.add(error(field + ".noteType", "\"public\" or \"internal\""));
          continue;
        }
      }
      notes.add(new NewNote(text.getStringValue(), internal));
    }
  }

  private static @Nullable String text(
      String field, JsonNode value, int max, List<Problem.FieldError> errors) {
    if (!value.isString() || value.getStringValue().isBlank()) {
      errors.add(error(field, "a non-blank string"));
      return null;
    }
    String text = value.getStringValue().strip();
    if (text.length() > max) {
      errors.add(error(field, "at most " + max + " characters"));
      return null;
    }
    return text;
  }

  private static Problem.FieldError error(String field, String message) {
    return new Problem.FieldError(field, message);
  }
}
