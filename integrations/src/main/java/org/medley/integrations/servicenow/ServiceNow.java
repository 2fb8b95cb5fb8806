package org.medley.integrations.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.DeskProtocol;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskFile;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * ServiceNow's Table API on the incident table ({@code /api/now/table/incident}), signed in with
 * basic auth or OAuth2 client credentials. ServiceNow calls Medley back from a business rule or
 * outbound REST message ({@link IncidentWebhook} reads it).
 *
 * <p>Settings: {@code assignmentGroup} (sys_id or name of the partner's group, optional), {@code
 * callerId} (optional), {@code closeCode} (default {@code Solved (Permanently)}), {@code
 * rejectCode} (default {@code Rejected}) and {@code integrationUser} (the ServiceNow user Medley
 * signs in as; its changes are never reported back).
 *
 * <p>Medley's ticket is found again by {@code correlation_id} = its number and {@code
 * correlation_display} = {@code Medley}, the fields ServiceNow reserves for an external system's
 * id: a repeated CREATE finds the incident instead of opening a second one. Field and state writes
 * set values and repeat harmlessly. A journal entry ({@code comments}, {@code work_notes}) cannot
 * carry an idempotency key in the Table API: a retry after a timeout that ServiceNow had already
 * committed adds the note twice (at least once, never lost).
 *
 * <p>A description edit sets {@code description}. A file goes through the Attachment API ({@code
 * POST /api/now/attachment/file?table_name=incident&table_sys_id=…&file_name=…}, the raw bytes as
 * the body under the file's content type). That API takes no idempotency key either: before
 * uploading, Medley lists the incident's attachments of the same name ({@code GET
 * /api/now/attachment}) and sends nothing when one has the same {@code hash} (SHA-256 of the bytes,
 * as current releases report it) or, where the instance reports no hash, the same {@code
 * size_bytes}. So a repeat after a lost answer does not upload twice; the same bytes attached twice
 * under the same name in Medley reach ServiceNow once. The instance's {@code
 * com.glide.attachment.max_size} and {@code glide.attachment.extensions} refuse a file with a 4xx,
 * which parks the event as a dead letter.
 */
public final class ServiceNow implements DeskProtocol {

  static final String INCIDENT = "/api/now/table/incident";
  static final String ATTACHMENT = "/api/now/attachment";
  static final String CORRELATION_DISPLAY = "Medley";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Medley priority → {urgency, impact}; ServiceNow's priority lookup makes them 1…4. */
  private static final Map<String, int[]> PRIORITIES =
      Map.of(
          "P1",
          new int[] {1, 1},
          "P2",
          new int[] {1, 2},
          "P3",
          new int[] {2, 2},
          "P4",
          new int[] {2, 3});

  private final IncidentWebhook webhook = new IncidentWebhook();

  @Override
  public DeskKind kind() {
    return DeskKind.SERVICENOW;
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    if (update.kind() == DeskUpdate.Kind.CREATE) {
      return create(connection, update, http);
    }
    if (update.kind() == DeskUpdate.Kind.ATTACHMENT) {
      attach(connection, update, http);
      return new DeskReceipt(update.externalId(), null);
    }
    ObjectNode fields = JSON.createObjectNode();
    switch (update.kind()) {
      case PUBLIC_COMMENT -> fields.put("comments", text(update));
      case INTERNAL_NOTE -> fields.put("work_notes", text(update));
      case UPDATE -> {
        if (update.title() != null) {
          fields.put("short_description", update.title());
        }
        if (update.description() != null) {
          fields.put("description", update.description());
        }
        priority(fields, update);
        // Resolved, Closed and Canceled need their close code and notes (data policy): RESOLVE
        // and CANCEL carry those, an UPDATE only moves between New, In Progress and On Hold.
        IncidentStates.outbound(connection, update.status(), update.pendingReason())
            .filter(target -> target.state() < IncidentStates.RESOLVED)
            .ifPresent(
                target -> {
                  fields.put("state", String.valueOf(target.state()));
                  if (target.holdReason() != null) {
                    fields.put("hold_reason", String.valueOf(target.holdReason()));
                  }
                });
      }
      case RESOLVE -> {
        fields.put("state", String.valueOf(IncidentStates.RESOLVED));
        fields.put("close_code", connection.setting("closeCode", "Solved (Permanently)"));
        fields.put("close_notes", text(update));
      }
      case CANCEL -> {
        fields.put("state", String.valueOf(IncidentStates.CANCELED));
        fields.put("work_notes", text(update));
      }
      default -> throw new IllegalStateException(update.kind().name());
    }
    if (fields.isEmpty()) {
      return new DeskReceipt(update.externalId(), update.externalId());
    }
    HttpAnswer answer =
        http.call(
            connection,
            HttpCall.patch(
                INCIDENT + "/" + encode(update.externalId()) + "?sysparm_fields=sys_id,number",
                write(fields)));
    JsonNode result = read(answer).path("result");
    return new DeskReceipt(update.externalId(), result.path("number").asText(update.externalId()));
  }

  @Override
  public List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    return webhook.changes(connection, body);
  }

  @Override
  public DeskHealth test(DeskConnection connection, DeskHttp http) {
    long started = System.nanoTime();
    HttpAnswer answer =
        http.call(
            connection,
            HttpCall.get(INCIDENT + "?sysparm_limit=1&sysparm_fields=sys_id").accepting(401, 403));
    long millis = (System.nanoTime() - started) / 1_000_000;
    return switch (answer.status()) {
      case 401 -> new DeskHealth(false, "ServiceNow refused the credentials (401)", millis);
      case 403 ->
          new DeskHealth(false, "ServiceNow's user may not read the incident table (403)", millis);
      default ->
          new DeskHealth(true, "ServiceNow answered; the incident table is readable", millis);
    };
  }

  private DeskReceipt create(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    Optional<DeskReceipt> existing = existing(connection, update, http);
    if (existing.isPresent()) {
      return existing.get();
    }
    ObjectNode incident = JSON.createObjectNode();
    incident.put(
        "short_description", update.title() == null ? update.ticketNumber() : update.title());
    if (update.description() != null) {
      incident.put("description", update.description());
    }
    incident.put("correlation_id", update.ticketNumber());
    incident.put("correlation_display", CORRELATION_DISPLAY);
    priority(incident, update);
    String group = connection.setting("assignmentGroup", null);
    if (group != null) {
      incident.put("assignment_group", group);
    }
    String caller = connection.setting("callerId", null);
    if (caller != null) {
      incident.put("caller_id", caller);
    }
    HttpAnswer answer =
        http.call(
            connection, HttpCall.post(INCIDENT + "?sysparm_fields=sys_id,number", write(incident)));
    JsonNode result = read(answer).path("result");
    String sysId = result.path("sys_id").asText(null);
    if (sysId == null || sysId.isBlank()) {
      throw new DeskRefused(answer.status(), "ServiceNow created no incident: " + answer.body());
    }
    return new DeskReceipt(sysId, result.path("number").asText(sysId));
  }

  /** Uploads the update's file to the incident unless an earlier try already did. */
  private void attach(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    DeskFile file = update.file();
    String query =
        "table_name=incident^table_sys_id="
            + update.externalId().replace("^", "^^")
            + "^file_name="
            + file.filename().replace("^", "^^");
    JsonNode found =
        read(
            http.call(
                connection,
                HttpCall.get(
                    ATTACHMENT
                        + "?sysparm_query="
                        + encode(query)
                        + "&sysparm_fields=sys_id,file_name,size_bytes,hash")));
    for (JsonNode there : found.path("result")) {
      String hash = there.path("hash").asText("");
      boolean same =
          hash.isBlank()
              ? there.path("size_bytes").asLong(-1) == file.size()
              : hash.equalsIgnoreCase(file.sha256());
      if (same) {
        return; // an earlier try got through (ServiceNow stored it, the answer was lost)
      }
    }
    http.call(
        connection,
        HttpCall.postBytes(
            ATTACHMENT
                + "/file?table_name=incident&table_sys_id="
                + encode(update.externalId())
                + "&file_name="
                + encode(file.filename()),
            file.content(),
            file.contentType()));
  }

  private Optional<DeskReceipt> existing(
      DeskConnection connection, DeskUpdate update, DeskHttp http) {
    String query =
        "correlation_id="
            + update.ticketNumber().replace("^", "^^")
            + "^correlation_display="
            + CORRELATION_DISPLAY;
    HttpAnswer answer =
        http.call(
            connection,
            HttpCall.get(
                INCIDENT
                    + "?sysparm_query="
                    + encode(query)
                    + "&sysparm_limit=1&sysparm_fields=sys_id,number"));
    JsonNode found = read(answer).path("result");
    if (found.isArray() && !found.isEmpty()) {
      JsonNode incident = found.get(0);
      return Optional.of(
          new DeskReceipt(incident.path("sys_id").asText(), incident.path("number").asText()));
    }
    return Optional.empty();
  }

  private static void priority(ObjectNode fields, DeskUpdate update) {
    int[] pair = update.priority() == null ? null : PRIORITIES.get(update.priority());
    if (pair != null) {
      fields.put("urgency", String.valueOf(pair[0]));
      fields.put("impact", String.valueOf(pair[1]));
    }
  }

  private static String text(DeskUpdate update) {
    return update.text() == null || update.text().isBlank() ? "(no text)" : update.text();
  }

  static JsonNode read(HttpAnswer answer) {
    if (answer.body().isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new DeskRefused(answer.status(), "ServiceNow did not answer JSON: " + answer.body());
    }
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
