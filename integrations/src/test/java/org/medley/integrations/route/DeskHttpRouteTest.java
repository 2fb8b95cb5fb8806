package org.medley.integrations.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.fakes.FakeDesk;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/** The desk-http route against a real HTTP server: what is an answer, a refusal or "not now". */
class DeskHttpRouteTest {

  /** Answers 200 with the request echoed, 404 for /missing, 400 for /bad, a token at /token. */
  static final class EchoDesk extends FakeDesk {
    @Override
    protected Answer answer(Request request) {
      if (request.path().startsWith("/missing")) {
        return Answer.json(404, Map.of("message", "no such ticket"));
      }
      if (request.path().startsWith("/bad")) {
        return Answer.json(400, Map.of("message", "Queue is required"));
      }
      if (request.path().startsWith("/token")) {
        return Answer.json(200, Map.of("access_token", "t-1", "expires_in", 3600));
      }
      return Answer.json(
          200,
          Map.of(
              "method", request.method(),
              "path", request.path(),
              "authorization", String.valueOf(request.header("Authorization")),
              "camelHeaders", String.valueOf(request.headers().keySet()),
              "body", request.body()));
    }
  }

  static EchoDesk desk;
  static Desks desks;

  @BeforeAll
  static void start() {
    desk = new EchoDesk();
    desks =
        Desks.start(
            List.of(),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    desk.close();
  }

  @BeforeEach
  void healthy() {
    desk.recover();
  }

  DeskConnection connection(DeskConnection.Auth auth) {
    return new DeskConnection(
        1, DeskKind.REQUEST_TRACKER, "Echo", desk.baseUrl(), auth, Map.of(), null);
  }

  @Test
  void sendsTheCallWithTheConnectionsTokenAndNoCamelHeaders() throws Exception {
    HttpAnswer answer =
        desks
            .http()
            .call(
                connection(DeskConnection.Auth.token("s3cret")),
                HttpCall.post("/REST/2.0/ticket?x=1", "{\"Queue\":\"General\"}"));

    assertThat(answer.status()).isEqualTo(200);
    var echoed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    assertThat(echoed.get("method").asText()).isEqualTo("POST");
    assertThat(echoed.get("path").asText()).isEqualTo("/REST/2.0/ticket?x=1");
    assertThat(echoed.get("authorization").asText()).isEqualTo("token s3cret");
    assertThat(echoed.get("body").asText()).isEqualTo("{\"Queue\":\"General\"}");
    assertThat(echoed.get("camelHeaders").asText()).doesNotContainIgnoringCase("camel");
  }

  @Test
  void aClientErrorIsARefusalWithTheDesksAnswer() {
    assertThatThrownBy(
            () -> desks.http().call(connection(DeskConnection.Auth.none()), HttpCall.get("/bad")))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused.answer()).contains("Queue is required");
            });
  }

  @Test
  void anAcceptedStatusIsAnAnswer() {
    HttpAnswer answer =
        desks
            .http()
            .call(connection(DeskConnection.Auth.none()), HttpCall.get("/missing").accepting(404));

    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void aServerErrorIsRetriedOnceQuicklyThenUnavailable() {
    desk.failNext(2, 503);
    int before = desk.requests().size();
    NotifyBuilder failed =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenFailed(1).create();

    assertThatThrownBy(
            () -> desks.http().call(connection(DeskConnection.Auth.none()), HttpCall.get("/x")))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("503");
    assertThat(failed.matches(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(desk.requests().size() - before).isEqualTo(2);
  }

  @Test
  void aBlipIsAbsorbedByTheQuickRetry() {
    desk.failNext(1, 503);

    HttpAnswer answer =
        desks.http().call(connection(DeskConnection.Auth.none()), HttpCall.get("/x"));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void tooManyRequestsIsUnavailableNotRefused() {
    desk.failNext(2, 429);

    assertThatThrownBy(
            () -> desks.http().call(connection(DeskConnection.Auth.none()), HttpCall.get("/x")))
        .isInstanceOf(DeskUnavailable.class);
  }

  @Test
  void noServerIsUnavailable() {
    DeskConnection nowhere =
        new DeskConnection(
            2,
            DeskKind.REQUEST_TRACKER,
            "Nowhere",
            URI.create("http://127.0.0.1:1"),
            DeskConnection.Auth.none(),
            Map.of(),
            null);

    assertThatThrownBy(() -> desks.http().call(nowhere, HttpCall.get("/x")))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("Nowhere");
  }

  @Test
  void oauth2ClientCredentialsFetchesATokenOnceAndSendsItAsBearer() throws Exception {
    DeskConnection oauth =
        connection(DeskConnection.Auth.oauth2(desk.baseUrl() + "/token", "medley", "pw"));
    int before = desk.requests().size();

    desks.http().call(oauth, HttpCall.get("/one"));
    HttpAnswer second = desks.http().call(oauth, HttpCall.get("/two"));

    var echoed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(second.body());
    assertThat(echoed.get("authorization").asText()).isEqualTo("Bearer t-1");
    List<FakeDesk.Request> sent = desk.requests().subList(before, desk.requests().size());
    assertThat(sent).extracting(FakeDesk.Request::path).containsExactly("/token", "/one", "/two");
    assertThat(sent.get(0).body()).contains("grant_type=client_credentials");
  }
}
