package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A local account of the built-in issuer. Roles are stored comma-separated, as token claims. */
@MappedEntity("user_accounts")
public record UserAccount(
    @Id @GeneratedValue Long id,
    long organizationId,
    long tenantId,
    String username,
    String displayName,
    @Nullable String email,
    @Nullable String jobTitle,
    @Nullable String passwordHash,
    String roles,
    boolean enabled,
    Instant createdAt,
    int failedLogins,
    @Nullable Instant lockedUntil,
    @Nullable String department,
    @Nullable String location) {

  public List<String> roleList() {
    return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
  }

  public boolean canSignIn() {
    return enabled && passwordHash != null;
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
