package org.medley.integrations.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.medley.integrations.api.MalformedDeskEvent;

/**
 * Coverage-guided fuzzing (Jazzer) of Jira Service Management's webhook payloads: any body is read
 * into changes or refused with {@link MalformedDeskEvent} (a 400 to the desk), nothing else.
 */
class JiraWebhookFuzzTest {

  private static final JiraWebhook WEBHOOK =
      new JiraWebhook(JsmStatusMapTest.DEFAULTS, "medley-integration");

  @FuzzTest(maxDuration = "3m")
  void payloadsAreReadOrRefused(byte[] body) {
    try {
      assertThat(WEBHOOK.read(new String(body, StandardCharsets.UTF_8))).doesNotContainNull();
    } catch (MalformedDeskEvent refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }
}
