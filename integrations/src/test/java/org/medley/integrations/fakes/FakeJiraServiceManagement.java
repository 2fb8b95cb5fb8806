package org.medley.integrations.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medley.integrations.api.WebhookSignature;

/**
 * Jira Service Management Cloud as far as Medley uses it, shaped after Atlassian's REST reference:
 *
 * <ul>
 *   <li>{@code GET /rest/servicedeskapi/servicedesk/{id}}
 *   <li>{@code POST /rest/servicedeskapi/request} (201 CustomerRequest), {@code GET
 *       …/request/{key}}
 *   <li>{@code POST|GET …/request/{key}/comment} ({@code {body, public}})
 *   <li>{@code GET|POST …/request/{key}/transition} (paged {@code values: [{id, name}]}; 204)
 *   <li>{@code GET /rest/api/3/search/jql} (only {@code summary ~ "…"}, optionally with {@code
 *       project = …}, as Medley writes it; other JQL is a 400 as Jira answers a query it cannot
 *       parse)
 *   <li>{@code PUT /rest/api/3/issue/{key}} ({@code fields.summary}; a plain-text {@code
 *       description} is a 400, version 3 wants Atlassian Document Format; 204) and {@code PUT
 *       /rest/api/2/issue/{key}} ({@code fields.summary}, {@code fields.description} as text; 204)
 *   <li>{@code POST /rest/servicedeskapi/servicedesk/{id}/attachTemporaryFile} (multipart, part
 *       {@code file}; needs {@code X-Atlassian-Token: no-check}, else 403 as Jira's XSRF check
 *       answers; 201 {@code temporaryAttachments}) and {@code POST …/request/{key}/attachment}
 *       ({@code temporaryAttachmentIds}, {@code public}, {@code additionalComment}; each temporary
 *       file attaches once; 201); files over {@link #maxAttachmentBytes} are a 413
 * </ul>
 *
 * Every call needs HTTP basic auth with the account's e-mail and API token (401 otherwise). The
 * workflow is the stock IT-support one: Waiting for support → In progress / Pending / Waiting for
 * customer → Resolved / Canceled / Declined, and Reopen from the closed ones.
 *
 * <p>Like Jira, the fake fires a webhook for every comment and status change, whoever made it:
 * {@link #webhooks()} holds their payloads in order, Medley's own included, so tests see what an
 * echo looks like. {@link #partnerComments}, {@link #partnerTransitions} and {@link
 * #partnerAssigns} act as the partner's agent.
 */
public final class FakeJiraServiceManagement extends FakeDesk {

  public static final String SERVICE_DESK_ID = "1";
  public static final String REQUEST_TYPE_ID = "10";
  public static final String PROJECT_KEY = "HSD";
  public static final String AGENT_ID = "5b10ac8d82e05b22cc7d4ef5";
  public static final String AGENT_NAME = "Ada Agent";

  /** Transitions by name: id and target status. */
  private static final Map<String, String[]> TRANSITIONS = new LinkedHashMap<>();

  static {
    TRANSITIONS.put("In progress", new String[] {"11", "In progress"});
    TRANSITIONS.put("Pending", new String[] {"21", "Pending"});
    TRANSITIONS.put("Respond to customer", new String[] {"31", "Waiting for customer"});
    TRANSITIONS.put("Resolve this issue", new String[] {"41", "Resolved"});
    TRANSITIONS.put("Cancel request", new String[] {"51", "Canceled"});
    TRANSITIONS.put("Decline", new String[] {"61", "Declined"});
    TRANSITIONS.put("Reopen", new String[] {"71", "Waiting for support"});
  }

  private static final List<String> CLOSED = List.of("Resolved", "Canceled", "Declined");
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  /** A request as the desk holds it. */
  public static final class Issue {
    public final String id;
    public final String key;
    public volatile String summary;
    public volatile String description;
    public final String reporter;
    public volatile String status = "Waiting for support";
    public volatile String assignee;
    public final List<Comment> comments = new ArrayList<>();
    public final List<Attachment> attachments = new ArrayList<>();

    Issue(String id, String key, String summary, String description, String reporter) {
      this.id = id;
      this.key = key;
      this.summary = summary;
      this.description = description;
      this.reporter = reporter;
    }
  }

  /** A file attached to a request, and whether the customer sees it. */
  public record Attachment(
      String filename, String mimeType, byte[] content, boolean visible, String authorId) {}

  /** A file uploaded by attachTemporaryFile, waiting to be attached. */
  private record Temporary(String filename, String mimeType, byte[] content) {}

  /** A comment: its visibility for the customer, and whose it is. */
  public record Comment(String id, String body, boolean visible, String authorId, Instant at) {}

  /** A webhook call as Jira would make it: the JSON body, and headers when signed. */
  public record Webhook(String body, Map<String, String> headers) {

    /**
     * The same call signed with {@code secret}: Jira Cloud sends {@code X-Hub-Signature:
     * sha256=<hex>}; Medley's webhook reads {@code X-Medley-Signature}, the same HMAC, so both are
     * set.
     */
    public Webhook signed(String secret) {
      String signature = WebhookSignature.sign(secret, body);
      return new Webhook(
          body, Map.of("X-Hub-Signature", signature, WebhookSignature.HEADER, signature));
    }
  }

  private final String email;
  private final String apiToken;
  private final String accountId;
  private final Map<String, Issue> issues = new LinkedHashMap<>();
  private final List<Webhook> webhooks = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong(10000);
  private final Map<String, Temporary> temporary = new LinkedHashMap<>();
  private volatile long maxAttachmentBytes = 10L * 1024 * 1024;
  private final AtomicLong clock =
      new AtomicLong(Instant.parse("2026-03-02T09:00:00Z").toEpochMilli());

  /**
   * @param email the account Medley signs in as
   * @param apiToken its API token
   * @param accountId its Atlassian account id, the connector's {@code integrationUser}
   */
  public FakeJiraServiceManagement(String email, String apiToken, String accountId) {
    this.email = email;
    this.apiToken = apiToken;
    this.accountId = accountId;
  }

  // ---- the partner's side ----------------------------------------------------------------

  public synchronized Optional<Issue> issue(String key) {
    return Optional.ofNullable(issues.get(key));
  }

  public synchronized List<Issue> issues() {
    return List.copyOf(issues.values());
  }

  /** Every webhook Jira fired, oldest first, unsigned. */
  public synchronized List<Webhook> webhooks() {
    return List.copyOf(webhooks);
  }

  /** The partner's agent comments; returns the webhook Jira fires for it. */
  public synchronized Webhook partnerComments(String key, String body, boolean visible) {
    return comment(require(key), body, visible, AGENT_ID);
  }

  /** The partner's agent moves the request by a transition, with an optional comment. */
  public synchronized Webhook partnerTransitions(String key, String transition, String comment) {
    String[] target = TRANSITIONS.get(transition);
    if (target == null) {
      throw new IllegalArgumentException("No transition " + transition);
    }
    return transition(require(key), target, comment, AGENT_ID);
  }

  /** The partner's agent assigns the request. */
  public synchronized Webhook partnerAssigns(String key, String assigneeName) {
    Issue issue = require(key);
    String from = issue.assignee;
    issue.assignee = assigneeName;
    ObjectNode event = event("jira:issue_updated", issue, AGENT_ID);
    ObjectNode changelog = event.putObject("changelog");
    changelog.put("id", String.valueOf(ids.incrementAndGet()));
    ObjectNode item = changelog.putArray("items").addObject();
    item.put("field", "assignee");
    item.put("fieldtype", "jira");
    item.put("fromString", from);
    item.put("toString", assigneeName);
    return fire(event);
  }

  /** The site's attachment size limit. */
  public void maxAttachmentBytes(long bytes) {
    this.maxAttachmentBytes = bytes;
  }

  // ---- the protocol ------------------------------------------------------------------------

  @Override
  protected Answer answer(Request request) throws Exception {
    if (!authorised(request.header("Authorization"))) {
      return Answer.json(
          401,
          Map.of(
              "errorMessages",
              List.of("Client must be authenticated to access this resource."),
              "errors",
              Map.of()));
    }
    String path = request.path();
    String query = "";
    int mark = path.indexOf('?');
    if (mark >= 0) {
      query = path.substring(mark + 1);
      path = path.substring(0, mark);
    }
    String[] parts = path.split("/");
    String method = request.method();
    if (path.startsWith("/rest/servicedeskapi/servicedesk/") && parts.length == 5) {
      return method.equals("GET") ? serviceDesk(parts[4]) : notAllowed();
    }
    if (path.startsWith("/rest/servicedeskapi/servicedesk/")
        && parts.length == 6
        && parts[5].equals("attachTemporaryFile")) {
      return method.equals("POST") ? attachTemporaryFile(parts[4], request) : notAllowed();
    }
    if (path.equals("/rest/servicedeskapi/request")) {
      return method.equals("POST") ? createRequest(JSON.readTree(request.body())) : notAllowed();
    }
    if (path.startsWith("/rest/servicedeskapi/request/")) {
      Issue issue = issues.get(decode(parts[4]));
      if (issue == null) {
        return jsdError(404, "The request " + decode(parts[4]) + " does not exist.");
      }
      if (parts.length == 5) {
        return method.equals("GET") ? Answer.json(200, customerRequest(issue)) : notAllowed();
      }
      if (parts.length == 6 && parts[5].equals("comment")) {
        return switch (method) {
          case "POST" -> addComment(issue, JSON.readTree(request.body()));
          case "GET" -> Answer.json(200, paged(commentsOf(issue), query));
          default -> notAllowed();
        };
      }
      if (parts.length == 6 && parts[5].equals("attachment")) {
        return method.equals("POST") ? attach(issue, JSON.readTree(request.body())) : notAllowed();
      }
      if (parts.length == 6 && parts[5].equals("transition")) {
        return switch (method) {
          case "GET" -> Answer.json(200, paged(transitionsOf(issue)));
          case "POST" -> performTransition(issue, JSON.readTree(request.body()));
          default -> notAllowed();
        };
      }
    }
    if (path.equals("/rest/api/3/search/jql") && method.equals("GET")) {
      return search(parameter(query, "jql"));
    }
    if (path.matches("/rest/api/[23]/issue/[^/]+") && method.equals("PUT")) {
      Issue issue = issues.get(decode(parts[5]));
      if (issue == null) {
        return Answer.json(
            404,
            Map.of(
                "errorMessages",
                List.of("Issue does not exist or you do not have permission to see it."),
                "errors",
                Map.of()));
      }
      JsonNode fields = JSON.readTree(request.body()).path("fields");
      JsonNode description = fields.path("description");
      boolean v2 = parts[3].equals("2");
      if (!description.isMissingNode() && description.isTextual() != v2) {
        return Answer.json(
            400,
            Map.of(
                "errorMessages",
                List.of(),
                "errors",
                Map.of(
                    "description",
                    v2
                        ? "Operation value must be a string"
                        : "Operation value must be an"
                            + " Atlassian Document (see the Atlassian Document Format)")));
      }
      if (description.isTextual()) {
        issue.description = description.asText();
      }
      JsonNode summary = fields.path("summary");
      if (summary.isTextual()) {
        if (summary.asText().isBlank()) {
          return Answer.json(
              400,
              Map.of(
                  "errorMessages",
                  List.of(),
                  "errors",
                  Map.of("summary", "You must specify a summary of the issue.")));
        }
        issue.summary = summary.asText();
      }
      return Answer.empty(204);
    }
    return jsdError(404, "No resource at " + method + " " + path);
  }

  private Answer attachTemporaryFile(String desk, Request request) {
    if (!"no-check".equals(request.header("X-Atlassian-Token"))) {
      return Answer.json(403, Map.of("message", "XSRF check failed"));
    }
    if (!desk.equals(SERVICE_DESK_ID)) {
      return jsdError(404, "The service desk with ID " + desk + " does not exist.");
    }
    String type = String.valueOf(request.header("Content-Type"));
    Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(type);
    if (!type.startsWith("multipart/form-data") || !boundary.find()) {
      return Answer.json(415, Map.of("message", "multipart/form-data expected"));
    }
    // Bytes as ISO-8859-1 text keep every byte; parts split on the boundary.
    String body = new String(request.bytes(), StandardCharsets.ISO_8859_1);
    List<ObjectNode> made = new ArrayList<>();
    for (String part : body.split("--" + Pattern.quote(boundary.group(1)))) {
      int blank = part.indexOf("\r\n\r\n");
      if (blank < 0) {
        continue;
      }
      String head = part.substring(0, blank);
      Matcher name = Pattern.compile("name=\"file\"; filename=\"([^\"]*)\"").matcher(head);
      if (!name.find()) {
        continue;
      }
      Matcher partType = Pattern.compile("(?i)Content-Type: *([^\r\n]+)").matcher(head);
      String content = part.substring(blank + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
      if (bytes.length > maxAttachmentBytes) {
        return Answer.json(
            413,
            Map.of(
                "errorMessage", "The file is larger than the attachment size limit of this site."));
      }
      String id = "temp" + ids.incrementAndGet();
      String filename =
          new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      temporary.put(
          id,
          new Temporary(
              filename,
              partType.find() ? partType.group(1).strip() : "application/octet-stream",
              bytes));
      ObjectNode entry = JSON.createObjectNode();
      entry.put("temporaryAttachmentId", id);
      entry.put("fileName", filename);
      made.add(entry);
    }
    if (made.isEmpty()) {
      return jsdError(400, "No file part named file in the request.");
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.putArray("temporaryAttachments").addAll(made);
    return Answer.json(201, answer);
  }

  private Answer attach(Issue issue, JsonNode body) {
    JsonNode ids = body.path("temporaryAttachmentIds");
    if (!ids.isArray() || ids.isEmpty()) {
      return jsdError(400, "temporaryAttachmentIds is required.");
    }
    for (JsonNode id : ids) {
      if (!temporary.containsKey(id.asText())) {
        return jsdError(400, "The temporary attachment " + id.asText() + " does not exist.");
      }
    }
    boolean visible = body.path("public").asBoolean(false);
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode id : ids) {
      Temporary file = temporary.remove(id.asText());
      issue.attachments.add(
          new Attachment(file.filename(), file.mimeType(), file.content(), visible, accountId));
      ObjectNode value = JSON.createObjectNode();
      value.put("filename", file.filename());
      value.put("mimeType", file.mimeType());
      value.put("size", file.content().length);
      values.add(value);
    }
    ObjectNode answer = JSON.createObjectNode();
    JsonNode comment = body.path("additionalComment").path("body");
    if (comment.isTextual() && !comment.asText().isBlank()) {
      comment(issue, comment.asText(), visible, accountId);
      answer.set("comment", commentJson(issue.comments.get(issue.comments.size() - 1)));
    }
    answer.set("attachments", paged(values));
    return Answer.json(201, answer);
  }

  private Answer serviceDesk(String id) {
    if (!id.equals(SERVICE_DESK_ID)) {
      return jsdError(404, "The service desk with ID " + id + " does not exist.");
    }
    return Answer.json(
        200,
        Map.of(
            "id",
            SERVICE_DESK_ID,
            "projectId",
            "10001",
            "projectName",
            "Hospital Service Desk",
            "projectKey",
            PROJECT_KEY,
            "_links",
            Map.of("self", baseUrl() + "/rest/servicedeskapi/servicedesk/1")));
  }

  private Answer createRequest(JsonNode body) {
    if (!body.path("serviceDeskId").asText().equals(SERVICE_DESK_ID)) {
      return jsdError(
          400, "The service desk ID " + body.path("serviceDeskId").asText() + " is not valid.");
    }
    if (!body.path("requestTypeId").asText().equals(REQUEST_TYPE_ID)) {
      return jsdError(
          400, "The request type ID " + body.path("requestTypeId").asText() + " is not valid.");
    }
    JsonNode fields = body.path("requestFieldValues");
    String summary = fields.path("summary").asText("");
    if (summary.isBlank()) {
      return jsdError(
          400,
          "Your request could not be created. Please check the fields have been correctly filled"
              + " in. Summary: Summary is required.");
    }
    String id = String.valueOf(ids.incrementAndGet());
    String key = PROJECT_KEY + "-" + (issues.size() + 1);
    Issue issue = new Issue(id, key, summary, fields.path("description").asText(""), accountId);
    issues.put(key, issue);
    return Answer.json(201, customerRequest(issue));
  }

  private Answer addComment(Issue issue, JsonNode body) {
    if (!body.path("body").isTextual() || body.path("body").asText().isBlank()) {
      return jsdError(400, "The comment body is required.");
    }
    boolean visible = !body.has("public") || body.path("public").asBoolean();
    comment(issue, body.path("body").asText(), visible, accountId);
    Comment made = issue.comments.get(issue.comments.size() - 1);
    return Answer.json(201, commentJson(made));
  }

  private Answer performTransition(Issue issue, JsonNode body) {
    String id = body.path("id").asText("");
    for (Map.Entry<String, String[]> transition : offered(issue).entrySet()) {
      if (transition.getValue()[0].equals(id)) {
        JsonNode comment = body.path("additionalComment").path("body");
        transition(
            issue, transition.getValue(), comment.isTextual() ? comment.asText() : null, accountId);
        return Answer.empty(204);
      }
    }
    return jsdError(400, "The transition ID " + id + " is not valid for this request.");
  }

  private Answer search(String jql) {
    if (jql == null) {
      return Answer.json(
          400, Map.of("errorMessages", List.of("The JQL query is required."), "errors", Map.of()));
    }
    Matcher matcher =
        Pattern.compile(
                "^(?:project\\s*=\\s*\"?([A-Z0-9]+)\"?\\s+AND\\s+)?summary\\s*~\\s*\"(?:\\\\\")?(.*?)(?:\\\\\")?\"(?:\\s+ORDER BY .*)?$",
                Pattern.CASE_INSENSITIVE)
            .matcher(jql.strip());
    if (!matcher.matches()) {
      return Answer.json(
          400,
          Map.of(
              "errorMessages",
              List.of("Error in the JQL Query: the fake understands only summary ~ \"…\""),
              "errors",
              Map.of()));
    }
    String project = matcher.group(1);
    String phrase = matcher.group(2).toLowerCase(Locale.ROOT);
    ArrayNode found = JSON.createArrayNode();
    if (project == null || project.equals(PROJECT_KEY)) {
      for (Issue issue : issues.values()) {
        if (issue.summary.toLowerCase(Locale.ROOT).contains(phrase)) {
          ObjectNode hit = found.addObject();
          hit.put("id", issue.id);
          hit.put("key", issue.key);
          hit.put("self", baseUrl() + "/rest/api/3/issue/" + issue.id);
          hit.putObject("fields").put("summary", issue.summary);
        }
      }
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.set("issues", found);
    answer.put("isLast", true);
    return Answer.json(200, answer);
  }

  // ---- the desk's state changes, each firing its webhook ------------------------------------

  private Webhook comment(Issue issue, String body, boolean visible, String author) {
    Comment made =
        new Comment(
            String.valueOf(ids.incrementAndGet()),
            body,
            visible,
            author,
            Instant.ofEpochMilli(clock.addAndGet(1000)));
    issue.comments.add(made);
    ObjectNode event = event("comment_created", issue, author);
    ObjectNode comment = event.putObject("comment");
    comment.put("self", baseUrl() + "/rest/api/2/issue/" + issue.id + "/comment/" + made.id());
    comment.put("id", made.id());
    comment.set("author", user(author));
    comment.put("body", body);
    comment.set("updateAuthor", user(author));
    comment.put("created", JIRA_TIME.format(made.at()));
    comment.put("updated", JIRA_TIME.format(made.at()));
    comment.put("jsdPublic", visible);
    return fire(event);
  }

  private Webhook transition(Issue issue, String[] target, String comment, String author) {
    String from = issue.status;
    issue.status = target[1];
    if (comment != null) {
      comment(issue, comment, true, author);
    }
    ObjectNode event = event("jira:issue_updated", issue, author);
    event.put("issue_event_type_name", "issue_generic");
    if (comment != null) {
      Comment made = issue.comments.get(issue.comments.size() - 1);
      ObjectNode node = event.putObject("comment");
      node.put("id", made.id());
      node.set("author", user(author));
      node.put("body", made.body());
      node.put("jsdPublic", true);
    }
    ObjectNode changelog = event.putObject("changelog");
    changelog.put("id", String.valueOf(ids.incrementAndGet()));
    ObjectNode item = changelog.putArray("items").addObject();
    item.put("field", "status");
    item.put("fieldtype", "jira");
    item.put("fieldId", "status");
    item.put("from", "1");
    item.put("fromString", from);
    item.put("to", target[0]);
    item.put("toString", target[1]);
    return fire(event);
  }

  private ObjectNode event(String type, Issue issue, String actor) {
    ObjectNode event = JSON.createObjectNode();
    event.put("timestamp", clock.addAndGet(1000));
    event.put("webhookEvent", type);
    event.set("user", user(actor));
    ObjectNode node = event.putObject("issue");
    node.put("id", issue.id);
    node.put("self", baseUrl() + "/rest/api/2/issue/" + issue.id);
    node.put("key", issue.key);
    ObjectNode fields = node.putObject("fields");
    fields.put("summary", issue.summary);
    fields.putObject("status").put("name", issue.status);
    if (CLOSED.contains(issue.status)) {
      fields.putObject("resolution").put("name", "Done");
    } else {
      fields.putNull("resolution");
    }
    fields.putObject("project").put("key", PROJECT_KEY);
    return event;
  }

  private Webhook fire(ObjectNode event) {
    Webhook webhook = new Webhook(event.toString(), Map.of());
    webhooks.add(webhook);
    return webhook;
  }

  // ---- JSON shapes --------------------------------------------------------------------------

  private ObjectNode customerRequest(Issue issue) {
    ObjectNode request = JSON.createObjectNode();
    request.putArray("_expands").add("participant").add("status").add("sla").add("requestType");
    request.put("issueId", issue.id);
    request.put("issueKey", issue.key);
    request.put("requestTypeId", REQUEST_TYPE_ID);
    request.put("serviceDeskId", SERVICE_DESK_ID);
    request.set("createdDate", date(Instant.ofEpochMilli(clock.get())));
    request.set("reporter", user(issue.reporter));
    ArrayNode values = request.putArray("requestFieldValues");
    values
        .addObject()
        .put("fieldId", "summary")
        .put("label", "What do you need?")
        .put("value", issue.summary);
    values
        .addObject()
        .put("fieldId", "description")
        .put("label", "Why do you need this?")
        .put("value", issue.description);
    ObjectNode status = request.putObject("currentStatus");
    status.put("status", issue.status);
    status.put("statusCategory", CLOSED.contains(issue.status) ? "DONE" : "INDETERMINATE");
    status.set("statusDate", date(Instant.ofEpochMilli(clock.get())));
    ObjectNode links = request.putObject("_links");
    links.put("web", baseUrl() + "/servicedesk/customer/portal/1/" + issue.key);
    links.put("self", baseUrl() + "/rest/servicedeskapi/request/" + issue.id);
    return request;
  }

  private List<JsonNode> commentsOf(Issue issue) {
    List<JsonNode> comments = new ArrayList<>();
    issue.comments.forEach(c -> comments.add(commentJson(c)));
    return comments;
  }

  private ObjectNode commentJson(Comment comment) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", comment.id());
    node.put("body", comment.body());
    node.put("public", comment.visible());
    node.set("author", user(comment.authorId()));
    node.set("created", date(comment.at()));
    return node;
  }

  private Map<String, String[]> offered(Issue issue) {
    Map<String, String[]> offered = new LinkedHashMap<>();
    TRANSITIONS.forEach(
        (name, target) -> {
          boolean closed = CLOSED.contains(issue.status);
          boolean reopen = name.equals("Reopen");
          if (closed == reopen && !target[1].equals(issue.status)) {
            offered.put(name, target);
          }
        });
    return offered;
  }

  private List<JsonNode> transitionsOf(Issue issue) {
    List<JsonNode> values = new ArrayList<>();
    offered(issue)
        .forEach(
            (name, target) -> {
              ObjectNode node = JSON.createObjectNode();
              node.put("id", target[0]);
              node.put("name", name);
              values.add(node);
            });
    return values;
  }

  /** A page of {@code values} from the query's {@code start}, at most {@code limit} of them. */
  private static ObjectNode paged(List<JsonNode> values, String query) {
    String startText = parameter(query, "start");
    String limitText = parameter(query, "limit");
    int start = startText == null ? 0 : Integer.parseInt(startText);
    int limit = limitText == null ? 50 : Math.min(100, Integer.parseInt(limitText));
    List<JsonNode> page =
        values.subList(Math.min(start, values.size()), Math.min(start + limit, values.size()));
    ObjectNode answer = JSON.createObjectNode();
    answer.put("size", page.size());
    answer.put("start", start);
    answer.put("limit", limit);
    answer.put("isLastPage", start + page.size() >= values.size());
    answer.putArray("values").addAll(page);
    answer.putObject("_links");
    return answer;
  }

  private static ObjectNode paged(List<JsonNode> values) {
    ObjectNode page = JSON.createObjectNode();
    page.put("size", values.size());
    page.put("start", 0);
    page.put("limit", 100);
    page.put("isLastPage", true);
    page.putArray("values").addAll(values);
    page.putObject("_links");
    return page;
  }

  private ObjectNode user(String id) {
    ObjectNode user = JSON.createObjectNode();
    user.put("accountId", id);
    user.put("displayName", id.equals(accountId) ? "Medley Integration" : AGENT_NAME);
    user.put("active", true);
    user.put("accountType", "atlassian");
    return user;
  }

  private static ObjectNode date(Instant at) {
    ObjectNode date = JSON.createObjectNode();
    date.put("iso8601", at.toString());
    date.put("jira", JIRA_TIME.format(at));
    date.put("epochMillis", at.toEpochMilli());
    return date;
  }

  private static Answer jsdError(int status, String message) {
    return Answer.json(
        status,
        Map.of(
            "errorMessage",
            message,
            "i18nErrorMessage",
            Map.of("i18nKey", "sd.error", "parameters", List.of())));
  }

  private static Answer notAllowed() {
    return Answer.empty(405);
  }

  private boolean authorised(String header) {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
    return expected.equals(header);
  }

  private Issue require(String key) {
    Issue issue = issues.get(key);
    if (issue == null) {
      throw new IllegalArgumentException("No request " + key);
    }
    return issue;
  }

  private static String parameter(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
