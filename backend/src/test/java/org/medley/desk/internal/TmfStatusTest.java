package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.PriorityMatrix;
import org.medley.desk.TicketStatus;

/** How Medley's statuses and priorities read in TMF621, and what a partner's PATCH asks for. */
class TmfStatusTest {

  @ParameterizedTest
  @CsvSource({
    "NEW,,acknowledged",
    "ASSIGNED,,acknowledged",
    "IN_PROGRESS,,inProgress",
    "PENDING,CUSTOMER,pending",
    "PENDING,PARTNER,pending",
    "PENDING,VENDOR,held",
    "PENDING,CHANGE,held",
    "RESOLVED,,resolved",
    "CLOSED,,closed",
    "CANCELLED,,cancelled"
  })
  void medleysStatusesReadAsTmfs(TicketStatus status, PendingReason reason, String tmf) {
    assertThat(TmfStatus.of(status, reason)).isEqualTo(tmf);
    // And a list filtered by that TMF status finds it.
    TmfStatus.Filter filter = TmfStatus.filter(tmf).orElseThrow();
    assertThat(filter.statuses()).contains(status);
    if (filter.held() != null) {
      assertThat(filter.held()).isEqualTo(tmf.equals("held"));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "acknowledged,START",
    "inProgress,START",
    "pending,WAIT",
    "held,WAIT",
    "resolved,RESOLVE",
    "cancelled,CANCEL",
    "rejected,REJECT",
    "closed,CLOSE"
  })
  void everyTmfStatusAsksForOneThing(String tmf, TmfStatus.Requested requested) {
    assertThat(TmfStatus.requested(tmf)).contains(requested);
  }

  @Test
  void unknownStatusesAndPrioritiesAreNone() {
    assertThat(TmfStatus.requested("open")).isEmpty();
    assertThat(TmfStatus.requested("InProgress")).isEmpty();
    assertThat(TmfStatus.filter("rejected")).isEmpty();
    assertThat(TmfStatus.priority("0")).isEmpty();
    assertThat(TmfStatus.priority("high")).isEmpty();
  }

  @Test
  void priorityIsItsNumber() {
    for (Priority priority : Priority.values()) {
      assertThat(TmfStatus.priority(TmfStatus.priority(priority))).contains(priority);
    }
  }

  @Test
  void aPriorityMovesUrgencyBeforeImpactAndAlwaysGivesIt() {
    for (int impact = 1; impact <= 3; impact++) {
      for (int urgency = 1; urgency <= 3; urgency++) {
        for (Priority target : Priority.values()) {
          int[] moved = TmfStatus.impactAndUrgency(impact, urgency, target);
          assertThat(PriorityMatrix.priorityOf(moved[0], moved[1])).isEqualTo(target);
        }
      }
    }
    // P3 (2,2) to P2: urgency 1 gives it, impact stays.
    assertThat(TmfStatus.impactAndUrgency(2, 2, Priority.P2)).containsExactly(2, 1);
    // P4 (3,3) to P1: only impact 1, urgency 1.
    assertThat(TmfStatus.impactAndUrgency(3, 3, Priority.P1)).containsExactly(1, 1);
    // The hospital's impact 1 stays when the partner lowers P1 to P2.
    assertThat(TmfStatus.impactAndUrgency(1, 1, Priority.P2)).containsExactly(1, 2);
  }

  @Test
  void aPartnersSystemIsItsNameInCapitals() {
    assertThat(TmfPartnerSystems.system("Northwind Health IT", 7)).isEqualTo("NORTHWIND-HEALTH-IT");
    assertThat(TmfPartnerSystems.system("  Apex (Clinical) IT  ", 7)).isEqualTo("APEX-CLINICAL-IT");
    assertThat(TmfPartnerSystems.system("—", 7)).isEqualTo("PARTNER-7");
    assertThat(TmfPartnerSystems.system("x".repeat(80), 7)).hasSize(60);
  }
}
