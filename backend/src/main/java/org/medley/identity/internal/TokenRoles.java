package org.medley.identity.internal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles from either issuer: the built-in one writes a top-level {@code roles} claim, Keycloak puts
 * realm roles under {@code realm_access.roles}, which Micronaut's default finder cannot reach.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
class TokenRoles implements RolesFinder {

  static final String ROLES = "roles";
  static final String REALM_ACCESS = "realm_access";

  @Override
  public List<String> resolveRoles(@Nullable Map<String, Object> attributes) {
    if (attributes == null) {
      return List.of();
    }
    Set<String> roles = new LinkedHashSet<>();
    addAll(roles, attributes.get(ROLES));
    if (attributes.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess) {
      addAll(roles, realmAccess.get(ROLES));
    }
    return new ArrayList<>(roles);
  }

  private static void addAll(Set<String> roles, @Nullable Object claim) {
    if (claim instanceof Collection<?> values) {
      values.forEach(v -> roles.add(String.valueOf(v)));
    } else if (claim instanceof String value && !value.isBlank()) {
      roles.add(value);
    }
  }
}
