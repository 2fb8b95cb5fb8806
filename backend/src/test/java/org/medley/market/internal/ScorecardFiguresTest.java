package org.medley.market.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.desk.TeamTickets;
import org.medley.market.TimerCompliance;
import org.medley.platform.Refused;

class ScorecardFiguresTest {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final ScorecardFigures FIGURES =
      new ScorecardFigures(
          List.of(
              new TeamTickets.Resolved(1, 4, 2, 1, 3, 12),
              new TeamTickets.Resolved(2, 6, 3, 0, 1, 2),
              new TeamTickets.Resolved(3, 9, 9, 9, 9, 45)),
          List.of(
              new TeamTickets.Open(1, NOW.minus(Duration.ofHours(1))),
              new TeamTickets.Open(2, NOW.minus(Duration.ofHours(7))),
              new TeamTickets.Open(2, NOW.minus(Duration.ofMinutes(90))),
              new TeamTickets.Open(1, NOW.minus(Duration.ofHours(20))),
              new TeamTickets.Open(3, NOW.minus(Duration.ofDays(9)))),
          new TimerCompliance.Finished(
              List.of(
                  new TimerCompliance.Counts(1, 3, 1),
                  new TimerCompliance.Counts(2, 0, 2),
                  new TimerCompliance.Counts(3, 5, 0)),
              List.of(new TimerCompliance.Counts(10, 1, 2), new TimerCompliance.Counts(11, 7, 0))),
          NOW);

  @Test
  void aSetOfGroupsAddsUpItsCountsBeforeTakingShares() {
    ScorecardApi.Figures f = FIGURES.of(List.of(1L, 2L), List.of(10L));
    assertThat(f.volume()).isEqualTo(10);
    assertThat(f.slaCompliance()).isEqualTo(new ScorecardApi.Compliance(3, 6, 0.5));
    assertThat(f.olaCompliance()).isEqualTo(new ScorecardApi.Compliance(1, 3, 0.3333));
    assertThat(f.firstContactResolution()).isEqualTo(new ScorecardApi.Ratio(5, 10, 0.5));
    assertThat(f.reopenRate()).isEqualTo(new ScorecardApi.Ratio(1, 10, 0.1));
    assertThat(f.csat()).isEqualTo(new ScorecardApi.Csat(3.5, 4));
    // Ages 1, 1.5, 7 and 20 hours: the median of an even count is the mean of the middle two.
    assertThat(f.backlog()).isEqualTo(new ScorecardApi.Backlog(4, 20.0, 4.3));
  }

  @Test
  void aTeamHasNoOlaAndAnIdleOneHasNoRates() {
    assertThat(FIGURES.of(List.of(1L), null).olaCompliance()).isNull();
    ScorecardApi.Figures idle = FIGURES.of(List.of(99L), List.of(98L));
    assertThat(idle.volume()).isZero();
    assertThat(idle.slaCompliance()).isEqualTo(new ScorecardApi.Compliance(0, 0, null));
    assertThat(idle.olaCompliance()).isEqualTo(new ScorecardApi.Compliance(0, 0, null));
    assertThat(idle.firstContactResolution().rate()).isNull();
    assertThat(idle.csat()).isEqualTo(new ScorecardApi.Csat(null, 0));
    assertThat(idle.backlog()).isEqualTo(new ScorecardApi.Backlog(0, null, null));
  }

  @Test
  void anOddBacklogsMedianIsItsMiddleAge() {
    assertThat(FIGURES.of(List.of(1L, 3L), null).backlog())
        .isEqualTo(new ScorecardApi.Backlog(3, 216.0, 20.0));
  }

  @ParameterizedTest
  @CsvSource({
    // from, to, expected from, expected to
    "2026-11-01, 2026-11-30, 2026-11-01T04:00:00Z, 2026-12-01T05:00:00Z",
    "2026-11-01T00:00:00Z, 2026-11-02T00:00:00Z, 2026-11-01T00:00:00Z, 2026-11-02T00:00:00Z",
    ", 2026-11-02T00:00:00Z, 2026-10-03T00:00:00Z, 2026-11-02T00:00:00Z",
    ", , 2026-10-21T12:00:00Z, 2026-11-20T12:00:00Z",
    "2025-11-20T12:00:00Z, , 2025-11-20T12:00:00Z, 2026-11-20T12:00:00Z"
  })
  void aRangeIsInstantsOrWholeHospitalDaysAndThirtyDaysByDefault(
      String from, String to, String wantFrom, String wantTo) {
    assertThat(ScorecardRange.parse(from, to, NEW_YORK, NOW))
        .isEqualTo(new ScorecardRange(Instant.parse(wantFrom), Instant.parse(wantTo)));
  }

  @ParameterizedTest
  @CsvSource({
    "soon, 2026-11-02, from",
    "2026-11-01, 2026-02-30, to",
    "2026-11-02, 2026-11-01, to",
    "2026-11-01T00:00:00Z, 2026-11-01T00:00:00Z, to",
    "2025-11-19T11:59:59Z, , to",
  })
  void aBadRangeNamesItsParameter(String from, String to, String field) {
    assertThatThrownBy(() -> ScorecardRange.parse(from, to, NEW_YORK, NOW))
        .isInstanceOfSatisfying(
            Refused.class,
            r -> assertThat(r.errors()).extracting(e -> e.field()).containsExactly(field));
  }

  @Test
  void aRangeCutsIntoWeeksTheLastShorter() {
    ScorecardRange range =
        new ScorecardRange(
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-17T00:00:00Z"));
    assertThat(range.weeks())
        .extracting(ScorecardRange::to)
        .containsExactly(
            Instant.parse("2026-11-08T00:00:00Z"),
            Instant.parse("2026-11-15T00:00:00Z"),
            Instant.parse("2026-11-17T00:00:00Z"));
  }
}
