package org.medley.integrations.rt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChange.Kind;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUpdate;

/**
 * The Request Tracker protocol against a real RT 5 (Debian's {@code request-tracker5}, SQLite,
 * Starlet on a free port), started from scratch in a temporary directory: a fresh database ({@code
 * rt-setup-database-5 --action init}), an integration user and a partner's agent with auth tokens
 * ({@code real-rt-users.pl}), then the whole round trip through the Camel route. Skipped where RT
 * is not installed; CI installs it with {@code apt-get install -y --no-install-recommends
 * request-tracker5 rt5-db-sqlite rt5-standalone} (about 2½ minutes, then about 15 s to set up and
 * start per run).
 */
@EnabledIf(
    value = "rtIsInstalled",
    disabledReason =
        "Request Tracker 5 is not installed here, so the test against a real RT is skipped"
            + " (apt-get install -y --no-install-recommends request-tracker5 rt5-db-sqlite"
            + " rt5-standalone)")
class RealRequestTrackerTest {

  static final Path RT_SERVER = Path.of("/usr/share/request-tracker5/libexec/rt-server");
  static final Path SETUP_DATABASE = Path.of("/usr/sbin/rt-setup-database-5");
  static final ObjectMapper JSON = new ObjectMapper();

  static Path dir;
  static Process server;
  static URI base;
  static String medleyToken;
  static String aliceToken;
  static Desks desks;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  static boolean rtIsInstalled() {
    return Files.isExecutable(RT_SERVER) && Files.isExecutable(SETUP_DATABASE);
  }

  @BeforeAll
  static void startRt() throws Exception {
    dir = Files.createTempDirectory("medley-real-rt");
    Files.createDirectories(dir.resolve("site.d"));
    Files.createDirectories(dir.resolve("var"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = URI.create("http://127.0.0.1:" + port);
    Files.writeString(
        dir.resolve("RT_SiteConfig.pm"),
        String.join(
            "\n",
            "Set($DatabaseType, 'SQLite');",
            "Set($DatabaseName, '" + dir.resolve("rtdb") + "');",
            "Set($rtname, 'medley-test');",
            "Set($Organization, 'medley-test');",
            "Set($WebPath, '');",
            "Set($WebDomain, '127.0.0.1');",
            "Set($WebPort, " + port + ");",
            "Set($WebBaseURL, '" + base + "');",
            "Set($LogToSTDERR, 'error');",
            "Set($LogToSyslog, undef);",
            "Set($MailCommand, 'mbox');",
            "Set($VarPath, '" + dir.resolve("var") + "');",
            "Set($CorrespondAddress, 'rt@medley-test.invalid');",
            "Set($CommentAddress, 'rt-comment@medley-test.invalid');",
            "1;",
            ""));
    run(SETUP_DATABASE.toString(), "--action", "init", "--skip-create");
    Path users = dir.resolve("real-rt-users.pl");
    try (InputStream script =
        RealRequestTrackerTest.class.getResourceAsStream("/rt/real-rt-users.pl")) {
      Files.copy(script, users);
    }
    Map<String, String> tokens = new HashMap<>();
    for (String line : run("perl", users.toString()).split("\n")) {
      String[] parts = line.strip().split(" ");
      if (parts.length == 2) {
        tokens.put(parts[0], parts[1]);
      }
    }
    medleyToken = tokens.get("medley");
    aliceToken = tokens.get("alice");
    assertThat(medleyToken).as("the integration user's token").isNotBlank();

    ProcessBuilder starlet =
        new ProcessBuilder(
                RT_SERVER.toString(),
                "--server",
                "Starlet",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--max-workers",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile());
    environment(starlet);
    server = starlet.start();
    awaitRt(Duration.ofSeconds(120));
    desks =
        Desks.start(
            List.of(new RequestTracker()),
            new Desks.Settings(
                Duration.ofSeconds(5), Duration.ofSeconds(30), 1, Duration.ofMillis(100), 4),
            Clock.systemUTC());
  }

  @AfterAll
  static void stopRt() {
    if (desks != null) {
      desks.close();
    }
    if (server != null) {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      try {
        server.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (dir != null) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // a temporary directory: the system cleans it up eventually
      }
    }
  }

  static DeskConnection connection(String token) {
    return new DeskConnection(
        42,
        DeskKind.REQUEST_TRACKER,
        "Real RT",
        base,
        DeskConnection.Auth.token(token),
        Map.of("queue", "General", "integrationUser", "medley"),
        null);
  }

  static DeskUpdate update(
      String number, String externalId, DeskUpdate.Kind kind, String title, String text) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        externalId,
        kind,
        title,
        kind == DeskUpdate.Kind.CREATE ? "The printer on ward 3 jams on every page." : null,
        "P2",
        null,
        null,
        text,
        null,
        "Nora Nurse",
        Instant.now());
  }

  @Test
  void aTicketGoesRoundTripThroughARealRt() throws Exception {
    DeskConnection rt = connection(medleyToken);
    String watermark = desks.poll(rt, null).watermark();
    String number = "HSD-" + (System.currentTimeMillis() % 100000);

    DeskUpdate create = update(number, null, DeskUpdate.Kind.CREATE, "Printer jams", null);
    DeskReceipt receipt = desks.deliver(rt, create);
    assertThat(desks.deliver(rt, create)).isEqualTo(receipt);
    String id = receipt.externalId();
    assertThat(partner("GET", "/ticket/" + id, null).path("Subject").asText())
        .isEqualTo(number + " Printer jams");
    assertThat(ticketsWithSubject(number)).isEqualTo(1);

    partner(
        "POST",
        "/ticket/" + id + "/correspond",
        "{\"Content\":\"Which model?\",\"ContentType\":\"text/plain\"}");
    DeskChanges asked = drain(rt, watermark);
    assertThat(asked.changes())
        .extracting(DeskChange::kind, DeskChange::text, DeskChange::author)
        .contains(org.assertj.core.groups.Tuple.tuple(Kind.PUBLIC_REPLY, "Which model?", "alice"));
    assertThat(asked.changes()).allSatisfy(c -> assertThat(c.externalId()).isEqualTo(id));

    DeskUpdate reply = update(number, id, DeskUpdate.Kind.PUBLIC_COMMENT, null, "HP M404");
    desks.deliver(rt, reply);
    desks.deliver(rt, reply);
    assertThat(attachmentsWithSubject("[medley:" + reply.eventId() + "]")).isEqualTo(1);
    assertThat(drain(rt, asked.watermark()).changes()).isEmpty();

    partner("PUT", "/ticket/" + id, "{\"Status\":\"resolved\"}");
    DeskChanges resolvedFirst = drain(rt, asked.watermark());
    assertThat(resolvedFirst.changes()).extracting(DeskChange::kind).containsExactly(Kind.RESOLVED);

    // Medley's reply reopens the resolved ticket (RT's scrip, as RT_System): not an echo either.
    desks.deliver(rt, update(number, id, DeskUpdate.Kind.PUBLIC_COMMENT, null, "Still jams"));
    assertThat(partner("GET", "/ticket/" + id, null).path("Status").asText()).isEqualTo("open");
    assertThat(drain(rt, resolvedFirst.watermark()).changes()).isEmpty();
  }

  @Test
  void theConnectionTestUsesTheRealToken() {
    DeskHealth ok = desks.test(connection(medleyToken));
    assertThat(ok.ok()).as(ok.detail()).isTrue();
    assertThat(ok.detail()).contains("General");

    DeskHealth refused = desks.test(connection("1-2-nottherighttoken"));
    assertThat(refused.ok()).isFalse();
    assertThat(refused.detail()).contains("RT refused the token");
  }

  /** Polls until a poll reports nothing new, all changes together. */
  static DeskChanges drain(DeskConnection rt, String watermark) {
    List<DeskChange> all = new java.util.ArrayList<>();
    DeskChanges page = desks.poll(rt, watermark);
    while (!page.watermark().equals(watermark)) {
      all.addAll(page.changes());
      watermark = page.watermark();
      page = desks.poll(rt, watermark);
    }
    return new DeskChanges(all, watermark);
  }

  static int ticketsWithSubject(String number) throws Exception {
    String query = URLEncoder.encode("Subject LIKE '" + number + "'", StandardCharsets.UTF_8);
    return partner("GET", "/tickets?query=" + query, null).path("total").asInt();
  }

  static int attachmentsWithSubject(String subject) throws Exception {
    String query =
        URLEncoder.encode(
            "[{\"field\":\"Subject\",\"value\":\"" + subject + "\"}]", StandardCharsets.UTF_8);
    return partner("GET", "/attachments?query=" + query, null).path("total").asInt();
  }

  /** The partner's agent (alice) working in RT through REST2. */
  static JsonNode partner(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/REST/2.0" + path))
            .header("Authorization", "token " + aliceToken)
            .timeout(Duration.ofSeconds(30));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> answer =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode())
        .as(method + " " + path + ": " + answer.body())
        .isBetween(200, 299);
    return JSON.readTree(answer.body());
  }

  private static void awaitRt(Duration patience) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException(
            "rt-server stopped: " + Files.readString(dir.resolve("server.log")));
      }
      try {
        HttpResponse<Void> answer =
            CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + "/REST/2.0/queue/General"))
                    .header("Authorization", "token " + medleyToken)
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250); // a process starting up, not a Camel route: nothing to be notified by
    }
    throw new IllegalStateException("rt-server did not answer within " + patience);
  }

  private static String run(String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    environment(builder);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }

  private static void environment(ProcessBuilder builder) {
    builder.environment().put("RT_SITE_CONFIG", dir.resolve("RT_SiteConfig.pm").toString());
    builder.environment().put("RT_SITE_CONFIG_DIR", dir.resolve("site.d").toString());
  }
}
