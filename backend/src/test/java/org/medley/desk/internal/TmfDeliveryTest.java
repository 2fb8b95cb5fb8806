package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.outbox.OutboxEvent;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * What the hub's delivery does with a listener's answer: 2xx delivered, 5xx retried (the handler
 * throws, the outbox backs off), 4xx given up, a removed listener told nothing.
 */
class TmfDeliveryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static HttpServer server;
  private static final AtomicInteger answer = new AtomicInteger(201);
  private static final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private static String apex;

  @BeforeAll
  static void start() throws IOException {
    apex = org.medley.testing.TestUsers.partnerAgent("tmf-delivery", "Apex Clinical IT Staffing");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/events",
        exchange -> {
          received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(answer.get(), -1);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void aListenersAnswerDecidesBetweenDeliveredRetriedAndGivenUp() throws Exception {
    String callback = "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    Api.Reply registered =
        Api.postJson(TmfTicketViews.BASE + "/hub", "{\"callback\":\"" + callback + "\"}", apex);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long listener = registered.json().path("id").asLong();
    TmfDelivery delivery = TestApp.context().getBean(TmfDelivery.class);
    UUID eventId = UUID.randomUUID();
    OutboxEvent event =
        new OutboxEvent(
            1,
            eventId,
            1,
            "ticket",
            42,
            TmfEvents.TYPE,
            "{\"listenerId\":"
                + listener
                + ",\"eventType\":\"TroubleTicketStateChangeEvent\","
                + "\"eventTime\":\"2026-12-06T10:00:00Z\","
                + "\"troubleTicket\":{\"id\":\"42\",\"status\":\"resolved\","
                + "\"@type\":\"MedleyTroubleTicket\"}}",
            0,
            null,
            java.time.Instant.now());
    try {
      answer.set(503);
      assertThatThrownBy(() -> delivery.deliver(event))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("503");
      answer.set(400);
      // Refused for good: parked as a dead letter (with the listener's answer), never retried.
      assertThatThrownBy(() -> delivery.deliver(event))
          .isInstanceOf(org.medley.outbox.OutboxHandler.Park.class)
          .hasMessageContaining("400");
      answer.set(204);
      delivery.deliver(event);
      assertThat(received).hasSize(3);
      JsonNode last = received.get(2);
      assertThat(last.path("eventId").asText()).isEqualTo(eventId.toString());
      assertThat(last.path("eventType").asText()).isEqualTo("TroubleTicketStateChangeEvent");
      assertThat(last.path("eventTime").asText()).startsWith("2026-12-06T10:00");
      assertThat(last.path("event").path("troubleTicket").path("status").asText())
          .isEqualTo("resolved");
      assertThat(last.path("event").path("troubleTicket").path("@type").asText())
          .isEqualTo("MedleyTroubleTicket");
    } finally {
      assertThat(
              Api.send(
                      Api.request(TmfTicketViews.BASE + "/hub/" + listener)
                          .DELETE()
                          .header("Authorization", "Bearer " + apex)
                          .build())
                  .status())
          .isEqualTo(204);
    }
    // A listener removed since the change hears nothing.
    delivery.deliver(event);
    assertThat(received).hasSize(3);
  }
}
