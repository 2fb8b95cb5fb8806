package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefSystemsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Northwind RT|NORTHWIND-RT",
        "  Apex / ServiceNow (prod)  |APEX-SERVICENOW-PROD",
        "Sjukhusets Ärendesystem|SJUKHUSETS-ARENDESYSTEM",
        "***|DESK",
      })
  void theSystemIsTheNameAsAnUpperCaseSlug(String name, String system) {
    assertThat(RefSystems.slug(name)).isEqualTo(system).matches("^[A-Z0-9][A-Z0-9._-]{0,59}$");
  }

  @Test
  void aLongNameLeavesRoomForASuffixAndATakenOneGetsTheNextFree() {
    String slug = RefSystems.slug("x".repeat(120));
    assertThat(slug).hasSize(RefSystems.MAX - 4);
    assertThat(RefSystems.unique("Northwind RT", Set.of("NORTHWIND-RT", "NORTHWIND-RT-2")))
        .isEqualTo("NORTHWIND-RT-3");
    assertThat(RefSystems.unique("Northwind RT", Set.of())).isEqualTo("NORTHWIND-RT");
  }

  @Test
  void deliverySettingsFallBackToTheDefaultsOneByOne() {
    assertThat(StoredConnectors.delivery(Map.of())).isEqualTo(ConnectorDirectory.Delivery.DEFAULTS);
    assertThat(StoredConnectors.delivery(Map.of("retryInitial", "PT1S", "maxAttempts", "3")))
        .isEqualTo(
            new ConnectorDirectory.Delivery(Duration.ofSeconds(1), Duration.ofMinutes(10), 3));
    // A row written around the form: a maximum below the first wait is raised to it.
    assertThat(StoredConnectors.delivery(Map.of("retryInitial", "PT20M", "maxAttempts", "x")))
        .isEqualTo(
            new ConnectorDirectory.Delivery(Duration.ofMinutes(20), Duration.ofMinutes(20), 12));
  }
}
