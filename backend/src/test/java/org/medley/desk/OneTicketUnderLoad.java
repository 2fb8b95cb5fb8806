package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * What issue #15 saw: one ticket receiving, all at once, 160 internal notes (16 at a time) with a
 * requester's replies, attachments, status changes and edits mixed in — some edits carrying the
 * version just read, some a version known to be stale. Runs against any Medley over HTTP, so the
 * same load checks MariaDB and the embedded H2 default.
 */
final class OneTicketUnderLoad {

  static final int NOTES = 160;
  static final int THREADS = 16;
  static final int REPLIES = 16;
  static final int ATTACHMENTS = 8;
  static final int EDITS = 16;
  static final int STALE_EDITS = 8;
  static final int TRANSITIONS = 16;

  private static final ObjectMapper JSON = new ObjectMapper();

  enum Kind {
    NOTE,
    REPLY,
    ATTACHMENT,
    EDIT,
    STALE_EDIT,
    TRANSITION
  }

  /** One request's answer; {@code sentVersion} for the writes that carried one. */
  record Outcome(Kind kind, String marker, Long sentVersion, int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  record Result(long ticketId, List<Outcome> outcomes, Map<String, Long> storedComments) {

    List<Outcome> of(Kind kind) {
      return outcomes.stream().filter(o -> o.kind() == kind).toList();
    }

    /** "NOTE 201×160 …": answers per kind and status, for the log and the closing note. */
    String figures() {
      Map<Kind, Map<Integer, Long>> byKind = new TreeMap<>();
      for (Outcome o : outcomes) {
        byKind.computeIfAbsent(o.kind(), k -> new TreeMap<>()).merge(o.status(), 1L, Long::sum);
      }
      long notesStored =
          of(Kind.NOTE).stream().filter(o -> storedComments.containsKey(o.marker())).count();
      return byKind.entrySet().stream()
              .map(
                  e ->
                      e.getKey()
                          + " "
                          + e.getValue().entrySet().stream()
                              .map(s -> s.getKey() + "×" + s.getValue())
                              .collect(Collectors.joining(" ")))
              .collect(Collectors.joining("; "))
          + "; notes stored "
          + notesStored
          + "/"
          + NOTES;
    }
  }

  private final String base;
  private final String agent;
  private final String requester;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  OneTicketUnderLoad(String base, String agent, String requester) {
    this.base = base;
    this.agent = agent;
    this.requester = requester;
  }

  /**
   * Files the ticket as the requester, lets the agent pick it up, then sends everything at once.
   */
  Result run(long applicationId, Callable<Connection> database) throws Exception {
    Reply filed =
        send(
            post(
                "/api/tickets",
                "{\"type\":\"INCIDENT\",\"title\":\"Busy ticket\",\"description\":\"Everyone"
                    + " writes here\",\"applicationId\":"
                    + applicationId
                    + ",\"impact\":2,\"urgency\":2,\"phi\":false}",
                requester));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    Reply picked =
        send(post("/api/tickets/" + id + "/transitions", "{\"to\":\"IN_PROGRESS\"}", agent));
    assertThat(picked.status()).as(picked.body()).isEqualTo(200);

    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Callable<Outcome>> work = new ArrayList<>();
    for (int i = 0; i < NOTES; i++) {
      String marker = "note " + i + " of run " + run;
      work.add(() -> comment(id, Kind.NOTE, marker, "INTERNAL", agent));
    }
    for (int i = 0; i < REPLIES; i++) {
      String marker = "reply " + i + " of run " + run;
      work.add(() -> comment(id, Kind.REPLY, marker, "PUBLIC", requester));
    }
    for (int i = 0; i < ATTACHMENTS; i++) {
      String marker = "screenshot-" + i + "-" + run + ".txt";
      work.add(() -> attach(id, marker));
    }
    for (int i = 0; i < EDITS; i++) {
      String title = "Edit " + i + " of run " + run;
      work.add(
          () -> {
            long version = current(id).path("version").asLong();
            return outcome(
                Kind.EDIT,
                title,
                version,
                send(patch(id, "{\"version\":" + version + ",\"title\":\"" + title + "\"}")));
          });
    }
    for (int i = 0; i < STALE_EDITS; i++) {
      String title = "Stale edit " + i + " of run " + run;
      // Picking the ticket up moved it past version 0: this edit was read before that.
      work.add(
          () ->
              outcome(
                  Kind.STALE_EDIT,
                  title,
                  0L,
                  send(patch(id, "{\"version\":0,\"title\":\"" + title + "\"}"))));
    }
    for (int i = 0; i < TRANSITIONS; i++) {
      String marker = "transition " + i;
      work.add(
          () -> {
            JsonNode read = current(id);
            long version = read.path("version").asLong();
            String to =
                "PENDING".equals(read.path("status").asText())
                    ? "{\"to\":\"IN_PROGRESS\""
                    : "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"";
            return outcome(
                Kind.TRANSITION,
                marker,
                version,
                send(
                    post(
                        "/api/tickets/" + id + "/transitions",
                        to + ",\"version\":" + version + "}",
                        agent)));
          });
    }
    Collections.shuffle(work, new Random(15));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    try {
      for (Callable<Outcome> task : work) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      try (Connection db = database.call()) {
        return new Result(id, outcomes, storedComments(db, id));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What issue #15 asks of the result: no 5xx; every note, reply and file answered 201 and stored
   * exactly once; a 409 only for an edit or transition whose version really was stale.
   */
  void check(Result result) {
    assertThat(result.outcomes())
        .as("no answer is a server error")
        .noneMatch(o -> o.status() >= 500);
    List<String> shown = commentsShown(result.ticketId());
    for (Outcome o : result.outcomes()) {
      switch (o.kind()) {
        case NOTE, REPLY -> {
          assertThat(o.status()).as("%s: %s", o.marker(), o.body()).isEqualTo(201);
          assertThat(result.storedComments().get(o.marker()))
              .as("rows for " + o.marker())
              .isEqualTo(1L);
          assertThat(shown).as("comments listed").containsOnlyOnce(o.marker());
        }
        case ATTACHMENT -> assertThat(o.status()).as("%s: %s", o.marker(), o.body()).isEqualTo(201);
        case STALE_EDIT -> {
          assertThat(o.status()).as("%s: %s", o.marker(), o.body()).isEqualTo(409);
          assertThat(o.json().path("currentVersion").asLong()).isPositive();
        }
        case EDIT, TRANSITION -> {
          if (o.status() != 200) {
            assertThat(o.status()).as("%s: %s", o.marker(), o.body()).isEqualTo(409);
            assertThat(o.json().path("currentVersion").isNumber())
                .as("a 409 names the version to reload: %s", o.body())
                .isTrue();
            assertThat(o.json().path("currentVersion").asLong())
                .as("409 only when the version sent had really moved on")
                .isNotEqualTo(o.sentVersion());
          }
        }
      }
    }
    List<String> files = attachmentsShown(result.ticketId());
    result.of(Kind.ATTACHMENT).forEach(o -> assertThat(files).containsOnlyOnce(o.marker()));

    // Nothing was written over: each status change starts where the one before it ended.
    List<JsonNode> statusChanges = new ArrayList<>();
    Reply audit = send(get("/api/tickets/" + result.ticketId() + "/audit", agent));
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    audit
        .json()
        .forEach(
            a -> {
              if ("status".equals(a.path("field").asText())) {
                statusChanges.add(a);
              }
            });
    for (int i = 1; i < statusChanges.size(); i++) {
      assertThat(statusChanges.get(i).path("oldValue").asText())
          .as("status change %d of %d", i, statusChanges.size())
          .isEqualTo(statusChanges.get(i - 1).path("newValue").asText());
    }
    // The version counts the writes that changed the ticket, each once: the pick-up, the edits
    // and transitions answered 200, and the replies that ended a wait. Notes and files add to the
    // ticket without moving it.
    long endedWaits =
        statusChanges.stream()
            .filter(a -> "requester replied".equals(a.path("note").asText()))
            .count();
    long applied =
        outcomes(result, Kind.EDIT, 200) + outcomes(result, Kind.TRANSITION, 200) + endedWaits;
    assertThat(current(result.ticketId()).path("version").asLong())
        .as(
            "version after %d edits and %d transitions answered 200 and %d ended waits;"
                + " status changes %s; writes that answered 200: %s",
            outcomes(result, Kind.EDIT, 200),
            outcomes(result, Kind.TRANSITION, 200),
            endedWaits,
            statusChanges,
            result.outcomes().stream()
                .filter(o -> o.status() == 200)
                .map(o -> o.kind() + " " + o.marker() + " v" + o.sentVersion())
                .toList())
        .isEqualTo(1 + applied);
  }

  private static long outcomes(Result result, Kind kind, int status) {
    return result.of(kind).stream().filter(o -> o.status() == status).count();
  }

  /** How often each comment body is stored for the ticket, read from the table itself. */
  private static Map<String, Long> storedComments(Connection db, long ticketId)
      throws SQLException {
    Map<String, Long> stored = new TreeMap<>();
    try (var query = db.prepareStatement("SELECT body FROM ticket_comments WHERE ticket_id = ?")) {
      query.setLong(1, ticketId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.merge(rows.getString(1), 1L, Long::sum);
        }
      }
    }
    return stored;
  }

  /** The comments as the agent reads them through the API. */
  List<String> commentsShown(long id) {
    Reply reply = send(get("/api/tickets/" + id + "/comments", agent));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> bodies = new ArrayList<>();
    reply.json().forEach(c -> bodies.add(c.path("body").asText()));
    return bodies;
  }

  /** The attachments' file names as the agent lists them. */
  List<String> attachmentsShown(long id) {
    Reply reply = send(get("/api/tickets/" + id + "/attachments", agent));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    reply.json().forEach(a -> names.add(a.path("filename").asText()));
    return names;
  }

  private Outcome comment(long id, Kind kind, String body, String visibility, String token) {
    return outcome(
        kind,
        body,
        null,
        send(
            post(
                "/api/tickets/" + id + "/comments",
                "{\"body\":\"" + body + "\",\"visibility\":\"" + visibility + "\"}",
                token)));
  }

  private Outcome attach(long id, String filename) {
    String boundary = "medley" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\nINTERNAL\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\nwhat the screen showed\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return outcome(
        Kind.ATTACHMENT,
        filename,
        null,
        send(
            request("/api/tickets/" + id + "/attachments", agent)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build()));
  }

  private JsonNode current(long id) {
    Reply reply = send(get("/api/tickets/" + id, agent));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static Outcome outcome(Kind kind, String marker, Long version, Reply reply) {
    return new Outcome(kind, marker, version, reply.status(), reply.body());
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  private HttpRequest get(String path, String token) {
    return request(path, token).GET().build();
  }

  private HttpRequest post(String path, String json, String token) {
    return request(path, token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private HttpRequest patch(long id, String json) {
    return request("/api/tickets/" + id, agent)
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  record Reply(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
