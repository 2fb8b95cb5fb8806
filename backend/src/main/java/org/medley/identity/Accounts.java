package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.Set;

/** Medley's own record of a signed-in person, whichever issuer signed the token. */
public interface Accounts {

  /**
   * The id of the caller's user account in its tenant. An external issuer's users get one on their
   * first call, so tickets and audit rows can point at them.
   */
  long accountId(Caller caller);

  /** A person as other features name and address them. */
  record Account(
      long id,
      long tenantId,
      String displayName,
      @Nullable String email,
      Set<Role> roles,
      boolean enabled) {}

  /** The account with this id, enabled or not. */
  Optional<Account> account(long accountId);
}
