package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import org.junit.jupiter.api.Test;
import org.medley.testing.Api;

class PlatformApiTest {

  @Test
  void healthReportsTheDatabase() {
    var anonymous = get("/health", null);
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().path("status").asText()).isEqualTo("UP");
    // where the database lives is nobody's business but the signed-in
    assertThat(anonymous.body()).doesNotContain("jdbc");

    var health = get("/health", org.medley.testing.TestApp.tokenFor("admin"));
    assertThat(health.json().path("details").path("jdbc").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void prometheusMetricsAreExposed() {
    var metrics = Api.send(Api.request("/prometheus").GET().build());
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    var spec = Api.send(Api.request("/swagger/medley-api-0.1.yml").GET().build());
    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.body()).contains("/api/me", "/login", "/api/auth/config");
    var ui = Api.send(Api.request("/swagger-ui/index.html").GET().build());
    assertThat(ui.status()).isEqualTo(200);
  }

  @Test
  void unknownApiPathIsAProblem() {
    assertProblem(get("/api/no-such-thing", null), 404);
  }

  @Test
  void clientSideRoutesFallBackToTheSpa() {
    var page =
        Api.send(Api.request("/workspace/queue/42").GET().header("Accept", "text/html").build());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<div id=\"root\"");
    assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void browserGetOfLoginIsTheSignInPage() {
    var page = Api.send(Api.request("/login").GET().header("Accept", "text/html").build());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"root\"");
    // an API client asking for JSON is told there is none here
    assertProblem(get("/login", null), 406);
  }

  @Test
  void everyAnswerCarriesBrowserHardeningHeaders() {
    for (String path : new String[] {"/", "/api/me", "/health"}) {
      var reply = org.medley.testing.Api.get(path, null);
      assertThat(reply.header("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
          .doesNotContain("script-src 'self' 'unsafe-inline'");
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(reply.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();
    }
    var behindTls =
        org.medley.testing.Api.send(
            org.medley.testing.Api.request("/health").header("X-Forwarded-Proto", "https").build());
    assertThat(behindTls.header("Strict-Transport-Security")).startsWith("max-age=");
  }

  @Test
  void rootServesTheSpa() {
    var page = Api.send(Api.request("/").GET().header("Accept", "text/html").build());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"root\"");
    assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void missingAssetIsNotTheSpa() {
    var asset =
        Api.send(Api.request("/assets/missing-123.js").GET().header("Accept", "*/*").build());
    assertThat(asset.status()).isEqualTo(404);
  }

  @Test
  void wrongMethodIsAProblem() {
    var reply =
        Api.send(
            Api.request("/api/me")
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json")
                .build());
    assertThat(reply.status()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }
}
