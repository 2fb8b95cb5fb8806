package org.medley.integrations.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * Jira Service Management Cloud through its REST APIs: requests, comments and transitions in {@code
 * /rest/servicedeskapi}, the lookup of an existing request by JQL in {@code
 * /rest/api/3/search/jql}; the desk calls back with Jira webhooks ({@link JiraWebhook}).
 *
 * <p>Settings: {@code serviceDeskId} and {@code requestTypeId} (where requests are raised), {@code
 * integrationUser} (the Atlassian account id Medley signs in as; what it does is never reported
 * back), optional {@code projectKey} (narrows the lookup). Sign-in: BASIC with the account's e-mail
 * and an API token, or OAUTH2_CLIENT for a service account.
 *
 * <p>A request's summary starts with the Medley number ({@code "INC-000123 Printer jammed"}): that
 * is how a repeated CREATE finds the request it made before instead of raising a second one. Jira's
 * search is eventually consistent, so a repeat within a second or two of the first create could
 * still miss it; the outbox's retries come later than that.
 *
 * <p>A description edit is written with {@code PUT /rest/api/2/issue/{key}} {@code {"fields":
 * {"description": …}}}: version 2 takes the description as plain text, version 3 only as an
 * Atlassian Document Format tree. The service-desk API itself has no way to edit a request.
 *
 * <p>A file takes JSM's two steps: {@code POST
 * /rest/servicedeskapi/servicedesk/{serviceDeskId}/attachTemporaryFile} (multipart, part {@code
 * file}, with {@code X-Atlassian-Token: no-check}) answers a temporary attachment id; {@code POST
 * /rest/servicedeskapi/request/{key}/attachment} with {@code temporaryAttachmentIds}, {@code
 * public: true} and an {@code additionalComment} attaches it. Neither takes an idempotency key: the
 * comment carries {@code [medley:<eventId>]}, and before uploading Medley reads the request's
 * comments for it, so a repeat after a lost answer attaches nothing twice. A temporary file left by
 * a try that failed between the two steps expires on JSM's side. A file over the site's attachment
 * limit is refused with a 4xx and parked as a dead letter.
 */
public final class JiraServiceManagement implements DeskProtocol {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REQUESTS = "/rest/servicedeskapi/request";

  @Override
  public DeskKind kind() {
    return DeskKind.JIRA_SM;
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    if (update.kind() == DeskUpdate.Kind.CREATE) {
      return create(connection, update, http);
    }
    String key = update.externalId();
    JsmStatusMap statuses = new JsmStatusMap(connection.statusMap());
    switch (update.kind()) {
      case PUBLIC_COMMENT -> comment(connection, key, update.text(), true, http);
      case INTERNAL_NOTE -> comment(connection, key, update.text(), false, http);
      case UPDATE -> {
        if (update.title() != null && !update.title().isBlank()) {
          ObjectNode fields = JSON.createObjectNode();
          fields.putObject("fields").put("summary", summary(update));
          http.call(connection, HttpCall.put("/rest/api/3/issue/" + segment(key), json(fields)));
        }
        if (update.description() != null) {
          ObjectNode fields = JSON.createObjectNode();
          fields.putObject("fields").put("description", update.description());
          http.call(connection, HttpCall.put("/rest/api/2/issue/" + segment(key), json(fields)));
        }
        move(connection, statuses, key, update.status(), null, http);
      }
      case ATTACHMENT -> attach(connection, update, http);
      case RESOLVE -> move(connection, statuses, key, "RESOLVED", update.text(), http);
      case CANCEL -> move(connection, statuses, key, "CANCELLED", update.text(), http);
      default -> throw new IllegalStateException("Unknown update " + update.kind());
    }
    return new DeskReceipt(key, key);
  }

  @Override
  public List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    return new JiraWebhook(
            new JsmStatusMap(connection.statusMap()), connection.setting("integrationUser", null))
        .read(body);
  }

  @Override
  public DeskHealth test(DeskConnection connection, DeskHttp http) {
    long start = System.nanoTime();
    String desk = connection.setting("serviceDeskId", null);
    if (desk == null) {
      return new DeskHealth(
          false, "Set serviceDeskId: the JSM service desk to raise requests in", 0);
    }
    HttpAnswer answer =
        http.call(
            connection,
            HttpCall.get("/rest/servicedeskapi/servicedesk/" + segment(desk))
                .accepting(401, 403, 404));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return switch (answer.status()) {
      case 401, 403 -> new DeskHealth(false, "JSM refused the credentials", millis);
      case 404 -> new DeskHealth(false, "JSM has no service desk " + desk, millis);
      default -> {
        JsonNode body = read(answer);
        yield new DeskHealth(
            true,
            "Reached service desk "
                + body.path("projectName").asText(desk)
                + " ("
                + body.path("projectKey").asText("?")
                + ")",
            millis);
      }
    };
  }

  private DeskReceipt create(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    Optional<String> existing = find(connection, update.ticketNumber(), http);
    if (existing.isPresent()) {
      return new DeskReceipt(existing.get(), existing.get());
    }
    ObjectNode request = JSON.createObjectNode();
    request.put("serviceDeskId", required(connection, "serviceDeskId"));
    request.put("requestTypeId", required(connection, "requestTypeId"));
    ObjectNode fields = request.putObject("requestFieldValues");
    fields.put("summary", summary(update));
    fields.put("description", update.description() == null ? "" : update.description());
    JsonNode created = read(http.call(connection, HttpCall.post(REQUESTS, json(request))));
    String key = created.path("issueKey").asText(null);
    if (key == null) {
      throw new DeskUnavailable("JSM answered the new request without an issueKey");
    }
    return new DeskReceipt(key, key);
  }

  /** Attaches the update's file unless a comment of an earlier try says it is there. */
  private void attach(DeskConnection connection, DeskUpdate update, DeskHttp http) {
    String key = update.externalId();
    String marker = "[medley:" + update.eventId() + "]";
    if (commented(connection, key, marker, http)) {
      return; // an earlier try got through (JSM attached it, the answer was lost)
    }
    DeskFile file = update.file();
    String boundary = "medley-" + update.eventId();
    byte[] form = multipart(boundary, file);
    JsonNode temporary =
        read(
            http.call(
                connection,
                HttpCall.postBytes(
                        "/rest/servicedeskapi/servicedesk/"
                            + segment(required(connection, "serviceDeskId"))
                            + "/attachTemporaryFile",
                        form,
                        "multipart/form-data; boundary=" + boundary)
                    .header("X-Atlassian-Token", "no-check")
                    .header("X-ExperimentalApi", "opt-in")));
    String id =
        temporary.path("temporaryAttachments").path(0).path("temporaryAttachmentId").asText(null);
    if (id == null) {
      throw new DeskUnavailable("JSM answered the upload without a temporaryAttachmentId");
    }
    ObjectNode attach = JSON.createObjectNode();
    attach.putArray("temporaryAttachmentIds").add(id);
    attach.put("public", true);
    String who =
        update.author() == null || update.author().isBlank() ? "" : " by " + update.author();
    attach
        .putObject("additionalComment")
        .put("body", "Attached in Medley" + who + ": " + file.filename() + " " + marker);
    http.call(
        connection,
        HttpCall.post(REQUESTS + "/" + segment(key) + "/attachment", json(attach))
            .header("X-ExperimentalApi", "opt-in"));
  }

  /** Whether one of the request's comments (public or internal) contains {@code marker}. */
  private boolean commented(DeskConnection connection, String key, String marker, DeskHttp http) {
    int start = 0;
    while (true) {
      JsonNode page =
          read(
              http.call(
                  connection,
                  HttpCall.get(
                      REQUESTS
                          + "/"
                          + segment(key)
                          + "/comment?public=true&internal=true&start="
                          + start
                          + "&limit=100")));
      for (JsonNode comment : page.path("values")) {
        if (comment.path("body").asText("").contains(marker)) {
          return true;
        }
      }
      int size = page.path("size").asInt(0);
      if (page.path("isLastPage").asBoolean(true) || size == 0) {
        return false;
      }
      start += size;
    }
  }

  /** A multipart/form-data body with the file as its one part, named {@code file}. */
  static byte[] multipart(String boundary, DeskFile file) {
    String name = file.filename().replace("\"", "_").replace("\r", "_").replace("\n", "_");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: "
            + file.contentType()
            + "\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file.content());
    out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The request whose summary starts with the Medley number, if Medley raised it before. */
  private Optional<String> find(DeskConnection connection, String number, DeskHttp http) {
    String jql = "summary ~ \"\\\"" + jqlEscaped(number) + "\\\"\"";
    String project = connection.setting("projectKey", null);
    if (project != null) {
      jql = "project = \"" + jqlEscaped(project) + "\" AND " + jql;
    }
    JsonNode found =
        read(
            http.call(
                connection,
                HttpCall.get(
                    "/rest/api/3/search/jql?jql="
                        + query(jql + " ORDER BY created ASC")
                        + "&fields=summary&maxResults=50")));
    for (JsonNode issue : found.path("issues")) {
      String summary = issue.path("fields").path("summary").asText("");
      if (summary.equals(number) || summary.startsWith(number + " ")) {
        return Optional.of(issue.path("key").asText());
      }
    }
    return Optional.empty();
  }

  private void comment(
      DeskConnection connection, String key, String text, boolean visible, DeskHttp http) {
    ObjectNode comment = JSON.createObjectNode();
    comment.put("body", text == null ? "" : text);
    comment.put("public", visible);
    http.call(connection, HttpCall.post(REQUESTS + "/" + segment(key) + "/comment", json(comment)));
  }

  /**
   * Moves the request to {@code medleyStatus} by the first transition the desk offers under one of
   * the mapped names. A repeat finds the request already there and does nothing; a workflow with no
   * such transition is a refusal naming the transitions it does offer.
   */
  private void move(
      DeskConnection connection,
      JsmStatusMap statuses,
      String key,
      String medleyStatus,
      String comment,
      DeskHttp http) {
    List<String> names = statuses.transitionsTo(medleyStatus);
    if (names.isEmpty()) {
      return;
    }
    String path = REQUESTS + "/" + segment(key) + "/transition";
    JsonNode offered = read(http.call(connection, HttpCall.get(path + "?limit=100")));
    List<String> offeredNames = new ArrayList<>();
    for (String name : names) {
      for (JsonNode transition : offered.path("values")) {
        offeredNames.add(transition.path("name").asText());
        if (name.equalsIgnoreCase(transition.path("name").asText())) {
          ObjectNode move = JSON.createObjectNode();
          move.put("id", transition.path("id").asText());
          if (comment != null && !comment.isBlank()) {
            move.putObject("additionalComment").put("body", comment);
          }
          http.call(connection, HttpCall.post(path, json(move)));
          return;
        }
      }
    }
    String current =
        read(http.call(connection, HttpCall.get(REQUESTS + "/" + segment(key))))
            .path("currentStatus")
            .path("status")
            .asText(null);
    if (statuses.alreadyThere(current, medleyStatus)) {
      return;
    }
    throw new JsmRefusal(
        409,
        "JSM offers no transition "
            + String.join(" or ", names.stream().map(n -> "\"" + n + "\"").toList())
            + " from "
            + key
            + "'s status \""
            + current
            + "\" (it offers: "
            + String.join(", ", offeredNames.stream().distinct().toList())
            + "); map Medley's "
            + medleyStatus
            + " to one of them in statusMap.outbound");
  }

  private static String summary(DeskUpdate update) {
    String title = update.title() == null ? "" : update.title().strip();
    return title.isEmpty() ? update.ticketNumber() : update.ticketNumber() + " " + title;
  }

  private static String required(DeskConnection connection, String setting) {
    String value = connection.setting(setting, null);
    if (value == null) {
      throw new JsmRefusal(400, "The JSM connector " + connection.name() + " lacks " + setting);
    }
    return value;
  }

  private static String jqlEscaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String query(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String segment(String text) {
    return query(text);
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
      throw new DeskUnavailable("JSM answered HTTP " + answer.status() + " without JSON", e);
    }
  }
}
