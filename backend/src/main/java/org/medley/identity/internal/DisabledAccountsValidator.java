package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/** Refuses the tokens of accounts {@link DisabledAccounts} knows to be disabled (either issuer). */
@Singleton
class DisabledAccountsValidator<T> implements GenericJwtClaimsValidator<T> {

  private final DisabledAccounts disabled;

  DisabledAccountsValidator(DisabledAccounts disabled) {
    this.disabled = disabled;
  }

  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    // Keycloak's subject is an opaque id; accounts are keyed by the login name, as in Caller.
    Object login = claims.get(org.medley.identity.Claims.USERNAME);
    Object subject = login == null ? claims.get(Claims.SUBJECT) : login;
    return subject == null || !disabled.isDisabled(subject.toString());
  }
}
