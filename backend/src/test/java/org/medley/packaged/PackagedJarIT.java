package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.medley.testing.Processes;

/**
 * The README's promise, checked on the real artifact: {@code java -jar medley.jar} with no
 * configuration starts on the embedded database with the demo hospital, serves the SPA and the API,
 * keeps its data across a restart, and a demo user can sign in through the browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path dataDir;
  private static Process medley;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    dataDir = Files.createTempDirectory("medley-it");
    medley = launch();
  }

  @AfterAll
  static void stop() throws Exception {
    if (medley != null) {
      medley.destroy();
      medley.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Process launch() throws Exception {
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
    Process process = builder.start();
    Processes.awaitReady(
        "Medley",
        process,
        Duration.ofSeconds(90),
        PackagedJarIT::log,
        () -> get("/health", null).statusCode() == 200);
    return process;
  }

  private static String log() {
    try {
      return Files.readString(dataDir.resolve("medley.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String login(String user) throws Exception {
    var response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  @Test
  @Order(1)
  void servesTheSpaAndItsAssets() throws Exception {
    var index = get("/", null);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<div id=\"root\"");
    var asset = index.body().replaceAll("(?s).*?(/assets/[^\"]+\\.js).*", "$1");
    assertThat(asset).startsWith("/assets/");
    var js = get(asset, null);
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
  }

  @Test
  @Order(2)
  void healthIncludesTheEmbeddedDatabase() throws Exception {
    JsonNode health = JSON.readTree(get("/health", login("admin")).body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("details").path("jdbc").toString()).contains("H2");
  }

  @Test
  @Order(3)
  void demoUserSignsInAndSeesTheHospital() throws Exception {
    var me = get("/api/me", login("leader"));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(me.body()).path("organization").path("name").asText())
        .isEqualTo("Riverside Health");
  }

  @Test
  @Order(4)
  void browserJourneyPasses() throws Exception {
    Path frontend = Path.of(System.getProperty("medley.frontend.dir", "../frontend"));
    Path node = frontend.resolve("node/node");
    assertThat(node).as("node installed by the frontend build").exists();
    ensureChromium();
    Path screenshots = Path.of("target/e2e").toAbsolutePath();
    Files.createDirectories(screenshots);
    var builder =
        // Three journey files at a time: they mostly wait on the browser and the server (serially
        // about 250 s with the axe-core checks, about 170 s like this on two cores).
        new ProcessBuilder(
                node.toAbsolutePath().toString(),
                "--test",
                "--test-concurrency=3",
                "e2e/**/*.test.mjs")
            .directory(frontend.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("MEDLEY_URL", base);
    builder.environment().put("MEDLEY_SCREENSHOTS", screenshots.toString());
    Process e2e = builder.start();
    assertThat(e2e.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(e2e.exitValue()).as("node --test e2e exit code (output above)").isZero();
  }

  @Test
  @Order(5)
  void dataSurvivesARestart() throws Exception {
    String token = login("agent");
    String before = get("/api/me", token).body();
    medley.destroy();
    assertThat(medley.waitFor(30, TimeUnit.SECONDS)).isTrue();
    medley = launch();
    assertThat(log()).doesNotContain("ERROR").doesNotContain("Seeded the demo hospital");
    // the signing key is kept in the database: a session survives the restart
    assertThat(get("/api/me", token).body()).isEqualTo(before);
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
