package org.medley.integrations.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.integrations.DeskProtocol;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskFile;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * TM Forum TMF621 Trouble Ticket v4 with Medley as the client of a partner's API: tickets at {@code
 * <basePath>/troubleTicket}, changed by JSON merge patch; the partner's hub calls Medley's webhook
 * with its events ({@link TmfHubEvent}), once Medley registered there ({@link #subscribe}).
 *
 * <p>Settings: {@code basePath} (default {@code /tmf-api/troubleTicket/v4}), {@code
 * integrationUser} (the note author Medley writes as, default {@code Medley}), {@code ticketType}
 * (default {@code Incident}), {@code originatorId}/{@code originatorName} (the hospital as the
 * ticket's Originator party), {@code severity.P1}…{@code severity.P4} and {@code
 * priority.P1}…{@code priority.P4} (defaults Critical/Major/Minor/Minor and
 * Critical/High/Medium/Low).
 *
 * <p>How Medley meets the standard where it says nothing:
 *
 * <ul>
 *   <li>A repeated CREATE finds the ticket by {@code externalId} (the Medley number) first.
 *   <li>TMF notes have no visibility: Medley marks each with an extension attribute {@code
 *       noteType} ({@code public} or {@code internal}) and reads the partner's the same way (no
 *       mark: public).
 *   <li>Merge patch replaces arrays (RFC 7386), so a note is added by reading the ticket and
 *       patching its whole {@code note} list. Medley's notes carry the id {@code medley-<event
 *       id>}: a repeated update finds its note there and patches nothing.
 *   <li>TMF names no actor on a status change: Medley's status changes carry a {@code
 *       statusChangeReason} starting {@code "<integrationUser>: "}, which is how their events are
 *       told apart from the partner's.
 *   <li>A description edit patches {@code description}.
 *   <li>A file becomes an entry of the ticket's {@code attachment} list (AttachmentRefOrValue, by
 *       value: {@code name}, {@code mimeType}, base64 {@code content}, {@code size} in bytes),
 *       since a URL into Medley would need the partner to sign in to Medley. Its id is {@code
 *       medley-<event id>}, and like a note it is added by reading the ticket and patching the
 *       whole list (merge patch replaces arrays): a repeat finds its entry and patches nothing. The
 *       cost is that each new file re-sends the ticket's earlier attachment entries as the API
 *       returned them. The partner's API refusing a large body (413) parks the event.
 * </ul>
 */
public final class Tmf621 implements DeskProtocol {

  /** The id prefix of the notes Medley writes. */
  static final String NOTE_ID_PREFIX = "medley-";

  static final String MERGE_PATCH = "application/merge-patch+json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> SEVERITY =
      Map.of("P1", "Critical", "P2", "Major", "P3", "Minor", "P4", "Minor");
  private static final Map<String, String> PRIORITY =
      Map.of("P1", "Critical", "P2", "High", "P3", "Medium", "P4", "Low");

  @Override
  public DeskKind kind() {
    return DeskKind.TMF621;
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    if (update.kind() == DeskUpdate.Kind.CREATE) {
      return create(connection, update, http);
    }
    String id = update.externalId();
    TmfStatusMap statuses = new TmfStatusMap(connection.statusMap());
    switch (update.kind()) {
      case PUBLIC_COMMENT -> note(connection, update, false, null, http);
      case INTERNAL_NOTE -> note(connection, update, true, null, http);
      case UPDATE -> {
        ObjectNode patch = JSON.createObjectNode();
        if (update.title() != null && !update.title().isBlank()) {
          patch.put("name", update.title());
        }
        if (update.description() != null) {
          patch.put("description", update.description());
        }
        if (update.priority() != null) {
          patch.put("priority", priority(connection, update.priority()));
          patch.put("severity", severity(connection, update.priority()));
        }
        statuses
            .outbound(update.status())
            .ifPresent(
                status -> {
                  patch.put("status", status);
                  patch.put(
                      "statusChangeReason",
                      signed(
                          connection,
                          "the ticket is "
                              + update.status()
                              + (update.pendingReason() == null
                                  ? ""
                                  : " (" + update.pendingReason() + ")")));
                });
        if (!patch.isEmpty()) {
          patch(connection, id, patch, http);
        }
      }
      case RESOLVE -> {
        String reason = firstOf(update.text(), update.resolutionCode(), "resolved in Medley");
        ObjectNode patch = JSON.createObjectNode();
        patch.put("status", statuses.outbound("RESOLVED").orElse("resolved"));
        patch.put("statusChangeReason", signed(connection, reason));
        note(connection, update, false, patch, http);
      }
      case CANCEL -> {
        ObjectNode patch = JSON.createObjectNode();
        patch.put("status", statuses.outbound("CANCELLED").orElse("cancelled"));
        patch.put(
            "statusChangeReason",
            signed(connection, firstOf(update.text(), null, "cancelled in Medley")));
        patch(connection, id, patch, http);
      }
      case ATTACHMENT -> attach(connection, update, http);
      default -> throw new IllegalStateException("Unknown update " + update.kind());
    }
    return new DeskReceipt(id, id);
  }

  /** A TMF621 API pushes its events to the listeners registered at its {@code /hub}. */
  @Override
  public boolean hubListener() {
    return true;
  }

  @Override
  public List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    return new TmfHubEvent(new TmfStatusMap(connection.statusMap()), integrationUser(connection))
        .read(body);
  }

  @Override
  public DeskHealth test(DeskConnection connection, DeskHttp http) {
    long start = System.nanoTime();
    HttpAnswer answer;
    try {
      answer =
          http.call(
              connection,
              HttpCall.get(tickets(connection) + "?limit=1").accepting(401, 403, 404, 405));
    } catch (DeskRefused refused) { // an OAuth2 token endpoint that refuses the client
      long millis = (System.nanoTime() - start) / 1_000_000;
      return refused.status() == 400 || refused.status() == 401 || refused.status() == 403
          ? new DeskHealth(false, "The TMF621 API refused the credentials", millis)
          : new DeskHealth(false, refused.getMessage(), millis);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return switch (answer.status()) {
      case 401, 403 -> new DeskHealth(false, "The TMF621 API refused the credentials", millis);
      case 404, 405 -> new DeskHealth(false, "No TMF621 API at " + basePath(connection), millis);
      default -> new DeskHealth(true, "Listed trouble tickets at " + basePath(connection), millis);
    };
  }

  /**
   * Registers Medley's webhook as a listener at the partner's hub ({@code POST <basePath>/hub}),
   * for all trouble ticket events.
   *
   * @return the hub's id of the registration, to {@link #unsubscribe} later
   */
  @Override
  public String subscribe(DeskConnection connection, String callbackUrl, DeskHttp http) {
    ObjectNode subscription = JSON.createObjectNode();
    subscription.put("callback", callbackUrl);
    JsonNode created =
        read(
            http.call(
                connection, HttpCall.post(basePath(connection) + "/hub", subscription.toString())));
    String id = created.path("id").asText(null);
    if (id == null) {
      throw new DeskUnavailable("The TMF621 hub answered the registration without an id");
    }
    return id;
  }

  /** Removes a registration made by {@link #subscribe}; one the hub no longer knows is gone. */
  @Override
  public void unsubscribe(DeskConnection connection, String hubId, DeskHttp http) {
    http.call(
        connection,
        new HttpCall(
            "DELETE",
            basePath(connection) + "/hub/" + segment(hubId),
            null,
            Map.of(),
            Set.of(404)));
  }

  private DeskReceipt create(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    String number = update.ticketNumber();
    JsonNode found =
        read(
            http.call(
                connection, HttpCall.get(tickets(connection) + "?externalId=" + segment(number))));
    for (JsonNode ticket : found) {
      if (number.equals(ticket.path("externalId").asText())) {
        String id = ticket.path("id").asText();
        return new DeskReceipt(id, id);
      }
    }
    String title = firstOf(update.title(), null, number);
    ObjectNode ticket = JSON.createObjectNode();
    ticket.put("name", title);
    ticket.put("description", firstOf(update.description(), title, number));
    ticket.put("severity", severity(connection, update.priority()));
    ticket.put("priority", priority(connection, update.priority()));
    ticket.put("ticketType", connection.setting("ticketType", "Incident"));
    ticket.put("externalId", number);
    ObjectNode party = ticket.putArray("relatedParty").addObject();
    party.put("id", connection.setting("originatorId", "medley"));
    party.put("name", connection.setting("originatorName", "Medley"));
    party.put("role", "Originator");
    party.put("@referredType", "Organization");
    ticket.put("@type", "TroubleTicket");
    JsonNode created =
        read(http.call(connection, HttpCall.post(tickets(connection), json(ticket))));
    String id = created.path("id").asText(null);
    if (id == null) {
      throw new DeskUnavailable("The TMF621 API answered the new ticket without an id");
    }
    return new DeskReceipt(id, id);
  }

  /**
   * Adds Medley's note for {@code update} to the ticket's notes, with {@code more} fields in the
   * same patch; a note already there (a repeat) leaves the notes as they are.
   */
  private void note(
      DeskConnection connection,
      DeskUpdate update,
      boolean internal,
      ObjectNode more,
      DeskHttp http) {
    String id = update.externalId();
    JsonNode ticket = read(http.call(connection, HttpCall.get(ticket(connection, id))));
    String noteId = NOTE_ID_PREFIX + update.eventId();
    ArrayNode notes = JSON.createArrayNode();
    boolean there = false;
    for (JsonNode note : ticket.path("note")) {
      notes.add(note);
      there |= noteId.equals(note.path("id").asText());
    }
    ObjectNode patch = more == null ? JSON.createObjectNode() : more;
    if (more != null && more.path("status").asText().equals(ticket.path("status").asText())) {
      patch.remove(List.of("status", "statusChangeReason")); // a repeat: it is there already
    }
    String text = update.text();
    if (!there && text != null && !text.isBlank()) {
      ObjectNode note = notes.addObject();
      note.put("id", noteId);
      note.put("author", integrationUser(connection));
      note.put("date", (update.at() == null ? Instant.now() : update.at()).toString());
      note.put("text", text);
      note.put("noteType", internal ? "internal" : "public");
      note.put("@type", "Note");
      patch.set("note", notes);
    }
    if (!patch.isEmpty()) {
      patch(connection, id, patch, http);
    }
  }

  /** Adds the update's file to the ticket's attachments unless a repeat finds it there. */
  private void attach(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    String id = update.externalId();
    JsonNode ticket = read(http.call(connection, HttpCall.get(ticket(connection, id))));
    String attachmentId = NOTE_ID_PREFIX + update.eventId();
    ArrayNode attachments = JSON.createArrayNode();
    for (JsonNode attachment : ticket.path("attachment")) {
      if (attachmentId.equals(attachment.path("id").asText())) {
        return; // an earlier try got through
      }
      attachments.add(attachment);
    }
    DeskFile file = update.file();
    ObjectNode entry = attachments.addObject();
    entry.put("id", attachmentId);
    entry.put("name", file.filename());
    entry.put("mimeType", file.contentType());
    entry.put("attachmentType", "file");
    entry.put("content", Base64.getEncoder().encodeToString(file.content()));
    entry.putObject("size").put("amount", file.size()).put("units", "bytes");
    entry.put(
        "description",
        "Attached in Medley"
            + (update.author() == null || update.author().isBlank()
                ? ""
                : " by " + update.author()));
    entry.put("@type", "Attachment");
    ObjectNode patch = JSON.createObjectNode();
    patch.set("attachment", attachments);
    patch(connection, id, patch, http);
  }

  private void patch(DeskConnection connection, String id, ObjectNode patch, DeskHttp http) {
    http.call(
        connection,
        HttpCall.patch(ticket(connection, id), json(patch)).header("Content-Type", MERGE_PATCH));
  }

  private static String signed(DeskConnection connection, String reason) {
    return integrationUser(connection) + ": " + reason;
  }

  private static String integrationUser(DeskConnection connection) {
    return connection.setting("integrationUser", "Medley");
  }

  private static String severity(DeskConnection connection, String priority) {
    String level = priority == null ? "P3" : priority;
    return connection.setting("severity." + level, SEVERITY.getOrDefault(level, "Minor"));
  }

  private static String priority(DeskConnection connection, String priority) {
    String level = priority == null ? "P3" : priority;
    return connection.setting("priority." + level, PRIORITY.getOrDefault(level, "Medium"));
  }

  private static String basePath(DeskConnection connection) {
    String base = connection.setting("basePath", "/tmf-api/troubleTicket/v4");
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String tickets(DeskConnection connection) {
    return basePath(connection) + "/troubleTicket";
  }

  private static String ticket(DeskConnection connection, String id) {
    return tickets(connection) + "/" + segment(id);
  }

  private static String firstOf(String first, String second, String fallback) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : fallback;
  }

  private static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String json(JsonNode node) {
    return node.toString();
  }

  private static JsonNode read(HttpAnswer answer) {
    if (answer.body().isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new DeskUnavailable(
          "The TMF621 API answered HTTP " + answer.status() + " without JSON", e);
    }
  }
}
