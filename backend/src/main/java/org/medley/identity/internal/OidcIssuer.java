package org.medley.identity.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfigurationProperties;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * An external OIDC issuer (Keycloak): its tokens are checked against the keys it publishes. A bean
 * rather than {@code micronaut.security.token.jwt.signatures.jwks.*} in application.yml, because
 * that configuration must not exist at all on the zero-setup default (built-in issuer).
 */
@Factory
@Requires(property = "medley.oidc.issuer")
class OidcIssuer {

  @Singleton
  @Named("keycloak")
  JwksSignatureConfiguration keycloakKeys(
      @Value("${medley.oidc.issuer}") String issuer,
      @Value("${medley.oidc.jwks-url:}") String jwksUrl) {
    var keys = new JwksSignatureConfigurationProperties("keycloak");
    keys.setUrl(keysUrl(issuer, jwksUrl));
    return keys;
  }

  /**
   * Where the issuer's keys are read: the issuer's own certs endpoint, unless the nodes reach the
   * issuer by another address than browsers do (compose, an in-cluster service).
   */
  static String keysUrl(String issuer, String jwksUrl) {
    return jwksUrl == null || jwksUrl.isBlank()
        ? trimmed(issuer) + "/protocol/openid-connect/certs"
        : jwksUrl.strip();
  }

  /** Issuers are compared as strings: {@code …/realms/medley/} and {@code …/medley} differ. */
  static String trimmed(String issuer) {
    String value = issuer.strip();
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
