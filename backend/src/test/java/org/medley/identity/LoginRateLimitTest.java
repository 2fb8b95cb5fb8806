package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter is wired to /login: a client over its budget gets 429 problem+json with Retry-After.
 */
class LoginRateLimitTest {

  /** One server for both tests: each test's clients have addresses of their own. */
  private static EmbeddedServer server;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "medley.login.attempts-per-minute",
                3,
                "medley.trust-forwarded-for",
                true,
                "medley.demo.enabled",
                false),
            "test");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aClientOverItsBudgetIsToldToWait() throws Exception {
    HttpResponse<String> last = fourthRefused(login(server, "203.0.113.9"));
    assertThat(last.body()).contains("Too many sign-in attempts");
    assertThat(
            HTTP.send(login(server, "198.51.100.4"), HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("another client")
        .isEqualTo(401);
  }

  @Test
  void aDeskGuessingItsTokenSecretIsToldToWaitWithoutLockingPeopleOut() throws Exception {
    fourthRefused(token(server, "203.0.113.20"));
    assertThat(
            HTTP.send(login(server, "203.0.113.20"), HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("people signing in from the desk's address keep their own budget")
        .isEqualTo(401);
  }

  /**
   * Sends the failing request four times within the minute (the budget is 3): three 401s, then 429
   * problem+json with Retry-After, which it returns.
   */
  private static HttpResponse<String> fourthRefused(HttpRequest request) throws Exception {
    int[] statuses = new int[4];
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      statuses[i] = last.statusCode();
    }
    assertThat(statuses).containsExactly(401, 401, 401, 429);
    assertThat(last.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    return last;
  }

  private static HttpRequest token(EmbeddedServer server, String client) {
    return HttpRequest.newBuilder(URI.create(server.getURL() + "/api/integrations/424242/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Forwarded-For", client)
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "grant_type=client_credentials&client_id=medley-connector-424242"
                    + "&client_secret=guess"))
        .build();
  }

  private static HttpRequest good(EmbeddedServer server, String client) {
    return HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", client)
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"agent\",\"password\":\"demo\"}"))
        .build();
  }

  private static HttpRequest login(EmbeddedServer server, String client) {
    return HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", client)
        .POST(
            HttpRequest.BodyPublishers.ofString("{\"username\":\"nobody\",\"password\":\"wrong\"}"))
        .build();
  }
}
