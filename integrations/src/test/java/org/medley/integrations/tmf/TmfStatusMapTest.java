package org.medley.integrations.tmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;

/** TMF621 v4's statuses against Medley's, both ways. */
class TmfStatusMapTest {

  static final TmfStatusMap DEFAULTS = new TmfStatusMap(DeskConnection.StatusMap.DEFAULTS);

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "acknowledged, -",
        "inProgress, IN_PROGRESS",
        "pending, ON_HOLD",
        "held, ON_HOLD",
        "resolved, RESOLVED",
        "closed, RESOLVED",
        "cancelled, CANCELLED",
        "rejected, REJECTED"
      })
  void inbound(String status, DeskChange.Kind kind) {
    assertThat(DEFAULTS.inbound(status).orElse(null)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "NEW, -",
        "ASSIGNED, -",
        "IN_PROGRESS, inProgress",
        "PENDING, pending",
        "RESOLVED, resolved",
        "CLOSED, closed",
        "CANCELLED, cancelled"
      })
  void outbound(String medleyStatus, String status) {
    assertThat(DEFAULTS.outbound(medleyStatus).orElse(null)).isEqualTo(status);
  }

  @Test
  void theConnectorsMapWins() {
    TmfStatusMap map =
        new TmfStatusMap(
            new DeskConnection.StatusMap(Map.of("Held", "IN_PROGRESS"), Map.of("PENDING", "held")));

    assertThat(map.inbound("held")).contains(DeskChange.Kind.IN_PROGRESS);
    assertThat(map.outbound("PENDING")).contains("held");
  }
}
