package org.medley.integrations.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.medley.integrations.api.WebhookSignature;

/**
 * A partner's TM Forum TMF621 Trouble Ticket v4 API at {@code /tmf-api/troubleTicket/v4}, shaped
 * after the published specification:
 *
 * <ul>
 *   <li>{@code POST /troubleTicket}: {@code description}, {@code severity} and {@code ticketType}
 *       are required (400 otherwise); 201 with {@code id}, {@code href}, status {@code
 *       acknowledged}, {@code creationDate}.
 *   <li>{@code GET /troubleTicket} (filters on {@code externalId}, {@code status}; {@code
 *       offset}/{@code limit}; {@code X-Total-Count}), {@code GET /troubleTicket/{id}} (404).
 *   <li>{@code PATCH /troubleTicket/{id}} with {@code application/merge-patch+json} only (415
 *       otherwise): RFC 7386, so arrays such as {@code note} are replaced whole; {@code id}, {@code
 *       href}, {@code creationDate}, {@code lastUpdate} are not patchable; a status must be one of
 *       the v4 statuses; a closed or cancelled ticket takes no other status (400).
 *   <li>{@code attachment} entries are AttachmentRefOrValue: each needs {@code url} or a base64
 *       {@code content} (with {@code name} and {@code mimeType}) or a reference {@code href}, and
 *       an {@code @type} (400 otherwise); a body over {@link #maxBodyBytes} is a 413.
 *   <li>{@code POST /hub} ({@code callback} required) → 201 {@code {id, callback, query}}; {@code
 *       DELETE /hub/{id}} → 204.
 *   <li>{@code POST /oauth/token} (client credentials); the API wants its bearer token (401).
 * </ul>
 *
 * Every change fires a hub event ({@code TroubleTicketStatusChangeEvent} for a new status, {@code
 * TroubleTicketAttributeValueChangeEvent} otherwise, {@code TroubleTicketCreateEvent}), kept in
 * {@link #events()} and sent to the registered listeners by {@link #publish} (HMAC-signed, or with
 * a bearer token got by OAuth2 client credentials: {@link #pushWithClientCredentials}). {@link
 * #partnerAddsNote} and {@link #partnerSetsStatus} act as the partner.
 */
public final class FakeTmf621 extends FakeDesk {

  public static final String BASE = "/tmf-api/troubleTicket/v4";

  private static final Set<String> STATUSES =
      Set.of(
          "acknowledged",
          "rejected",
          "pending",
          "held",
          "inProgress",
          "cancelled",
          "closed",
          "resolved");
  private static final Set<String> FINAL = Set.of("closed", "cancelled");
  private static final Set<String> READ_ONLY = Set.of("id", "href", "creationDate", "lastUpdate");

  private final String clientId;
  private final String clientSecret;
  private final String token = "tmf-" + UUID.randomUUID();
  private final Map<String, ObjectNode> tickets = new LinkedHashMap<>();
  private final Map<String, ObjectNode> listeners = new LinkedHashMap<>();
  private final List<String> events = new ArrayList<>();
  private final List<String> published = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong clock =
      new AtomicLong(Instant.parse("2026-03-02T09:00:00Z").toEpochMilli());

  /** How the hub signs in to the listeners' side: OAuth2 client credentials, when set. */
  private record ListenerAuth(URI tokenUrl, String clientId, String clientSecret) {}

  private volatile ListenerAuth listenerAuth;
  private volatile URI medleyAt;
  private volatile String listenerToken;
  private final AtomicLong tokenRequests = new AtomicLong();

  public FakeTmf621(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** The token endpoint, for the connection's OAUTH2_CLIENT auth. */
  public String tokenUrl() {
    return baseUrl() + "/oauth/token";
  }

  // ---- the partner's side ----------------------------------------------------------------

  private volatile long maxBodyBytes = 16L * 1024 * 1024;

  /** The largest request body the API takes. */
  public void maxBodyBytes(long bytes) {
    this.maxBodyBytes = bytes;
  }

  /** The decoded bytes of a ticket's attachment entry given by value, by the entry's name. */
  public synchronized Map<String, byte[]> attachedFiles(String id) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    ticket(id)
        .ifPresent(
            t ->
                t.path("attachment")
                    .forEach(
                        a -> {
                          if (a.hasNonNull("content")) {
                            files.put(
                                a.path("name").asText(),
                                java.util.Base64.getDecoder().decode(a.path("content").asText()));
                          }
                        }));
    return files;
  }

  public synchronized Optional<JsonNode> ticket(String id) {
    return Optional.ofNullable(tickets.get(id)).map(JsonNode::deepCopy);
  }

  public synchronized List<JsonNode> tickets() {
    return tickets.values().stream().map(t -> (JsonNode) t.deepCopy()).toList();
  }

  /** Hub registrations, by id. */
  public synchronized Map<String, JsonNode> listeners() {
    return Map.copyOf(listeners);
  }

  /** Every hub event fired so far, oldest first, Medley's doings included. */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** The partner's agent adds a note; returns the event the hub fires. */
  public synchronized String partnerAddsNote(
      String id, String author, String text, boolean internal) {
    ObjectNode ticket = require(id);
    ObjectNode note = ((ArrayNode) ticket.withArray("note")).addObject();
    note.put("id", "N" + ids.incrementAndGet());
    note.put("author", author);
    note.put("date", now());
    note.put("text", text);
    if (internal) {
      note.put("noteType", "internal");
    }
    ticket.put("lastUpdate", now());
    return fire("TroubleTicketAttributeValueChangeEvent", ticket, "note");
  }

  /** The partner changes the status, with a reason; returns the event the hub fires. */
  public synchronized String partnerSetsStatus(String id, String status, String reason) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("No TMF621 status " + status);
    }
    ObjectNode ticket = require(id);
    setStatus(ticket, status, reason);
    return fire("TroubleTicketStatusChangeEvent", ticket, "status");
  }

  /**
   * From now on the hub calls its listeners with a bearer token got by OAuth2 client credentials
   * (RFC 6749 §4.4, client_secret_basic) at {@code tokenUrl}, as a TMF hub that cannot sign bodies
   * does; the token is kept until it expires or a listener answers 401.
   */
  public void pushWithClientCredentials(URI tokenUrl, String clientId, String clientSecret) {
    listenerAuth = new ListenerAuth(tokenUrl, clientId, clientSecret);
    listenerToken = null;
  }

  /**
   * Calls to listeners whose callback names another origin go to {@code base} instead (same path),
   * as the hospital's proxy or DNS would send them: tests register Medley's public address.
   */
  public void reachMedleyAt(URI base) {
    medleyAt = base;
  }

  /** How many tokens the hub asked for so far. */
  public long tokenRequests() {
    return tokenRequests.get();
  }

  /**
   * Sends every event not sent yet to each registered listener, with the configured client
   * credentials' bearer token ({@link #pushWithClientCredentials}).
   *
   * @return the listeners' HTTP statuses, in order
   */
  public List<Integer> publish() throws IOException, InterruptedException {
    if (listenerAuth == null) {
      throw new IllegalStateException("pushWithClientCredentials first, or publish(secret)");
    }
    return publish(null);
  }

  /**
   * Sends every event not sent yet to each registered listener, as the hub does, signed with {@code
   * secret} in Medley's header when one is given, else with the bearer token of {@link
   * #pushWithClientCredentials} when that is set.
   *
   * @return the listeners' HTTP statuses, in order
   */
  public List<Integer> publish(String secret) throws IOException, InterruptedException {
    List<String> pending;
    List<String> callbacks;
    synchronized (this) {
      pending = events.subList(published.size(), events.size()).stream().toList();
      published.addAll(pending);
      callbacks = listeners.values().stream().map(l -> l.path("callback").asText()).toList();
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<Integer> statuses = new ArrayList<>();
    for (String event : pending) {
      for (String callback : callbacks) {
        int status = send(client, callback, event, secret);
        if (status == 401 && secret == null && listenerAuth != null) {
          listenerToken = null; // expired or revoked: a new one, once
          status = send(client, callback, event, null);
        }
        statuses.add(status);
      }
    }
    return statuses;
  }

  private int send(HttpClient client, String callback, String event, String secret)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(reachable(URI.create(callback)))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(event));
    if (secret != null) {
      request.header(WebhookSignature.HEADER, WebhookSignature.sign(secret, event));
    } else if (listenerAuth != null) {
      request.header("Authorization", "Bearer " + listenerToken(client));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private URI reachable(URI callback) {
    URI base = medleyAt;
    if (base == null) {
      return callback;
    }
    String query = callback.getRawQuery() == null ? "" : "?" + callback.getRawQuery();
    return URI.create(base.toString().replaceAll("/+$", "") + callback.getRawPath() + query);
  }

  private String listenerToken(HttpClient client) throws IOException, InterruptedException {
    String held = listenerToken;
    if (held != null) {
      return held;
    }
    ListenerAuth auth = listenerAuth;
    tokenRequests.incrementAndGet();
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (URLEncoder.encode(auth.clientId(), StandardCharsets.UTF_8)
                        + ":"
                        + URLEncoder.encode(auth.clientSecret(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(reachable(auth.tokenUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException(
          "The token endpoint answered " + answer.statusCode() + ": " + answer.body());
    }
    String token = JSON.readTree(answer.body()).path("access_token").asText(null);
    if (token == null) {
      throw new IOException("The token endpoint answered without access_token: " + answer.body());
    }
    listenerToken = token;
    return token;
  }

  // ---- the protocol ------------------------------------------------------------------------

  @Override
  protected Answer answer(Request request) throws Exception {
    String path = request.path();
    String query = "";
    int mark = path.indexOf('?');
    if (mark >= 0) {
      query = path.substring(mark + 1);
      path = path.substring(0, mark);
    }
    if (path.equals("/oauth/token") && request.method().equals("POST")) {
      return token(request.body());
    }
    if (!("Bearer " + token).equals(request.header("Authorization"))) {
      return error(401, "Unauthorized", "A valid bearer token is required");
    }
    if (!path.startsWith(BASE + "/")) {
      return error(404, "Not Found", "No resource at " + path);
    }
    String[] parts = path.substring(BASE.length() + 1).split("/");
    String method = request.method();
    if (parts[0].equals("troubleTicket")) {
      if (parts.length == 1) {
        return switch (method) {
          case "GET" -> list(query);
          case "POST" -> create(request.body());
          default -> error(405, "Method Not Allowed", method);
        };
      }
      ObjectNode ticket = tickets.get(decode(parts[1]));
      if (ticket == null) {
        return error(404, "Not Found", "No trouble ticket " + decode(parts[1]));
      }
      return switch (method) {
        case "GET" -> Answer.json(200, ticket);
        case "PATCH" -> patch(ticket, request);
        default -> error(405, "Method Not Allowed", method);
      };
    }
    if (parts[0].equals("hub")) {
      if (parts.length == 1 && method.equals("POST")) {
        return register(request.body());
      }
      if (parts.length == 2 && method.equals("DELETE")) {
        return listeners.remove(decode(parts[1])) == null
            ? error(404, "Not Found", "No hub registration " + parts[1])
            : Answer.empty(204);
      }
    }
    return error(404, "Not Found", "No resource at " + method + " " + path);
  }

  private Answer token(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    if (!"client_credentials".equals(fields.get("grant_type"))
        || !clientId.equals(fields.get("client_id"))
        || !clientSecret.equals(fields.get("client_secret"))) {
      return Answer.json(401, Map.of("error", "invalid_client"));
    }
    return Answer.json(
        200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", 3600));
  }

  private Answer list(String query) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        filters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    int offset = Integer.parseInt(filters.getOrDefault("offset", "0"));
    int limit = Integer.parseInt(filters.getOrDefault("limit", "100"));
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode ticket : tickets.values()) {
      boolean keep = true;
      for (String field : List.of("externalId", "status", "ticketType")) {
        if (filters.containsKey(field)
            && !filters.get(field).equals(ticket.path(field).asText(null))) {
          keep = false;
        }
      }
      if (keep) {
        matching.add(ticket);
      }
    }
    ArrayNode page = JSON.createArrayNode();
    matching.stream().skip(offset).limit(limit).forEach(page::add);
    return new Answer(
        200,
        page.toString(),
        Map.of(
            "X-Total-Count", String.valueOf(matching.size()),
            "X-Result-Count", String.valueOf(page.size())));
  }

  private Answer create(String body) throws IOException {
    JsonNode input = JSON.readTree(body);
    if (input == null || !input.isObject()) {
      return error(400, "Bad Request", "A TroubleTicket_Create object is required");
    }
    for (String field : List.of("description", "severity", "ticketType")) {
      if (!input.path(field).isTextual() || input.path(field).asText().isBlank()) {
        return error(400, "Bad Request", "Missing mandatory attribute: " + field);
      }
    }
    for (String field : READ_ONLY) {
      if (input.has(field)) {
        return error(400, "Bad Request", field + " is set by the server");
      }
    }
    if (input.has("status") && !STATUSES.contains(input.path("status").asText())) {
      return error(400, "Bad Request", "Unknown status " + input.path("status").asText());
    }
    String id = "TT-" + ids.incrementAndGet();
    ObjectNode ticket = input.deepCopy();
    ticket.put("id", id);
    ticket.put("href", baseUrl() + BASE + "/troubleTicket/" + id);
    ticket.put("creationDate", now());
    ticket.put("lastUpdate", now());
    if (!ticket.has("status")) {
      ticket.put("status", "acknowledged");
    }
    ticket.put("statusChangeDate", now());
    numberNotes(ticket);
    tickets.put(id, ticket);
    fire("TroubleTicketCreateEvent", ticket, null);
    return Answer.json(201, ticket);
  }

  private Answer patch(ObjectNode ticket, Request request) throws IOException {
    String type = String.valueOf(request.header("Content-Type"));
    if (!type.startsWith("application/merge-patch+json")) {
      return error(415, "Unsupported Media Type", "PATCH takes application/merge-patch+json");
    }
    if (request.bytes().length > maxBodyBytes) {
      return error(413, "Payload Too Large", "The request body exceeds the API's limit");
    }
    JsonNode patch = JSON.readTree(request.body());
    if (patch == null || !patch.isObject()) {
      return error(400, "Bad Request", "A merge patch is a JSON object");
    }
    for (JsonNode attachment : patch.path("attachment")) {
      boolean byValue = attachment.hasNonNull("content");
      boolean ok =
          attachment.hasNonNull("@type")
              && (attachment.hasNonNull("url") || attachment.hasNonNull("href") || byValue);
      if (byValue) {
        try {
          java.util.Base64.getDecoder().decode(attachment.path("content").asText());
        } catch (IllegalArgumentException e) {
          ok = false;
        }
        ok &= attachment.hasNonNull("name") && attachment.hasNonNull("mimeType");
      }
      if (!ok) {
        return error(
            400,
            "Bad Request",
            "An attachment needs @type and a url, an href or base64 content with name and"
                + " mimeType");
      }
    }
    for (String field : READ_ONLY) {
      if (patch.has(field)) {
        return error(400, "Bad Request", field + " is not patchable");
      }
    }
    String before = ticket.path("status").asText();
    String status = patch.path("status").asText(before);
    if (!STATUSES.contains(status)) {
      return error(400, "Bad Request", "Unknown status " + status);
    }
    if (FINAL.contains(before) && !status.equals(before)) {
      return error(400, "Bad Request", "A " + before + " ticket cannot become " + status);
    }
    ObjectNode changed = ticket.deepCopy();
    merge(changed, patch);
    changed.put("status", before);
    numberNotes(changed);
    changed.put("lastUpdate", now());
    ticket.removeAll();
    ticket.setAll(changed);
    if (!status.equals(before)) {
      setStatus(ticket, status, patch.path("statusChangeReason").asText(null));
      fire("TroubleTicketStatusChangeEvent", ticket, "status");
    }
    List<String> others = new ArrayList<>();
    patch.fieldNames().forEachRemaining(others::add);
    others.removeAll(List.of("status", "statusChangeReason"));
    if (!others.isEmpty()) {
      fire("TroubleTicketAttributeValueChangeEvent", ticket, String.join(",", others));
    }
    return Answer.json(200, ticket);
  }

  private Answer register(String body) throws IOException {
    JsonNode input = JSON.readTree(body);
    if (input == null
        || !input.path("callback").isTextual()
        || input.path("callback").asText().isBlank()) {
      return error(400, "Bad Request", "Missing mandatory attribute: callback");
    }
    String id = "H" + ids.incrementAndGet();
    ObjectNode listener = JSON.createObjectNode();
    listener.put("id", id);
    listener.put("callback", input.path("callback").asText());
    if (input.has("query")) {
      listener.set("query", input.get("query"));
    }
    listeners.put(id, listener);
    return Answer.json(201, listener);
  }

  // ---- state --------------------------------------------------------------------------------

  private void setStatus(ObjectNode ticket, String status, String reason) {
    ticket.put("status", status);
    ticket.put("statusChangeDate", now());
    if (reason != null) {
      ticket.put("statusChangeReason", reason); // like many servers, kept until the next reason
    }
    if (status.equals("resolved")) {
      ticket.put("resolutionDate", ticket.path("statusChangeDate").asText());
    }
    ObjectNode change = ((ArrayNode) ticket.withArray("statusChange")).addObject();
    change.put("status", status);
    change.put("changeDate", ticket.path("statusChangeDate").asText());
    if (reason != null) {
      change.put("changeReason", reason);
    }
    ticket.put("lastUpdate", now());
  }

  private String fire(String type, ObjectNode ticket, String fieldPath) {
    ObjectNode event = JSON.createObjectNode();
    event.put("eventId", UUID.randomUUID().toString());
    event.put("eventTime", now());
    event.put("eventType", type);
    if (fieldPath != null) {
      event.put("fieldPath", fieldPath);
    }
    event.putObject("event").set("troubleTicket", ticket.deepCopy());
    String json = event.toString();
    events.add(json);
    return json;
  }

  /** RFC 7386: objects merge, null removes, everything else (arrays too) replaces. */
  private static void merge(ObjectNode target, JsonNode patch) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        target.remove(field.getKey());
      } else if (value.isObject() && target.path(field.getKey()).isObject()) {
        merge((ObjectNode) target.get(field.getKey()), value);
      } else {
        target.set(field.getKey(), value.deepCopy());
      }
    }
  }

  private void numberNotes(ObjectNode ticket) {
    for (JsonNode note : ticket.path("note")) {
      if (note.isObject() && !note.hasNonNull("id")) {
        ((ObjectNode) note).put("id", "N" + ids.incrementAndGet());
      }
      if (note.isObject() && !note.hasNonNull("date")) {
        ((ObjectNode) note).put("date", now());
      }
    }
  }

  private String now() {
    return Instant.ofEpochMilli(clock.addAndGet(1000)).toString();
  }

  private ObjectNode require(String id) {
    ObjectNode ticket = tickets.get(id);
    if (ticket == null) {
      throw new IllegalArgumentException("No trouble ticket " + id);
    }
    return ticket;
  }

  /** TMF630's Error: code, reason, message, status. */
  private static Answer error(int status, String reason, String message) {
    return Answer.json(
        status,
        Map.of(
            "code",
            String.valueOf(status),
            "reason",
            reason,
            "message",
            message,
            "status",
            String.valueOf(status),
            "@type",
            "Error"));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
