package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static final byte[] KEY = new byte[32];

  static {
    for (int i = 0; i < KEY.length; i++) {
      KEY[i] = (byte) (i * 7 + 3);
    }
  }

  private final SecretBox box = new SecretBox(KEY);

  @Test
  void whatIsSealedOpensToTheSameText() {
    String secret = "rt-token-Ünïcödé-🔑-" + "x".repeat(3000);
    String sealed = box.seal(secret);

    assertThat(sealed).startsWith("v1:").doesNotContain("rt-token");
    assertThat(box.open(sealed)).isEqualTo(secret);
    assertThat(box.open(box.seal(""))).isEmpty();
  }

  @Test
  void everySealingTakesAFreshNonce() {
    String first = box.seal("same secret");
    String second = box.seal("same secret");

    assertThat(first).isNotEqualTo(second);
    byte[] a = Base64.getDecoder().decode(first.substring(3));
    byte[] b = Base64.getDecoder().decode(second.substring(3));
    assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
    assertThat(box.open(first)).isEqualTo(box.open(second)).isEqualTo("same secret");
  }

  @Test
  void aChangedByteIsRefusedAnywhereInTheValue() {
    String sealed = box.seal("client-secret");
    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    for (int i = 0; i < raw.length; i++) {
      byte[] tampered = raw.clone();
      tampered[i] ^= 0x01;
      String changed = "v1:" + Base64.getEncoder().encodeToString(tampered);
      assertThatThrownBy(() -> box.open(changed))
          .as("byte %d flipped", i)
          .isInstanceOf(SecretBox.Unopenable.class);
    }
  }

  @Test
  void anotherKeyCannotOpenIt() {
    byte[] other = KEY.clone();
    other[0] ^= 0x40;
    String sealed = box.seal("password");

    assertThatThrownBy(() -> new SecretBox(other).open(sealed))
        .isInstanceOf(SecretBox.Unopenable.class);
  }

  @Test
  void whatIsNoSealedValueIsRefused() {
    for (String junk : new String[] {null, "", "password", "v1:", "v1:not base64!", "v1:AAAA"}) {
      assertThatThrownBy(() -> box.open(junk)).as(junk).isInstanceOf(SecretBox.Unopenable.class);
    }
  }

  @Test
  void theConfiguredKeyIsBase64Of32BytesOrAPassphraseHashed() throws Exception {
    String base64 = Base64.getEncoder().encodeToString(KEY);
    assertThat(SecretBox.keyFrom(base64)).isEqualTo(KEY);

    String passphrase = "correct horse battery staple";
    assertThat(SecretBox.keyFrom(passphrase))
        .isEqualTo(
            MessageDigest.getInstance("SHA-256")
                .digest(passphrase.getBytes(StandardCharsets.UTF_8)));
    // Base64 of another length is a passphrase too, not a short key.
    String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
    assertThat(SecretBox.keyFrom(sixteen)).hasSize(32).isNotEqualTo(new byte[32]);
    assertThatThrownBy(() -> new SecretBox(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
