package org.medley.integrations.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ServiceNow instance's Table API on {@code incident}, shaped after ServiceNow's REST API
 * reference: {@code {"result": …}} answers with string values, {@code sysparm_query} encoded
 * queries ({@code field=value^field2LIKEx}, unknown fields ignored as ServiceNow does), {@code
 * sysparm_fields}/{@code sysparm_limit}, journal fields ({@code comments}, {@code work_notes}) that
 * append entries, numbers {@code INC0010001…}, errors as {@code {"error": {message, detail},
 * "status": "failure"}}: 401 without valid basic auth (or an OAuth token from {@code
 * /oauth_token.do}), 404 for an unknown sys_id, 400 for a body that is not a JSON object, and 403
 * "Data Policy Exception" for a resolution without close code and notes or a hold without a hold
 * reason (instances enforce these as data policies; the fake always does, and refuses state and
 * priority values outside the base choice lists, which ServiceNow itself would store silently).
 *
 * <p>Tests act as the partner with {@link #comment}, {@link #workNote}, {@link #setState}, {@link
 * #resolve}, {@link #cancel} and {@link #assign}; each returns the webhook body the business rule
 * of {@code org.medley.integrations.servicenow.IncidentWebhook} would post for that update. Every
 * update, Medley's own too, is kept in {@link #updates}, and {@link #webhookFor} renders any of
 * them.
 *
 * <p>The Attachment API too: {@code POST /api/now/attachment/file?table_name=incident&table_sys_id=
 * …&file_name=…} with the raw bytes as the body (201, the attachment's metadata), and {@code GET
 * /api/now/attachment?sysparm_query=…} listing metadata ({@code size_bytes}, {@code hash} as the
 * hex SHA-256 of the bytes, {@code table_sys_id}, {@code file_name}, {@code content_type}); a file
 * over {@link #maxAttachmentBytes} is refused as {@code com.glide.attachment.max_size} refuses it.
 * {@link #attachments} holds what arrived.
 */
public final class FakeServiceNow extends FakeDesk {

  private static final String TABLE = "/api/now/table/incident";
  private static final DateTimeFormatter GLIDE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Set<String> STATES = Set.of("1", "2", "3", "6", "7", "8");
  private static final Set<String> HOLD_REASONS = Set.of("1", "2", "3", "4", "5");
  private static final Set<String> ONE_TO_THREE = Set.of("1", "2", "3");
  private static final Set<String> FIELDS =
      Set.of(
          "short_description",
          "description",
          "correlation_id",
          "correlation_display",
          "urgency",
          "impact",
          "state",
          "hold_reason",
          "close_code",
          "close_notes",
          "assignment_group",
          "assigned_to",
          "caller_id",
          "comments",
          "work_notes");

  /** A file attached to a record (sys_attachment), with its bytes. */
  public record Attachment(
      String sysId,
      String tableName,
      String tableSysId,
      String fileName,
      String contentType,
      byte[] content,
      String createdBy) {

    public String hash() {
      try {
        return HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A journal entry: an additional comment or a work note. */
  public record Journal(String element, String value, String createdBy, Instant createdOn) {}

  /** One update of an incident, as its audit record and the business rule see it. */
  public record Update(
      String eventId, String sysId, Map<String, String> changed, String by, Instant on) {}

  /** An incident row. */
  public static final class Incident {
    final String sysId;
    final String number;
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<Journal> journal = new ArrayList<>();

    Incident(String sysId, String number) {
      this.sysId = sysId;
      this.number = number;
    }

    public String sysId() {
      return sysId;
    }

    public String number() {
      return number;
    }

    public String get(String field) {
      return fields.get(field);
    }

    public String state() {
      return fields.get("state");
    }

    public List<Journal> journal() {
      return List.copyOf(journal);
    }

    public List<String> comments() {
      return journal.stream()
          .filter(j -> j.element().equals("comments"))
          .map(Journal::value)
          .toList();
    }

    public List<String> workNotes() {
      return journal.stream()
          .filter(j -> j.element().equals("work_notes"))
          .map(Journal::value)
          .toList();
    }
  }

  private final String username;
  private final String password;
  private final Map<String, Incident> incidents = new LinkedHashMap<>();
  private final List<Update> updates = new ArrayList<>();
  private final List<Attachment> attachments = new ArrayList<>();
  private volatile long maxAttachmentBytes = 1024L * 1024 * 1024;
  private final Map<String, String> tokens = new LinkedHashMap<>();
  private final Random random = new Random(19);
  private int nextNumber = 10001;
  private Instant clock = Instant.parse("2026-12-01T08:00:00Z");

  /** An instance where {@code username}/{@code password} (the integration user) may sign in. */
  public FakeServiceNow(String username, String password) {
    this.username = username;
    this.password = password;
  }

  public FakeServiceNow() {
    this("medley.integration", "s3cret");
  }

  // ---- the partner's side ----------------------------------------------------------------

  /** An agent adds an additional comment (customer visible). */
  public synchronized String comment(String sysId, String user, String text) {
    return webhookFor(apply(incident(sysId), user, Map.of("comments", text)));
  }

  /** An agent adds a work note (internal). */
  public synchronized String workNote(String sysId, String user, String text) {
    return webhookFor(apply(incident(sysId), user, Map.of("work_notes", text)));
  }

  /** An agent moves the incident to {@code state}; {@code holdReason} with state 3. */
  public synchronized String setState(String sysId, String user, int state, Integer holdReason) {
    Map<String, String> changed = new LinkedHashMap<>();
    changed.put("state", String.valueOf(state));
    if (holdReason != null) {
      changed.put("hold_reason", String.valueOf(holdReason));
    }
    return webhookFor(apply(incident(sysId), user, changed));
  }

  /** An agent resolves (state 6) with a close code and notes. */
  public synchronized String resolve(String sysId, String user, String closeCode, String notes) {
    return webhookFor(
        apply(
            incident(sysId),
            user,
            Map.of("state", "6", "close_code", closeCode, "close_notes", notes)));
  }

  /** An agent cancels (state 8) with a close code and a work note saying why. */
  public synchronized String cancel(String sysId, String user, String closeCode, String why) {
    return webhookFor(
        apply(
            incident(sysId),
            user,
            Map.of("state", "8", "close_code", closeCode, "work_notes", why)));
  }

  /** An agent assigns the incident to {@code assignee} (a display name). */
  public synchronized String assign(String sysId, String user, String assignee) {
    return webhookFor(apply(incident(sysId), user, Map.of("assigned_to", assignee)));
  }

  public synchronized List<Incident> incidents() {
    return List.copyOf(incidents.values());
  }

  public synchronized Incident incident(String sysId) {
    Incident incident = incidents.get(sysId);
    if (incident == null) {
      throw new IllegalArgumentException("no incident " + sysId);
    }
    return incident;
  }

  /** Every update so far, Medley's own included, oldest first. */
  public synchronized List<Update> updates() {
    return List.copyOf(updates);
  }

  /** The webhook body the business rule posts for {@code update}. */
  public synchronized String webhookFor(Update update) {
    Incident incident = incident(update.sysId());
    ObjectNode body = JSON.createObjectNode();
    body.put("event_id", update.eventId());
    body.put("sys_id", incident.sysId);
    body.put("number", incident.number);
    update.changed().forEach(body::put);
    body.put("sys_updated_by", update.by());
    body.put("sys_updated_on", GLIDE.format(LocalDateTime.ofInstant(update.on(), ZoneOffset.UTC)));
    return body.toString();
  }

  /** Every file attached so far, oldest first. */
  public synchronized List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  /** The files of one incident, oldest first. */
  public synchronized List<Attachment> attachments(String incidentSysId) {
    return attachments.stream().filter(a -> a.tableSysId().equals(incidentSysId)).toList();
  }

  /** The instance's {@code com.glide.attachment.max_size}, in bytes. */
  public void maxAttachmentBytes(long bytes) {
    this.maxAttachmentBytes = bytes;
  }

  // ---- the protocol ----------------------------------------------------------------------

  @Override
  protected Answer answer(Request request) {
    String full = request.path();
    int q = full.indexOf('?');
    String path = q < 0 ? full : full.substring(0, q);
    Map<String, String> params = params(q < 0 ? "" : full.substring(q + 1));
    if (path.equals("/oauth_token.do") && request.method().equals("POST")) {
      return token(request);
    }
    String user = signedIn(request);
    if (user == null) {
      return error(401, "User Not Authenticated", "Required to provide Auth information");
    }
    if (path.equals("/api/now/attachment") && request.method().equals("GET")) {
      return listAttachments(params);
    }
    if (path.equals("/api/now/attachment/file")) {
      return request.method().equals("POST")
          ? upload(request, params, user)
          : error(405, "Method not Supported", "Method not supported for this API");
    }
    if (path.equals(TABLE)) {
      return switch (request.method()) {
        case "GET" -> list(params);
        case "POST" -> insert(request, params, user);
        default -> error(405, "Method not Supported", "Method not supported for this API");
      };
    }
    Matcher m = Pattern.compile("^" + TABLE + "/([0-9a-f]{32})/?$").matcher(path);
    if (m.matches()) {
      Incident incident = incidents.get(m.group(1));
      if (incident == null) {
        return error(
            404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval");
      }
      return switch (request.method()) {
        case "GET" ->
            Answer.json(200, Map.of("result", row(incident, params.get("sysparm_fields"))));
        case "PATCH", "PUT" -> modify(incident, request, params, user);
        default -> error(405, "Method not Supported", "Method not supported for this API");
      };
    }
    return error(400, "Invalid table", "Requested URI does not represent any resource");
  }

  private Answer upload(Request request, Map<String, String> params, String user) {
    String table = params.get("table_name");
    String record = params.get("table_sys_id");
    String name = params.get("file_name");
    if (blank(table) || blank(record) || blank(name)) {
      return error(
          400,
          "Failed to create the attachment",
          "table_name, table_sys_id and file_name are required query parameters");
    }
    if (!table.equals("incident") || !incidents.containsKey(record)) {
      return error(
          404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval");
    }
    String type = request.header("Content-Type");
    if (blank(type)) {
      return error(400, "Failed to create the attachment", "Content-Type header is required");
    }
    if (request.bytes().length > maxAttachmentBytes) {
      return error(
          400,
          "Failed to create the attachment",
          "Attachment size exceeds the limit of com.glide.attachment.max_size");
    }
    Attachment made =
        new Attachment(
            HexFormat.of().formatHex(bytes(16)),
            table,
            record,
            name,
            type,
            request.bytes().clone(),
            user);
    attachments.add(made);
    return Answer.json(201, Map.of("result", attachmentRow(made)));
  }

  private Answer listAttachments(Map<String, String> params) {
    Map<String, String> where = new LinkedHashMap<>();
    String query = params.get("sysparm_query");
    if (query != null) {
      for (String condition : query.replace("^^", "\u0000").split("\\^")) {
        int eq = condition.indexOf('=');
        if (eq > 0) {
          where.put(condition.substring(0, eq), condition.substring(eq + 1).replace("\u0000", "^"));
        }
      }
    }
    List<Map<String, String>> rows =
        attachments.stream()
            .map(FakeServiceNow::attachmentRow)
            .filter(
                row ->
                    where.entrySet().stream()
                        .allMatch(c -> c.getValue().equals(row.get(c.getKey()))))
            .toList();
    return Answer.json(200, Map.of("result", rows));
  }

  private static Map<String, String> attachmentRow(Attachment a) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("sys_id", a.sysId());
    row.put("table_name", a.tableName());
    row.put("table_sys_id", a.tableSysId());
    row.put("file_name", a.fileName());
    row.put("content_type", a.contentType());
    row.put("size_bytes", String.valueOf(a.content().length));
    row.put("hash", a.hash());
    row.put("sys_created_by", a.createdBy());
    row.put("download_link", "/api/now/attachment/" + a.sysId() + "/file");
    return row;
  }

  private Answer token(Request request) {
    Map<String, String> form = params(request.body());
    if (!"client_credentials".equals(form.get("grant_type"))
        || !"medley-client".equals(form.get("client_id"))
        || !"client-secret".equals(form.get("client_secret"))) {
      return Answer.json(
          401, Map.of("error", "access_denied", "error_description", "access_denied"));
    }
    String token = HexFormat.of().formatHex(bytes(16));
    tokens.put(token, username);
    return Answer.json(
        200,
        Map.of(
            "access_token",
            token,
            "token_type",
            "Bearer",
            "expires_in",
            1799,
            "scope",
            "useraccount"));
  }

  private Answer list(Map<String, String> params) {
    Predicate<Incident> where = query(params.get("sysparm_query"));
    int limit =
        params.containsKey("sysparm_limit") ? Integer.parseInt(params.get("sysparm_limit")) : 10000;
    List<Map<String, String>> rows =
        incidents.values().stream()
            .filter(where)
            .limit(limit)
            .map(i -> row(i, params.get("sysparm_fields")))
            .toList();
    return Answer.json(200, Map.of("result", rows));
  }

  private Answer insert(Request request, Map<String, String> params, String user) {
    JsonNode body = object(request.body());
    if (body == null) {
      return error(400, "Exception while reading request", "The payload is not valid JSON.");
    }
    Map<String, String> values = values(body);
    Answer refused = refused(values, Map.of());
    if (refused != null) {
      return refused;
    }
    String sysId = HexFormat.of().formatHex(bytes(16));
    Incident incident = new Incident(sysId, "INC" + String.format("%07d", nextNumber++));
    incident.fields.put("state", "1");
    incident.fields.put("urgency", "3");
    incident.fields.put("impact", "3");
    incident.fields.put("correlation_id", "");
    incident.fields.put("correlation_display", "");
    incidents.put(sysId, incident);
    apply(incident, user, values);
    return Answer.json(201, Map.of("result", row(incident, params.get("sysparm_fields"))));
  }

  private Answer modify(
      Incident incident, Request request, Map<String, String> params, String user) {
    JsonNode body = object(request.body());
    if (body == null) {
      return error(400, "Exception while reading request", "The payload is not valid JSON.");
    }
    Map<String, String> values = values(body);
    Answer refused = refused(values, incident.fields);
    if (refused != null) {
      return refused;
    }
    apply(incident, user, values);
    return Answer.json(200, Map.of("result", row(incident, params.get("sysparm_fields"))));
  }

  /** The data policies and choice lists; null when the values may be written. */
  private static Answer refused(Map<String, String> values, Map<String, String> current) {
    for (String choice : List.of("state", "hold_reason", "urgency", "impact")) {
      String value = values.get(choice);
      Set<String> allowed =
          choice.equals("state")
              ? STATES
              : choice.equals("hold_reason") ? HOLD_REASONS : ONE_TO_THREE;
      if (value != null && !allowed.contains(value)) {
        return error(400, "Invalid choice", choice + " has no choice " + value);
      }
    }
    String state = values.getOrDefault("state", current.get("state"));
    List<String> missing = new ArrayList<>();
    if (("6".equals(state) || "7".equals(state)) && values.containsKey("state")) {
      if (blank(values.getOrDefault("close_code", current.get("close_code")))) {
        missing.add("Resolution code");
      }
      if (blank(values.getOrDefault("close_notes", current.get("close_notes")))) {
        missing.add("Resolution notes");
      }
    }
    if ("3".equals(state)
        && values.containsKey("state")
        && blank(values.getOrDefault("hold_reason", current.get("hold_reason")))) {
      missing.add("On hold reason");
    }
    if (!missing.isEmpty()) {
      return error(
          403,
          "Operation Failed",
          "Data Policy Exception: \n The following fields are mandatory: "
              + String.join(", ", missing));
    }
    return null;
  }

  private Update apply(Incident incident, String user, Map<String, String> values) {
    clock = clock.plus(1, ChronoUnit.MINUTES);
    Map<String, String> changed = new LinkedHashMap<>();
    for (var entry : values.entrySet()) {
      String field = entry.getKey();
      String value = entry.getValue();
      if (field.equals("comments") || field.equals("work_notes")) {
        if (!blank(value)) {
          incident.journal.add(new Journal(field, value, user, clock));
          changed.put(field, value);
        }
      } else if (!value.equals(incident.fields.get(field))) {
        incident.fields.put(field, value);
        changed.put(field, value);
      }
    }
    if (values.containsKey("state") && !"3".equals(values.get("state"))) {
      incident.fields.remove("hold_reason");
    }
    int[] up = {
      Integer.parseInt(incident.fields.getOrDefault("urgency", "3")),
      Integer.parseInt(incident.fields.getOrDefault("impact", "3"))
    };
    incident.fields.put("priority", String.valueOf(Math.min(5, up[0] + up[1] - 1)));
    incident.fields.put("sys_updated_by", user);
    incident.fields.put(
        "sys_updated_on", GLIDE.format(LocalDateTime.ofInstant(clock, ZoneOffset.UTC)));
    Update update =
        new Update(
            HexFormat.of().formatHex(bytes(16)), incident.sysId, Map.copyOf(changed), user, clock);
    updates.add(update);
    return update;
  }

  private Map<String, String> row(Incident incident, String fields) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("sys_id", incident.sysId);
    row.put("number", incident.number);
    row.putAll(incident.fields);
    row.put("comments", "");
    row.put("work_notes", "");
    if (fields == null || fields.isBlank()) {
      return row;
    }
    Map<String, String> picked = new LinkedHashMap<>();
    for (String field : fields.split(",")) {
      picked.put(field.strip(), row.getOrDefault(field.strip(), ""));
    }
    return picked;
  }

  /** An encoded query: conditions joined by ^ (AND), each field=, !=, LIKE or STARTSWITH. */
  private static Predicate<Incident> query(String query) {
    Predicate<Incident> where = i -> true;
    if (query == null || query.isBlank()) {
      return where;
    }
    for (String condition : query.replace("^^", "\u0000").split("\\^")) {
      condition = condition.replace("\u0000", "^");
      Matcher m = Pattern.compile("^(\\w+?)(!=|=|LIKE|STARTSWITH)(.*)$").matcher(condition);
      if (!m.matches()
          || !(FIELDS.contains(m.group(1))
              || m.group(1).equals("number")
              || m.group(1).equals("sys_id"))) {
        continue; // ServiceNow ignores conditions on fields the table does not have
      }
      String field = m.group(1);
      String op = m.group(2);
      String value = m.group(3);
      Predicate<Incident> test =
          i -> {
            String actual =
                field.equals("number")
                    ? i.number
                    : field.equals("sys_id") ? i.sysId : i.fields.getOrDefault(field, "");
            return switch (op) {
              case "=" -> actual.equals(value);
              case "!=" -> !actual.equals(value);
              case "LIKE" ->
                  actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
              default -> actual.startsWith(value);
            };
          };
      where = where.and(test);
    }
    return where;
  }

  private static Map<String, String> values(JsonNode body) {
    Map<String, String> values = new LinkedHashMap<>();
    body.fields()
        .forEachRemaining(
            e -> {
              if (FIELDS.contains(e.getKey()) && !e.getValue().isContainerNode()) {
                values.put(e.getKey(), e.getValue().asText());
              }
            });
    return values;
  }

  private String signedIn(Request request) {
    String header = request.header("Authorization");
    if (header == null) {
      return null;
    }
    if (header.startsWith("Basic ")) {
      String pair =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      return pair.equals(username + ":" + password) ? username : null;
    }
    if (header.startsWith("Bearer ")) {
      return tokens.get(header.substring(7).strip());
    }
    return null;
  }

  private byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static JsonNode object(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static Answer error(int status, String message, String detail) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("error").put("message", message).put("detail", detail);
    body.put("status", "failure");
    return Answer.json(status, body);
  }

  private static Map<String, String> params(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
