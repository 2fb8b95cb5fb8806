package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the login page needs to know before anyone signs in: which issuer is active and, in demo
 * mode, which demo logins exist.
 */
@Serdeable
public record AuthConfig(String mode, List<String> demoUsers, @Nullable Oidc oidc) {

  @Serdeable
  public record Oidc(String issuer, String clientId) {}
}
