package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.token.Claims;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim checks that a real Keycloak cannot easily be made to get wrong on purpose. */
class OidcClaimsTest {

  private static final String ISSUER = "http://127.0.0.1:8180/realms/medley";

  private static Claims claims(Map<String, Object> values) {
    return new Claims() {
      @Override
      public Object get(String name) {
        return values.get(name);
      }

      @Override
      public java.util.Set<String> names() {
        return values.keySet();
      }

      @Override
      public boolean contains(String name) {
        return values.containsKey(name);
      }
    };
  }

  private final OidcClaimsValidator<Object> validator =
      new OidcClaimsValidator<>(ISSUER + "/", "medley-backend");

  @Test
  void acceptsItsIssuerWithMedleyAmongTheAudiences() {
    assertThat(validator.validate(claims(Map.of("iss", ISSUER, "aud", "medley-backend")), null))
        .isTrue();
    assertThat(
            validator.validate(
                claims(Map.of("iss", ISSUER, "aud", List.of("account", "medley-backend"))), null))
        .isTrue();
  }

  @Test
  void refusesAnotherRealmOrHostAndAMissingIssuer() {
    assertThat(
            validator.validate(
                claims(
                    Map.of("iss", "http://127.0.0.1:8180/realms/master", "aud", "medley-backend")),
                null))
        .isFalse();
    assertThat(
            validator.validate(
                claims(
                    Map.of("iss", "http://localhost:8180/realms/medley", "aud", "medley-backend")),
                null))
        .isFalse();
    assertThat(validator.validate(claims(Map.of("aud", "medley-backend")), null)).isFalse();
  }

  @Test
  void refusesTokensForOtherApplicationsUnlessTheAudienceCheckIsOff() {
    var otherApp = claims(Map.of("iss", ISSUER, "aud", List.of("account")));
    assertThat(validator.validate(otherApp, null)).isFalse();
    assertThat(validator.validate(claims(Map.of("iss", ISSUER)), null)).isFalse();
    assertThat(new OidcClaimsValidator<>(ISSUER, "").validate(otherApp, null)).isTrue();
  }

  @Test
  void rolesMergeTheBuiltInClaimWithKeycloakRealmRoles() {
    var roles = new TokenRoles();
    assertThat(roles.resolveRoles(Map.of("roles", List.of("agent", "end-user"))))
        .containsExactly("agent", "end-user");
    assertThat(
            roles.resolveRoles(
                Map.of(
                    "roles", List.of("agent"),
                    "realm_access", Map.of("roles", List.of("agent", "it-leader")))))
        .containsExactly("agent", "it-leader");
    assertThat(roles.resolveRoles(Map.of("realm_access", "garbage"))).isEmpty();
    assertThat(roles.resolveRoles(null)).isEmpty();
  }
}
