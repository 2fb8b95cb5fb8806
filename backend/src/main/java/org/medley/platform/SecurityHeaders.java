package org.medley.platform;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;

/**
 * Browser hardening on every answer: a content security policy that lets the SPA talk only to
 * Medley (and to the OIDC issuer, when one is configured), no framing, no MIME sniffing, no
 * referrer leaks, and HSTS when the request arrived over TLS (directly or through a proxy that says
 * so).
 */
@ServerFilter("/**")
class SecurityHeaders implements Ordered {

  /** First in, last out: the headers land on answers that security or routing cut short too. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }

  private final String policy;
  private final String swaggerPolicy;

  SecurityHeaders(@Nullable @Value("${medley.oidc.issuer:}") String issuer) {
    String idp = origin(issuer);
    // Mantine sets CSS variables through style attributes, hence 'unsafe-inline' for styles only.
    String common =
        "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self';"
            + " object-src 'none'";
    this.policy =
        common
            + "; script-src 'self'; connect-src 'self'"
            + idp
            + "; form-action 'self'"
            + idp
            + "; frame-src 'self'"
            + idp;
    // Swagger UI's page boots with an inline script; it shows documentation, not patient data.
    this.swaggerPolicy = common + "; script-src 'self' 'unsafe-inline'; connect-src 'self'";
  }

  @ResponseFilter
  void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
    boolean swagger = request.getPath().startsWith("/swagger-ui");
    response.header("Content-Security-Policy", swagger ? swaggerPolicy : policy);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("X-Frame-Options", "DENY");
    response.header("Referrer-Policy", "no-referrer");
    response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()
        || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))) {
      response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }

  private static String origin(@Nullable String issuer) {
    if (issuer == null || issuer.isBlank()) {
      return "";
    }
    try {
      URI uri = URI.create(issuer.strip());
      return " " + uri.getScheme() + "://" + uri.getRawAuthority();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
