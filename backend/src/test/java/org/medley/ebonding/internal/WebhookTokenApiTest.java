package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.ebonding.internal.TestDesks.count;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.identity.InstallationKeys;
import org.medley.integrations.api.DeskKind;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * {@code POST /api/integrations/{connectorId}/token}: Medley as the OAuth2 authorization server of
 * its own webhook (RFC 6749 §4.4), and the webhook taking the bearer token it issues — for that
 * connector only, while it lasts, and never a user's sign-in token.
 */
class WebhookTokenApiTest {

  private static final String SECRET = "tmf-hub-client-secret-42";

  private static Api.Reply token(long connectorId, String authorization, String form) {
    HttpRequest.Builder request =
        Api.request("/api/integrations/" + connectorId + "/token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Api.send(request.build());
  }

  private static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static Api.Reply webhook(long connectorId, String body, String authorization) {
    return Api.send(
        Api.request("/api/integrations/" + connectorId + "/webhook")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static String clientId(ConnectorDirectory.Connector connector) {
    return "medley-connector-" + connector.id();
  }

  private static String accessToken(ConnectorDirectory.Connector connector) {
    var issued =
        token(connector.id(), basic(clientId(connector), SECRET), "grant_type=client_credentials");
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return issued.json().path("access_token").asText();
  }

  /** A TMF621 hub event about the ticket known in the connector's desk as {@code ttId}. */
  private static String noteEvent(String ttId, String text) {
    return "{\"eventId\":\""
        + UUID.randomUUID()
        + "\",\"eventTime\":\"2026-03-02T09:00:00Z\",\"eventType\":"
        + "\"TroubleTicketAttributeValueChangeEvent\",\"fieldPath\":\"note\",\"event\":"
        + "{\"troubleTicket\":{\"id\":\""
        + ttId
        + "\",\"status\":\"inProgress\",\"note\":[{\"id\":\"N1-"
        + ttId
        + "\",\"author\":\"Partner agent\",\"date\":\"2026-03-02T09:00:00Z\",\"text\":\""
        + text
        + "\"}]}}}";
  }

  private static long inbound(ConnectorDirectory.Connector connector) {
    return count("desk_inbound_events WHERE connector_id = " + connector.id());
  }

  @Test
  void clientCredentialsByBasicGiveATokenTheWebhookTakes() {
    var connector = TestDesks.connector(DeskKind.TMF621, "Token TMF", SECRET);
    long ticket = TestDesks.partnerTicket("Token-authenticated hub event");
    String ttId = "TT-" + ticket;
    TestDesks.reference(ticket, connector, ttId);

    var issued =
        token(connector.id(), basic(clientId(connector), SECRET), "grant_type=client_credentials");
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    assertThat(issued.header("Content-Type")).startsWith("application/json");
    assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
    assertThat(issued.json().path("token_type").asText()).isEqualTo("Bearer");
    assertThat(issued.json().path("expires_in").asLong()).isEqualTo(300);
    String accessToken = issued.json().path("access_token").asText();

    var applied =
        webhook(connector.id(), noteEvent(ttId, "Swapped the port"), "Bearer " + accessToken);
    assertThat(applied.status()).as(applied.body()).isEqualTo(202);
    assertThat(applied.json().path("applied").asInt()).isEqualTo(1);
    assertThat(
            count("ticket_comments WHERE ticket_id = " + ticket + " AND body = 'Swapped the port'"))
        .isEqualTo(1);
  }

  @Test
  void clientCredentialsInTheFormBodyWorkToo() {
    var connector = TestDesks.connector(DeskKind.TMF621, "Token form", SECRET);
    var issued =
        token(
            connector.id(),
            null,
            "grant_type=client_credentials&client_id="
                + clientId(connector)
                + "&client_secret="
                + SECRET);
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    String accessToken = issued.json().path("access_token").asText();
    assertThat(accessToken).startsWith("mwh1." + connector.id());
    // Not a user session: a user route does not take it.
    assertProblem(Api.get("/api/me", accessToken), 401);
  }

  @Test
  void aWrongSecretOrClientOrConnectorIsInvalidClient401() {
    var connector = TestDesks.connector(DeskKind.TMF621, "Token bad", SECRET);
    var other = TestDesks.connector(DeskKind.TMF621, "Token other", SECRET);
    var noSecret = TestDesks.connector(DeskKind.TMF621, "Token none", null);
    long none = count("desk_connectors") + 1_000_000;
    for (Api.Reply reply :
        new Api.Reply[] {
          token(
              connector.id(), basic(clientId(connector), "guess"), "grant_type=client_credentials"),
          token(connector.id(), basic(clientId(other), SECRET), "grant_type=client_credentials"),
          token(connector.id(), null, "grant_type=client_credentials"),
          token(noSecret.id(), basic(clientId(noSecret), ""), "grant_type=client_credentials"),
          token(none, basic("medley-connector-" + none, SECRET), "grant_type=client_credentials"),
          // A user's sign-in token is no client authentication.
          token(
              connector.id(), "Bearer " + TestDesks.token("admin"), "grant_type=client_credentials")
        }) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(401);
      assertThat(reply.header("Content-Type")).startsWith("application/json");
      assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
      assertThat(reply.json().path("error").asText()).isEqualTo("invalid_client");
      assertThat(reply.body()).doesNotContain(SECRET);
    }
  }

  @Test
  void aGrantOtherThanClientCredentialsIs400() {
    var connector = TestDesks.connector(DeskKind.TMF621, "Token grant", SECRET);
    var password =
        token(connector.id(), basic(clientId(connector), SECRET), "grant_type=password&username=x");
    assertThat(password.status()).as(password.body()).isEqualTo(400);
    assertThat(password.json().path("error").asText()).isEqualTo("unsupported_grant_type");
    var missing = token(connector.id(), basic(clientId(connector), SECRET), "scope=webhook");
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.json().path("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void theWebhookRefusesAnotherConnectorsExpiredOrForgedOrUsersToken() {
    var connector = TestDesks.connector(DeskKind.TMF621, "Token hook", SECRET);
    var other = TestDesks.connector(DeskKind.TMF621, "Token hook other", SECRET);
    long ticket = TestDesks.partnerTicket("Refused bearer tokens");
    String ttId = "TT-" + ticket;
    TestDesks.reference(ticket, connector, ttId);
    String event = noteEvent(ttId, "Must not arrive");

    WebhookTokens yesterday =
        new WebhookTokens(
            TestApp.context().getBean(InstallationKeys.class),
            Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)),
            Duration.ofMinutes(5));
    String expired = yesterday.issue(connector).accessToken();
    String othersToken = accessToken(other);
    String forged = accessToken(connector).replaceFirst("\\.[^.]+$", ".AAAA");

    assertThat(assertProblem(webhook(connector.id(), event, "Bearer " + othersToken), 401).body())
        .contains("another connector");
    assertThat(assertProblem(webhook(connector.id(), event, "Bearer " + expired), 401).body())
        .contains("expired");
    assertProblem(webhook(connector.id(), event, "Bearer " + forged), 401);
    assertProblem(webhook(connector.id(), event, "Bearer " + TestDesks.token("admin")), 401);
    assertProblem(webhook(connector.id(), event, "Bearer "), 401);
    assertThat(inbound(connector)).isZero();
    assertThat(
            count("ticket_comments WHERE ticket_id = " + ticket + " AND body = 'Must not arrive'"))
        .isZero();
  }

  @Test
  void replacingTheSecretRevokesTheTokensIssuedUnderIt() {
    var connector = TestDesks.connector(DeskKind.TMF621, "Token rotate", SECRET);
    String before = accessToken(connector);
    long version =
        Api.get("/api/integrations/connectors/" + connector.id(), TestDesks.token("admin"))
            .json()
            .path("version")
            .asLong();
    var changed =
        Api.putJson(
            "/api/integrations/connectors/" + connector.id(),
            "{\"name\":\""
                + connector.connection().name()
                + "\",\"baseUrl\":\"http://127.0.0.1:9\",\"auth\":{\"type\":\"NONE\"},"
                + "\"webhookSecret\":\"a-brand-new-secret-1234\",\"version\":"
                + version
                + "}",
            TestDesks.token("admin"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(
            assertProblem(webhook(connector.id(), noteEvent("TT-x", "x"), "Bearer " + before), 401)
                .body())
        .contains("not one Medley issued");
  }
}
