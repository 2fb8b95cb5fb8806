package org.medley.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.medley.identity.Role;

/**
 * Which roles a person may hold, given whom they work for. A partner's employee holds partner roles
 * only ({@code partner-agent} to work the tickets their company holds, {@code partner-manager} for
 * its marketplace profile, proposals and scorecard), because any hospital role (agent, admin,
 * leader) would open the hospital's whole desk to another company. A hospital employee never holds
 * a partner role, which scopes a person to a partner's work. Everyone holds at least one role.
 */
final class RoleAssignment {

  private RoleAssignment() {}

  /** The roles named by these claims, or why one of them is not a role. */
  static Set<Role> parse(Collection<String> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String claim : claims) {
      roles.add(
          Role.fromClaim(claim == null ? "" : claim.strip())
              .orElseThrow(() -> new IllegalArgumentException("unknown role " + claim)));
    }
    return roles;
  }

  /** Why these roles do not fit someone employed by the hospital or by a partner; empty if fine. */
  static Optional<String> refusal(Set<Role> roles, boolean partnerEmployee) {
    if (roles.isEmpty()) {
      return Optional.of("at least one role");
    }
    if (partnerEmployee && !roles.stream().allMatch(Role::partnerOnly)) {
      return Optional.of(
          "a partner's employee holds partner-agent or partner-manager roles and no other");
    }
    if (!partnerEmployee && roles.stream().anyMatch(Role::partnerOnly)) {
      return Optional.of(
          "partner-agent and partner-manager are for a partner's employees; pick the partner"
              + " first");
    }
    return Optional.empty();
  }
}
