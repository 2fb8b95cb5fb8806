package org.medley.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Keycloak distribution (unpacked from Maven Central by the build) with Medley's shipped
 * realm, started at most once per test JVM. {@link KeycloakBoot} starts it in the background when
 * the test plan needs it, because it takes 15–60 s; tests then wait for it with {@link #get()}.
 *
 * <p>The realm file is the real {@code infra/keycloak/medley-realm.json} plus clients only tests
 * need: the shipped realm has no client that accepts passwords directly.
 */
public final class Keycloak {

  /** Public test client with the password grant and the same token mappers as the SPA. */
  public static final String TEST_CLIENT = "medley-test";

  /** Like {@link #TEST_CLIENT}, but its access tokens expire after one second. */
  public static final String SHORT_LIVED_CLIENT = "medley-test-short";

  /** Like {@link #TEST_CLIENT}, but its tokens are not meant for Medley (no audience mapper). */
  public static final String OTHER_APP_CLIENT = "other-app";

  /** A realm user whose administrator forgot the tenant and organisation attributes. */
  public static final String USER_WITHOUT_TENANT = "newhire";

  private static final ObjectMapper JSON = new ObjectMapper();
  // 15-25 s on an idle 2-core machine; 240 s was measured while three builds shared it.
  private static final Duration START_TIMEOUT = Duration.ofSeconds(480);
  private static CompletableFuture<Keycloak> starting;

  private final Process process;
  private final String base;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  /** How long the start took, for the test report. */
  public final Duration startup;

  private Keycloak(Process process, String base, Path log, Duration startup) {
    this.process = process;
    this.base = base;
    this.log = log;
    this.startup = startup;
  }

  /** Starts Keycloak on a background thread unless that already happened. */
  public static synchronized CompletableFuture<Keycloak> startInBackground() {
    if (starting == null) {
      starting = CompletableFuture.supplyAsync(Keycloak::start);
    }
    return starting;
  }

  /** The running Keycloak, waiting for its start if needed. */
  public static Keycloak get() throws Exception {
    return startInBackground().get(START_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
  }

  public String issuer() {
    return base + "/realms/medley";
  }

  /** An access token for a realm user, through the password grant of one of the test clients. */
  public JsonNode tokens(String client, String username, String password) throws Exception {
    String form =
        "grant_type=password&client_id="
            + enc(client)
            + "&username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&scope=openid";
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("Keycloak refused a token for " + username + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  public String accessToken(String client, String username) throws Exception {
    return tokens(client, username, "demo").path("access_token").asText();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Keycloak start() {
    try {
      Instant started = Instant.now();
      Path home = Path.of(required("medley.keycloak.home"));
      Path kc = home.resolve("bin/kc.sh");
      if (!Files.exists(kc)) {
        throw new IllegalStateException(
            "No Keycloak at " + home + ": the build unpacks it (maven-dependency-plugin)");
      }
      // A fresh database each run, so the realm is always imported from the current file.
      deleteRecursively(home.resolve("data"));
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.writeString(
          imports.resolve("medley-realm.json"),
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(withTestClients(Path.of(required("medley.keycloak.realm")))));

      int port;
      try (var socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      String base = "http://127.0.0.1:" + port;
      Path log = home.resolve("keycloak.log");
      var builder =
          new ProcessBuilder(
                  "bash",
                  kc.toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--http-host=127.0.0.1",
                  "--import-realm",
                  "--hostname=" + base,
                  // Keycloak 26 refuses a password login for a user while it still counts the
                  // previous one when brute-force protection is on ("Invalid user credentials",
                  // keycloak#33527): on a loaded machine two sign-ins in a row can meet it.
                  "--spi-brute-force-protector-default-brute-force-detector-allow-concurrent-requests=true")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      Process process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));

      HttpClient http = HttpClient.newHttpClient();
      URI discovery = URI.create(base + "/realms/medley/.well-known/openid-configuration");
      try {
        Processes.awaitReady(
            "Keycloak",
            process,
            START_TIMEOUT,
            () -> tail(log),
            () ->
                http.send(
                            HttpRequest.newBuilder(discovery)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                    == 200);
      } catch (AssertionError notReady) {
        stop(process);
        throw notReady;
      }
      return new Keycloak(process, base, log, Duration.between(started, Instant.now()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shipped realm plus the test-only clients and user. */
  static JsonNode withTestClients(Path realmFile) throws IOException {
    ObjectNode realm = (ObjectNode) JSON.readTree(realmFile.toFile());
    ArrayNode clients = (ArrayNode) realm.get("clients");
    JsonNode spa = null;
    for (JsonNode client : clients) {
      if ("medley-spa".equals(client.path("clientId").asText())) {
        spa = client;
      }
    }
    if (spa == null) {
      throw new IllegalStateException("The realm has no medley-spa client");
    }
    clients.add(testClient(spa, TEST_CLIENT));
    ObjectNode shortLived = testClient(spa, SHORT_LIVED_CLIENT);
    shortLived.putObject("attributes").put("access.token.lifespan", "1");
    clients.add(shortLived);
    ObjectNode otherApp = testClient(spa, OTHER_APP_CLIENT);
    ArrayNode mappers = otherApp.putArray("protocolMappers");
    spa.path("protocolMappers")
        .forEach(
            m -> {
              if (!"oidc-audience-mapper".equals(m.path("protocolMapper").asText())) {
                mappers.add(m.deepCopy());
              }
            });
    clients.add(otherApp);

    ObjectNode newHire = ((ArrayNode) realm.get("users")).addObject();
    newHire.put("username", USER_WITHOUT_TENANT).put("enabled", true).put("emailVerified", true);
    newHire.put("firstName", "Nico").put("lastName", "Hirsch");
    newHire.put("email", "newhire@riverside-health.example");
    newHire.putArray("realmRoles").add("agent");
    newHire
        .putArray("credentials")
        .addObject()
        .put("type", "password")
        .put("value", "demo")
        .put("temporary", false);
    return realm;
  }

  private static ObjectNode testClient(JsonNode spa, String clientId) {
    ObjectNode client = JSON.createObjectNode();
    client.put("clientId", clientId).put("enabled", true).put("publicClient", true);
    client.put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true);
    client.set("protocolMappers", spa.path("protocolMappers").deepCopy());
    return client;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set (the backend pom sets it for Surefire)");
    }
    return value;
  }

  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      var lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The Keycloak log, for failure messages. */
  public String log() {
    return tail(log);
  }

  public boolean isRunning() {
    return process.isAlive();
  }
}
