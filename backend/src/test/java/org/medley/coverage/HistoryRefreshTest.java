package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * Ticket-history aggregates (tickets per application, load, turnaround) are recomputed in the
 * background once older than {@code medley.coverage.history-ttl}: a node with a one-second TTL
 * shows a newly filed ticket in the matrix's counts soon after. The refresh once ran inside the
 * transaction of the request that started it and failed with "Connection is closed" once that
 * request had ended, so the counts never moved.
 */
class HistoryRefreshTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EmbeddedServer node;

  @BeforeAll
  static void start() {
    TestApp.server(); // migrates and seeds the run's database
    node =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "medley.sla.sweep.enabled",
                false,
                "medley.outbox.relay.enabled",
                false,
                "medley.coverage.history-ttl",
                "1s"),
            "test");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  void pastTheTtlTheAggregatesFollowNewTickets() throws Exception {
    String leader = login("leader");
    String agent = login("agent");
    JsonNode app = send("GET", "/api/coverage/matrix", null, leader).path("applications").get(0);
    long applicationId = app.path("id").asLong();
    long before = app.path("tickets30").asLong();

    send(
        "POST",
        "/api/tickets",
        "{\"type\":\"INCIDENT\",\"title\":\"Scanner offline\",\"description\":\"Bay 2\","
            + "\"applicationId\":"
            + applicationId
            + ",\"impact\":3,\"urgency\":3}",
        agent);

    // Each read past the TTL serves the aggregates in hand and starts one refresh.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(() -> assertThat(tickets30(applicationId, leader)).isEqualTo(before + 1));
  }

  private static long tickets30(long applicationId, String token) throws Exception {
    for (JsonNode app : send("GET", "/api/coverage/matrix", null, token).path("applications")) {
      if (app.path("id").asLong() == applicationId) {
        return app.path("tickets30").asLong();
      }
    }
    throw new AssertionError("application " + applicationId + " left the matrix");
  }

  private static String login(String username) throws Exception {
    return send("POST", "/login", "{\"username\":\"" + username + "\",\"password\":\"demo\"}", null)
        .path("access_token")
        .asText();
  }

  private static JsonNode send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.getURL() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isLessThan(300);
    return JSON.readTree(response.body());
  }
}
