package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medley.platform.EmbeddedDatabase;
import org.medley.testing.Processes;

/**
 * An acknowledged write is on disk, whole: the packaged jar is killed with SIGKILL while 32 clients
 * do mixed work (agents and end users create tickets, comment publicly and internally, move them
 * through IN_PROGRESS, PENDING and RESOLVED; a leader imports applications from CSV), then started
 * again on the same data. Every acknowledged create, comment and import must be there, every
 * acknowledged transition reflected; nothing half-written (each ticket has its CREATED audit line
 * and its SLA timers; no timer, outbox event or notification points at a missing ticket; numbers
 * are unique); and new writes succeed without reusing an id or number. On the embedded default (H2)
 * and on MariaDB. The figures are printed for docs/benchmarks.md.
 */
class CrashIT {

  private static final int CLIENTS = 32;
  private static final Duration LOAD = Duration.ofSeconds(4);
  private static final Duration LOAD_AFTER_RESTART = Duration.ofSeconds(2);

  /** What {@code Process.exitValue()} reports for a process ended by signal 9 (128 + 9). */
  private static final int KILLED_BY_SIGKILL = 137;

  private static final String AGENT_TITLE = "Crash test: label printer offline";
  private static final String END_USER_TITLE = "Crash test: cannot print wristbands";

  /** An agent's ticket moves through these, in this order; the index is how far it got. */
  private static final List<String> STEPS = List.of("IN_PROGRESS", "PENDING", "RESOLVED");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void embeddedDefaultKeepsEveryAcknowledgedWrite(@TempDir Path dataDir) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("MEDLEY_DATA_DIR", dataDir.toString());
    crashAndRestart(
        "embedded H2",
        env,
        dataDir,
        () -> DriverManager.getConnection(EmbeddedDatabase.urlFor(dataDir), "sa", ""));
  }

  @Test
  void mariaDbKeepsEveryAcknowledgedWrite(@TempDir Path logDir) throws Exception {
    String db = "medley_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String server = "jdbc:mariadb://127.0.0.1:3306/";
    try (var c = DriverManager.getConnection(server, "root", "");
        var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    }
    try {
      Map<String, String> env = new HashMap<>();
      env.put("MEDLEY_DB_URL", server + db);
      env.put("MEDLEY_DB_USER", "root");
      env.put("MEDLEY_DB_PASSWORD", "");
      crashAndRestart(
          "MariaDB", env, logDir, () -> DriverManager.getConnection(server + db, "root", ""));
    } finally {
      try (var c = DriverManager.getConnection(server, "root", "");
          var s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + db);
      }
    }
  }

  interface Database {
    Connection open() throws SQLException;
  }

  record Ticket(long id, String number, String title) {}

  record Comment(long ticketId, long id) {}

  /** How far an acknowledged transition took a ticket: index into {@link #STEPS}, and version. */
  record Step(int index, long version) {}

  private void crashAndRestart(String label, Map<String, String> env, Path logDir, Database db)
      throws Exception {
    Server first = Server.start(env, logDir.resolve("first.log"));
    Load load;
    try {
      load = first.workUntilKilled(first.tokens());
    } finally {
      first.process.destroyForcibly();
    }
    assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(first.process.exitValue()).as("killed by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
    load.finish();
    assertThat(load.refused)
        .as("answers other than 2xx or 503 before the kill; server log:%n%s", first.errors())
        .isEmpty();
    assertThat(load.tickets).as("tickets acknowledged before the kill").isNotEmpty();
    assertThat(load.comments).as("comments acknowledged before the kill").isNotEmpty();
    assertThat(load.steps).as("transitions acknowledged before the kill").isNotEmpty();
    assertThat(load.imported).as("imports acknowledged before the kill").isNotEmpty();

    long restart = System.nanoTime();
    Server second = Server.start(env, logDir.resolve("second.log"));
    Duration toHealthy = Duration.ofNanos(System.nanoTime() - restart);
    Load after;
    try {
      after = second.workFor(second.tokens(), LOAD_AFTER_RESTART);
      after.finish();
    } finally {
      second.process.destroy();
      second.process.waitFor(30, TimeUnit.SECONDS);
    }

    // The server is stopped: read its tables directly (H2 allows one process per file).
    Found found;
    try (Connection c = db.open()) {
      found = Found.in(c, load, after);
    }
    Set<Long> ids = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (Ticket ticket : load.tickets) {
      ids.add(ticket.id());
      numbers.add(ticket.number());
    }
    List<Ticket> reused =
        after.tickets.stream()
            .filter(t -> ids.contains(t.id()) || numbers.contains(t.number()))
            .toList();
    System.out.printf(
        "CrashIT [%s]: %d clients, SIGKILL after %d s. Acknowledged: tickets %d, comments %d,"
            + " transitions %d (on %d tickets), imports %d (%d applications); 503 answers %d."
            + " Found after restart: tickets %d, comments %d, transitions reflected %d, applications"
            + " %d; lost %d. Half-written: tickets without CREATED audit %d, without SLA timers %d,"
            + " orphan timers %d, orphan outbox events %d, orphan notifications %d, duplicate"
            + " numbers %d. Healthy %d ms after restart; after it: tickets %d, other writes %d,"
            + " reusing an id or number %d; identity counters repaired at restart: %d%n",
        label,
        CLIENTS,
        LOAD.toSeconds(),
        load.tickets.size(),
        load.comments.size(),
        load.transitions.get(),
        load.steps.size(),
        load.imported.size() / 2,
        load.imported.size(),
        load.unavailable.get(),
        load.tickets.size() - found.missingTickets.size(),
        load.comments.size() - found.missingComments.size(),
        load.steps.size() - found.unreflected.size(),
        load.imported.size() - found.missingImports.size(),
        found.missingTickets.size()
            + found.missingComments.size()
            + found.unreflected.size()
            + found.missingImports.size(),
        found.withoutCreated,
        found.withoutTimers.size(),
        found.orphanTimers,
        found.orphanOutbox,
        found.orphanNotifications,
        found.duplicateNumbers,
        toHealthy.toMillis(),
        after.tickets.size(),
        after.comments.size() + after.transitions.get() + after.imported.size() / 2,
        reused.size(),
        second.log().lines().filter(l -> l.contains("Embedded database:")).count());

    assertThat(found.missingTickets).as("acknowledged tickets lost or renumbered").isEmpty();
    assertThat(found.missingComments).as("acknowledged comments lost").isEmpty();
    assertThat(found.unreflected).as("acknowledged transitions not reflected").isEmpty();
    assertThat(found.missingImports).as("acknowledged imported applications lost").isEmpty();
    assertThat(found.withoutCreated).as("tickets without their CREATED audit line").isZero();
    assertThat(found.timerTargets)
        .as("SLA targets a new agent ticket gets (else the timer check proves nothing)")
        .isPositive();
    assertThat(found.withoutTimers).as("tickets missing SLA timers").isEmpty();
    assertThat(found.orphanTimers).as("sla_timers rows without their ticket").isZero();
    assertThat(found.orphanOutbox).as("outbox events for a missing ticket").isZero();
    assertThat(found.orphanNotifications).as("notifications for a missing ticket").isZero();
    assertThat(found.duplicateNumbers).as("ticket numbers used twice").isZero();
    assertThat(after.refused)
        .as("answers other than 2xx or 503 after the restart; server log:%n%s", second.errors())
        .isEmpty();
    assertThat(after.tickets).as("tickets created after the restart").isNotEmpty();
    assertThat(reused).as("new tickets reusing an acknowledged id or number").isEmpty();
  }

  /** What the tables hold after the crash and restart, against what was acknowledged. */
  static final class Found {
    final List<Ticket> missingTickets = new ArrayList<>();
    final List<Comment> missingComments = new ArrayList<>();
    final List<Long> unreflected = new ArrayList<>();
    final List<String> missingImports = new ArrayList<>();
    final List<Long> withoutTimers = new ArrayList<>();
    long withoutCreated;
    long timerTargets;
    long orphanTimers;
    long orphanOutbox;
    long orphanNotifications;
    long duplicateNumbers;

    static Found in(Connection c, Load load, Load after) throws SQLException {
      Found found = new Found();
      Map<Long, String> numbers = new HashMap<>();
      Map<Long, String> statuses = new HashMap<>();
      Map<Long, Long> versions = new HashMap<>();
      Map<Long, String> titles = new HashMap<>();
      try (var s = c.createStatement();
          var rows =
              s.executeQuery(
                  "SELECT id, number, status, version, title FROM tickets WHERE title IN ('"
                      + AGENT_TITLE
                      + "', '"
                      + END_USER_TITLE
                      + "')")) {
        while (rows.next()) {
          long id = rows.getLong(1);
          numbers.put(id, rows.getString(2));
          statuses.put(id, rows.getString(3));
          versions.put(id, rows.getLong(4));
          titles.put(id, rows.getString(5));
        }
      }
      for (Ticket ticket : load.tickets) {
        if (!ticket.number().equals(numbers.get(ticket.id()))) {
          found.missingTickets.add(ticket);
        }
      }
      Set<Long> comments = new HashSet<>();
      try (var s = c.createStatement();
          var rows =
              s.executeQuery(
                  "SELECT m.id, m.ticket_id FROM ticket_comments m JOIN tickets t ON t.id ="
                      + " m.ticket_id WHERE t.title IN ('"
                      + AGENT_TITLE
                      + "', '"
                      + END_USER_TITLE
                      + "')")) {
        while (rows.next()) {
          comments.add(rows.getLong(1) * 31 + rows.getLong(2));
        }
      }
      for (Comment comment : load.comments) {
        if (!comments.contains(comment.id() * 31 + comment.ticketId())) {
          found.missingComments.add(comment);
        }
      }
      load.steps.forEach(
          (ticket, step) -> {
            int reached = STEPS.indexOf(statuses.get(ticket));
            if (reached < step.index() || versions.getOrDefault(ticket, -1L) < step.version()) {
              found.unreflected.add(ticket);
            }
          });
      Set<String> applications = new HashSet<>();
      try (var s = c.createStatement();
          var rows = s.executeQuery("SELECT name FROM applications WHERE name LIKE 'Crash %'")) {
        while (rows.next()) {
          applications.add(rows.getString(1));
        }
      }
      for (String name : load.imported) {
        if (!applications.contains(name)) {
          found.missingImports.add(name);
        }
      }
      found.withoutCreated =
          count(
              c,
              "SELECT COUNT(*) FROM tickets t WHERE t.title LIKE 'Crash test:%' AND NOT EXISTS"
                  + " (SELECT 1 FROM ticket_audit a WHERE a.ticket_id = t.id AND a.action ="
                  + " 'CREATED')");
      // A ticket of each title created after the restart shows which SLA targets it should have.
      Map<Long, Long> targets = new HashMap<>();
      try (var s = c.createStatement();
          var rows =
              s.executeQuery(
                  "SELECT t.id, COUNT(DISTINCT s.target) FROM tickets t LEFT JOIN sla_timers s ON"
                      + " s.ticket_id = t.id AND s.kind = 'SLA' WHERE t.title LIKE 'Crash test:%'"
                      + " GROUP BY t.id")) {
        while (rows.next()) {
          targets.put(rows.getLong(1), rows.getLong(2));
        }
      }
      Map<String, Long> expected = new HashMap<>();
      for (Ticket ticket : after.tickets) {
        expected.merge(ticket.title(), targets.getOrDefault(ticket.id(), 0L), Math::min);
      }
      found.timerTargets = expected.getOrDefault(AGENT_TITLE, 0L);
      targets.forEach(
          (ticket, count) -> {
            if (count < expected.getOrDefault(titles.get(ticket), Long.MAX_VALUE)) {
              found.withoutTimers.add(ticket);
            }
          });
      found.orphanTimers =
          count(
              c,
              "SELECT COUNT(*) FROM sla_timers s WHERE NOT EXISTS"
                  + " (SELECT 1 FROM tickets t WHERE t.id = s.ticket_id)");
      found.orphanOutbox =
          count(
              c,
              "SELECT COUNT(*) FROM outbox_events e WHERE e.aggregate_type = 'ticket' AND NOT"
                  + " EXISTS (SELECT 1 FROM tickets t WHERE t.id = e.aggregate_id)");
      found.orphanNotifications =
          count(
              c,
              "SELECT COUNT(*) FROM notifications n WHERE n.ticket_id IS NOT NULL AND NOT EXISTS"
                  + " (SELECT 1 FROM tickets t WHERE t.id = n.ticket_id)");
      found.duplicateNumbers =
          count(
              c,
              "SELECT COUNT(*) FROM (SELECT tenant_id, number FROM tickets"
                  + " GROUP BY tenant_id, number HAVING COUNT(*) > 1) d");
      return found;
    }

    private static long count(Connection c, String sql) throws SQLException {
      try (var s = c.createStatement();
          var rows = s.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The work of {@link #CLIENTS} clients: what was acknowledged, and what was refused. */
  static final class Load {
    final Queue<Ticket> tickets = new ConcurrentLinkedQueue<>();
    final Queue<Comment> comments = new ConcurrentLinkedQueue<>();
    final Map<Long, Step> steps = new ConcurrentHashMap<>();
    final AtomicInteger transitions = new AtomicInteger();
    final Queue<String> imported = new ConcurrentLinkedQueue<>();
    final AtomicInteger unavailable = new AtomicInteger();
    final Queue<String> refused = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    void finish() throws InterruptedException {
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    }
  }

  /** Thrown by a client whose request got no answer: the server was killed under it. */
  static final class NoAnswer extends Exception {
    NoAnswer(IOException cause) {
      super(cause);
    }
  }

  /** The bearer tokens of the demo users the clients act as. */
  record Tokens(String agent, String endUser, String leader) {}

  /** One run of the packaged jar. */
  record Server(Process process, String base, Path logFile) {

    static Server start(Map<String, String> env, Path logFile) throws Exception {
      int port;
      try (var socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      String jar = System.getProperty("medley.jar", "target/medley.jar");
      var builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar)
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile());
      builder.environment().remove("MEDLEY_DB_URL");
      builder.environment().putAll(env);
      builder.environment().put("MEDLEY_PORT", String.valueOf(port));
      Server server = new Server(builder.start(), "http://127.0.0.1:" + port, logFile);
      try {
        Processes.awaitReady(
            "Medley",
            server.process,
            Duration.ofSeconds(120),
            server::log,
            () -> server.send(server.get("/health", null)).statusCode() == 200);
      } catch (AssertionError notReady) {
        server.process.destroyForcibly();
        throw notReady;
      }
      return server;
    }

    String log() {
      try {
        return Files.readString(logFile);
      } catch (IOException e) {
        return "(no log)";
      }
    }

    /** The log's errors with the lines that follow them (stack traces), for a failure message. */
    String errors() {
      List<String> lines = log().lines().toList();
      StringBuilder errors = new StringBuilder();
      for (int i = 0; i < lines.size() && errors.length() < 20_000; i++) {
        if (lines.get(i).contains("ERROR")) {
          lines
              .subList(i, Math.min(lines.size(), i + 40))
              .forEach(l -> errors.append(l).append('\n'));
        }
      }
      return errors.toString();
    }

    HttpRequest get(String path, String token) {
      var request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json");
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return request.build();
    }

    HttpRequest post(String path, String token, String contentType, String body) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", contentType)
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + token)
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String login(String user) throws Exception {
      var response =
          send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                  .build());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body()).path("access_token").asText();
    }

    Tokens tokens() throws Exception {
      return new Tokens(login("agent"), login("enduser"), login("leader"));
    }

    /** Mixed work from {@link #CLIENTS} clients for {@link #LOAD}, then left running. */
    Load workUntilKilled(Tokens tokens) throws Exception {
      Load load = start(tokens, true);
      // The server must not end on its own while it is loaded; after LOAD it is killed mid-load.
      assertThat(process.waitFor(LOAD.toMillis(), TimeUnit.MILLISECONDS))
          .as("server exited under load:\n" + log())
          .isFalse();
      return load;
    }

    Load workFor(Tokens tokens, Duration duration) throws Exception {
      Load load = start(tokens, false);
      assertThat(process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
      return load;
    }

    private Load start(Tokens tokens, boolean killedUnderLoad) throws Exception {
      JsonNode applications = JSON.readTree(send(get("/api/applications", tokens.agent())).body());
      long application = applications.path("items").path(0).path("id").asLong();
      assertThat(application).as("an application of the demo catalog").isPositive();
      Load load = new Load();
      for (int i = 0; i < CLIENTS; i++) {
        int client = i;
        load.clients.execute(
            () -> {
              try {
                while (!load.stop.get()) {
                  if (client % 16 == 1) {
                    importApplications(load, tokens.leader());
                  } else if (client % 8 == 0) {
                    endUserTicket(load, tokens.endUser(), application);
                  } else {
                    agentTicket(load, tokens.agent(), application);
                  }
                }
              } catch (NoAnswer killed) {
                // Killed with this request in flight (the caller checks that it was killed).
                if (!killedUnderLoad) {
                  load.refused.add(killed.getCause().toString());
                }
              } catch (InterruptedException | IOException e) {
                load.refused.add(e.toString());
              }
            });
      }
      return load;
    }

    private static String ticketBody(String title, long application) {
      return "{\"type\":\"INCIDENT\",\"title\":\""
          + title
          + "\",\"description\":\"Created while the server is killed\",\"applicationId\":"
          + application
          + ",\"impact\":2,\"urgency\":2,\"phi\":false}";
    }

    /** An end user files a ticket and adds a public comment. */
    private void endUserTicket(Load load, String token, long application)
        throws NoAnswer, InterruptedException, IOException {
      Ticket ticket = create(load, token, END_USER_TITLE, application);
      if (ticket != null) {
        comment(load, token, ticket, "PUBLIC");
      }
    }

    /** An agent files a ticket, comments, and works it to RESOLVED through {@link #STEPS}. */
    private void agentTicket(Load load, String token, long application)
        throws NoAnswer, InterruptedException, IOException {
      Ticket ticket = create(load, token, AGENT_TITLE, application);
      if (ticket == null
          || !comment(load, token, ticket, "PUBLIC")
          || !transition(load, token, ticket, "{\"to\":\"IN_PROGRESS\"}")
          || !comment(load, token, ticket, "INTERNAL")
          || !transition(load, token, ticket, "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}")) {
        return;
      }
      transition(
          load,
          token,
          ticket,
          "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\","
              + "\"resolution\":\"Replaced the print head\"}");
    }

    /** A leader imports two new applications from CSV, all rows or none. */
    private void importApplications(Load load, String token)
        throws NoAnswer, InterruptedException, IOException {
      String name = "Crash import " + UUID.randomUUID();
      String csv =
          "name,vendor,category,criticality,lifecycle,calendar\n"
              + name
              + " A,Acme,LABORATORY,3,LIVE,24x7\n"
              + name
              + " B,Acme,LABORATORY,4,LIVE,24x7\n";
      JsonNode result = answer(load, post("/api/applications/import", token, "text/csv", csv), 200);
      if (result != null && result.path("created").asInt() == 2) {
        load.imported.add(name + " A");
        load.imported.add(name + " B");
      } else if (result != null) {
        load.refused.add("import created not 2: " + result);
      }
    }

    private Ticket create(Load load, String token, String title, long application)
        throws NoAnswer, InterruptedException, IOException {
      JsonNode created =
          answer(
              load,
              post("/api/tickets", token, "application/json", ticketBody(title, application)),
              201);
      if (created == null) {
        return null;
      }
      Ticket ticket =
          new Ticket(created.path("id").asLong(), created.path("number").asText(), title);
      load.tickets.add(ticket);
      return ticket;
    }

    private boolean comment(Load load, String token, Ticket ticket, String visibility)
        throws NoAnswer, InterruptedException, IOException {
      String body =
          "{\"body\":\"Crash test " + visibility + " note\",\"visibility\":\"" + visibility + "\"}";
      JsonNode comment =
          answer(
              load,
              post("/api/tickets/" + ticket.id() + "/comments", token, "application/json", body),
              201);
      if (comment == null) {
        return false;
      }
      load.comments.add(new Comment(ticket.id(), comment.path("id").asLong()));
      return true;
    }

    private boolean transition(Load load, String token, Ticket ticket, String body)
        throws NoAnswer, InterruptedException, IOException {
      JsonNode moved =
          answer(
              load,
              post("/api/tickets/" + ticket.id() + "/transitions", token, "application/json", body),
              200);
      if (moved == null) {
        return false;
      }
      load.transitions.incrementAndGet();
      load.steps.put(
          ticket.id(),
          new Step(STEPS.indexOf(moved.path("status").asText()), moved.path("version").asLong()));
      return true;
    }

    /**
     * The answer's JSON if it is the expected status; null (counted) for a 503, which a loaded
     * server may answer when no connection frees up in time; null (refused) for anything else.
     */
    private JsonNode answer(Load load, HttpRequest request, int expected)
        throws NoAnswer, InterruptedException, IOException {
      HttpResponse<String> reply;
      try {
        reply = send(request);
      } catch (IOException noAnswer) {
        throw new NoAnswer(noAnswer);
      }
      if (reply.statusCode() == expected) {
        return JSON.readTree(reply.body());
      }
      if (reply.statusCode() == 503) {
        load.unavailable.incrementAndGet();
      } else {
        load.refused.add(
            request.method()
                + " "
                + request.uri().getPath()
                + ": "
                + reply.statusCode()
                + " "
                + reply.body());
      }
      return null;
    }
  }
}
