package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.fakes.FakeTmf621;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Medley as a TMF621 client registers its webhook at the partner's hub when an admin adds the
 * connector, moves it when the connector's address or credentials change, and removes it when the
 * connector goes — through the outbox, against a fake TMF621 API that keeps its listeners, with the
 * registration's state on the connector's operations view.
 */
class HubSubscriptionTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static String auth(FakeTmf621 tmf, String secret) {
    return "{\"type\":\"OAUTH2_CLIENT\",\"tokenUrl\":\""
        + tmf.tokenUrl()
        + "\",\"clientId\":\"medley\",\"clientSecret\":\""
        + secret
        + "\"}";
  }

  private static ConnectorDirectory.Connector connector(FakeTmf621 tmf, String secret) {
    return TestDesks.connector(
        DeskKind.TMF621,
        "Hub TMF",
        tmf.baseUrl().toString(),
        auth(tmf, secret),
        ",\"webhookSecret\":\"hub-client-secret-1\",\"settings\":{\"retryInitial\":\"PT1S\","
            + "\"retryMax\":\"PT2S\"}");
  }

  private static JsonNode status(ConnectorDirectory.Connector connector) {
    var reply =
        Api.get(
            "/api/integrations/connectors/" + connector.id() + "/status", TestDesks.token("admin"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static String hubState(ConnectorDirectory.Connector connector) {
    return status(connector).path("hub").path("state").asText();
  }

  private static JsonNode read(ConnectorDirectory.Connector connector) {
    return Api.get("/api/integrations/connectors/" + connector.id(), TestDesks.token("admin"))
        .json();
  }

  /** A PUT of the connector as read, with {@code overrides} (JSON members) replacing fields. */
  private static Api.Reply change(ConnectorDirectory.Connector connector, String overrides) {
    JsonNode current = read(connector);
    com.fasterxml.jackson.databind.node.ObjectNode body =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    body.put("name", current.path("name").asText());
    body.put("baseUrl", current.path("baseUrl").asText());
    com.fasterxml.jackson.databind.node.ObjectNode auth = body.putObject("auth");
    for (String field : new String[] {"type", "clientId", "tokenUrl", "username"}) {
      if (current.path("auth").hasNonNull(field)) {
        auth.put(field, current.path("auth").path(field).asText());
      }
    }
    body.set("settings", current.path("settings"));
    body.put("version", current.path("version").asLong());
    try {
      body.setAll(
          (com.fasterxml.jackson.databind.node.ObjectNode)
              new com.fasterxml.jackson.databind.ObjectMapper().readTree("{" + overrides + "}"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Api.putJson(
        "/api/integrations/connectors/" + connector.id(),
        body.toString(),
        TestDesks.token("admin"));
  }

  @Test
  void theListenerFollowsTheConnectorFromCreationThroughAMoveToDeletion() {
    try (FakeTmf621 first = new FakeTmf621("medley", "first-secret");
        FakeTmf621 second = new FakeTmf621("medley", "second-secret")) {
      var connector = connector(first, "first-secret");
      await().atMost(WAIT).until(() -> hubState(connector).equals("SUBSCRIBED"));
      assertThat(first.listeners()).hasSize(1);
      JsonNode listener = first.listeners().values().iterator().next();
      assertThat(listener.path("callback").asText())
          .isEqualTo(read(connector).path("webhookUrl").asText())
          .endsWith("/api/integrations/" + connector.id() + "/webhook");
      JsonNode hub = status(connector).path("hub");
      assertThat(hub.path("hubId").asText()).isEqualTo(listener.path("id").asText());
      assertThat(hub.path("hubUrl").asText()).isEqualTo(first.baseUrl() + FakeTmf621.BASE + "/hub");
      assertThat(status(connector).path("health").asText()).isEqualTo("OK");

      // A change that does not touch the hub leaves the registration alone.
      var renamed = change(connector, "\"name\":\"Hub TMF renamed " + connector.id() + "\"");
      assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
      assertThat(hubState(connector)).isEqualTo("SUBSCRIBED");

      // Moved to another API: removed at the old hub, registered at the new one, in that order.
      var moved =
          change(
              connector,
              "\"baseUrl\":\"" + second.baseUrl() + "\",\"auth\":" + auth(second, "second-secret"));
      assertThat(moved.status()).as(moved.body()).isEqualTo(200);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  first.listeners().isEmpty()
                      && second.listeners().size() == 1
                      && hubState(connector).equals("SUBSCRIBED"));
      assertThat(status(connector).path("hub").path("hubUrl").asText())
          .startsWith(second.baseUrl().toString());
      var registrations =
          first.requests().stream().filter(r -> r.path().endsWith("/hub")).count()
              + second.requests().stream().filter(r -> r.path().endsWith("/hub")).count();
      assertThat(registrations).as("one registration at each hub").isEqualTo(2);

      // Deleted: the listener goes with it, though the connector's secrets are wiped at once.
      var deleted =
          Api.send(
              Api.request(
                      "/api/integrations/connectors/"
                          + connector.id()
                          + "?version="
                          + read(connector).path("version").asLong())
                  .header("Authorization", "Bearer " + TestDesks.token("admin"))
                  .DELETE()
                  .build());
      assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
      await().atMost(WAIT).until(() -> second.listeners().isEmpty());
      await()
          .atMost(WAIT)
          .until(
              () ->
                  TestApp.queryString(
                          "SELECT state FROM desk_hub_subscriptions WHERE connector_id = "
                              + connector.id())
                      .equals("UNSUBSCRIBED"));
    }
  }

  @Test
  void aHubAnswering503IsRetriedUntilItTakesTheRegistrationOnce() {
    try (FakeTmf621 tmf = new FakeTmf621("medley", "outage-secret")) {
      tmf.failAll(503);
      var connector = connector(tmf, "outage-secret");
      await().atMost(WAIT).until(() -> !status(connector).path("hub").path("lastError").isNull());
      JsonNode during = status(connector);
      assertThat(during.path("hub").path("state").asText()).isEqualTo("SUBSCRIBING");
      assertThat(during.path("hub").path("lastError").asText()).contains("503");
      assertThat(during.path("health").asText()).isEqualTo("DEGRADED");
      assertThat(tmf.listeners()).isEmpty();

      tmf.recover();
      await().atMost(WAIT).until(() -> hubState(connector).equals("SUBSCRIBED"));
      assertThat(tmf.listeners()).hasSize(1);
      JsonNode after = status(connector);
      assertThat(after.path("hub").path("lastError").isNull()).isTrue();
      assertThat(after.path("health").asText()).isEqualTo("OK");
    }
  }

  @Test
  void aHubThatRefusesTheRegistrationFailsTheConnectorUntilAnAdminSavesItAgain() {
    try (FakeTmf621 tmf = new FakeTmf621("medley", "refused-secret")) {
      tmf.failNext(1, 400);
      var connector = connector(tmf, "refused-secret");
      await().atMost(WAIT).until(() -> hubState(connector).equals("FAILED"));
      assertThat(status(connector).path("health").asText()).isEqualTo("FAILING");
      assertThat(status(connector).path("hub").path("lastError").asText()).contains("400");
      assertThat(tmf.listeners()).isEmpty();

      var saved = change(connector, "\"baseUrl\":\"" + tmf.baseUrl() + "\"");
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      await().atMost(WAIT).until(() -> hubState(connector).equals("SUBSCRIBED"));
      assertThat(tmf.listeners()).hasSize(1);
    }
  }

  @Test
  void aConnectorSetNotToSubscribeRegistersNothing() {
    try (FakeTmf621 tmf = new FakeTmf621("medley", "off-secret")) {
      var connector =
          TestDesks.connector(
              DeskKind.TMF621,
              "Hub off",
              tmf.baseUrl().toString(),
              auth(tmf, "off-secret"),
              ",\"settings\":{\"hubSubscription\":\"false\"}");
      assertThat(status(connector).path("hub").isNull()).isTrue();
      // A request the hub would see is not there: nothing was asked through the outbox either.
      assertThat(
              TestDesks.count(
                  "outbox_events WHERE type = 'ebonding.hub' AND aggregate_id = " + connector.id()))
          .isZero();
      assertThat(tmf.requests()).noneMatch(r -> r.path().contains("/hub"));
    }
  }
}
