package org.medley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain JSON calls to a second Medley node that a test starts with settings of its own (mail on, a
 * short TTL…), outside the shared {@link TestApp}; every call must succeed.
 */
public final class NodeClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URL base;

  public NodeClient(URL base) {
    this.base = base;
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
        HttpRequest.newBuilder(URI.create(base + path))
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
}
