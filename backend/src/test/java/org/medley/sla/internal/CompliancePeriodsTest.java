package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.medley.sla.internal.CompliancePeriods.Period;

/** Buckets and constant-offset stretches of a report range, in zones with daylight saving. */
class CompliancePeriodsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void daysFollowLocalMidnightAcrossTheSpringSwitch() {
    var periods =
        CompliancePeriods.of(
            Instant.parse("2023-03-11T05:00:00Z"),
            Instant.parse("2023-03-14T04:00:00Z"),
            NEW_YORK,
            Period.DAY);
    assertThat(periods.buckets())
        .extracting(b -> b.start() + " " + b.from() + " " + b.to())
        .containsExactly(
            "2023-03-11 2023-03-11T05:00:00Z 2023-03-12T05:00:00Z",
            "2023-03-12 2023-03-12T05:00:00Z 2023-03-13T04:00:00Z", // 23 hours
            "2023-03-13 2023-03-13T04:00:00Z 2023-03-14T04:00:00Z");
    assertThat(periods.bucketOf(LocalDate.parse("2023-03-12"))).isEqualTo(1);
    assertThat(periods.bucketOf(LocalDate.parse("2023-03-20"))).isEqualTo(-1);
  }

  @Test
  void weeksStartOnMondayMonthsOnTheFirstAndTheEndsAreClipped() {
    Instant from = Instant.parse("2023-10-18T12:00:00Z"); // a Wednesday
    Instant to = Instant.parse("2023-11-09T12:00:00Z");
    var weeks = CompliancePeriods.of(from, to, NEW_YORK, Period.WEEK);
    assertThat(weeks.buckets())
        .extracting(b -> b.start().toString())
        .containsExactly("2023-10-16", "2023-10-23", "2023-10-30", "2023-11-06");
    assertThat(weeks.buckets().get(0).from()).isEqualTo(from);
    assertThat(weeks.buckets().get(3).to()).isEqualTo(to);
    // 30 Oct 00:00 EDT; 6 Nov 00:00 EST (the autumn switch was on 5 Nov).
    assertThat(weeks.buckets().get(2).from()).isEqualTo(Instant.parse("2023-10-30T04:00:00Z"));
    assertThat(weeks.buckets().get(3).from()).isEqualTo(Instant.parse("2023-11-06T05:00:00Z"));
    assertThat(CompliancePeriods.count(from, to, NEW_YORK, Period.WEEK)).isEqualTo(4);

    var months = CompliancePeriods.of(from, to, NEW_YORK, Period.MONTH);
    assertThat(months.buckets())
        .extracting(b -> b.start().toString())
        .containsExactly("2023-10-01", "2023-11-01");
    assertThat(months.bucketOf(LocalDate.parse("2023-11-30"))).isEqualTo(1);
    assertThat(CompliancePeriods.count(from, to, NEW_YORK, Period.DAY)).isEqualTo(23);
  }

  @Test
  void stretchesCutTheRangeWhereTheOffsetChanges() {
    var stretches =
        CompliancePeriods.stretches(
            Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"), NEW_YORK);
    assertThat(stretches)
        .extracting(s -> s.from() + " " + s.offsetSeconds())
        .containsExactly(
            "2023-01-01T00:00:00Z -18000",
            "2023-03-12T07:00:00Z -14400",
            "2023-11-05T06:00:00Z -18000");
    assertThat(stretches.get(2).to()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(
            CompliancePeriods.stretches(
                Instant.parse("2023-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"),
                ZoneId.of("UTC")))
        .hasSize(1);
  }
}
