package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/** Browsers on the configured origins may call the API; every other origin is refused. */
class CrossOriginsTest {

  private static final String PORTAL = "https://desk.riverside.example";
  private static final HttpClient http = HttpClient.newHttpClient();
  private static EmbeddedServer server;

  @BeforeAll
  static void start() {
    Map<String, Object> properties =
        new HashMap<>(
            CrossOrigins.propertiesFor(
                Map.of(
                    "MEDLEY_CORS_ORIGINS", " " + PORTAL + " , https://leaders.riverside.example")));
    properties.put("micronaut.server.port", -1);
    properties.put("medley.demo.enabled", false);
    server = ApplicationContext.run(EmbeddedServer.class, properties);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void noOriginsConfiguredMeansNoCrossOriginAccess() {
    assertThat(CrossOrigins.propertiesFor(Map.of())).isEmpty();
    assertThat(CrossOrigins.propertiesFor(Map.of("MEDLEY_CORS_ORIGINS", " , "))).isEmpty();
    var preflight = preflight(TestApp.server().getURL().toString(), PORTAL);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aConfiguredOriginMayCallWithABearerToken() {
    var preflight = preflight(server.getURL().toString(), PORTAL);
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
        .containsIgnoringCase("authorization");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

    var call = get(server.getURL() + "/api/auth/config", PORTAL);
    assertThat(call.statusCode()).isEqualTo(200);
    assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
  }

  @Test
  void anyOtherOriginIsRefused() {
    String evil = "https://desk.riverside.example.attacker.test";
    var preflight = preflight(server.getURL().toString(), evil);
    assertThat(preflight.statusCode()).isEqualTo(403);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

    var call = get(server.getURL() + "/api/auth/config", evil);
    assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    System.out.println(
        "CORS refusal: " + call.statusCode() + " " + call.headers().map() + " " + call.body());
  }

  private static HttpResponse<String> preflight(String base, String origin) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/tickets"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization,content-type")
            .build());
  }

  private static HttpResponse<String> get(String url, String origin) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin).build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
