package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.Keycloak;
import org.medley.testing.NeedsKeycloak;
import org.medley.testing.TestApp;

/**
 * The first sign-in through the real Keycloak links a person to their staff record when Keycloak
 * vouches for their e-mail and exactly one unlinked record of their employer has it; the link is in
 * the trail. Users are made through Keycloak's admin REST API, as a hospital's IT would.
 */
@NeedsKeycloak
@Order(Integer.MAX_VALUE - 1)
class StaffFirstSignInKeycloakTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Keycloak keycloak;
  private static EmbeddedServer medley;
  private static String leader;
  private static long hospital;

  @BeforeAll
  static void start() throws Exception {
    TestApp.server(); // migrates the run's database and seeds the demo hospital
    keycloak = Keycloak.get();
    leader = leaderToken();
    hospital = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'leader'");
    medley =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "medley.oidc.issuer",
                keycloak.issuer(),
                "medley.demo.enabled",
                false),
            "test");
  }

  /**
   * The IT leader's token from the built-in issuer. While Keycloak boots beside the seeded server a
   * loaded machine can keep a sign-in past the client's read timeout: asked again, not waited for.
   */
  private static String leaderToken() {
    for (int attempt = 1; ; attempt++) {
      try {
        return TestApp.tokenFor("leader");
      } catch (io.micronaut.http.client.exceptions.ReadTimeoutException slow) {
        if (attempt == 3) {
          throw slow;
        }
      }
    }
  }

  @AfterAll
  static void stop() {
    if (medley != null) {
      medley.close();
    }
  }

  @Test
  void aVerifiedEmailMatchingOneStaffRecordLinksThemAtFirstSignIn() throws Exception {
    String email = unique("kc-nurse") + "@riverside-health.example";
    long staffId = staff(email, "INTERNAL", null);
    String username = realmUser(email, true, hospital);

    JsonNode me = me(username);

    assertThat(me.path("linked").asBoolean()).as(me.toString()).isTrue();
    assertThat(me.path("staffId").asLong()).isEqualTo(staffId);
    long account =
        TestApp.queryLong("SELECT id FROM user_accounts WHERE username = '" + username + "'");
    assertThat(
            TestApp.queryString(
                "SELECT CONCAT(source, ' by ', actor_name, ': ', note, ' -> ', new_account_id)"
                    + " FROM staff_account_links WHERE staff_id = "
                    + staffId))
        .isEqualTo(
            "FIRST_SIGN_IN by Medley: linked by verified e-mail at first sign-in -> " + account);
    assertThat(TestApp.queryString("SELECT email FROM user_accounts WHERE id = " + account))
        .isEqualTo(email);
  }

  @Test
  void anUnverifiedEmailLinksNothing() throws Exception {
    String email = unique("kc-unverified") + "@riverside-health.example";
    long staffId = staff(email, "INTERNAL", null);
    String username = realmUser(email, false, hospital);

    assertThat(me(username).path("linked").asBoolean()).isFalse();
    assertThat(linkRows(staffId)).isZero();
  }

  @Test
  void aRecordOfAnotherEmployerWithTheEmailIsNotLinked() throws Exception {
    // The e-mail is on a contracted person of a partner; the user signs in for the hospital.
    long apex =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Apex Clinical IT Staffing'");
    String email = unique("kc-contractor") + "@riverside-health.example";
    long staffId = staff(email, "CONTRACTED", apex);
    String username = realmUser(email, true, hospital);

    assertThat(me(username).path("linked").asBoolean()).isFalse();
    assertThat(linkRows(staffId)).isZero();
  }

  @Test
  void aRecordAlreadyLinkedToSomeoneElseIsNotTakenOver() throws Exception {
    String email = unique("kc-taken") + "@riverside-health.example";
    long staffId = staff(email, "INTERNAL", null);
    long other = TestApp.queryLong("SELECT a.id FROM user_accounts a WHERE a.username = 'enduser'");
    try (var c = TestApp.connection();
        var s = c.prepareStatement("UPDATE staff_members SET user_account_id = ? WHERE id = ?")) {
      s.setLong(1, other);
      s.setLong(2, staffId);
      s.executeUpdate();
    }
    String username = realmUser(email, true, hospital);

    assertThat(me(username).path("linked").asBoolean()).isFalse();
    assertThat(linkRows(staffId)).isZero();
  }

  private static long linkRows(long staffId) {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM staff_account_links WHERE staff_id = " + staffId);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A staff record of the demo hospital, made through the staff API. */
  private static long staff(String email, String kind, Long employer) {
    var created =
        Api.postJson(
            "/api/staff",
            "{\"name\":\"Keycloak Person\",\"email\":\""
                + email
                + "\",\"kind\":\""
                + kind
                + "\""
                + (employer == null ? "" : ",\"employerId\":" + employer)
                + ",\"zone\":\"America/New_York\",\"capacityHours\":40,\"shifts\":[]}",
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private static JsonNode me(String username) throws Exception {
    String token =
        keycloak.tokens(Keycloak.TEST_CLIENT, username, "demo").path("access_token").asText();
    var reply =
        Api.send(
            HttpRequest.newBuilder(URI.create(medley.getURL() + "/api/staff/me"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** A realm user with the agent role, made through Keycloak's admin REST API; its username. */
  private static String realmUser(String email, boolean verified, long organization)
      throws Exception {
    String base = keycloak.issuer().substring(0, keycloak.issuer().indexOf("/realms/"));
    String admin = adminToken(base);
    String username = email.substring(0, email.indexOf('@'));
    ObjectNode user = JSON.createObjectNode();
    user.put("username", username).put("enabled", true);
    user.put("email", email).put("emailVerified", verified);
    user.put("firstName", "Kay").put("lastName", "Cloak");
    ObjectNode attributes = user.putObject("attributes");
    attributes.putArray("tenant").add(String.valueOf(hospital));
    attributes.putArray("org").add(String.valueOf(organization));
    user.putArray("credentials")
        .addObject()
        .put("type", "password")
        .put("value", "demo")
        .put("temporary", false);
    var created = admin(base + "/admin/realms/medley/users", admin, "POST", user.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    var role = admin(base + "/admin/realms/medley/roles/agent", admin, "GET", null);
    assertThat(role.statusCode()).as(role.body()).isEqualTo(200);
    var mapped = admin(location + "/role-mappings/realm", admin, "POST", "[" + role.body() + "]");
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
    return username;
  }

  /** The dev server's bootstrap admin (testing/Keycloak starts it with admin/admin). */
  private static String adminToken(String base) throws Exception {
    String form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode("admin", StandardCharsets.UTF_8);
    var response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  private static HttpResponse<String> admin(String url, String token, String method, String body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
