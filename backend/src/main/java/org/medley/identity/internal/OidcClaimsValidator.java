package org.medley.identity.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token from the external issuer must name that issuer and, unless switched off, Medley's API as
 * its audience: a hospital's realm usually serves many applications, and a token one of them
 * obtained for a user must not open Medley. Expiry is checked by Micronaut's own validator.
 */
@Singleton
@Requires(property = "medley.oidc.issuer")
class OidcClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

  private static final Logger LOG = LoggerFactory.getLogger(OidcClaimsValidator.class);

  private final String issuer;
  private final String audience;

  OidcClaimsValidator(
      @Value("${medley.oidc.issuer}") String issuer,
      @Nullable @Value("${medley.oidc.audience:medley-backend}") String audience) {
    this.issuer = OidcIssuer.trimmed(issuer);
    this.audience = audience == null ? "" : audience.strip();
  }

  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    Object iss = claims.get(Claims.ISSUER);
    if (iss == null || !issuer.equals(iss.toString())) {
      LOG.debug("Token refused: issuer {} is not {}", iss, issuer);
      return false;
    }
    if (!audience.isEmpty() && !names(claims.get(Claims.AUDIENCE), audience)) {
      LOG.debug(
          "Token refused: audience {} does not include {}", claims.get(Claims.AUDIENCE), audience);
      return false;
    }
    return true;
  }

  private static boolean names(@Nullable Object aud, String expected) {
    if (aud instanceof Collection<?> list) {
      return list.stream().anyMatch(a -> expected.equals(String.valueOf(a)));
    }
    return aud != null && expected.equals(aud.toString());
  }
}
