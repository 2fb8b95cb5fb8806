package org.medley.identity.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.medley.identity.BuiltinTokens;
import org.medley.identity.Claims;

/** Signs the built-in issuer's bearer tokens: one home for the claims a token carries. */
@Singleton
@Requires(missingProperty = "medley.oidc.issuer")
class AccessTokens implements BuiltinTokens {

  private final UserAccountRepository accounts;
  private final TokenGenerator tokens;
  private final AccessTokenConfiguration configuration;

  AccessTokens(
      UserAccountRepository accounts,
      TokenGenerator tokens,
      AccessTokenConfiguration configuration) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.configuration = configuration;
  }

  @Override
  public Issued issue(long accountId) {
    return issue(
        accounts
            .findById(accountId)
            .filter(UserAccount::canSignIn)
            .orElseThrow(() -> new IllegalStateException("No account " + accountId + " to sign")));
  }

  /** A token for an account whose credentials were just checked. */
  Issued issue(UserAccount user) {
    int ttl = configuration.getExpiration();
    Authentication authentication =
        Authentication.build(
            user.username(),
            user.roleList(),
            Map.of(
                Claims.TENANT, user.tenantId(),
                Claims.ORGANIZATION, user.organizationId(),
                Claims.NAME, user.displayName()));
    String token =
        tokens
            .generateToken(authentication, ttl)
            .orElseThrow(
                () ->
                    new HttpStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE, "Sign-in is unavailable right now."));
    return new Issued(token, ttl, user.username(), user.roleList());
  }
}
