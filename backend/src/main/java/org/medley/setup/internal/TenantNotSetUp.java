package org.medley.setup.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medley.identity.Claims;
import org.medley.identity.Installation;
import org.medley.platform.FieldProblems;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * External issuer: a signed-in user whose tenant has no organisation in Medley yet gets one clear
 * 409 from every API call but the setup's own (field {@code setup}, which the SPA routes on),
 * instead of whatever each feature would make of a tenant that does not exist. Tenants that exist
 * are remembered: organisations are never deleted.
 */
@ServerFilter("/api/**")
@Requires(property = "medley.oidc.issuer")
class TenantNotSetUp implements io.micronaut.core.order.Ordered {

  static final String FIELD = "setup";

  private final Installation installation;
  private final ErrorResponseProcessor<?> errors;
  private final Set<Long> known = ConcurrentHashMap.newKeySet();

  TenantNotSetUp(Installation installation, ErrorResponseProcessor<?> errors) {
    this.installation = installation;
    this.errors = errors;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.equals("/api/setup") || path.startsWith("/api/auth/")) {
      return null;
    }
    var authentication = request.getUserPrincipal(Authentication.class);
    if (authentication.isEmpty()) {
      return null;
    }
    Long tenant = tenantOf(authentication.get());
    if (tenant == null || known.contains(tenant) || exists(tenant)) {
      return null;
    }
    var refusal =
        Refused.conflict(
            FIELD,
            "Medley is not set up yet for your organisation; an administrator must finish setup.");
    return FieldProblems.respond(
        errors,
        request,
        refusal,
        HttpResponse.status(HttpStatus.CONFLICT),
        List.of(new Problem.FieldError(FIELD, refusal.getMessage())));
  }

  private boolean exists(long tenant) {
    if (installation.healthSystemExists(tenant)) {
      known.add(tenant);
      return true;
    }
    return false;
  }

  private static @Nullable Long tenantOf(Authentication authentication) {
    Object value = authentication.getAttributes().get(Claims.TENANT);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        return null; // Caller refuses such a token where it matters
      }
    }
    return null;
  }
}
