package org.medley.integrations.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeTmf621;

/**
 * What the {@code desk-http} route hands camel-http for a TMF621 resolution, seen by a mock
 * endpoint woven in front of the HTTP producer: the ticket is read, then merge-patched with the
 * bearer token, never with Camel's own headers.
 */
class Tmf621RouteTest {

  FakeTmf621 partner;
  Desks desks;

  @BeforeEach
  void start() throws Exception {
    partner = new FakeTmf621("medley", "client-secret");
    desks =
        Desks.start(
            List.of(new Tmf621()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 0, Duration.ofMillis(10), 5),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    desks.close();
    partner.close();
  }

  @Test
  void aResolutionIsAReadThenOneMergePatch() throws Exception {
    DeskConnection connection =
        new DeskConnection(
            3,
            DeskKind.TMF621,
            "Telco",
            partner.baseUrl(),
            DeskConnection.Auth.oauth2(partner.tokenUrl(), "medley", "client-secret"),
            Map.of(),
            null);
    String id = desks.deliver(connection, update(null, DeskUpdate.Kind.CREATE)).externalId();
    AdviceWith.adviceWith(
        desks.camel(),
        "desk-http",
        route -> route.interceptSendToEndpoint("http://partner-desk*").to("mock:partner"));
    MockEndpoint sent = desks.camel().getEndpoint("mock:partner", MockEndpoint.class);
    sent.expectedMessageCount(2);
    sent.expectedHeaderValuesReceivedInAnyOrder(Exchange.HTTP_METHOD, "GET", "PATCH");

    desks.deliver(connection, update(id, DeskUpdate.Kind.RESOLVE));

    sent.assertIsSatisfied(5000);
    Message patch = sent.getExchanges().get(1).getMessage();
    assertThat(patch.getHeader(Exchange.HTTP_URI, String.class))
        .isEqualTo(partner.baseUrl() + FakeTmf621.BASE + "/troubleTicket/" + id);
    assertThat(patch.getHeader(Exchange.CONTENT_TYPE, String.class))
        .isEqualTo("application/merge-patch+json");
    assertThat(patch.getHeader("Authorization", String.class)).startsWith("Bearer ");
    assertThat(new String(patch.getBody(byte[].class), StandardCharsets.UTF_8))
        .contains("\"status\":\"resolved\"")
        .contains("\"statusChangeReason\":\"Medley: Fibre spliced\"");
    assertThat(partner.ticket(id).orElseThrow().path("status").asText()).isEqualTo("resolved");
  }

  static DeskUpdate update(String id, DeskUpdate.Kind kind) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        "INC-000900",
        id,
        kind,
        "Fibre cut",
        "The clinic is offline.",
        "P1",
        "ASSIGNED",
        null,
        kind == DeskUpdate.Kind.RESOLVE ? "Fibre spliced" : null,
        "FIXED",
        "Nurse Joy",
        Instant.now());
  }
}
