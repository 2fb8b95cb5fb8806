package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.IntervalSpec;

/**
 * Worked examples of the timer arithmetic on New York business hours (Mon–Fri 09:00–17:00, EST =
 * UTC−5 in December) and on 24x7.
 */
class SlaTimerTest {

  static final BusinessCalendar NY = weekdays("09:00", "17:00");
  static final BusinessCalendar H24 = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
  static final List<Integer> WARN = List.of(50, 75, 90);

  static BusinessCalendar weekdays(String from, String to) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      week.put(d, List.of(new IntervalSpec(from, to)));
    }
    return BusinessCalendar.of(new CalendarSpec("ny", "America/New_York", week, List.of()));
  }

  static Instant at(String text) {
    return Instant.parse(text);
  }

  @ParameterizedTest(name = "opened {0}, target {1} → due {2}, first check {3}")
  @CsvSource({
    // Tuesday 1 Dec 10:00 EST + 4 h → 14:00 EST; 50 % at 12:00 EST.
    "2026-12-01T15:00:00Z, PT4H, 2026-12-01T19:00:00Z, 2026-12-01T17:00:00Z",
    // Friday 4 Dec 16:00 EST + 2 h → Monday 10:00 EST; 50 % at Friday 17:00 EST (the close).
    "2026-12-04T21:00:00Z, PT2H, 2026-12-07T15:00:00Z, 2026-12-04T22:00:00Z",
    // Saturday: nothing counts until Monday 09:00 EST; + 1 h → 10:00 EST; 50 % at 09:30.
    "2026-12-05T15:00:00Z, PT1H, 2026-12-07T15:00:00Z, 2026-12-07T14:30:00Z"
  })
  void startSetsTheDeadlineAndTheFirstWarning(
      String opened, String target, String due, String firstCheck) {
    SlaTimer timer = SlaTimer.start(NY, Duration.parse(target), WARN, at(opened), false).timer();
    assertThat(timer.state()).isEqualTo(TimerState.RUNNING);
    assertThat(timer.dueAt()).isEqualTo(at(due));
    assertThat(timer.nextCheckAt()).isEqualTo(at(firstCheck));
  }

  @Test
  void warningsFireOnceEachInOrderThenTheBreachAtTheDeadline() {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    assertThat(t.nextCheckAt()).isEqualTo(at("2026-12-01T02:00:00Z"));
    var step = t.check(H24, at("2026-12-01T02:00:00Z"));
    assertThat(step.events()).extracting(SlaTimer.Event::name).containsExactly("WARNING");
    assertThat(step.timer().warnedPercent()).isEqualTo(50);
    assertThat(step.timer().nextCheckAt()).isEqualTo(at("2026-12-01T03:00:00Z"));
    // Checking again before the next threshold does nothing.
    assertThat(step.timer().check(H24, at("2026-12-01T02:30:00Z")).events()).isEmpty();
    step = step.timer().check(H24, at("2026-12-01T03:00:00Z"));
    assertThat(step.timer().warnedPercent()).isEqualTo(75);
    step = step.timer().check(H24, at("2026-12-01T03:36:00Z"));
    assertThat(step.timer().warnedPercent()).isEqualTo(90);
    assertThat(step.timer().nextCheckAt()).isEqualTo(at("2026-12-01T04:00:00Z"));
    step = step.timer().check(H24, at("2026-12-01T04:00:00Z"));
    assertThat(step.events()).extracting(SlaTimer.Event::name).containsExactly("BREACHED");
    assertThat(step.timer().state()).isEqualTo(TimerState.BREACHED);
    assertThat(step.timer().nextCheckAt()).isNull();
  }

  @Test
  void afterDowntimeTheBreachIsRecordedAtTheDeadlineNotAtTheSweep() {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    var step = t.check(H24, at("2026-12-01T09:13:00Z"));
    assertThat(step.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("BREACHED");
              assertThat(e.at()).isEqualTo(at("2026-12-01T04:00:00Z"));
            });
    assertThat(step.timer().endedAt()).isEqualTo(at("2026-12-01T04:00:00Z"));
  }

  @Test
  void afterDowntimeBeforeTheDeadlineOnlyTheHighestPassedThresholdWarns() {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    var step = t.check(H24, at("2026-12-01T03:10:00Z"));
    assertThat(step.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("WARNING");
              assertThat(e.at()).isEqualTo(at("2026-12-01T03:00:00Z")); // when 75 % was reached
            });
    assertThat(step.timer().warnedPercent()).isEqualTo(75);
    assertThat(step.timer().nextCheckAt()).isEqualTo(at("2026-12-01T03:36:00Z"));
  }

  @Test
  void aPauseSpanningTheDeadlineMovesIt() {
    // 4 h on 24x7 from 00:00; paused 01:00–06:00 (across the original 04:00 deadline).
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    var paused = t.pause(H24, at("2026-12-01T01:00:00Z"));
    assertThat(paused.timer().state()).isEqualTo(TimerState.PAUSED);
    assertThat(paused.timer().dueAt()).isNull();
    assertThat(paused.timer().nextCheckAt()).isNull();
    // The sweep never sees a paused timer; resuming at 06:00 leaves 3 h → 09:00.
    var resumed = paused.timer().resume(H24, at("2026-12-01T06:00:00Z"));
    assertThat(resumed.timer().dueAt()).isEqualTo(at("2026-12-01T09:00:00Z"));
    assertThat(resumed.timer().elapsedAt(H24, at("2026-12-01T07:00:00Z")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(resumed.timer().stop(H24, at("2026-12-01T08:59:00Z")).timer().state())
        .isEqualTo(TimerState.MET);
  }

  @Test
  void aPauseArrivingAfterAnUnsweptDeadlineFirstRecordsTheBreach() {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    var step = t.pause(H24, at("2026-12-01T05:00:00Z"));
    assertThat(step.timer().state()).isEqualTo(TimerState.BREACHED);
    assertThat(step.events()).extracting(SlaTimer.Event::name).containsExactly("BREACHED");
    assertThat(step.events().get(0).at()).isEqualTo(at("2026-12-01T04:00:00Z"));
  }

  @ParameterizedTest(name = "P3 8 h → {0} at 2 h used, restart={1} → due {2}")
  @CsvSource({
    // Upgrade to 4 h, 2 h carried over: 2 h left from 02:00 → 04:00; 50 % already used.
    "PT4H, false, 2026-12-01T04:00:00Z, 50, RUNNING",
    // Downgrade to 24 h: 22 h left → 2 Dec 00:00.
    "PT24H, false, 2026-12-02T00:00:00Z, 0, RUNNING",
    // Upgrade to 1 h: already used up → due at the change itself, breached by the next check.
    "PT1H, false, 2026-12-01T02:00:00Z, 0, BREACHED",
    // Policy says restart: 4 h from 02:00 → 06:00.
    "PT4H, true, 2026-12-01T06:00:00Z, 0, RUNNING"
  })
  void reTargetingMidFlightCarriesElapsedTimeOver(
      String newTarget, boolean restart, String due, int warned, TimerState state) {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(8), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    t = t.check(H24, at("2026-12-01T01:00:00Z")).timer(); // nothing yet: 12.5 %
    var step =
        t.retarget(H24, H24, Duration.parse(newTarget), WARN, at("2026-12-01T02:00:00Z"), restart);
    assertThat(step.events()).extracting(SlaTimer.Event::name).containsExactly("RETARGETED");
    assertThat(step.timer().dueAt()).isEqualTo(at(due));
    // 50 % of the new target is already used up in the 4 h cases: the next check is now.
    var checked = step.timer().check(H24, at("2026-12-01T02:00:00Z"));
    assertThat(checked.timer().warnedPercent()).isEqualTo(warned);
    assertThat(checked.timer().state()).isEqualTo(state);
  }

  @Test
  void reTargetingOntoAnotherCalendarMeasuresTheOldPartOnTheOldCalendar() {
    // 24x7 P1 opened Friday 4 Dec 16:00 EST (21:00Z); after 1 h moved to an 8 h NY business-hours
    // policy: 1 h carried, 7 h left from Friday 17:00 EST (closed) → Monday 09:00 + 7 h = 16:00
    // EST.
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-04T21:00:00Z"), false).timer();
    var step = t.retarget(H24, NY, Duration.ofHours(8), WARN, at("2026-12-04T22:00:00Z"), false);
    assertThat(step.timer().dueAt()).isEqualTo(at("2026-12-07T21:00:00Z"));
  }

  @Test
  void aReopenedTicketsResolutionTimerRunsOnFromWhereItStopped() {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    SlaTimer met = t.stop(H24, at("2026-12-01T01:00:00Z")).timer();
    assertThat(met.state()).isEqualTo(TimerState.MET);
    var reopened = met.reopen(H24, at("2026-12-01T10:00:00Z"));
    assertThat(reopened.timer().state()).isEqualTo(TimerState.RUNNING);
    assertThat(reopened.timer().dueAt()).isEqualTo(at("2026-12-01T13:00:00Z"));
  }

  @Test
  void cancellingStopsChecking() {
    SlaTimer t =
        SlaTimer.start(H24, Duration.ofHours(4), WARN, at("2026-12-01T00:00:00Z"), false).timer();
    SlaTimer cancelled = t.cancel(at("2026-12-01T01:00:00Z")).timer();
    assertThat(cancelled.state()).isEqualTo(TimerState.CANCELLED);
    assertThat(cancelled.nextCheckAt()).isNull();
  }

  @Test
  void startingPausedHasNoDeadline() {
    var step = SlaTimer.start(NY, Duration.ofHours(4), WARN, at("2026-12-01T15:00:00Z"), true);
    assertThat(step.timer().state()).isEqualTo(TimerState.PAUSED);
    assertThat(step.timer().dueAt()).isNull();
    assertThat(step.events()).extracting(SlaTimer.Event::name).containsExactly("STARTED", "PAUSED");
  }
}
