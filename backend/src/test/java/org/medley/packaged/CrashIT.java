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
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medley.testing.Processes;

/**
 * A 201 means the ticket is on disk: the packaged jar is killed with SIGKILL while 16 clients
 * create tickets, started again on the same data, and every ticket it acknowledged must be there
 * with its number; tickets created after the restart must not reuse an acknowledged id or number.
 * On the embedded default (H2) and on MariaDB. The figures are printed for the release notes.
 */
class CrashIT {

  private static final int CLIENTS = 16;
  private static final Duration LOAD = Duration.ofSeconds(4);
  private static final Duration LOAD_AFTER_RESTART = Duration.ofSeconds(2);

  /** What {@code Process.exitValue()} reports for a process ended by signal 9 (128 + 9). */
  private static final int KILLED_BY_SIGKILL = 137;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void embeddedDefaultKeepsEveryAcknowledgedTicket(@TempDir Path dataDir) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("MEDLEY_DATA_DIR", dataDir.toString());
    crashAndRestart("embedded H2", env, dataDir);
  }

  @Test
  void mariaDbKeepsEveryAcknowledgedTicket(@TempDir Path logDir) throws Exception {
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
      crashAndRestart("MariaDB", env, logDir);
    } finally {
      try (var c = DriverManager.getConnection(server, "root", "");
          var s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + db);
      }
    }
  }

  record Ticket(long id, String number) {}

  private void crashAndRestart(String label, Map<String, String> env, Path logDir)
      throws Exception {
    Server first = Server.start(env, logDir.resolve("first.log"));
    Load load;
    try {
      load = first.createUntilKilled(first.login("agent"));
    } finally {
      first.process.destroyForcibly();
    }
    assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(first.process.exitValue()).as("killed by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
    load.finish();
    assertThat(load.refused)
        .as("answers other than 201 before the kill; server log:%n%s", first.errors())
        .isEmpty();
    assertThat(load.acknowledged).as("tickets acknowledged before the kill").isNotEmpty();

    Server second = Server.start(env, logDir.resolve("second.log"));
    try {
      String token = second.login("agent");
      List<Ticket> missing = new ArrayList<>();
      for (Ticket ticket : load.acknowledged) {
        HttpResponse<String> read = second.send(second.get("/api/tickets/" + ticket.id(), token));
        if (read.statusCode() != 200
            || !ticket.number().equals(JSON.readTree(read.body()).path("number").asText())) {
          missing.add(ticket);
        }
      }
      Load after = second.createFor(token, LOAD_AFTER_RESTART);
      after.finish();
      Set<Long> ids = new HashSet<>();
      Set<String> numbers = new HashSet<>();
      for (Ticket ticket : load.acknowledged) {
        ids.add(ticket.id());
        numbers.add(ticket.number());
      }
      List<Ticket> reused =
          after.acknowledged.stream()
              .filter(t -> ids.contains(t.id()) || numbers.contains(t.number()))
              .toList();
      int found = load.acknowledged.size() - missing.size();
      System.out.printf(
          "CrashIT [%s]: %d clients, SIGKILL after %d s: acknowledged %d, found after restart %d"
              + " (same number), lost %d; created after restart %d, reusing an id or number %d;"
              + " identity counters repaired at restart: %d%n",
          label,
          CLIENTS,
          LOAD.toSeconds(),
          load.acknowledged.size(),
          found,
          missing.size(),
          after.acknowledged.size(),
          reused.size(),
          second.log().lines().filter(l -> l.contains("Embedded database:")).count());
      assertThat(missing.size())
          .as("acknowledged tickets missing after the restart, e.g. %s", first(missing))
          .isZero();
      assertThat(after.refused)
          .as("answers other than 201 after the restart; server log:%n%s", second.errors())
          .isEmpty();
      assertThat(after.acknowledged).as("tickets created after the restart").isNotEmpty();
      assertThat(reused.size())
          .as("new tickets reusing an acknowledged id or number, e.g. %s", first(reused))
          .isZero();
    } finally {
      second.process.destroy();
      second.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static List<Ticket> first(List<Ticket> tickets) {
    return tickets.subList(0, Math.min(5, tickets.size()));
  }

  /** Tickets created by {@link #CLIENTS} clients: what was answered 201, and anything else. */
  static final class Load {
    final Queue<Ticket> acknowledged = new ConcurrentLinkedQueue<>();
    final Queue<String> refused = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stop = new AtomicBoolean();
    final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    void finish() throws InterruptedException {
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    }
  }

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

    /**
     * Creates tickets from {@link #CLIENTS} clients for {@link #LOAD}, then leaves them running.
     */
    Load createUntilKilled(String token) throws Exception {
      Load load = start(token, true);
      // The server must not end on its own while it is loaded; after LOAD it is killed mid-load.
      assertThat(process.waitFor(LOAD.toMillis(), TimeUnit.MILLISECONDS))
          .as("server exited under load:\n" + log())
          .isFalse();
      return load;
    }

    Load createFor(String token, Duration duration) throws Exception {
      Load load = start(token, false);
      assertThat(process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
      return load;
    }

    private Load start(String token, boolean killedUnderLoad) throws Exception {
      JsonNode applications = JSON.readTree(send(get("/api/applications", token)).body());
      long application = applications.path("items").path(0).path("id").asLong();
      assertThat(application).as("an application of the demo catalog").isPositive();
      String body =
          "{\"type\":\"INCIDENT\",\"title\":\"Crash test: label printer offline\","
              + "\"description\":\"Created while the server is killed\",\"applicationId\":"
              + application
              + ",\"impact\":2,\"urgency\":2,\"phi\":false}";
      HttpRequest create =
          HttpRequest.newBuilder(URI.create(base + "/api/tickets"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      Load load = new Load();
      for (int i = 0; i < CLIENTS; i++) {
        load.clients.execute(
            () -> {
              while (!load.stop.get()) {
                HttpResponse<String> reply;
                try {
                  reply = send(create);
                } catch (IOException noAnswer) {
                  // Killed with this request in flight (the caller checks that it was killed).
                  if (!killedUnderLoad) {
                    load.refused.add(noAnswer.toString());
                  }
                  return;
                } catch (InterruptedException e) {
                  return;
                }
                if (reply.statusCode() == 201) {
                  try {
                    JsonNode ticket = JSON.readTree(reply.body());
                    load.acknowledged.add(
                        new Ticket(ticket.path("id").asLong(), ticket.path("number").asText()));
                  } catch (IOException e) {
                    load.refused.add("unreadable 201: " + reply.body());
                  }
                } else {
                  load.refused.add(reply.statusCode() + " " + reply.body());
                }
              }
            });
      }
      return load;
    }
  }
}
