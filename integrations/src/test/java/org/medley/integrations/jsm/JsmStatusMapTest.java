package org.medley.integrations.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;

/** What JSM's status names mean to Medley, and which transitions lead to Medley's statuses. */
class JsmStatusMapTest {

  static final JsmStatusMap DEFAULTS = new JsmStatusMap(DeskConnection.StatusMap.DEFAULTS);

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "In progress, IN_PROGRESS",
        "Work in progress, IN_PROGRESS",
        "Pending, ON_HOLD",
        "Waiting for customer, ON_HOLD",
        "Waiting for partner, ON_HOLD",
        "Resolved, RESOLVED",
        "Done, RESOLVED",
        "Closed, RESOLVED",
        "Canceled, CANCELLED",
        "Declined, REJECTED",
        "Waiting for support, -",
        "Open, -"
      })
  void inbound(String status, DeskChange.Kind kind) {
    assertThat(DEFAULTS.meaning(status).orElse(null)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "IN_PROGRESS, In progress",
        "PENDING, Pending",
        "RESOLVED, Resolve this issue",
        "CANCELLED, Cancel request",
        "ASSIGNED, -",
        "NEW, -"
      })
  void outbound(String medleyStatus, String firstTransition) {
    List<String> names = DEFAULTS.transitionsTo(medleyStatus);
    assertThat(names.isEmpty() ? null : names.get(0)).isEqualTo(firstTransition);
  }

  @ParameterizedTest
  @CsvSource({"waiting for customer, IN_PROGRESS", "Declined, CANCELLED", "Done, IGNORE"})
  void theConnectorsInboundMapWinsAndCanIgnoreAStatus(String status, String meaning) {
    JsmStatusMap map =
        new JsmStatusMap(new DeskConnection.StatusMap(Map.of(status.toUpperCase(), meaning), null));

    assertThat(map.meaning(status).map(Enum::name).orElse("IGNORE")).isEqualTo(meaning);
  }
}
