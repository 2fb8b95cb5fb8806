package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.ebonding.internal.StatusConflict.Verdict.APPLY;
import static org.medley.ebonding.internal.StatusConflict.Verdict.FINAL;
import static org.medley.ebonding.internal.StatusConflict.Verdict.NOTE;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medley.desk.PartnerDeskActions.StatusChange;
import org.medley.desk.PartnerDeskActions.StatusHistory;
import org.medley.desk.TicketStatus;

class StatusConflictTest {

  private static final String DESK = "Northwind RT";
  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

  private static StatusHistory ticket(TicketStatus now, StatusChange... newestFirst) {
    return new StatusHistory(now, null, List.of(newestFirst));
  }

  private static StatusChange change(TicketStatus to, int minute, String actor) {
    return new StatusChange(to, T0.plusSeconds(60L * minute), actor);
  }

  @Test
  void theLaterChangeByItsOwnClockWins() {
    var medleyAtFive = ticket(TicketStatus.IN_PROGRESS, change(TicketStatus.IN_PROGRESS, 5, "Ana"));
    assertThat(StatusConflict.judge(medleyAtFive, T0.plusSeconds(6 * 60), DESK)).isEqualTo(APPLY);
    assertThat(StatusConflict.judge(medleyAtFive, T0.plusSeconds(4 * 60), DESK)).isEqualTo(NOTE);
  }

  @Test
  void closedAndCancelledAreFinalWhateverTheClock() {
    for (TicketStatus settled : List.of(TicketStatus.CLOSED, TicketStatus.CANCELLED)) {
      var ticket = ticket(settled, change(settled, 1, "Ana"));
      assertThat(StatusConflict.judge(ticket, T0.plusSeconds(3600), DESK)).isEqualTo(FINAL);
    }
  }

  @Test
  void theDesksOwnEarlierChangesDoNotCountAgainstIt() {
    // A poll applies at 10:05 what the desk did at 10:01 and 10:02: the second must still win.
    var ticket =
        ticket(
            TicketStatus.PENDING,
            change(TicketStatus.PENDING, 5, DESK + ": jdoe"),
            change(TicketStatus.IN_PROGRESS, 5, DESK),
            change(TicketStatus.ASSIGNED, 0, "Ana"));
    assertThat(StatusConflict.judge(ticket, T0.plusSeconds(120), DESK)).isEqualTo(APPLY);
    assertThat(StatusConflict.lastChangeElsewhere(ticket, DESK).orElseThrow().actor())
        .isEqualTo("Ana");
  }

  @Test
  void anotherDeskWithALongerNameIsNotThisDesk() {
    var ticket =
        ticket(TicketStatus.RESOLVED, change(TicketStatus.RESOLVED, 5, DESK + " Staging: bob"));
    assertThat(StatusConflict.judge(ticket, T0, DESK)).isEqualTo(NOTE);
  }

  @Test
  void aTicketWithoutStatusChangesOrADeskWithoutAClockApplies() {
    assertThat(StatusConflict.judge(ticket(TicketStatus.NEW), T0, DESK)).isEqualTo(APPLY);
    var ticket = ticket(TicketStatus.IN_PROGRESS, change(TicketStatus.IN_PROGRESS, 5, "Ana"));
    assertThat(StatusConflict.judge(ticket, null, DESK)).isEqualTo(APPLY);
  }
}
