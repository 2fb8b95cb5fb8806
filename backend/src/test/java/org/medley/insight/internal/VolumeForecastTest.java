package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeForecastTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Wednesday 2026-03-18 10:30 in New York (after the 8 March DST change). */
  private static final Clock CLOCK =
      Clock.fixed(
          LocalDateTime.of(2026, 3, 18, 10, 30).atZone(NEW_YORK).toInstant(), ZoneOffset.UTC);

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 18, 10, 0);

  @Test
  void slotsStartOnMondayMidnight() {
    assertThat(VolumeForecast.slot(LocalDateTime.of(2026, 3, 16, 0, 0))).isZero(); // Monday
    assertThat(VolumeForecast.slot(LocalDateTime.of(2026, 3, 18, 10, 0))).isEqualTo(58);
    assertThat(VolumeForecast.slot(LocalDateTime.of(2026, 3, 22, 23, 59))).isEqualTo(167);
  }

  @Test
  void eachSlotExpectsTheAverageOfTheSameHourInTheLastWeeks() {
    Map<LocalDateTime, Long> opened = new HashMap<>();
    // Mondays 09:00 local over the last four weeks: 4, 6, 8, 2 tickets → 5 expected.
    long[] mondays = {4, 6, 8, 2};
    for (int w = 1; w <= 4; w++) {
      opened.put(LocalDateTime.of(2026, 3, 16, 9, 0).minusWeeks(w - 1), mondays[w - 1]);
    }
    // Older than four weeks: ignored. The current hour: not yet whole, ignored.
    opened.put(LocalDateTime.of(2026, 3, 16, 9, 0).minusWeeks(5), 100L);
    opened.put(NOW, 50L);

    var forecast = VolumeForecast.forecast(opened, NEW_YORK, CLOCK, 4, 2, false);

    assertThat(forecast.profile()[9]).isEqualTo(5.0);
    assertThat(forecast.profile()[58]).isZero();
    assertThat(forecast.hours()).hasSize(2 * 168);
    assertThat(forecast.hours().get(0).start()).isEqualTo(NOW);
    var nextMonday =
        forecast.hours().stream()
            .filter(h -> h.start().equals(LocalDateTime.of(2026, 3, 23, 9, 0)))
            .findFirst()
            .orElseThrow();
    assertThat(nextMonday.expected()).isEqualTo(5.0);
    assertThat(forecast.weeklyTotals()).containsExactly(5.0, 5.0);
  }

  @Test
  void aRisingTrendScalesTheWeeksAhead() {
    Map<LocalDateTime, Long> opened = new HashMap<>();
    // Weekly totals 10, 20, 30, 40 (oldest first), all on Tuesday 14:00.
    for (int w = 0; w < 4; w++) {
      opened.put(LocalDateTime.of(2026, 2, 24, 14, 0).plusWeeks(w), 10L * (w + 1));
    }

    var flat = VolumeForecast.forecast(opened, NEW_YORK, CLOCK, 4, 2, false);
    var trended = VolumeForecast.forecast(opened, NEW_YORK, CLOCK, 4, 2, true);

    assertThat(flat.weeklyTotals()).containsExactly(25.0, 25.0);
    // The line through 10, 20, 30, 40 goes on to 50 and 60.
    assertThat(trended.weeklyTotals().get(0)).isCloseTo(50.0, within(1e-9));
    assertThat(trended.weeklyTotals().get(1)).isCloseTo(60.0, within(1e-9));
    double tuesday =
        trended.hours().stream()
            .filter(h -> h.start().equals(LocalDateTime.of(2026, 3, 24, 14, 0)))
            .findFirst()
            .orElseThrow()
            .expected();
    assertThat(tuesday).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void aFallingTrendNeverForecastsBelowZero() {
    Map<LocalDateTime, Long> opened = new HashMap<>();
    for (int w = 0; w < 4; w++) {
      opened.put(LocalDateTime.of(2026, 2, 24, 14, 0).plusWeeks(w), 40L - 13L * w);
    }

    var forecast = VolumeForecast.forecast(opened, NEW_YORK, CLOCK, 4, 6, true);

    assertThat(forecast.weeklyTotals()).allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(0));
    assertThat(forecast.weeklyTotals().get(5)).isZero();
  }

  @Test
  void noHistoryForecastsNothing() {
    var forecast = VolumeForecast.forecast(Map.of(), NEW_YORK, CLOCK, 8, 1, true);

    assertThat(forecast.weeklyTotals()).containsExactly(0.0);
    assertThat(forecast.hours()).allSatisfy(h -> assertThat(h.expected()).isZero());
  }

  @Test
  void theCurrentHourIsTakenInTheHospitalsZone() {
    // 2026-03-18 14:30 UTC is 10:30 in New York (EDT, -4): the forecast starts at 10:00 local.
    var clock = Clock.fixed(Instant.parse("2026-03-18T14:30:00Z"), ZoneOffset.UTC);

    var forecast = VolumeForecast.forecast(Map.of(), NEW_YORK, clock, 1, 1, false);

    assertThat(forecast.hours().get(0).start()).isEqualTo(NOW);
  }

  @Test
  void weeksMustBePositive() {
    assertThatThrownBy(() -> VolumeForecast.forecast(Map.of(), NEW_YORK, CLOCK, 0, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
