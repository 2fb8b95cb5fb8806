package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.medley.testing.Processes;

/**
 * The real artifact, {@code java -jar medley.jar}, on a data directory of its own, with its log in
 * {@code medley.log} there; and the browser journeys ({@code node --test}) run against it. Shared
 * by the packaged-jar tests.
 */
final class PackagedJar implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dataDir;
  private final Map<String, String> environment;
  private Process process;
  private String base;

  private PackagedJar(Path dataDir, Map<String, String> environment) {
    this.dataDir = dataDir;
    this.environment = environment;
  }

  /** Starts the jar on a new, empty data directory with these extra environment variables. */
  static PackagedJar start(Map<String, String> environment) throws Exception {
    var jar = new PackagedJar(Files.createTempDirectory("medley-it"), environment);
    jar.launch();
    return jar;
  }

  String base() {
    return base;
  }

  private void launch() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    String jar = System.getProperty("medley.jar", "target/medley.jar");
    var builder =
        // A server on hospital time, with clock changes: org.medley.platform.UtcStorage must hold.
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=America/New_York",
                "-jar",
                jar)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("medley.log").toFile());
    builder.environment().put("MEDLEY_PORT", String.valueOf(port));
    builder.environment().put("MEDLEY_DATA_DIR", dataDir.toString());
    builder.environment().remove("MEDLEY_DB_URL");
    // Links Medley prints or mails point at this process.
    builder.environment().put("MEDLEY_PUBLIC_URL", base);
    builder.environment().putAll(environment);
    process = builder.start();
    Processes.awaitReady(
        "Medley",
        process,
        Duration.ofSeconds(90),
        this::log,
        () -> get("/health", null).statusCode() == 200);
  }

  /** Stops the process and starts it again on the same data directory (a new port). */
  void restart() throws Exception {
    stop();
    launch();
  }

  /** What the jar logged since its last (re)start. */
  String log() {
    try {
      return Files.readString(dataDir.resolve("medley.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String login(String user, String password) throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("username", user, "password", password))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  /**
   * Runs browser journey files (globs under {@code frontend/}) against this jar, with {@code
   * MEDLEY_URL} and {@code MEDLEY_SCREENSHOTS} set plus {@code environment}; fails on a failed one.
   */
  void runJourneys(int concurrency, Map<String, String> environment, String... files)
      throws Exception {
    Path frontend = Path.of(System.getProperty("medley.frontend.dir", "../frontend"));
    Path node = frontend.resolve("node/node");
    assertThat(node).as("node installed by the frontend build").exists();
    ensureChromium();
    Path screenshots = Path.of("target/e2e").toAbsolutePath();
    Files.createDirectories(screenshots);
    var command = new java.util.ArrayList<String>();
    command.add(node.toAbsolutePath().toString());
    command.add("--test");
    command.add("--test-concurrency=" + concurrency);
    command.addAll(java.util.List.of(files));
    var builder =
        new ProcessBuilder(command)
            .directory(frontend.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("MEDLEY_URL", base);
    builder.environment().put("MEDLEY_SCREENSHOTS", screenshots.toString());
    builder.environment().putAll(environment);
    Process e2e = builder.start();
    assertThat(e2e.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(e2e.exitValue()).as("node --test exit code (output above)").isZero();
  }

  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /** The browser test needs Debian's Chromium; install it the way the machine allows. */
  private static void ensureChromium() throws Exception {
    if (new File("/usr/bin/chromium").canExecute()) {
      return;
    }
    var install =
        new ProcessBuilder(
                "sh",
                "-c",
                "(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertThat(install.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(new File("/usr/bin/chromium").canExecute()).as("chromium installed").isTrue();
  }
}
