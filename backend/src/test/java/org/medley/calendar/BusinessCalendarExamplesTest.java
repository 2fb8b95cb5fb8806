package org.medley.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples, each expectation worked out by hand (and checked against a minute-by-minute
 * count outside this code base). Instants are written in the calendar's local time with its offset,
 * so a row reads like the wall clock; calendars are in {@link TestCalendars}.
 *
 * <p>New York: clocks spring forward on Sun 2026-03-08 02:00 EST to 03:00 EDT and fall back on Sun
 * 2026-11-01 02:00 EDT to 01:00 EST. Berlin: Sun 2026-03-29 02:00 CET to 03:00 CEST and Sun
 * 2026-10-25 03:00 CEST to 02:00 CET. 2026-12-24 is a Thursday, 2027-01-01 a Friday.
 */
class BusinessCalendarExamplesTest {

  @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # --- ny-office: Mon-Fri 09:00-17:00 New York, US holidays, Christmas Eve 09:00-12:00 ---
          # Tuesday mid-afternoon: 2 h to the close, 2 h on Wednesday morning.
          ny-office | 2026-03-10T15:00-04:00 | PT4H   | 2026-03-11T11:00-04:00
          # Friday evening: closed until Monday 09:00.
          ny-office | 2026-03-13T18:00-04:00 | PT1H   | 2026-03-16T10:00-04:00
          # Friday 16:00 EST, 1 h left on Friday; the clocks spring forward on Sunday; Monday is EDT.
          ny-office | 2026-03-06T16:00-05:00 | PT2H   | 2026-03-09T10:00-04:00
          # Before opening: the clock starts at 09:00.
          ny-office | 2026-03-09T07:30-04:00 | PT30M  | 2026-03-09T09:30-04:00
          # A whole day lands exactly on the close and stays there, not on Wednesday 09:00.
          ny-office | 2026-03-10T09:00-04:00 | PT8H   | 2026-03-10T17:00-04:00
          ny-office | 2026-03-10T13:00-04:00 | PT4H   | 2026-03-10T17:00-04:00
          # Starting at the close: the next minute of business is Wednesday 09:00-09:01.
          ny-office | 2026-03-10T17:00-04:00 | PT1M   | 2026-03-11T09:01-04:00
          # Zero duration is the start itself, even on a closed Saturday.
          ny-office | 2026-03-14T12:00-04:00 | PT0S   | 2026-03-14T12:00-04:00
          # Wednesday 16:00-17:00 is 1 h, Christmas Eve 09:00-12:00 the other 3 h.
          ny-office | 2026-12-23T16:00-05:00 | PT4H   | 2026-12-24T12:00-05:00
          # Christmas Eve 11:00-12:00, Christmas Day (Fri) closed, weekend, Monday 09:00-10:00.
          ny-office | 2026-12-24T11:00-05:00 | PT2H   | 2026-12-28T10:00-05:00
          # Starting on Christmas Day: the first open hour is Monday 09:00; 8 h end at its close.
          ny-office | 2026-12-25T10:00-05:00 | PT8H   | 2026-12-28T17:00-05:00
          # Year end: Thu 2026-12-31 16:00-17:00, New Year's Day (Fri) closed, Mon 2027-01-04.
          ny-office | 2026-12-31T16:00-05:00 | PT2H   | 2027-01-04T10:00-05:00
          # Thanksgiving (Thu) closed: 30 min on Wednesday, 30 min on Friday.
          ny-office | 2026-11-25T16:30-05:00 | PT1H   | 2026-11-27T09:30-05:00
          # Memorial Day (Mon) closed: 1 h on Friday, 1 h on Tuesday.
          ny-office | 2026-05-22T16:00-04:00 | PT2H   | 2026-05-26T10:00-04:00
          # Friday EDT to Monday EST across the fall-back weekend.
          ny-office | 2026-10-30T16:00-04:00 | PT2H   | 2026-11-02T10:00-05:00
          # Three weeks: 15 business days of 8 h from Monday 09:00 end Friday of week 3 at 17:00.
          ny-office | 2026-03-09T09:00-04:00 | PT120H | 2026-03-27T17:00-04:00
          # 30 days = 720 h = 90 business days = 18 weeks from Mon Jan 5 (no holiday until Memorial
          # Day): the 90th day is Fri May 8 (Jan 5 + 17 weeks + 4 days), in EDT by then.
          ny-office | 2026-01-05T09:00-05:00 | P30D   | 2026-05-08T17:00-04:00
          # 200 h over the holidays: Dec 1-23 is 17 days (136 h), Dec 24 3 h, Dec 28-31 32 h (171 h),
          # Jan 1 closed, Jan 4-6 24 h (195 h), 5 h of Thu Jan 7.
          ny-office | 2026-12-01T09:00-05:00 | PT200H | 2027-01-07T14:00-05:00
          # Half a second before the close plus one second: half a second on Wednesday morning.
          ny-office | 2026-03-10T16:59:59.5-04:00 | PT1S | 2026-03-11T09:00:00.5-04:00
          # --- ny-split: Mon-Fri 08:00-12:00 and 13:00-17:00 ---
          # 11:00-12:00, lunch, 13:00-14:00.
          ny-split  | 2026-03-09T11:00-04:00 | PT2H   | 2026-03-09T14:00-04:00
          # Lands on the lunch-time close and stays there.
          ny-split  | 2026-03-09T11:00-04:00 | PT1H   | 2026-03-09T12:00-04:00
          ny-split  | 2026-03-09T12:30-04:00 | PT30M  | 2026-03-09T13:30-04:00
          # Friday 16:00-17:00 (1 h), Monday 08:00-12:00 (5 h), 13:00-14:00.
          ny-split  | 2026-03-13T16:00-04:00 | PT6H   | 2026-03-16T14:00-04:00
          # --- berlin-office: Mon-Fri 09:00-17:00 Berlin, Christmas Eve 09:00-12:00 ---
          # Friday CET to Monday CEST (spring forward on Sunday 2026-03-29).
          berlin-office | 2026-03-27T16:00+01:00 | PT2H | 2026-03-30T10:00+02:00
          # Friday CEST to Monday CET (fall back on Sunday 2026-10-25).
          berlin-office | 2026-10-23T16:00+02:00 | PT2H | 2026-10-26T10:00+01:00
          # Wed 1 h, Heiligabend 3 h, 25th and 26th closed, Monday 1 h.
          berlin-office | 2026-12-23T16:00+01:00 | PT5H | 2026-12-28T10:00+01:00
          # Silvester 12:00-17:00 (5 h), Neujahr closed, Monday 09:00-12:00.
          berlin-office | 2026-12-31T12:00+01:00 | PT8H | 2027-01-04T12:00+01:00
          # --- 24x7: business time is real time ---
          # The spring-forward day is 23 h long: 24 real hours later the wall clock reads 13:00.
          ny-24x7     | 2026-03-07T12:00-05:00 | PT24H | 2026-03-08T13:00-04:00
          # The fall-back day is 25 h long: 24 real hours later the wall clock reads 11:00.
          ny-24x7     | 2026-10-31T12:00-04:00 | PT24H | 2026-11-01T11:00-05:00
          ny-24x7     | 2026-12-31T20:00-05:00 | PT8H  | 2027-01-01T04:00-05:00
          # 01:30 EST plus 30 min is 02:00 EST, which the clocks call 03:00 EDT.
          ny-24x7     | 2026-03-08T01:30-05:00 | PT30M | 2026-03-08T03:00-04:00
          berlin-24x7 | 2026-03-28T12:00+01:00 | PT24H | 2026-03-29T13:00+02:00
          berlin-24x7 | 2026-10-24T12:00+02:00 | PT24H | 2026-10-25T11:00+01:00
          # The first 02:30 (CEST) plus an hour is the second 02:30 (CET).
          berlin-24x7 | 2026-10-25T02:30+02:00 | PT1H  | 2026-10-25T02:30+01:00
          # --- night shifts: every day 22:00-06:00 ---
          # The spring-forward night is 7 real hours: 22:00 EST to 06:00 EDT.
          ny-night | 2026-03-07T22:00-05:00 | PT7H | 2026-03-08T06:00-04:00
          # One more hour is the first hour of the next night.
          ny-night | 2026-03-07T22:00-05:00 | PT8H | 2026-03-08T23:00-04:00
          # The fall-back night is 9 real hours: 22:00 EDT to 06:00 EST.
          ny-night | 2026-10-31T22:00-04:00 | PT9H | 2026-11-01T06:00-05:00
          ny-night | 2026-10-31T22:00-04:00 | PT8H | 2026-11-01T05:00-05:00
          # The first 01:30 (EDT) plus one hour is the second 01:30 (EST): the repeated hour counts.
          ny-night | 2026-11-01T01:30-04:00 | PT1H | 2026-11-01T01:30-05:00
          # Noon: closed until 22:00.
          ny-night | 2026-03-10T12:00-04:00 | PT1H | 2026-03-10T23:00-04:00
          # 05:00-06:00 is the last hour of the night, the next hour is 22:00-23:00.
          ny-night | 2026-03-11T05:00-04:00 | PT2H | 2026-03-11T23:00-04:00
          # A shift across the year end.
          ny-night | 2026-12-31T23:00-05:00 | PT3H | 2027-01-01T02:00-05:00
          # A holiday on the 25th cancels the shift starting on the 25th, not the one running into
          # it: 03:00-06:00 on the 25th (3 h), then 22:00 on the 26th.
          ny-night-christmas | 2026-12-25T03:00-05:00 | PT4H | 2026-12-26T23:00-05:00
          berlin-night | 2026-03-28T22:00+01:00 | PT7H | 2026-03-29T06:00+02:00
          berlin-night | 2026-10-24T22:00+02:00 | PT9H | 2026-10-25T06:00+01:00
          # 23:30 CEST is 21:30Z; 4 real hours later is 01:30Z, which Berlin shows as 02:30 CET.
          berlin-night | 2026-10-24T23:30+02:00 | PT4H | 2026-10-25T02:30+01:00
          # --- ny-sunday-small-hours: Sundays 01:00-03:00, to show the wall-clock rule ---
          # Spring forward: 01:00-02:00 EST exists, 02:00-03:00 does not; the hour ends at 03:00 EDT.
          ny-sunday-small-hours | 2026-03-08T00:00-05:00 | PT1H  | 2026-03-08T03:00-04:00
          # So 90 min needs the next Sunday's first half hour.
          ny-sunday-small-hours | 2026-03-08T00:00-05:00 | PT90M | 2026-03-15T01:30-04:00
          # Fall back: 01:00 EDT to 03:00 EST is 3 real hours, the hour 01:00-02:00 twice.
          ny-sunday-small-hours | 2026-11-01T00:00-04:00 | PT3H  | 2026-11-01T03:00-05:00
          ny-sunday-small-hours | 2026-11-01T00:00-04:00 | PT90M | 2026-11-01T01:30-05:00
          # --- Samoa skipped Friday 2011-12-30 to move west of the date line ---
          apia-office | 2011-12-29T16:00-10:00 | PT2H | 2012-01-02T10:00+14:00
          """)
  void deadline(String calendar, OffsetDateTime start, Duration duration, OffsetDateTime expected) {
    BusinessCalendar cal = TestCalendars.named(calendar);

    Instant deadline = cal.deadline(start.toInstant(), duration);

    assertThat(deadline)
        .as("deadline, local %s", deadline.atZone(cal.zone()))
        .isEqualTo(expected.toInstant());
    assertThat(cal.elapsed(start.toInstant(), deadline)).isEqualTo(duration);
  }

  @ParameterizedTest(name = "{0}: {1} to {2} = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Friday 16:00-17:00 and Monday 09:00-10:00.
          ny-office | 2026-03-06T16:00-05:00 | 2026-03-09T10:00-04:00 | PT2H
          # Wed 8 h, Christmas Eve 3 h, Christmas Day 0, Mon 8 h.
          ny-office | 2026-12-23T09:00-05:00 | 2026-12-28T17:00-05:00 | PT19H
          # A closed weekend counts nothing.
          ny-office | 2026-03-14T00:00-04:00 | 2026-03-16T09:00-04:00 | PT0S
          # March 2026 has 22 weekdays (9 weekend days, March 1 a Sunday): 176 h.
          ny-office | 2026-03-01T00:00-05:00 | 2026-04-01T00:00-04:00 | PT176H
          # 2026: 261 weekdays; 6 holidays closed on weekdays; Christmas Eve 3 h: 254 * 8 + 3.
          ny-office | 2026-01-01T00:00-05:00 | 2027-01-01T00:00-05:00 | PT2035H
          ny-office | 2026-12-24T00:00-05:00 | 2026-12-26T00:00-05:00 | PT3H
          ny-office | 2026-03-10T10:00:00.25-04:00 | 2026-03-10T10:00:01-04:00 | PT0.75S
          ny-office | 2026-03-10T10:00-04:00 | 2026-03-10T10:00-04:00 | PT0S
          # 2026 in Berlin: 261 weekdays, 25 Dec closed (26 Dec is a Saturday), Heiligabend 3 h.
          berlin-office | 2026-01-01T00:00+01:00 | 2027-01-01T00:00+01:00 | PT2075H
          # Whole local days with a clock change are 23 and 25 real hours long.
          ny-24x7     | 2026-03-08T00:00-05:00 | 2026-03-09T00:00-04:00 | PT23H
          ny-24x7     | 2026-11-01T00:00-04:00 | 2026-11-02T00:00-05:00 | PT25H
          berlin-24x7 | 2026-03-29T00:00+01:00 | 2026-03-30T00:00+02:00 | PT23H
          berlin-24x7 | 2026-10-25T00:00+02:00 | 2026-10-26T00:00+01:00 | PT25H
          # Ten years of 3653 days (2020, 2024 and 2028 are leap years).
          ny-24x7     | 2020-01-01T00:00Z      | 2030-01-01T00:00Z      | PT87672H
          ny-night     | 2026-03-07T18:00-05:00 | 2026-03-08T12:00-04:00 | PT7H
          ny-night     | 2026-10-31T18:00-04:00 | 2026-11-01T12:00-05:00 | PT9H
          # Mon to Mon: Sunday's shift until 06:00 (6 h), six whole nights (48 h), Sunday 22-24 (2 h).
          ny-night     | 2026-03-16T00:00-04:00 | 2026-03-23T00:00-04:00 | PT56H
          # The shift from Christmas Eve into Christmas Day runs (8 h), the one on the 25th does not.
          ny-night-christmas | 2026-12-24T12:00-05:00 | 2026-12-26T12:00-05:00 | PT8H
          berlin-night | 2026-03-28T18:00+01:00 | 2026-03-29T12:00+02:00 | PT7H
          berlin-night | 2026-10-24T18:00+02:00 | 2026-10-25T12:00+01:00 | PT9H
          ny-sunday-small-hours | 2026-03-08T00:00-05:00 | 2026-03-09T00:00-04:00 | PT1H
          ny-sunday-small-hours | 2026-11-01T00:00-04:00 | 2026-11-02T00:00-05:00 | PT3H
          ny-split     | 2026-03-09T00:00-04:00 | 2026-03-10T00:00-04:00 | PT8H
          # Thursday 8 h, Friday 30 Dec 2011 never happened in Samoa, Monday 8 h.
          apia-office  | 2011-12-29T00:00-10:00 | 2012-01-03T00:00+14:00 | PT16H
          """)
  void elapsed(String calendar, OffsetDateTime from, OffsetDateTime to, Duration expected) {
    BusinessCalendar cal = TestCalendars.named(calendar);

    assertThat(cal.elapsed(from.toInstant(), to.toInstant())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} open at {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ny-office    | 2026-03-10T09:00-04:00 | true
          # Open intervals include their start and exclude their end.
          ny-office    | 2026-03-10T17:00-04:00 | false
          ny-office    | 2026-12-24T11:59-05:00 | true
          ny-office    | 2026-12-24T12:00-05:00 | false
          ny-office    | 2026-12-25T10:00-05:00 | false
          ny-night     | 2026-03-10T05:59-04:00 | true
          ny-night     | 2026-03-10T06:00-04:00 | false
          ny-night-christmas | 2026-12-25T05:00-05:00 | true
          ny-night-christmas | 2026-12-25T23:00-05:00 | false
          # The second 01:30 on the fall-back night is as open as the first.
          ny-sunday-small-hours | 2026-11-01T01:30-05:00 | true
          """)
  void isOpen(String calendar, OffsetDateTime at, boolean open) {
    assertThat(TestCalendars.named(calendar).isOpen(at.toInstant())).isEqualTo(open);
  }

  @ParameterizedTest(name = "{0}: open from {1} until {3} (limit {2})")
  @CsvSource(
      delimiter = '|',
      nullValues = "closed",
      textBlock =
          """
          # Tuesday afternoon: until the close at 17:00.
          ny-office | 2026-03-10T15:00-04:00 | 2026-03-11T15:00-04:00 | 2026-03-10T17:00-04:00
          # The limit comes first.
          ny-office | 2026-03-10T15:00-04:00 | 2026-03-10T16:00-04:00 | 2026-03-10T16:00-04:00
          # Closed at the close itself, at night, on Christmas Day.
          ny-office | 2026-03-10T17:00-04:00 | 2026-03-11T17:00-04:00 | closed
          ny-office | 2026-12-25T10:00-05:00 | 2026-12-26T10:00-05:00 | closed
          # Lunch closes the split day's morning.
          ny-split  | 2026-03-10T11:00-04:00 | 2026-03-11T11:00-04:00 | 2026-03-10T12:00-04:00
          # A night shift runs past midnight, and here past a span's end (2026-05-10T03:48:16Z).
          ny-night  | 2026-05-09T23:00-04:00 | 2026-05-10T23:00-04:00 | 2026-05-10T06:00-04:00
          ny-24x7   | 2026-03-10T15:00-04:00 | 2026-03-11T15:00-04:00 | 2026-03-11T15:00-04:00
          """)
  void openUntil(String calendar, OffsetDateTime at, OffsetDateTime limit, OffsetDateTime until) {
    assertThat(TestCalendars.named(calendar).openUntil(at.toInstant(), limit.toInstant()))
        .isEqualTo(until == null ? null : until.toInstant());
  }

  @Test
  void aTwentyFourSevenCalendarIsWallClockTime() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Berlin"));
    Instant start = Instant.parse("2026-10-24T10:00:00Z");

    assertThat(always.name()).isEqualTo("24x7");
    assertThat(always.deadline(start, Duration.ofDays(3))).isEqualTo("2026-10-27T10:00:00Z");
    assertThat(always.elapsed(start, Instant.parse("2026-10-25T10:00:00Z")))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void refusesANegativeDurationAndTimeRunningBackwards() {
    BusinessCalendar cal = TestCalendars.named("ny-office");
    Instant now = Instant.parse("2026-03-10T14:00:00Z");

    assertThatThrownBy(() -> cal.deadline(now, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> cal.elapsed(now, now.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is before");
  }

  @Test
  void refusesInstantsOutsideTheYearsOneTo9999() {
    BusinessCalendar cal = TestCalendars.named("ny-office");

    assertThatThrownBy(() -> cal.deadline(Instant.MAX, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the years 1 to 9999");
    assertThatThrownBy(
            () -> cal.deadline(Instant.parse("9999-12-30T00:00:00Z"), Duration.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the year 9999");
  }

  @Test
  void aYearFarOutsideTheCacheStillCounts() {
    // Any seven days hold five weekdays of 8 h; Thursday 2600-03-06 is in EST under today's rules.
    BusinessCalendar cal = TestCalendars.named("ny-split");
    Instant thursday = OffsetDateTime.parse("2600-03-06T00:00-05:00").toInstant();

    assertThat(cal.elapsed(thursday, thursday.plus(Duration.ofDays(7))))
        .isEqualTo(Duration.ofHours(40));
  }
}
