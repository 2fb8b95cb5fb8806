package org.medley.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.TestCalendars;

/**
 * SLA timer maths on the New York office calendar (Mon-Fri 09:00-17:00). All times are EDT (-04:00)
 * in the week of Monday 2026-03-09; expectations worked out by hand.
 */
class PauseLedgerTest {

  private final BusinessCalendar office = TestCalendars.named("ny-office");

  @Test
  void aTimerThatIsNeverPausedRunsOnTheCalendar() {
    PauseLedger ledger = PauseLedger.startedAt(at("2026-03-09T09:00"));

    assertThat(ledger.deadline(office, Duration.ofHours(8))).contains(at("2026-03-09T17:00"));
    assertThat(ledger.elapsedAt(office, at("2026-03-09T12:30"))).isEqualTo(Duration.ofMinutes(210));
  }

  @Test
  void aPauseMovesTheDeadlineByTheBusinessTimeItTookUp() {
    // 09:00-11:00 runs (2 h), paused until Tuesday 11:00, 6 h more end at Tuesday's close.
    PauseLedger ledger =
        PauseLedger.startedAt(at("2026-03-09T09:00"))
            .pause(at("2026-03-09T11:00"))
            .resume(at("2026-03-10T11:00"));

    assertThat(ledger.deadline(office, Duration.ofHours(8))).contains(at("2026-03-10T17:00"));
    assertThat(ledger.elapsedAt(office, at("2026-03-10T12:00"))).isEqualTo(Duration.ofHours(3));
    assertThat(ledger.elapsed(office, Clock.fixed(at("2026-03-10T12:00"), ZoneOffset.UTC)))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void aPauseSpanningTheDeadlineHoldsTheTimerUntilResumed() {
    // Target 4 h would be due Monday 13:00; paused at 12:00 with 3 h used.
    PauseLedger paused =
        PauseLedger.startedAt(at("2026-03-09T09:00")).pause(at("2026-03-09T12:00"));

    assertThat(paused.isPaused()).isTrue();
    assertThat(paused.deadline(office, Duration.ofHours(4))).isEmpty();
    assertThat(paused.elapsedAt(office, at("2026-03-09T14:00"))).isEqualTo(Duration.ofHours(3));
    assertThat(paused.elapsedAt(office, at("2026-03-10T10:00"))).isEqualTo(Duration.ofHours(3));

    // Resumed Tuesday 10:00 with 1 h to go.
    PauseLedger resumed = paused.resume(at("2026-03-10T10:00"));
    assertThat(resumed.deadline(office, Duration.ofHours(4))).contains(at("2026-03-10T11:00"));
  }

  @Test
  void aTargetReachedAtTheMomentOfAPauseIsDueThen() {
    // 3 h are used up at 12:00, just as the ticket goes pending: due at 12:00, paused or not.
    PauseLedger paused =
        PauseLedger.startedAt(at("2026-03-09T09:00")).pause(at("2026-03-09T12:00"));

    assertThat(paused.deadline(office, Duration.ofHours(3))).contains(at("2026-03-09T12:00"));
    assertThat(paused.resume(at("2026-03-10T09:00")).deadline(office, Duration.ofHours(3)))
        .contains(at("2026-03-09T12:00"));
  }

  @Test
  void aPauseWhileTheCalendarIsClosedChangesNothing() {
    // Friday 15:00-17:00 (2 h), Monday 09:00-11:00 (2 h), with or without the weekend pause.
    PauseLedger ledger =
        PauseLedger.startedAt(at("2026-03-13T15:00"))
            .pause(at("2026-03-13T18:00"))
            .resume(at("2026-03-16T08:00"));

    assertThat(ledger.deadline(office, Duration.ofHours(4))).contains(at("2026-03-16T11:00"));
  }

  @Test
  void aPriorityChangeKeepsTheElapsedTimeAndRecomputesTheDeadline() {
    // P3 (16 h) since Monday 09:00; at 15:00 (6 h used) the ticket becomes P2 (8 h): 2 h to go.
    PauseLedger ledger = PauseLedger.startedAt(at("2026-03-09T09:00"));
    Instant now = at("2026-03-09T15:00");
    assertThat(ledger.deadline(office, Duration.ofHours(16))).contains(at("2026-03-10T17:00"));

    Duration elapsed = ledger.elapsedAt(office, now);
    assertThat(elapsed).isEqualTo(Duration.ofHours(6));
    assertThat(ledger.deadline(office, Duration.ofHours(8))).contains(at("2026-03-09T17:00"));
    assertThat(office.deadline(now, Duration.ofHours(8).minus(elapsed)))
        .isEqualTo(at("2026-03-09T17:00"));
  }

  @Test
  void aPriorityChangeToATargetAlreadyUsedUpGivesThePastBreachInstant() {
    // 4 h since Monday 09:00 were used up at 13:00, before the change at 15:00.
    PauseLedger ledger = PauseLedger.startedAt(at("2026-03-09T09:00"));

    assertThat(ledger.deadline(office, Duration.ofHours(4))).contains(at("2026-03-09T13:00"));
  }

  @Test
  void aPriorityChangeAfterPausesCountsOnlyTheRunningTime() {
    // Runs 09:00-10:00, paused 10:00-14:00, runs 14:00-15:00: 2 h used by 15:00.
    // Re-targeted to 4 h at 15:00: 2 h to go, due 17:00.
    PauseLedger ledger =
        PauseLedger.startedAt(at("2026-03-09T09:00"))
            .pause(at("2026-03-09T10:00"))
            .resume(at("2026-03-09T14:00"));

    assertThat(ledger.elapsedAt(office, at("2026-03-09T15:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(ledger.deadline(office, Duration.ofHours(4))).contains(at("2026-03-09T17:00"));
  }

  @Test
  void aPriorityChangeWhilePaused() {
    PauseLedger paused =
        PauseLedger.startedAt(at("2026-03-09T09:00")).pause(at("2026-03-09T10:00"));

    // 30 min were reached before the pause: breached at 09:30.
    assertThat(paused.deadline(office, Duration.ofMinutes(30))).contains(at("2026-03-09T09:30"));
    // 2 h were not: no deadline until the timer runs again.
    assertThat(paused.deadline(office, Duration.ofHours(2))).isEmpty();
  }

  @Test
  void warningThresholdsAreDeadlinesForAShareOfTheTarget() {
    // 75 % of an 8 h target is 6 h: Monday 15:00.
    PauseLedger ledger = PauseLedger.startedAt(at("2026-03-09T09:00"));

    assertThat(ledger.deadline(office, Duration.ofHours(8).multipliedBy(75).dividedBy(100)))
        .contains(at("2026-03-09T15:00"));
  }

  @Test
  void aClockBehindTheStartCountsNothing() {
    PauseLedger ledger = PauseLedger.startedAt(at("2026-03-09T10:00"));

    assertThat(ledger.elapsedAt(office, at("2026-03-09T09:59"))).isZero();
  }

  @Test
  void keepsItsHistoryInOrder() {
    PauseLedger ledger = PauseLedger.startedAt(at("2026-03-09T09:00"));

    assertThatThrownBy(() -> ledger.resume(at("2026-03-09T10:00")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.pause(at("2026-03-09T08:00")))
        .isInstanceOf(IllegalArgumentException.class);
    PauseLedger paused = ledger.pause(at("2026-03-09T10:00"));
    assertThatThrownBy(() -> paused.pause(at("2026-03-09T11:00")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> paused.resume(at("2026-03-09T09:30")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rebuildsFromStoredPauses() {
    PauseLedger ledger =
        PauseLedger.startedAt(at("2026-03-09T09:00"))
            .pause(at("2026-03-09T10:00"))
            .resume(at("2026-03-09T11:00"))
            .pause(at("2026-03-09T12:00"));

    assertThat(PauseLedger.of(ledger.started(), ledger.pauses())).isEqualTo(ledger);
    assertThat(ledger.pauses())
        .containsExactly(
            new PauseLedger.Pause(at("2026-03-09T10:00"), at("2026-03-09T11:00")),
            new PauseLedger.Pause(at("2026-03-09T12:00"), null));
    assertThatThrownBy(
            () ->
                PauseLedger.of(
                    at("2026-03-09T09:00"),
                    List.of(
                        new PauseLedger.Pause(at("2026-03-09T12:00"), null),
                        new PauseLedger.Pause(at("2026-03-09T13:00"), null))))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Instant at(String localEdt) {
    return OffsetDateTime.parse(localEdt + "-04:00").toInstant();
  }
}
