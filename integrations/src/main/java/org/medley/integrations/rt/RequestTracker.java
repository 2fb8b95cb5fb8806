package org.medley.integrations.rt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.DeskProtocol;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * Best Practical Request Tracker 5 over REST2 ({@code /REST/2.0}), signed in with an auth token
 * ({@code Authorization: token …}). RT cannot call out as installed, so Medley polls it ({@link
 * RtPoll}).
 *
 * <p>Settings: {@code queue} (default {@code General}) where tickets are created; {@code
 * integrationUser}, the RT user the token belongs to — its transactions are Medley's own and are
 * never reported back; {@code pageSize} (default 50, RT allows up to 100) of a poll.
 *
 * <p>Repeats are harmless:
 *
 * <ul>
 *   <li>CREATE looks for the ticket first with TicketSQL on its subject, which always starts with
 *       the Medley number ({@code "HSD-1042 Printer on ward 3"}), and takes the oldest one whose
 *       subject starts with the number (and that the integration user created, when it is set).
 *   <li>Replies and comments carry the update's event id in their own Subject, {@code
 *       [medley:<eventId>]}, kept on RT's attachment record; before posting, one attachment search
 *       on that exact Subject tells whether an earlier try already got through (a timeout after RT
 *       committed). RT has no idempotency key; this is the cheapest exact check it offers.
 *   <li>Field and status changes ({@code PUT /ticket/{id}}) set values and are naturally
 *       idempotent.
 * </ul>
 *
 * <p>Description edits: RT keeps a ticket's description as the content of its Create transaction,
 * which REST2 cannot change. With the setting {@code descriptionField} (the name of a ticket custom
 * field the partner's RT admin created, e.g. {@code Medley description}) the new text is set there
 * ({@code PUT /ticket/{id}} with {@code CustomFields}); without it, it goes as a comment (staff
 * only, no mail to requesters) starting {@code "Description changed in Medley:"}.
 *
 * <p>Attachments go as a reply ({@code POST /ticket/{id}/correspond}) whose {@code Attachments}
 * list carries the file ({@code FileName}, {@code FileType}, base64 {@code FileContent}), under the
 * same {@code [medley:<eventId>]} Subject as any message, so a repeat finds it and sends nothing.
 * RT's own size limit ({@code $MaxAttachmentSize}, 10 MB by default) truncates or drops a larger
 * file on RT's side rather than refusing it; Medley's limit is the same by default.
 *
 * <p>CANCEL comments the reason and sets {@code rejected}: RT documents {@code deleted} as removing
 * the ticket from view (and it needs the DeleteTicket right), while {@code rejected} is its
 * inactive status for "will not be worked on", which keeps the partner's history readable.
 */
public final class RequestTracker implements DeskProtocol {

  static final String REST = "/REST/2.0";
  static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, Integer> PRIORITIES =
      Map.of("P1", 100, "P2", 75, "P3", 50, "P4", 25);

  private final RtPoll poll = new RtPoll();

  @Override
  public DeskKind kind() {
    return DeskKind.REQUEST_TRACKER;
  }

  @Override
  public boolean polled() {
    return true;
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    return switch (update.kind()) {
      case CREATE -> create(connection, update, http);
      case PUBLIC_COMMENT -> {
        message(connection, update, "correspond", update.text(), http);
        yield receipt(update.externalId());
      }
      case INTERNAL_NOTE -> {
        message(connection, update, "comment", update.text(), http);
        yield receipt(update.externalId());
      }
      case UPDATE -> {
        ObjectNode fields = JSON.createObjectNode();
        if (update.title() != null) {
          fields.put("Subject", subject(update));
        }
        priority(update).ifPresent(p -> fields.put("Priority", p));
        RtStatuses.outbound(connection, update.status()).ifPresent(s -> fields.put("Status", s));
        String descriptionField = connection.setting("descriptionField", null);
        if (update.description() != null && descriptionField != null) {
          fields.putObject("CustomFields").put(descriptionField, update.description());
        }
        if (!fields.isEmpty()) {
          put(connection, update.externalId(), fields, http);
        }
        if (update.description() != null && descriptionField == null) {
          message(
              connection,
              update,
              "comment",
              "Description changed in Medley:\n\n" + update.description(),
              http);
        }
        yield receipt(update.externalId());
      }
      case ATTACHMENT -> {
        message(connection, update, "correspond", attachedText(update), http);
        yield receipt(update.externalId());
      }
      case RESOLVE -> {
        if (update.text() != null && !update.text().isBlank()) {
          message(connection, update, "correspond", update.text(), http);
        }
        status(connection, update, "RESOLVED", http);
        yield receipt(update.externalId());
      }
      case CANCEL -> {
        if (update.text() != null && !update.text().isBlank()) {
          message(connection, update, "comment", update.text(), http);
        }
        status(connection, update, "CANCELLED", http);
        yield receipt(update.externalId());
      }
    };
  }

  @Override
  public DeskChanges poll(DeskConnection connection, String watermark, DeskHttp http) {
    return poll.since(connection, watermark, http);
  }

  @Override
  public DeskHealth test(DeskConnection connection, DeskHttp http) {
    long started = System.nanoTime();
    String queue = connection.setting("queue", "General");
    HttpAnswer answer =
        http.call(
            connection,
            HttpCall.get(REST + "/queue/" + encodePath(queue)).accepting(401, 403, 404));
    long millis = (System.nanoTime() - started) / 1_000_000;
    return switch (answer.status()) {
      case 401 -> new DeskHealth(false, "RT refused the token (401)", millis);
      case 403 -> new DeskHealth(false, "RT's user may not see queue " + queue + " (403)", millis);
      case 404 -> new DeskHealth(false, "RT has no queue named " + queue + " (404)", millis);
      default ->
          new DeskHealth(
              true,
              "RT answered; queue "
                  + read(answer).path("Name").asText(queue)
                  + " is there and the token works",
              millis);
    };
  }

  private DeskReceipt create(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    Optional<String> existing = existingTicket(connection, update, http);
    if (existing.isPresent()) {
      return receipt(existing.get());
    }
    ObjectNode ticket = JSON.createObjectNode();
    ticket.put("Queue", connection.setting("queue", "General"));
    ticket.put("Subject", subject(update));
    ticket.put(
        "Content",
        update.description() == null || update.description().isBlank()
            ? update.title()
            : update.description());
    ticket.put("ContentType", "text/plain");
    priority(update).ifPresent(p -> ticket.put("Priority", p));
    HttpAnswer answer = http.call(connection, HttpCall.post(REST + "/ticket", write(ticket)));
    String id = read(answer).path("id").asText(null);
    if (id == null || id.isBlank()) {
      throw new DeskRefused(answer.status(), "RT created no ticket: " + answer.body());
    }
    return receipt(id);
  }

  /** The ticket an earlier try created for this Medley number, if any. */
  private Optional<String> existingTicket(
      DeskConnection connection, DeskUpdate update, DeskHttp http) {
    String number = update.ticketNumber();
    String query = "Subject LIKE '" + number.replace("'", "\\'") + "'";
    HttpAnswer answer =
        http.call(
            connection,
            HttpCall.get(
                REST
                    + "/tickets?query="
                    + encode(query)
                    + "&orderby=id&order=ASC&per_page=100&fields=Subject,Creator"));
    String integrationUser = connection.setting("integrationUser", null);
    for (JsonNode item : read(answer).path("items")) {
      String subject = item.path("Subject").asText("");
      boolean ours =
          integrationUser == null
              || integrationUser.equalsIgnoreCase(item.path("Creator").path("id").asText(""));
      if ((subject.equals(number) || subject.startsWith(number + " ")) && ours) {
        return Optional.of(item.path("id").asText());
      }
    }
    return Optional.empty();
  }

  /** Posts a reply or comment unless an earlier try of the same event got through. */
  private void message(
      DeskConnection connection, DeskUpdate update, String type, String text, DeskHttp http) {
    String marker = marker(update);
    String search =
        write(
            JSON.createArrayNode()
                .add(JSON.createObjectNode().put("field", "Subject").put("value", marker)));
    JsonNode found =
        read(
            http.call(
                connection,
                HttpCall.get(REST + "/attachments?query=" + encode(search) + "&per_page=1")));
    if (!found.path("items").isEmpty()) {
      return; // an earlier try got through (RT committed, the answer was lost)
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("Subject", marker);
    body.put("Content", text == null || text.isBlank() ? "(no text)" : text);
    body.put("ContentType", "text/plain");
    if (update.kind() == DeskUpdate.Kind.ATTACHMENT) {
      body.putArray("Attachments")
          .addObject()
          .put("FileName", update.file().filename())
          .put("FileType", update.file().contentType())
          .put("FileContent", Base64.getEncoder().encodeToString(update.file().content()));
    }
    http.call(
        connection,
        HttpCall.post(
            REST + "/ticket/" + encodePath(update.externalId()) + "/" + type, write(body)));
  }

  private static String attachedText(DeskUpdate update) {
    String who =
        update.author() == null || update.author().isBlank() ? "" : " by " + update.author();
    return "Attached in Medley" + who + ": " + update.file().filename();
  }

  /** The Subject that names one delivery; each event sends at most one message. */
  static String marker(DeskUpdate update) {
    return "[medley:" + update.eventId() + "]";
  }

  private void status(DeskConnection connection, DeskUpdate update, String medley, DeskHttp http) {
    String status = RtStatuses.outbound(connection, medley).orElseThrow();
    ObjectNode fields = JSON.createObjectNode().put("Status", status);
    put(connection, update.externalId(), fields, http);
  }

  private void put(DeskConnection connection, String id, ObjectNode fields, DeskHttp http) {
    http.call(connection, HttpCall.put(REST + "/ticket/" + encodePath(id), write(fields)));
  }

  private static Optional<Integer> priority(DeskUpdate update) {
    return Optional.ofNullable(update.priority()).map(PRIORITIES::get);
  }

  private static String subject(DeskUpdate update) {
    return update.title() == null || update.title().isBlank()
        ? update.ticketNumber()
        : update.ticketNumber() + " " + update.title();
  }

  private static DeskReceipt receipt(String id) {
    return new DeskReceipt(id, "#" + id);
  }

  static JsonNode read(HttpAnswer answer) {
    if (answer.body().isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new DeskRefused(answer.status(), "RT did not answer JSON: " + answer.body());
    }
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String encodePath(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
