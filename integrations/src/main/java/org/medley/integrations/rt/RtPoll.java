package org.medley.integrations.rt;

import static org.medley.integrations.rt.RequestTracker.JSON;
import static org.medley.integrations.rt.RequestTracker.REST;
import static org.medley.integrations.rt.RequestTracker.encode;
import static org.medley.integrations.rt.RequestTracker.encodePath;
import static org.medley.integrations.rt.RequestTracker.read;
import static org.medley.integrations.rt.RequestTracker.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpCall;

/**
 * Reads what happened in RT since a watermark. RT numbers its transactions (every reply, comment,
 * status or owner change is one) with one increasing id, so the watermark is the last transaction
 * id seen, and a poll is one REST2 JSON search: {@code GET /transactions?query=[id > N, ObjectType
 * = RT::Ticket]&orderby=id&order=ASC&per_page=…}. The watermark moves past every transaction of the
 * page, also those Medley leaves out, so a page of Medley's own echoes is not read again.
 *
 * <table>
 *   <caption>RT transaction → Medley</caption>
 *   <tr><td>Correspond</td><td>PUBLIC_REPLY, its text from the transaction's attachments</td></tr>
 *   <tr><td>Comment</td><td>INTERNAL_NOTE</td></tr>
 *   <tr><td>Status (or Set on Status)</td><td>by the new status ({@link RtStatuses}); RESOLVED and
 *       REJECTED take the text of the ticket's last reply or comment on the same page</td></tr>
 *   <tr><td>Set/Give/Take/Steal on Owner</td><td>ASSIGNEE with the new owner's name</td></tr>
 * </table>
 *
 * Transactions of the connector's {@code integrationUser} are Medley's own and never reported.
 * Tickets Medley did not create are reported too; the backend ignores ids it holds no reference
 * for.
 */
final class RtPoll {

  private static final String FIELDS = "Type,Creator,Created,ObjectType,ObjectId,Field,NewValue";

  /** The user RT's scrips act as; its user id is 1 in every RT database. */
  private static final String SYSTEM = "RT_System";

  DeskChanges since(DeskConnection connection, String watermark, DeskHttp http) {
    if (watermark == null || watermark.isBlank()) {
      return new DeskChanges(List.of(), String.valueOf(lastTransaction(connection, http)));
    }
    long after;
    try {
      after = Long.parseLong(watermark.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("An RT watermark is a transaction id, not " + watermark);
    }
    ArrayNode query = JSON.createArrayNode();
    query.addObject().put("field", "id").put("operator", ">").put("value", after);
    query
        .addObject()
        .put("field", "ObjectType")
        .put("value", "RT::Ticket")
        .put("entry_aggregator", "AND");
    int pageSize = Math.max(1, Math.min(100, pageSize(connection)));
    JsonNode page =
        read(
            http.call(
                connection,
                HttpCall.get(
                    REST
                        + "/transactions?query="
                        + encode(write(query))
                        + "&orderby=id&order=ASC&page=1&per_page="
                        + pageSize
                        + "&fields="
                        + FIELDS)));
    String integrationUser = connection.setting("integrationUser", "");
    List<DeskChange> changes = new ArrayList<>();
    Map<String, String> lastText = new HashMap<>();
    Map<String, String> lastActor = new HashMap<>();
    long last = after;
    for (JsonNode txn : page.path("items")) {
      long id = txn.path("id").asLong();
      last = Math.max(last, id);
      if (!"RT::Ticket".equals(txn.path("ObjectType").asText("RT::Ticket"))) {
        continue;
      }
      String creator = txn.path("Creator").path("id").asText(txn.path("Creator").asText(""));
      String ticket = txn.path("ObjectId").asText();
      if (creator.equalsIgnoreCase(SYSTEM)) {
        // A scrip's doing (a reply opens an inactive ticket): it belongs to whoever acted just
        // before on the ticket, and is Medley's own when Medley did.
        String cause = lastActor.get(ticket);
        if (cause == null) {
          cause = previousActor(connection, ticket, id, http);
        }
        if (cause.equalsIgnoreCase(integrationUser)) {
          continue;
        }
      } else {
        lastActor.put(ticket, creator);
      }
      if (creator.equalsIgnoreCase(integrationUser)) {
        continue;
      }
      Instant at = instant(txn.path("Created").asText(null));
      String eventId = "rt-txn-" + id;
      String type = txn.path("Type").asText("");
      String field = txn.path("Field").asText("");
      switch (type) {
        case "Correspond", "Comment" -> {
          String text = text(connection, id, http);
          lastText.put(ticket, text);
          DeskChange.Kind kind =
              type.equals("Correspond")
                  ? DeskChange.Kind.PUBLIC_REPLY
                  : DeskChange.Kind.INTERNAL_NOTE;
          changes.add(new DeskChange(eventId, ticket, kind, text, creator, null, at));
        }
        case "Status", "Set", "Give", "Take", "Steal" -> {
          String value = txn.path("NewValue").asText("");
          if (field.equals("Status")) {
            Optional<DeskChange.Kind> kind = RtStatuses.inbound(connection, value);
            if (kind.isPresent()) {
              String text =
                  kind.get() == DeskChange.Kind.RESOLVED || kind.get() == DeskChange.Kind.REJECTED
                      ? lastText.get(ticket)
                      : null;
              changes.add(new DeskChange(eventId, ticket, kind.get(), text, creator, value, at));
            }
          } else if (field.equals("Owner")) {
            owner(connection, value, http)
                .ifPresent(
                    name ->
                        changes.add(
                            new DeskChange(
                                eventId,
                                ticket,
                                DeskChange.Kind.ASSIGNEE,
                                name,
                                creator,
                                null,
                                at)));
          }
        }
        default -> {
          // Create, CustomField, AddWatcher, …: nothing Medley applies.
        }
      }
    }
    return new DeskChanges(changes, String.valueOf(last));
  }

  private static int pageSize(DeskConnection connection) {
    try {
      return Integer.parseInt(connection.setting("pageSize", "50"));
    } catch (NumberFormatException e) {
      return 50;
    }
  }

  /** The newest transaction's id, where a first poll starts: Medley imports no history. */
  private long lastTransaction(DeskConnection connection, DeskHttp http) {
    ArrayNode query = JSON.createArrayNode();
    query.addObject().put("field", "id").put("operator", ">").put("value", 0);
    JsonNode newest = newestTransaction(connection, http, query, "");
    return newest == null ? 0 : newest.path("id").asLong();
  }

  /** Who last acted on the ticket before transaction {@code before}, RT's scrips aside. */
  private String previousActor(
      DeskConnection connection, String ticket, long before, DeskHttp http) {
    ArrayNode query = JSON.createArrayNode();
    query.addObject().put("field", "ObjectType").put("value", "RT::Ticket");
    query.addObject().put("field", "ObjectId").put("value", ticket);
    query.addObject().put("field", "id").put("operator", "<").put("value", before);
    query.addObject().put("field", "Creator").put("operator", "!=").put("value", 1);
    JsonNode newest = newestTransaction(connection, http, query, "&fields=Creator");
    return newest == null ? "" : newest.path("Creator").path("id").asText("");
  }

  /** The newest transaction matching {@code query}, or null. */
  private JsonNode newestTransaction(
      DeskConnection connection, DeskHttp http, ArrayNode query, String fields) {
    JsonNode page =
        read(
            http.call(
                connection,
                HttpCall.get(
                    REST
                        + "/transactions?query="
                        + encode(write(query))
                        + "&orderby=id&order=DESC&page=1&per_page=1"
                        + fields)));
    JsonNode items = page.path("items");
    return items.isEmpty() ? null : items.get(0);
  }

  /**
   * The text of a reply or comment: REST2 keeps it in the transaction's attachments (one text/plain
   * or text/html part, a multipart wrapper around it when files came along). A collection's {@code
   * fields=Content} gives the attachment's text as it is (RT 5.0.3, {@code
   * RT::REST2::Resource::expand_field}); only {@code GET /attachment/{id}} base64-encodes it.
   */
  private String text(DeskConnection connection, long transaction, DeskHttp http) {
    JsonNode attachments =
        read(
            http.call(
                connection,
                HttpCall.get(
                    REST
                        + "/transaction/"
                        + transaction
                        + "/attachments?per_page=20&fields=ContentType,Content,Filename")));
    String html = null;
    for (JsonNode part : attachments.path("items")) {
      if (!part.path("Filename").asText("").isEmpty()) {
        continue;
      }
      String type = part.path("ContentType").asText("").toLowerCase(Locale.ROOT);
      String content = part.path("Content").asText("");
      if (content.isBlank()) {
        continue;
      }
      if (type.startsWith("text/plain")) {
        return content.strip();
      }
      if (type.startsWith("text/html") && html == null) {
        html = content.replaceAll("(?s)<[^>]*>", "").strip();
      }
    }
    return html == null ? "" : html;
  }

  /** The name of the user an Owner transaction gave the ticket to; empty for Nobody. */
  private Optional<String> owner(DeskConnection connection, String userId, DeskHttp http) {
    if (userId.isBlank()) {
      return Optional.empty();
    }
    JsonNode user = read(http.call(connection, HttpCall.get(REST + "/user/" + encodePath(userId))));
    String name = user.path("Name").asText(userId);
    if (name.equalsIgnoreCase("Nobody")) {
      return Optional.empty();
    }
    String real = user.path("RealName").asText("");
    return Optional.of(real.isBlank() ? name : real);
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
