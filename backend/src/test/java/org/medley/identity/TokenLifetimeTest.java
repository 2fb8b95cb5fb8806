package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medley.testing.SecondNode;
import org.medley.testing.TestApp;

/**
 * A built-in token lives {@code MEDLEY_TOKEN_TTL_SECONDS} (default 28800, eight hours): both the
 * login answer's {@code expires_in} and the token's own {@code exp - iat} say so. They once said
 * 3600 whatever the setting, which sat under a property path Micronaut Security 4 no longer reads.
 */
class TokenLifetimeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void byDefaultATokenLastsEightHours() throws Exception {
    assertThat(System.getenv("MEDLEY_TOKEN_TTL_SECONDS")).as("this test needs it unset").isNull();
    assertLifetime(TestApp.server().getURL().toString(), 28_800);
  }

  @Test
  void theSettingIsHonoured() throws Exception {
    try (SecondNode node =
        SecondNode.start(
            Map.of("medley.outbox.relay.enabled", false),
            Map.of("MEDLEY_TOKEN_TTL_SECONDS", "900"))) {
      assertLifetime(node.url().toString(), 900);
    }
  }

  private static void assertLifetime(String base, long seconds) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"agent\",\"password\":\"demo\"}"))
                    .header("Content-Type", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode login = JSON.readTree(response.body());
    assertThat(login.path("expires_in").asLong()).isEqualTo(seconds);
    String payload = login.path("access_token").asText().split("\\.")[1];
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
    assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(seconds);
  }
}
