package org.medley.integrations.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * Coverage-guided fuzzing (Jazzer) of TMF621 hub events a partner's desk posts: any body is read
 * into changes or refused with {@link MalformedDeskEvent}, nothing else.
 */
class TmfHubEventFuzzTest {

  private static final TmfHubEvent HUB =
      new TmfHubEvent(TmfStatusMapTest.DEFAULTS, "medley-integration");

  @FuzzTest(maxDuration = "3m")
  void eventsAreReadOrRefused(byte[] body) {
    try {
      assertThat(HUB.read(new String(body, StandardCharsets.UTF_8))).doesNotContainNull();
    } catch (MalformedDeskEvent refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }
}
