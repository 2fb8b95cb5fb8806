package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityMatrixTest {

  @ParameterizedTest(name = "impact {0} × urgency {1} → {2}")
  @CsvSource({
    "1, 1, P1",
    "1, 2, P2",
    "2, 1, P2",
    "1, 3, P3",
    "2, 2, P3",
    "3, 1, P3",
    "2, 3, P4",
    "3, 2, P4",
    "3, 3, P4"
  })
  void followsTheItilMatrix(int impact, int urgency, Priority expected) {
    assertThat(PriorityMatrix.priorityOf(impact, urgency)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "4, 1", "1, 0", "1, 4", "-1, -1"})
  void refusesValuesOutsideOneToThree(int impact, int urgency) {
    assertThatThrownBy(() -> PriorityMatrix.priorityOf(impact, urgency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 1, 2 or 3");
  }

  @ParameterizedTest
  @CsvSource({"INCIDENT, 123, INC-000123", "SERVICE_REQUEST, 45, REQ-000045"})
  void numbersTicketsByType(TicketType type, long sequence, String expected) {
    assertThat(type.number(sequence)).isEqualTo(expected);
  }
}
