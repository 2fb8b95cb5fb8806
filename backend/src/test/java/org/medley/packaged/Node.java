package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.medley.testing.Processes;

/**
 * One Medley node of a multi-node packaged-jar test: the jar on a shared database (its environment
 * says which), named {@code MEDLEY_NODE_NAME=name} so its claims show whose they are, with a log
 * per launch under the test's folder. It can be killed with SIGKILL and started again.
 */
final class Node {

  /** What {@code Process.exitValue()} reports for a process ended by signal 9 (128 + 9). */
  static final int KILLED_BY_SIGKILL = 137;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final String name;
  private final Map<String, String> env;
  private final Path logDir;
  private final List<String> jvmOptions;
  volatile Process process;
  volatile String base;

  /** Set just before the test kills it: its clients' broken connections are expected. */
  volatile boolean killed;

  private int launches;

  private Node(String name, Map<String, String> env, Path logDir, List<String> jvmOptions) {
    this.name = name;
    this.env = env;
    this.logDir = logDir;
    this.jvmOptions = jvmOptions;
  }

  /** Starts the jar (not waiting for it: see {@link #awaitReady}) with these JVM options. */
  static Node launch(String name, Map<String, String> env, Path logDir, String... jvmOptions)
      throws Exception {
    Node node = new Node(name, env, logDir, List.of(jvmOptions));
    node.start();
    return node;
  }

  private Path logFile() {
    return logDir.resolve("node-" + name + "-" + launches + ".log");
  }

  private void start() throws Exception {
    launches++;
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String jar = System.getProperty("medley.jar", "target/medley.jar");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar);
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile().toFile());
    builder.environment().remove("MEDLEY_DB_URL");
    builder.environment().putAll(env);
    builder.environment().put("MEDLEY_PORT", String.valueOf(port));
    builder.environment().put("MEDLEY_DATA_DIR", logDir.resolve("data-" + name).toString());
    builder.environment().put("MEDLEY_NODE_NAME", name);
    base = "http://127.0.0.1:" + port;
    process = builder.start();
  }

  void awaitReady() {
    try {
      Processes.awaitReady(
          "Medley node " + name,
          process,
          // Two nodes migrating and seeding at once on a shared 2-core machine under other builds
          // have taken over 2 minutes.
          Duration.ofSeconds(240),
          this::log,
          () ->
              HTTP.send(request("GET", "/health", null, null), HttpResponse.BodyHandlers.ofString())
                      .statusCode()
                  == 200);
    } catch (AssertionError notReady) {
      process.destroyForcibly();
      throw notReady;
    }
  }

  /** Ends the process with SIGKILL (no shutdown hook, no rollback but the database's own). */
  void kill() throws InterruptedException {
    killed = true;
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("node %s killed by SIGKILL", name)
        .isEqualTo(KILLED_BY_SIGKILL);
  }

  /** Starts the node again on the same database (a new port), after it was killed. */
  void relaunch() throws Exception {
    killed = false;
    start();
    awaitReady();
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  String log() {
    try {
      return Files.readString(logFile());
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
            .subList(i, Math.min(lines.size(), i + 30))
            .forEach(l -> errors.append(l).append('\n'));
      }
    }
    return errors.toString();
  }

  String login(String user) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("username", user).put("password", "demo");
    var response = send("POST", "/login", null, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  HttpResponse<String> send(String method, String path, String token, JsonNode body)
      throws IOException, InterruptedException {
    return HTTP.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A new incident (impact and urgency 3, no PHI) on {@code application}, for POST /api/tickets.
   */
  static ObjectNode incident(String title, String description, long application) {
    return JSON.createObjectNode()
        .put("type", "INCIDENT")
        .put("title", title)
        .put("description", description)
        .put("applicationId", application)
        .put("impact", 3)
        .put("urgency", 3)
        .put("phi", false);
  }

  /** Sends and reads the answer's JSON, which must come with {@code status}. */
  JsonNode expect(String method, String path, String token, JsonNode body, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(method, path, token, body);
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpRequest request(String method, String path, String token, JsonNode body) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }
}
