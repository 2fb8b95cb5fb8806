package org.medley.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.medley.testing.Api;
import org.medley.testing.EmptyMedley;
import org.medley.testing.Keycloak;
import org.medley.testing.NeedsKeycloak;

/**
 * Medley on an empty database behind the real Keycloak: the realm's demo admin (tenant 1) signs in,
 * is told the organisation is not set up (409 naming {@code setup}, never a 500), sets it up with
 * the organisation and hours only, and from then on works in organisation 1.
 */
@NeedsKeycloak
// Late in the run: Keycloak boots in the background meanwhile (junit-platform.properties).
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupKeycloakTest {

  private static final String FORM =
      """
      {"organization": {"name": "Riverside Health", "timeZone": "America/New_York"},
       "businessHours": {"from": "08:00", "to": "17:00"}}""";

  private static Keycloak keycloak;
  private static EmptyMedley medley;
  private static EmbeddedServer node;

  @BeforeAll
  static void start() throws Exception {
    keycloak = Keycloak.get();
    medley = EmptyMedley.create();
    node = medley.start(Map.of("medley.oidc.issuer", keycloak.issuer()), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (medley != null) {
      medley.close();
    }
  }

  private static String token(String user) throws Exception {
    return keycloak.accessToken(Keycloak.TEST_CLIENT, user);
  }

  @Test
  @Order(1)
  void beforeSetupTheAdminIsToldSetupIsNeededNotAnError() throws Exception {
    String admin = token("admin");
    var me = assertProblem(EmptyMedley.send(node, "GET", "/api/me", null, admin), 409);
    assertThat(me.json().path("errors").path(0).path("field").asText()).isEqualTo("setup");
    assertThat(me.json().path("detail").asText()).contains("not set up yet");
    assertProblem(EmptyMedley.send(node, "GET", "/api/tickets", null, admin), 409);

    var status = EmptyMedley.send(node, "GET", "/api/setup", null, admin);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().path("issuer").asText()).isEqualTo("OIDC");
    assertThat(status.json().path("needed").asBoolean()).isTrue();
    assertThat(status.json().path("tenantId").asLong()).isEqualTo(1);
    assertThat(status.json().path("tenantExists").asBoolean()).isFalse();
    assertThat(status.json().path("mayFinish").asBoolean()).isTrue();
    assertThat(medley.setupLog()).noneMatch(l -> l.contains("/setup?token="));
  }

  @Test
  @Order(2)
  void onlyASignedInAdministratorMayFinish() throws Exception {
    assertProblem(EmptyMedley.send(node, "POST", "/api/setup", FORM, null), 401);
    String agent = token("agent");
    assertThat(
            EmptyMedley.send(node, "GET", "/api/setup", null, agent)
                .json()
                .path("mayFinish")
                .asBoolean())
        .isFalse();
    assertProblem(EmptyMedley.send(node, "POST", "/api/setup", FORM, agent), 403);
    assertThat(medley.database().rows("SELECT COUNT(*) FROM organizations")).containsExactly("0");
  }

  @Test
  @Order(3)
  void theAdminCreatesTheTenantsOrganisationWithItsIdAndThenWorksInIt() throws Exception {
    String admin = token("admin");
    Api.Reply done = EmptyMedley.send(node, "POST", "/api/setup", FORM, admin);
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    assertThat(done.json().path("organizationId").asLong()).isEqualTo(1);
    assertThat(done.json().path("access_token").isNull()).isTrue();
    assertThat(medley.database().rows("SELECT id, kind, name, time_zone FROM organizations"))
        .containsExactly("1 | HEALTH_SYSTEM | Riverside Health | America/New_York");

    var me = EmptyMedley.send(node, "GET", "/api/me", null, admin);
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().path("organization").path("name").asText()).isEqualTo("Riverside Health");
    var calendars = EmptyMedley.send(node, "GET", "/api/calendars", null, admin);
    assertThat(calendars.json().path("total").asInt()).isEqualTo(2);

    assertProblem(EmptyMedley.send(node, "POST", "/api/setup", FORM, admin), 409);
    assertThat(
            EmptyMedley.send(node, "GET", "/api/setup", null, admin)
                .json()
                .path("needed")
                .asBoolean())
        .isFalse();
  }
}
