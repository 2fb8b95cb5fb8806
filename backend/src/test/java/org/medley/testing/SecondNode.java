package org.medley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * A second Medley node on the run's database, started by a test that needs settings of its own
 * (mail on, a short TTL, an environment variable), beside the shared {@link TestApp}; plain JSON
 * calls to it, each of which must succeed.
 */
public final class SecondNode implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final EmbeddedServer server;

  private SecondNode(EmbeddedServer server) {
    this.server = server;
  }

  /** A node with these properties on top of the test environment's. */
  public static SecondNode start(Map<String, Object> properties) {
    return start(properties, Map.of());
  }

  /**
   * A node with these properties, and these environment variables as they reach {@code
   * application.yml}'s {@code ${VARIABLE:default}} placeholders (the process's own stay as they
   * are).
   */
  public static SecondNode start(Map<String, Object> properties, Map<String, Object> environment) {
    TestApp.server(); // migrates and seeds the run's database
    Map<String, Object> all = new HashMap<>();
    all.put("micronaut.server.port", -1);
    // Tests run the SLA sweep and the desk poller themselves, at instants they choose.
    all.put("medley.sla.sweep.enabled", false);
    all.put("medley.ebonding.poll.enabled", false);
    all.putAll(properties);
    var builder = ApplicationContext.builder(all).environments("test");
    if (!environment.isEmpty()) {
      builder.propertySources(
          PropertySource.of(
              "env", environment, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE));
    }
    return new SecondNode(builder.run(EmbeddedServer.class));
  }

  /** Properties that send e-mail notices to an SMTP server on this machine, relayed at once. */
  public static Map<String, Object> mailingTo(int smtpPort) {
    return Map.of(
        "medley.mail.enabled", true,
        "medley.mail.host", "127.0.0.1",
        "medley.mail.port", smtpPort,
        "medley.outbox.relay.interval", "200ms",
        "medley.outbox.relay.initial-delay", "0s");
  }

  /** The node's beans, for tests that drive its pollers directly. */
  public io.micronaut.context.ApplicationContext context() {
    return server.getApplicationContext();
  }

  public URL url() {
    return server.getURL();
  }

  /** Signs a demo user in on this node and returns the bearer token. */
  public String login(String username) throws Exception {
    return send("POST", "/login", "{\"username\":\"" + username + "\",\"password\":\"demo\"}", null)
        .path("access_token")
        .asText();
  }

  /** Sends a JSON request (body may be null) and returns the answer, failing on any non-2xx. */
  public JsonNode send(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
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

  @Override
  public void close() {
    server.stop();
  }
}
