package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an external issuer configured, the built-in issuer and its demo logins are gone. */
class ExternalIssuerTest {

  @Test
  void builtInLoginIsSwitchedOffWhenAnIssuerIsConfigured() throws Exception {
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "medley.oidc.issuer",
                "http://127.0.0.1:8180/realms/medley",
                "medley.demo.enabled",
                false))) {
      HttpClient http = HttpClient.newHttpClient();
      var login =
          http.send(
              HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"admin\",\"password\":\"demo\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // only the sign-in page (GET) is left at /login
      assertThat(login.statusCode()).isEqualTo(405);
      assertThat(login.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");

      var config =
          http.send(
              HttpRequest.newBuilder(URI.create(server.getURL() + "/api/auth/config")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(config.body()).contains("\"mode\":\"oidc\"").contains("\"demoUsers\":[]");
    }
  }
}
