package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.ebonding.internal.TestDesks.count;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.WebhookSignature;
import org.medley.testing.Api;

/**
 * {@code POST /api/integrations/{connectorId}/webhook} refuses whatever a desk cannot prove or
 * Medley cannot read, as problem+json, before anything is written; no sign-in is involved.
 */
class WebhookApiTest {

  private static final String SECRET = "webhook-secret";
  private static final String EVENT = "{\"sys_id\":\"abc\",\"number\":\"INC0010001\"}";

  private static Api.Reply post(long connectorId, String body, String signature) {
    HttpRequest.Builder request =
        Api.request("/api/integrations/" + connectorId + "/webhook")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header(WebhookSignature.HEADER, signature);
    }
    return Api.send(request.build());
  }

  private static long written(ConnectorDirectory.Connector connector) {
    return count("desk_inbound_events WHERE connector_id = " + connector.id());
  }

  @AfterEach
  void unlink() {
    TestDesks.unlinkNorthwind();
  }

  @Test
  void aSignedServiceNowUpdateReachesTheTicketOnce() {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Northwind SN", SECRET);
    long ticket = TestDesks.partnerTicket("Webhook from ServiceNow");
    String sysId = "46d44a23a9fe19810012d100cca8" + ticket;
    TestDesks.reference(ticket, connector, sysId);
    TestDesks.linkNorthwind(connector);
    String event =
        "{\"event_id\":\""
            + UUID.randomUUID()
            + "\",\"sys_id\":\""
            + sysId
            + "\",\"comments\":\"Replaced the toner, please retry\",\"state\":\"2\","
            + "\"sys_updated_by\":\"beth.anglin\"}";

    var first = post(connector.id(), event, WebhookSignature.sign(SECRET, event));
    assertThat(first.status()).as(first.body()).isEqualTo(202);
    assertThat(first.json().path("applied").asInt()).isEqualTo(2);
    var again = post(connector.id(), event, WebhookSignature.sign(SECRET, event));
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    assertThat(again.json().path("applied").asInt()).isZero();
    assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);

    assertThat(
            count(
                "ticket_comments WHERE ticket_id = "
                    + ticket
                    + " AND visibility = 'PUBLIC' AND body = 'Replaced the toner, please retry'"
                    + " AND author_name = '"
                    + connector.connection().name()
                    + ": beth.anglin'"))
        .isEqualTo(1);
    assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aCallAboutAnUnknownTicketIs404AndWritesNothing() {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Webhook unknown", SECRET);
    String event = "{\"event_id\":\"e1\",\"sys_id\":\"nothing-medley-knows\",\"comments\":\"hi\"}";
    var reply =
        assertProblem(post(connector.id(), event, WebhookSignature.sign(SECRET, event)), 404);
    assertThat(reply.body()).contains("nothing-medley-knows");
    assertThat(written(connector)).isZero();
  }

  @Test
  void anUnknownConnectorIs404() {
    long none = TestDesks.count("desk_connectors") + 1_000_000;
    var reply = assertProblem(post(none, EVENT, WebhookSignature.sign(SECRET, EVENT)), 404);
    assertThat(reply.body()).contains("connectorId");
  }

  @Test
  void aMissingOrWrongSignatureIs401() {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Webhook SN", SECRET);
    assertProblem(post(connector.id(), EVENT, null), 401);
    assertProblem(post(connector.id(), EVENT, WebhookSignature.sign("guess", EVENT)), 401);
    assertProblem(post(connector.id(), EVENT, "sha256=" + "0".repeat(64)), 401);
    // Signed over other bytes: the body was changed on the way.
    assertProblem(post(connector.id(), EVENT + " ", WebhookSignature.sign(SECRET, EVENT)), 401);
    assertThat(written(connector)).isZero();
  }

  @Test
  void aConnectorWithoutASecretTakesNoCalls() {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Webhook no secret", null);
    assertProblem(post(connector.id(), EVENT, WebhookSignature.sign("any", EVENT)), 401);
  }

  @Test
  void aBodyTheDesksProtocolCannotReadIs400() {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Webhook malformed", SECRET);
    String body = "this is not a desk event";
    var reply = assertProblem(post(connector.id(), body, WebhookSignature.sign(SECRET, body)), 400);
    assertThat(reply.body()).contains("body");
    assertThat(written(connector)).isZero();
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutItsLength() {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Webhook big", SECRET);
    String big = "{\"x\":\"" + "a".repeat(1_100_000) + "\"}";
    assertProblem(post(connector.id(), big, WebhookSignature.sign(SECRET, big)), 413);
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    // Streamed in chunks, without a Content-Length for the filter to check first.
    var chunked =
        Api.send(
            Api.request("/api/integrations/" + connector.id() + "/webhook")
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, big))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build());
    assertProblem(chunked, 413);
    assertThat(written(connector)).isZero();
  }
}
