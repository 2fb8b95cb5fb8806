package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

  @Test
  void clientMessagesLoseJavaTypesAndParserLocations() {
    String raw =
        "Failed to convert argument [request] for value [null] due to: Cannot deserialize value of"
            + " type `org.medley.sla.internal.CalendarController$DeadlineRequest` due to: Unable to"
            + " coerce string to integer \n at [Source: REDACTED (`StreamReadFeature` disabled);"
            + " line: 1, column: 50]";
    String clean = ProblemResponses.clean(raw);
    assertThat(clean)
        .doesNotContain("org.medley")
        .doesNotContain("Source:")
        .endsWith("Unable to coerce string to integer");
  }

  @Test
  void emptyMessagesStillSaySomething() {
    assertThat(ProblemResponses.clean(null)).isEqualTo("Invalid request.");
    assertThat(ProblemResponses.clean("  ")).isEqualTo("Invalid request.");
  }

  @Test
  void longMessagesAreCut() {
    assertThat(ProblemResponses.clean("x".repeat(5000))).hasSizeLessThan(510);
  }
}
