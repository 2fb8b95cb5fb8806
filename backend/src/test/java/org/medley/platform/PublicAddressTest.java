package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void withoutAPublicUrlLinksNameThePortMedleyListensOn() {
    assertThat(PublicAddress.defaultsFor(Map.of("MEDLEY_PORT", "8470")))
        .containsEntry("medley.public-url", "http://localhost:8470")
        .containsEntry("medley.mail.link-base", "http://localhost:8470")
        .hasSize(2);
  }

  @Test
  void withoutAPortEitherTheyNameTheDefaultPort() {
    assertThat(PublicAddress.defaultsFor(Map.of()))
        .containsEntry("medley.public-url", "http://localhost:8080")
        .containsEntry("medley.mail.link-base", "http://localhost:8080");
  }

  @Test
  void aConfiguredPublicUrlWins() {
    assertThat(
            PublicAddress.defaultsFor(
                Map.of(
                    "MEDLEY_PORT", "8470", "MEDLEY_PUBLIC_URL", "https://desk.lakeview.example")))
        .isEmpty();
  }

  @Test
  void aRandomOrUnreadablePortLeavesTheDefaults() {
    assertThat(PublicAddress.defaultsFor(Map.of("MEDLEY_PORT", "0"))).isEmpty();
    assertThat(PublicAddress.defaultsFor(Map.of("MEDLEY_PORT", "http"))).isEmpty();
    assertThat(PublicAddress.defaultsFor(Map.of("MEDLEY_PORT", "123456"))).isEmpty();
  }
}
