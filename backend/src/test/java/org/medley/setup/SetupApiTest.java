package org.medley.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.medley.testing.Api;
import org.medley.testing.EmptyMedley;

/**
 * The first start of an empty Medley on the built-in issuer, on a MariaDB database of its own: the
 * log's one-time link sets up the organisation and its first administrator, who is signed in at
 * once; the link works once, for 24 hours, and never after setup.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupApiTest {

  private static final String PASSWORD = "quiet lantern harbour 42";

  private static EmptyMedley medley;
  private static EmbeddedServer node;
  private static String linkToken;

  @BeforeAll
  static void start() throws Exception {
    medley = EmptyMedley.create();
    node = medley.start();
    linkToken = medley.lastSetupToken();
  }

  @AfterAll
  static void stop() throws Exception {
    if (medley != null) {
      medley.close();
    }
  }

  private static Api.Reply post(String body) {
    return EmptyMedley.send(node, "POST", "/api/setup", body, null);
  }

  private static String form(String token, String zone, String password) {
    return """
        {"token": "%s",
         "organization": {"name": "Lakeview Medical Center", "timeZone": "%s"},
         "businessHours": {"from": "07:30", "to": "18:00"},
         "admin": {"displayName": "Morgan Lee", "email": "morgan.lee@lakeview.example",
                   "password": "%s"}}"""
        .formatted(token, zone, password);
  }

  private static String field(Api.Reply reply) {
    return reply.json().path("errors").path(0).path("field").asText();
  }

  /** Stores a token the way the startup does, valid until {@code expiresAt} (SQL). */
  private static String storedToken(String expiresAt) throws Exception {
    String token = SetupLink.newToken(new java.security.SecureRandom());
    medley
        .database()
        .execute(
            "INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES ('"
                + SetupLink.hash(token)
                + "', UTC_TIMESTAMP(6) - INTERVAL 25 HOUR, "
                + expiresAt
                + ")");
    return token;
  }

  @Test
  @Order(1)
  void theLogCarriesOneLinkAndOnlyItsHashIsStored() throws Exception {
    List<String> links =
        medley.setupLog().stream().filter(l -> l.contains("/setup?token=")).toList();
    assertThat(links).singleElement().asString().startsWith("WARN ");
    assertThat(linkToken).matches("[A-Za-z0-9_-]{43}"); // 256 bits, URL-safe
    assertThat(medley.database().rows("SELECT token_hash FROM setup_tokens"))
        .containsExactly(SetupLink.hash(linkToken))
        .doesNotContain(linkToken);
  }

  @Test
  @Order(2)
  void beforeSetupTheStatusSaysItIsNeededAndJudgesTheLink() {
    var status = EmptyMedley.send(node, "GET", "/api/setup?token=" + linkToken, null, null);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().path("needed").asBoolean()).isTrue();
    assertThat(status.json().path("issuer").asText()).isEqualTo("BUILT_IN");
    assertThat(status.json().path("link").asText()).isEqualTo("VALID");
    assertThat(status.json().path("mayFinish").asBoolean()).isTrue();
    var wrong = EmptyMedley.send(node, "GET", "/api/setup?token=nonsense", null, null);
    assertThat(wrong.json().path("link").asText()).isEqualTo("UNKNOWN");
    assertThat(wrong.json().path("mayFinish").asBoolean()).isFalse();
  }

  @Test
  @Order(3)
  void badInputIsRefusedNamingTheFieldAndLeavesTheLinkUsable() {
    assertThat(field(assertProblem(post(form(linkToken, "UTC", "password123456")), 400)))
        .isEqualTo("admin.password");
    assertThat(field(assertProblem(post(form(linkToken, "Mars/Olympus", PASSWORD)), 400)))
        .isEqualTo("organization.timeZone");
    assertThat(field(assertProblem(post(form(linkToken, "+02:00", PASSWORD)), 400)))
        .isEqualTo("organization.timeZone");
    var shortPassword = assertProblem(post(form(linkToken, "UTC", "Lakeview1")), 400);
    assertThat(field(shortPassword)).isEqualTo("admin.password");
    assertThat(shortPassword.json().path("errors").path(0).path("message").asText())
        .contains("at least 12 characters");
    var reply =
        assertProblem(
            post(form(linkToken, "UTC", PASSWORD).replace("\"07:30\"", "\"7.30am\"")), 400);
    assertThat(field(reply)).isEqualTo("businessHours.from");
    assertThat(
            EmptyMedley.send(node, "GET", "/api/setup?token=" + linkToken, null, null)
                .json()
                .path("link")
                .asText())
        .isEqualTo("VALID");
  }

  @Test
  @Order(4)
  void aWrongTokenIsForbiddenAndAnExpiredOneIsGone() throws Exception {
    assertThat(field(assertProblem(post(form("not-the-link", "UTC", PASSWORD)), 403)))
        .isEqualTo("token");
    String expired = storedToken("UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE");
    var gone = assertProblem(post(form(expired, "UTC", PASSWORD)), 410);
    assertThat(field(gone)).isEqualTo("token");
    assertThat(gone.json().path("errors").path(0).path("message").asText()).contains("expired");
  }

  @Test
  @Order(5)
  void sixteenAtOnceWithTheLinkMakeExactlyOneSetup() throws Exception {
    String spare = storedToken("UTC_TIMESTAMP(6) + INTERVAL 1 HOUR");
    int parallel = 16;
    var pool = Executors.newFixedThreadPool(parallel);
    var go = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < parallel; i++) {
        replies.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return post(form(linkToken, "America/Chicago", PASSWORD));
                },
                pool));
      }
      go.countDown();
      List<Api.Reply> all = replies.stream().map(CompletableFuture::join).toList();
      List<Api.Reply> created = all.stream().filter(r -> r.status() == 201).toList();
      assertThat(created).hasSize(1);
      all.stream().filter(r -> r.status() != 201).forEach(r -> assertProblem(r, 410));
      assertThat(medley.database().rows("SELECT COUNT(*) FROM organizations")).containsExactly("1");
      assertThat(medley.database().rows("SELECT COUNT(*) FROM user_accounts")).containsExactly("1");

      Api.Reply done = created.get(0);
      assertThat(done.header("Location")).isEqualTo("/api/organization");
      String token = done.json().path("access_token").asText();
      var me = EmptyMedley.send(node, "GET", "/api/me", null, token);
      assertThat(me.status()).as(me.body()).isEqualTo(200);
      assertThat(me.json().path("organization").path("name").asText())
          .isEqualTo("Lakeview Medical Center");
      assertThat(me.json().path("organization").path("kind").asText()).isEqualTo("HEALTH_SYSTEM");
      assertThat(me.json().path("displayName").asText()).isEqualTo("Morgan Lee");
      assertThat(me.json().path("roles").toString())
          .contains("\"admin\"", "\"agent\"", "\"it-leader\"", "\"executive\"", "\"end-user\"");

      // a second link, valid but too late: Medley is set up
      assertProblem(post(form(spare, "UTC", PASSWORD)), 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Order(6)
  void theOrganisationHasItsZoneCalendarsAndDefault() throws Exception {
    assertThat(medley.database().rows("SELECT kind, name, time_zone FROM organizations"))
        .containsExactly("HEALTH_SYSTEM | Lakeview Medical Center | America/Chicago");
    assertThat(
            medley
                .database()
                .rows(
                    "SELECT c.name, c.zone, (o.default_calendar_id = c.id) FROM calendars c"
                        + " JOIN organizations o ON o.id = c.tenant_id ORDER BY c.name"))
        .containsExactly("24x7 | America/Chicago | 0", "Business hours | America/Chicago | 1");
    assertThat(
            medley
                .database()
                .rows("SELECT action, actor, actor_name, detail FROM organization_audit"))
        .containsExactly(
            "SET_UP | morgan.lee@lakeview.example | Morgan Lee | Set up by setup link: name Lakeview"
                + " Medical Center, time zone America/Chicago, default calendar Business hours"
                + " 07:30-18:00, first administrator morgan.lee@lakeview.example");
    String admin = login("morgan.lee@lakeview.example", PASSWORD);
    var calendars = EmptyMedley.send(node, "GET", "/api/calendars", null, admin);
    assertThat(calendars.json().path("total").asInt()).isEqualTo(2);
    assertThat(calendars.body()).contains("\"MONDAY\":[{\"from\":\"07:30\",\"to\":\"18:00\"}]");
  }

  @Test
  @Order(7)
  void afterSetupTheLinkIsGoneAndSetupAnswersConflictForever() {
    assertThat(field(assertProblem(post(form(linkToken, "UTC", PASSWORD)), 410)))
        .isEqualTo("token");
    assertProblem(post(form("not-the-link", "UTC", PASSWORD)), 409);
    var status = EmptyMedley.send(node, "GET", "/api/setup", null, null);
    assertThat(status.json().path("needed").asBoolean()).isFalse();
    assertThat(status.json().path("mayFinish").asBoolean()).isFalse();
  }

  @Test
  @Order(8)
  void aRestartOfASetUpMedleyPrintsNoLink() {
    int before = medley.setupLog().size();
    medley.start(Map.of(), Map.of());
    assertThat(medley.setupLog().subList(before, medley.setupLog().size()))
        .noneMatch(l -> l.contains("/setup?token="));
  }

  private static String login(String username, String password) {
    var reply =
        EmptyMedley.send(
            node,
            "POST",
            "/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
            null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().path("access_token").asText();
  }
}
