package org.medley.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A hospital's first install, on the real artifact: {@code MEDLEY_DEMO=false java -jar medley.jar}
 * on an empty data directory logs a one-time setup link, and the browser journey in {@code
 * frontend/e2e-setup} follows it to a signed-in administrator.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptyInstallIT {

  private static final Pattern SETUP_LINK =
      Pattern.compile("WARN .*?(https?://\\S+/setup\\?token=([\\w-]+))");

  private static PackagedJar medley;

  @BeforeAll
  static void start() throws Exception {
    medley = PackagedJar.start(Map.of("MEDLEY_DEMO", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (medley != null) {
      medley.close();
    }
  }

  /** The one link the first start logged. */
  private static String setupLink() {
    Matcher link = SETUP_LINK.matcher(medley.log());
    assertThat(link.find()).as("a setup link in the log:\n" + medley.log()).isTrue();
    String found = link.group(1);
    assertThat(link.find()).as("only one setup link").isFalse();
    return found;
  }

  @Test
  @Order(1)
  void theFirstStartLogsOneSetupLinkAndNoDemo() throws Exception {
    assertThat(setupLink()).startsWith(medley.base() + "/setup?token=");
    assertThat(medley.log()).doesNotContain("Seeded the demo hospital").doesNotContain("ERROR");
    var status = medley.get("/api/setup", null);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).contains("\"needed\":true");
  }

  @Test
  @Order(2)
  void theSetupJourneyPasses() throws Exception {
    medley.runJourneys(1, Map.of("MEDLEY_SETUP_LINK", setupLink()), "e2e-setup/*.test.mjs");
    assertThat(medley.get("/api/setup", null).body()).contains("\"needed\":false");
  }
}
