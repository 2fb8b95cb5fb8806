package org.medley.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.medley.testing.EmptyMedley;

/**
 * {@code MEDLEY_ADMIN_EMAIL} + {@code MEDLEY_ADMIN_PASSWORD}: the first start of an empty Medley
 * sets it up without a browser, two nodes starting at once make one organisation, a restart changes
 * nothing, and a password the policy refuses stops the start with a message naming the variable.
 */
class UnattendedSetupTest {

  private static final Map<String, Object> ENVIRONMENT =
      Map.of(
          "MEDLEY_ADMIN_EMAIL", "it-admin@harbor.example",
          "MEDLEY_ADMIN_PASSWORD", "copper kettle morning 77",
          "MEDLEY_ORGANIZATION_NAME", "Harbor Regional",
          "MEDLEY_TIME_ZONE", "America/Denver",
          "MEDLEY_BUSINESS_HOURS", "08:00-17:00");

  @Test
  void twoNodesStartingAtOnceSetUpOneOrganisationAndARestartChangesNothing() throws Exception {
    var pool = Executors.newFixedThreadPool(2); // the common pool may have one thread here
    try (EmptyMedley medley = EmptyMedley.create()) {
      var first = CompletableFuture.supplyAsync(() -> medley.start(Map.of(), ENVIRONMENT), pool);
      var second = CompletableFuture.supplyAsync(() -> medley.start(Map.of(), ENVIRONMENT), pool);
      EmbeddedServer node = first.join();
      second.join();
      medley.start(Map.of(), ENVIRONMENT); // a restart

      assertThat(medley.database().rows("SELECT kind, name, time_zone FROM organizations"))
          .containsExactly("HEALTH_SYSTEM | Harbor Regional | America/Denver");
      assertThat(medley.database().rows("SELECT username, email, roles FROM user_accounts"))
          .containsExactly(
              "it-admin@harbor.example | it-admin@harbor.example"
                  + " | end-user,agent,it-leader,executive,admin");
      assertThat(medley.database().rows("SELECT name FROM calendars ORDER BY name"))
          .containsExactly("24x7", "Business hours");
      assertThat(medley.setupLog()).noneMatch(l -> l.contains("/setup?token="));
      assertThat(medley.setupLog())
          .filteredOn(l -> l.contains("Set Medley up unattended"))
          .hasSize(1);

      var login =
          EmptyMedley.send(
              node,
              "POST",
              "/login",
              "{\"username\":\"it-admin@harbor.example\",\"password\":\"copper kettle morning 77\"}",
              null);
      assertThat(login.status()).as(login.body()).isEqualTo(200);
      var me =
          EmptyMedley.send(
              node, "GET", "/api/me", null, login.json().path("access_token").asText());
      assertThat(me.json().path("organization").path("name").asText()).isEqualTo("Harbor Regional");
    }
  }

  @Test
  void aRefusedPasswordStopsTheStartNamingTheVariable() throws Exception {
    try (EmptyMedley medley = EmptyMedley.create()) {
      assertThatThrownBy(
              () ->
                  medley.start(
                      Map.of(),
                      Map.of(
                          "MEDLEY_ADMIN_EMAIL",
                          "it-admin@harbor.example",
                          "MEDLEY_ADMIN_PASSWORD",
                          "password1234")))
          .hasStackTraceContaining("Unattended setup refused: MEDLEY_ADMIN_PASSWORD");
      assertThat(medley.database().rows("SELECT COUNT(*) FROM organizations"))
          .isEqualTo(List.of("0"));
    }
  }
}
