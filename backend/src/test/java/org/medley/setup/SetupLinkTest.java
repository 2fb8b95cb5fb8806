package org.medley.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupLinkTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void aTokenCarries256RandomBitsInUrlSafeCharacters() {
    Set<String> seen = new HashSet<>();
    var random = new SecureRandom();
    for (int i = 0; i < 1000; i++) {
      String token = SetupLink.newToken(random);
      assertThat(token).matches("[A-Za-z0-9_-]{43}");
      seen.add(token);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void onlyTheSha256HashIsKept() {
    assertThat(SetupLink.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aLinkIsValidFor24HoursAndOnce() {
    Instant expires = NOW.plus(SetupLink.VALIDITY);
    assertThat(SetupLink.state(expires, null, NOW)).isEqualTo(SetupLink.State.VALID);
    assertThat(SetupLink.state(expires, null, expires.minusNanos(1000)))
        .isEqualTo(SetupLink.State.VALID);
    assertThat(SetupLink.state(expires, null, expires)).isEqualTo(SetupLink.State.EXPIRED);
    assertThat(SetupLink.state(expires, NOW, NOW)).isEqualTo(SetupLink.State.USED);
    // a used link says so even once it has also expired
    assertThat(SetupLink.state(expires, NOW, expires.plusSeconds(1)))
        .isEqualTo(SetupLink.State.USED);
  }
}
