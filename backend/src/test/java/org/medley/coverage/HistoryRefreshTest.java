package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.SecondNode;

/**
 * Ticket-history aggregates (tickets per application, load, turnaround) are recomputed in the
 * background once older than {@code medley.coverage.history-ttl}: a node with a one-second TTL
 * shows a newly filed ticket in the matrix's counts soon after. The refresh once ran inside the
 * transaction of the request that started it and failed with "Connection is closed" once that
 * request had ended, so the counts never moved.
 */
class HistoryRefreshTest {

  private static SecondNode node;

  @BeforeAll
  static void start() {
    node =
        SecondNode.start(
            Map.of("medley.outbox.relay.enabled", false, "medley.coverage.history-ttl", "1s"));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void pastTheTtlTheAggregatesFollowNewTickets() throws Exception {
    String leader = node.login("leader");
    String agent = node.login("agent");
    JsonNode app =
        node.send("GET", "/api/coverage/matrix", null, leader).path("applications").get(0);
    long applicationId = app.path("id").asLong();
    long before = app.path("tickets30").asLong();

    node.send(
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
    for (JsonNode app :
        node.send("GET", "/api/coverage/matrix", null, token).path("applications")) {
      if (app.path("id").asLong() == applicationId) {
        return app.path("tickets30").asLong();
      }
    }
    throw new AssertionError("application " + applicationId + " left the matrix");
  }
}
