package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.Keycloak;
import org.medley.testing.NeedsKeycloak;
import org.medley.testing.TestApp;

/**
 * Medley against the real Keycloak with the shipped realm: tokens of the realm's demo users open
 * the API with their roles, tenant and organisation; expired, foreign-signed, foreign-audience and
 * built-in tokens are refused with 401 problem+json.
 */
@NeedsKeycloak
// Last but the API contract check: Keycloak boots in the background meanwhile
// (junit-platform.properties).
@Order(Integer.MAX_VALUE - 1)
class KeycloakTest {

  private static Keycloak keycloak;
  private static EmbeddedServer medley;

  @BeforeAll
  static void start() throws Exception {
    TestApp.server(); // migrates the run's database and seeds the demo hospital
    Instant waiting = Instant.now();
    keycloak = Keycloak.get();
    System.out.printf(
        "Keycloak ready %d ms after its start; this test waited %d ms for it%n",
        keycloak.startup.toMillis(), Duration.between(waiting, Instant.now()).toMillis());
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

  @AfterAll
  static void stop() {
    if (medley != null) {
      medley.close();
    }
  }

  private static Api.Reply get(String path, String token) {
    var request =
        HttpRequest.newBuilder(URI.create(medley.getURL() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return Api.send(request.GET().build());
  }

  @Test
  void aPartnerAgentSeesTheirRoleAndPartnerOrganisation() throws Exception {
    var me = get("/api/me", keycloak.accessToken(Keycloak.TEST_CLIENT, "partner"));

    assertThat(me.status()).as(me.body()).isEqualTo(200);
    var json = me.json();
    assertThat(json.path("username").asText()).isEqualTo("partner");
    assertThat(json.path("displayName").asText()).isEqualTo("Sam Okafor");
    assertThat(json.path("roles").toString()).isEqualTo("[\"partner-agent\"]");
    assertThat(json.path("organization").path("name").asText())
        .isEqualTo("Northwind Managed Services");
    assertThat(json.path("organization").path("kind").asText()).isEqualTo("PARTNER");
  }

  @Test
  void northwindsPartnerManagerHoldsThePartnerManagerRole() throws Exception {
    var me = get("/api/me", keycloak.accessToken(Keycloak.TEST_CLIENT, "partnermgr"));

    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().path("roles").toString()).contains("\"partner-manager\"");
    assertThat(me.json().path("organization").path("name").asText())
        .isEqualTo("Northwind Managed Services");
  }

  @Test
  void aKeycloakPartnerAgentSeesOnlyWhatItsOrganisationHoldsAndNoAdminData() throws Exception {
    String token = keycloak.accessToken(Keycloak.TEST_CLIENT, "partner");
    assertThat(get("/api/phi-access", token).status()).isEqualTo(403);
    assertThat(get("/api/coverage/matrix", token).status()).isEqualTo(403);

    var listed = get("/api/tickets?queue=ALL&size=200", token);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    Set<Long> seen = new HashSet<>();
    listed.json().path("items").forEach(item -> seen.add(item.path("id").asLong()));
    Set<Long> held = new HashSet<>();
    try (var c = TestApp.connection();
        var rows =
            c.createStatement()
                .executeQuery(
                    "SELECT h.ticket_id FROM ticket_holders h JOIN organizations o ON o.id ="
                        + " h.organization_id WHERE o.name = 'Northwind Managed Services'")) {
      while (rows.next()) {
        held.add(rows.getLong(1));
      }
    }
    assertThat(seen).isNotEmpty();
    assertThat(held).containsAll(seen);
    long elsewhere;
    try (var c = TestApp.connection();
        var rows =
            c.createStatement()
                .executeQuery(
                    "SELECT MIN(t.id) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM"
                        + " ticket_holders h JOIN organizations o ON o.id = h.organization_id"
                        + " WHERE h.ticket_id = t.id AND o.kind = 'PARTNER')")) {
      rows.next();
      elsewhere = rows.getLong(1);
    }
    assertThat(get("/api/tickets/" + elsewhere, token).status()).isEqualTo(404);
  }

  @Test
  void usersAreListedReadOnlyAndChangedInKeycloak() throws Exception {
    String token = keycloak.accessToken(Keycloak.TEST_CLIENT, "admin");
    var listed = get("/api/users?q=admin", token);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json().path("managedIn").asText()).isEqualTo("KEYCLOAK");
    assertThat(listed.json().path("items").findValuesAsText("username")).contains("admin");
    long id = listed.json().path("items").get(0).path("id").asLong();
    for (String[] call :
        new String[][] {
          {
            "/api/users/invitations",
            "{\"email\":\"kc.invite@riverside-health.example\",\"displayName\":\"K C\","
                + "\"roles\":[\"end-user\"]}"
          },
          {"/api/users/" + id + "/disable", ""},
          {"/api/users/" + id + "/password-reset", ""}
        }) {
      var refused =
          Api.send(
              HttpRequest.newBuilder(URI.create(medley.getURL() + call[0]))
                  .timeout(Duration.ofSeconds(30))
                  .header("Accept", "application/json")
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(call[1]))
                  .build());
      assertThat(assertProblem(refused, 409).json().path("detail").asText())
          .as(call[0])
          .contains("managed in Keycloak");
    }
  }

  @Test
  void theAdminKeepsEveryRealmRoleMedleyKnows() throws Exception {
    var me = get("/api/me", keycloak.accessToken(Keycloak.TEST_CLIENT, "admin"));

    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().path("roles").toString())
        .contains("\"admin\"", "\"agent\"", "\"it-leader\"", "\"executive\"")
        .doesNotContain("offline_access"); // Keycloak's default roles mean nothing to Medley
    assertThat(me.json().path("organization").path("name").asText()).isEqualTo("Riverside Health");
  }

  @Test
  void theSpaIsToldToSignInThroughKeycloak() {
    var config = get("/api/auth/config", null);

    assertThat(config.status()).isEqualTo(200);
    assertThat(config.json().path("mode").asText()).isEqualTo("oidc");
    assertThat(config.json().path("oidc").path("issuer").asText()).isEqualTo(keycloak.issuer());
    assertThat(config.json().path("oidc").path("clientId").asText()).isEqualTo("medley-spa");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String token = keycloak.accessToken(Keycloak.SHORT_LIVED_CLIENT, "agent");
    Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
    // Its lifetime is one second: wait it out.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> Instant.now().isAfter(expiry.plusMillis(500)));

    assertProblem(get("/api/me", token), 401);
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws Exception {
    SignedJWT real = SignedJWT.parse(keycloak.accessToken(Keycloak.TEST_CLIENT, "admin"));
    var forger = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
    var forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(),
            real.getJWTClaimsSet());
    forged.sign(new RSASSASigner(forger));

    assertProblem(get("/api/me", forged.serialize()), 401);
  }

  @Test
  void aTokenKeycloakIssuedForAnotherApplicationIsRefused() throws Exception {
    String token = keycloak.accessToken(Keycloak.OTHER_APP_CLIENT, "admin");

    assertProblem(get("/api/me", token), 401);
  }

  @Test
  void builtInTokensAndGarbageAreRefusedOnceKeycloakIsTheIssuer() throws Exception {
    assertProblem(get("/api/me", TestApp.tokenFor("admin")), 401);
    assertProblem(get("/api/me", "not-a-jwt"), 401);
    assertProblem(get("/api/me", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."), 401);
  }

  @Test
  void aRealmUserWithoutTenantIsForbiddenAndToldWhy() throws Exception {
    var me =
        get("/api/me", keycloak.accessToken(Keycloak.TEST_CLIENT, Keycloak.USER_WITHOUT_TENANT));

    assertProblem(me, 403);
    assertThat(me.json().path("detail").asText()).contains("tenant");
  }
}
