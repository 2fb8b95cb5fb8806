package org.medley.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * An external issuer's user called Medley for the first time and now has an account. Published
 * inside the transaction that created the account, so a listener's writes commit or roll back with
 * it. {@code email} is what the token named (lower-cased), {@code emailVerified} whether the issuer
 * vouched for it.
 */
public record AccountFirstSeen(
    long accountId,
    long tenantId,
    long organizationId,
    String displayName,
    @Nullable String email,
    boolean emailVerified) {

  /** The e-mail address, when the issuer verified it. */
  public @Nullable String verifiedEmail() {
    return emailVerified ? email : null;
  }
}
