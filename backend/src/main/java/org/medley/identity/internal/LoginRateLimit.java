package org.medley.identity.internal;

import io.github.bucket4j.TimeMeter;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Refuses a client's sign-ins with 429 and Retry-After once it spends its attempts for the minute:
 * people's ({@code POST /login}) and partner desks' (the OAuth2 client-credentials token endpoint
 * of e-bonding, {@code POST /api/integrations/{connector}/token}, where a wrong secret is as
 * guessable as a wrong password). Each kind has its own budget per client, so a desk that keeps
 * failing never locks the nurses behind the same address out. Behind a proxy, set {@code
 * medley.trust-forwarded-for} so the client is the first X-Forwarded-For hop rather than the proxy;
 * never trust it when clients connect directly.
 */
@ServerFilter({"/login", "/api/integrations/*/token"})
class LoginRateLimit {

  private final LoginThrottle throttle;
  private final boolean trustForwardedFor;
  private final ErrorResponseProcessor<?> errors;

  LoginRateLimit(
      @Value("${medley.login.attempts-per-minute:30}") int perMinute,
      @Value("${medley.trust-forwarded-for:false}") boolean trustForwardedFor,
      ErrorResponseProcessor<?> errors) {
    this.throttle = new LoginThrottle(perMinute, TimeMeter.SYSTEM_MILLISECONDS);
    this.trustForwardedFor = trustForwardedFor;
    this.errors = errors;
  }

  @RequestFilter
  @Nullable
  MutableHttpResponse<?> limit(HttpRequest<?> request) {
    if (!"POST".equals(request.getMethodName())) {
      return null;
    }
    return throttle.attempt(key(request)).map(wait -> refuse(request, wait)).orElse(null);
  }

  @ResponseFilter
  void settle(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if ("POST".equals(request.getMethodName()) && response.getStatus().getCode() == 200) {
      throttle.succeeded(key(request));
    }
  }

  private MutableHttpResponse<?> refuse(HttpRequest<?> request, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return errors
        .processResponse(
            ErrorContext.builder(request)
                .errorMessage(
                    "Too many sign-in attempts from your network. Try again in "
                        + seconds
                        + " seconds.")
                .build(),
            HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS))
        .header("Retry-After", String.valueOf(seconds));
  }

  /** The budget an attempt spends: people's sign-ins and desks' token requests apart. */
  private String key(HttpRequest<?> request) {
    return (request.getPath().equals("/login") ? "login " : "token ") + client(request);
  }

  private String client(HttpRequest<?> request) {
    if (trustForwardedFor) {
      String forwarded = request.getHeaders().get("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",")[0].strip();
      }
    }
    InetSocketAddress remote = request.getRemoteAddress();
    return remote.getAddress() == null
        ? remote.getHostString()
        : remote.getAddress().getHostAddress();
  }
}
