package org.medley.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated caller as every feature sees it: who, for which tenant, from which
 * organisation, in which roles. Built from the token, so both issuers yield the same shape.
 */
public record Caller(
    String username, String displayName, long tenantId, long organizationId, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public static Caller of(Authentication authentication) {
    var attributes = authentication.getAttributes();
    long tenant = asLong(attributes.get(Claims.TENANT));
    long organization = asLong(attributes.get(Claims.ORGANIZATION));
    Object login = attributes.get(Claims.USERNAME);
    String username = login == null ? authentication.getName() : login.toString();
    Object name = attributes.get(Claims.NAME);
    return new Caller(
        username,
        name == null ? username : name.toString(),
        tenant,
        organization,
        rolesOf(authentication.getRoles()));
  }

  private static Set<Role> rolesOf(Collection<String> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    claims.forEach(c -> Role.fromClaim(c).ifPresent(roles::add));
    return roles;
  }

  private static long asLong(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        // fall through: a token without a usable tenant is refused below
      }
    }
    throw new HttpStatusException(
        HttpStatus.FORBIDDEN, "The token names no Medley tenant or organisation.");
  }
}
