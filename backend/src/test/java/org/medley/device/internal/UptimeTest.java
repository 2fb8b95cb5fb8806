package org.medley.device.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.platform.Refused;

/** Uptime arithmetic on known histories: a 10-day period from 1 March 2026, times in UTC. */
class UptimeTest {

  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-03-11T00:00:00Z");

  /** Day d (1 = 1 March) at hour h; beyond 31 runs into April. */
  private static Instant at(int day, int hour) {
    return FROM.plus(Duration.ofDays(day - 1L).plusHours(hour));
  }

  /** "d.h-d.h" pairs, an open order as "d.h-". */
  private static List<Uptime.Down> history(String... stretches) {
    List<Uptime.Down> downs = new ArrayList<>();
    for (String s : stretches) {
      String[] ends = s.split("-", -1);
      downs.add(new Uptime.Down(instant(ends[0]), ends[1].isEmpty() ? null : instant(ends[1])));
    }
    return downs;
  }

  private static Instant instant(String dayHour) {
    String[] p = dayHour.split("\\.");
    return p[0].startsWith("m")
        ? FROM.minus(Duration.ofDays(Long.parseLong(p[0].substring(1))))
            .plusSeconds(3600L * Integer.parseInt(p[1]))
        : at(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }

  static Stream<Arguments> histories() {
    return Stream.of(
        // name, history, acquired (null: long before), period hours, down hours, uptime %
        Arguments.of("never down", history(), null, 240, 0, 100.0),
        Arguments.of("one repair of a day", history("2.0-3.0"), null, 240, 24, 90.0),
        Arguments.of("two apart", history("2.0-2.12", "5.0-5.12"), null, 240, 24, 90.0),
        Arguments.of(
            "overlapping orders count once", history("2.0-3.0", "2.12-3.12"), null, 240, 36, 85.0),
        Arguments.of("one inside another", history("2.0-4.0", "2.6-2.18"), null, 240, 48, 80.0),
        Arguments.of("touching orders", history("2.0-2.12", "2.12-3.0"), null, 240, 24, 90.0),
        Arguments.of(
            "unsorted history", history("5.0-6.0", "2.0-3.0", "2.12-3.0"), null, 240, 48, 80.0),
        Arguments.of("still open runs to the end", history("9.0-"), null, 240, 48, 80.0),
        Arguments.of("open since before the period", history("m5.0-"), null, 240, 240, 0.0),
        Arguments.of("before the period", history("m5.0-m3.0"), null, 240, 0, 100.0),
        Arguments.of("across the start, clipped", history("m2.0-2.0"), null, 240, 24, 90.0),
        Arguments.of("across the end, clipped", history("10.0-12.0"), null, 240, 24, 90.0),
        Arguments.of("after the period", history("11.0-12.0"), null, 240, 0, 100.0),
        Arguments.of(
            "acquired mid-period: its period starts then",
            history("7.0-7.12"),
            at(6, 0),
            120,
            12,
            90.0),
        Arguments.of(
            "acquired mid-period: down before it is not counted",
            history("2.0-7.0"),
            at(6, 0),
            120,
            24,
            80.0),
        Arguments.of("acquired after the period", history("2.0-3.0"), at(12, 0), 0, 0, null),
        Arguments.of("a zero-length order", history("3.0-3.0"), null, 240, 0, 100.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void downtimeAndUptime(
      String name,
      List<Uptime.Down> history,
      Instant acquired,
      long periodHours,
      long downHours,
      Double percent) {
    Uptime.Figures figures = Uptime.of(history, FROM, TO, acquired);

    assertThat(figures.period()).isEqualTo(Duration.ofHours(periodHours));
    assertThat(figures.down()).isEqualTo(Duration.ofHours(downHours));
    if (percent == null) {
      assertThat(figures.percent()).isNull();
    } else {
      assertThat(figures.percent()).isCloseTo(percent, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void aModelsUptimeWeighsItsDevicesByTheirPeriods() {
    Uptime.Figures full = Uptime.of(history("2.0-3.0"), FROM, TO, null); // 24 of 240 h
    Uptime.Figures young = Uptime.of(history(), FROM, TO, at(9, 0)); // 0 of 48 h

    assertThat(full.plus(young).percent())
        .isCloseTo(100.0 * (1 - 24.0 / 288), org.assertj.core.data.Offset.offset(1e-9));
  }

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(null, null, "2025-12-08", "2026-12-07", null),
        Arguments.of("2026-01-01", "2026-03-31", "2026-01-01", "2026-03-31", null),
        Arguments.of("2026-03-31", "2026-01-01", null, null, "to"),
        Arguments.of("2023-01-01", "2026-01-10", null, null, "to"),
        Arguments.of("2023-01-10", "2026-01-09", "2023-01-10", "2026-01-09", null),
        Arguments.of("2026-02-30", null, null, null, "from"),
        Arguments.of("1969-12-31", null, null, null, "from"),
        Arguments.of(null, "2026-13-01", null, null, "to"));
  }

  @ParameterizedTest(name = "from {0} to {1}")
  @MethodSource("periods")
  void periodsDefaultToTheLast365DaysAndSpanAtMostThreeYears(
      String from, String to, String start, String end, String refusedField) {
    LocalDate today = LocalDate.of(2026, 12, 7);
    if (refusedField != null) {
      assertThatThrownBy(() -> Uptime.Period.parse(from, to, today))
          .isInstanceOfSatisfying(
              Refused.class,
              r -> assertThat(r.errors()).anyMatch(e -> e.field().equals(refusedField)));
      return;
    }
    Uptime.Period period = Uptime.Period.parse(from, to, today);
    assertThat(period.from()).isEqualTo(LocalDate.parse(start));
    assertThat(period.to()).isEqualTo(LocalDate.parse(end));
  }

  @Test
  void aPeriodEndsNowWhenItsLastDayIsNotOver() {
    Uptime.Period period =
        Uptime.Period.parse("2026-03-01", "2026-03-10", LocalDate.of(2026, 3, 5));
    Instant now = Instant.parse("2026-03-05T10:00:00Z");
    java.time.ZoneId ny = java.time.ZoneId.of("America/New_York");

    assertThat(period.start(ny)).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
    assertThat(period.end(ny, now)).isEqualTo(now);
    // DST began 8 March: the last day ends at 04:00 UTC.
    assertThat(period.end(ny, Instant.parse("2026-04-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-11T04:00:00Z"));
  }
}
