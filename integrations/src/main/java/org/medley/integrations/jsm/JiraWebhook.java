package org.medley.integrations.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * Reads one Jira webhook call ({@code comment_created}, {@code jira:issue_updated}) as the changes
 * Medley applies. Jira calls for everything it was subscribed to, Medley's own doings included:
 * what {@code integrationUser} (an Atlassian account id) did is left out, so nothing echoes.
 *
 * <ul>
 *   <li>{@code comment_created}: a public comment ({@code comment.jsdPublic}) is a reply for the
 *       requester, any other an internal note (a comment without the flag is not a JSM comment the
 *       customer sees, so it stays internal). Event id {@code comment:<comment.id>}.
 *   <li>{@code jira:issue_updated}: each {@code changelog} item on {@code status} that means
 *       something to Medley ({@link JsmStatusMap}), and on {@code assignee}. The comment written
 *       with the transition, if any, is the resolution or the reason. Event id {@code
 *       <issue.key>:<changelog.id>:<field>}, or the timestamp where Jira sends no changelog id.
 *   <li>Other events (issue created or deleted, comment edits, worklogs) report nothing.
 * </ul>
 */
final class JiraWebhook {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsmStatusMap statuses;
  private final String integrationUser;

  JiraWebhook(JsmStatusMap statuses, String integrationUser) {
    this.statuses = statuses;
    this.integrationUser = integrationUser;
  }

  List<DeskChange> read(String body) {
    JsonNode event = parse(body);
    String type = text(event, "webhookEvent");
    if (type == null) {
      throw new MalformedDeskEvent("A Jira webhook names its webhookEvent");
    }
    String key = text(event.path("issue"), "key");
    if (key == null) {
      throw new MalformedDeskEvent("A Jira " + type + " webhook carries issue.key");
    }
    // Jira always stamps its calls; without a stamp, the change happened when Medley heard of it
    Instant at = event.path("timestamp").canConvertToLong() ? at(event) : Instant.now();
    return switch (type) {
      case "comment_created" -> comment(event, key, at);
      case "jira:issue_updated" -> updates(event, key, at);
      default -> List.of();
    };
  }

  private List<DeskChange> comment(JsonNode event, String key, Instant at) {
    JsonNode comment = event.path("comment");
    String id = text(comment, "id");
    if (id == null) {
      throw new MalformedDeskEvent("A Jira comment_created webhook carries comment.id");
    }
    if (byMedley(comment.path("author"))) {
      return List.of();
    }
    boolean visible = comment.path("jsdPublic").asBoolean(false);
    return List.of(
        new DeskChange(
            "comment:" + id,
            key,
            visible ? DeskChange.Kind.PUBLIC_REPLY : DeskChange.Kind.INTERNAL_NOTE,
            text(comment, "body"),
            name(comment.path("author")),
            null,
            createdOr(comment, at)));
  }

  private List<DeskChange> updates(JsonNode event, String key, Instant at) {
    if (byMedley(event.path("user"))) {
      return List.of();
    }
    JsonNode changelog = event.path("changelog");
    JsonNode items = changelog.path("items");
    if (!items.isArray()) {
      return List.of();
    }
    String change = text(changelog, "id");
    String stamp = change != null ? change : event.path("timestamp").asText("");
    String author = name(event.path("user"));
    String remark =
        byMedley(event.path("comment").path("author")) ? null : text(event.path("comment"), "body");
    List<DeskChange> changes = new ArrayList<>();
    for (JsonNode item : items) {
      String field = text(item, "field");
      String eventId = key + ":" + stamp + ":" + field;
      if ("status".equals(field)) {
        String status = text(item, "toString");
        Optional<DeskChange.Kind> kind = statuses.meaning(status);
        if (kind.isPresent()) {
          String text = kind.get() == DeskChange.Kind.IN_PROGRESS ? null : reason(event, remark);
          changes.add(new DeskChange(eventId, key, kind.get(), text, author, status, at));
        }
      } else if ("assignee".equals(field)) {
        changes.add(
            new DeskChange(
                eventId, key, DeskChange.Kind.ASSIGNEE, text(item, "toString"), author, null, at));
      }
    }
    return changes;
  }

  /** The comment written with a transition, else the resolution's name (e.g. "Done"). */
  private static String reason(JsonNode event, String remark) {
    if (remark != null) {
      return remark;
    }
    return text(event.path("issue").path("fields").path("resolution"), "name");
  }

  private boolean byMedley(JsonNode user) {
    if (integrationUser == null || integrationUser.isBlank()) {
      return false;
    }
    return integrationUser.equals(text(user, "accountId"))
        || integrationUser.equals(text(user, "name"));
  }

  private static String name(JsonNode user) {
    String name = text(user, "displayName");
    return name != null ? name : text(user, "accountId");
  }

  private static Instant createdOr(JsonNode comment, Instant fallback) {
    String created = text(comment, "created");
    if (created != null) {
      try {
        return java.time.OffsetDateTime.parse(
                created, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
            .toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        // Jira writes 2024-05-01T10:00:00.000+0000; anything else falls back to the timestamp
      }
    }
    return fallback;
  }

  private static Instant at(JsonNode event) {
    return Instant.ofEpochMilli(event.path("timestamp").asLong());
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw new MalformedDeskEvent("The Jira webhook has no body");
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new MalformedDeskEvent("A Jira webhook is a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MalformedDeskEvent("The Jira webhook is not JSON: " + e.getOriginalMessage());
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
