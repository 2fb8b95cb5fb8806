package org.medley.integrations.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.http.DeskHttp;
import org.medley.integrations.http.HttpAnswer;
import org.medley.integrations.http.HttpCall;

/**
 * {@link DeskHttp} on the {@code desk-http} route. For OAuth2 client-credential connections it
 * fetches a token from the connection's token endpoint through the same route and keeps it until a
 * minute before it expires.
 */
public final class CamelDeskHttp implements DeskHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Token(String value, Instant expires) {}

  private final ProducerTemplate template;
  private final Clock clock;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  public CamelDeskHttp(ProducerTemplate template, Clock clock) {
    this.template = template;
    this.clock = clock;
  }

  @Override
  public HttpAnswer call(DeskConnection connection, HttpCall call) {
    String bearer =
        connection.auth().type() == DeskConnection.Auth.Type.OAUTH2_CLIENT
            ? bearer(connection)
            : null;
    Exchange done =
        template.send(
            DeskHttpRoute.ENDPOINT,
            exchange -> {
              exchange.setProperty(DeskRequests.CONNECTION, connection);
              exchange.setProperty(DeskRequests.BEARER, bearer);
              exchange.setProperty(DeskAnswers.CALL, call);
              exchange.getMessage().setBody(call);
            });
    Exception failure = done.getException();
    if (failure == null) {
      return done.getMessage().getBody(HttpAnswer.class);
    }
    if (failure instanceof DeskRefused refused) {
      if (refused.status() == 401 && bearer != null) {
        tokens.remove(key(connection)); // the next try fetches a fresh token
      }
      throw refused;
    }
    if (failure instanceof DeskUnavailable unavailable) {
      throw unavailable;
    }
    throw new DeskUnavailable(
        "Could not reach " + connection.name() + ": " + failure.getMessage(), failure);
  }

  private String bearer(DeskConnection connection) {
    String key = key(connection);
    Token token = tokens.get(key);
    if (token != null && token.expires().isAfter(clock.instant())) {
      return token.value();
    }
    DeskConnection.Auth auth = connection.auth();
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(auth.clientId(), StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(auth.clientSecret(), StandardCharsets.UTF_8);
    DeskConnection anonymous =
        new DeskConnection(
            connection.id(),
            connection.kind(),
            connection.name(),
            connection.baseUrl(),
            DeskConnection.Auth.none(),
            Map.of(),
            null);
    HttpAnswer answer =
        call(
            anonymous,
            HttpCall.post(auth.tokenUrl(), form)
                .header("Content-Type", "application/x-www-form-urlencoded"));
    try {
      JsonNode body = JSON.readTree(answer.body());
      String value = body.path("access_token").asText(null);
      if (value == null) {
        throw new DeskRefused(answer.status(), "the token endpoint returned no access_token");
      }
      long seconds = body.path("expires_in").asLong(300);
      Instant expires = clock.instant().plus(Duration.ofSeconds(Math.max(0, seconds - 60)));
      tokens.put(key, new Token(value, expires));
      return value;
    } catch (java.io.IOException e) {
      throw new DeskRefused(answer.status(), "the token endpoint did not answer JSON");
    }
  }

  /** A token belongs to the credentials that got it: a changed secret fetches a new one. */
  private static String key(DeskConnection connection) {
    return connection.id()
        + "|"
        + connection.auth().tokenUrl()
        + "|"
        + connection.auth().clientId()
        + "|"
        + java.util.Objects.hashCode(connection.auth().clientSecret());
  }
}
