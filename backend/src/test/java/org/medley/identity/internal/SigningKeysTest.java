package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SigningKeysTest {

  @Test
  void aConfiguredSecretShorterThan256BitsIsRefusedAtStartup() {
    assertThatThrownBy(() -> SigningKeys.checked("too-short"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32 bytes");
  }

  @Test
  void aLongEnoughSecretIsUsedAsIs() {
    String secret = "0123456789abcdef0123456789abcdef";
    assertThat(SigningKeys.checked(secret)).isEqualTo(secret);
  }
}
