package org.medley.integrations.servicenow;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * Coverage-guided fuzzing (Jazzer) of ServiceNow's incident events (business rule or Flow Designer
 * REST step): any body is read into changes or refused with {@link MalformedDeskEvent}.
 */
class IncidentWebhookFuzzTest {

  private static final DeskConnection CONNECTION =
      new DeskConnection(
          3,
          DeskKind.SERVICENOW,
          "Fuzzed desk",
          URI.create("http://127.0.0.1:9"),
          DeskConnection.Auth.none(),
          Map.of(),
          DeskConnection.StatusMap.DEFAULTS);

  @FuzzTest(maxDuration = "3m")
  void eventsAreReadOrRefused(byte[] body) {
    try {
      assertThat(
              new IncidentWebhook().changes(CONNECTION, new String(body, StandardCharsets.UTF_8)))
          .doesNotContainNull();
    } catch (MalformedDeskEvent refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }
}
