package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OidcIssuerTest {

  @Test
  void keysComeFromTheIssuerUnlessNodesReachItElsewhere() {
    assertThat(OidcIssuer.keysUrl("http://localhost:8180/realms/medley/", ""))
        .isEqualTo("http://localhost:8180/realms/medley/protocol/openid-connect/certs");
    assertThat(
            OidcIssuer.keysUrl(
                "http://localhost:8180/realms/medley",
                " http://keycloak:8180/realms/medley/protocol/openid-connect/certs "))
        .isEqualTo("http://keycloak:8180/realms/medley/protocol/openid-connect/certs");
  }
}
