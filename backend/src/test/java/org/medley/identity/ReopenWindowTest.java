package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReopenWindowTest {

  @ParameterizedTest
  @CsvSource({
    "P7D, P7D, 7 days",
    "PT0S, PT0S, 0 minutes",
    "PT48H, P2D, 2 days",
    "PT36H, PT36H, 36 hours",
    "PT90M, PT1H30M, 90 minutes",
    "P90D, P90D, 90 days",
    "' p1d ', P1D, 1 day"
  })
  void aDurationFromNoneToNinetyDaysIsAWindow(String text, String stored, String said) {
    Duration window = ReopenWindow.parse(text.toUpperCase()).orElseThrow();
    assertThat(ReopenWindow.format(window)).isEqualTo(stored);
    assertThat(ReopenWindow.describe(window)).isEqualTo(said);
  }

  @ParameterizedTest
  @CsvSource({"P91D", "PT2161H", "-P1D", "P1Y", "7 days", "''", "P"})
  void anythingElseIsNot(String text) {
    assertThat(ReopenWindow.parse(text)).isEmpty();
  }
}
