package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** An engagement's rules without a database: status by date, well-formed terms, change, end. */
class EngagementTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

  private static Engagement.Terms terms(String starts, String ends) {
    return new Engagement.Terms(
        "Northwind overnight desk",
        "After-hours L1",
        LocalDate.parse(starts),
        ends == null ? null : LocalDate.parse(ends));
  }

  @ParameterizedTest(name = "{0} – {1}, ended {2}: {3}")
  @CsvSource({
    "2026-11-24, , false, PLANNED",
    "2026-11-23, , false, ACTIVE",
    "2025-01-01, 2026-11-23, false, ACTIVE", // the last day counts
    "2025-01-01, 2026-11-22, false, ENDED",
    "2025-01-01, , true, ENDED", // ended by a person before its end date
    "2027-01-01, 2027-12-31, true, ENDED" // a planned contract called off
  })
  void itsStatusFollowsItsDatesAndWhetherSomeoneEndedIt(
      String starts, String ends, boolean ended, EngagementStatus expected) {
    var engagement =
        Engagement.restore(
            terms(starts, ends), ended ? Instant.parse("2026-11-01T10:00:00Z") : null);
    assertThat(engagement.status(TODAY)).isEqualTo(expected);
  }

  @Test
  void todayIsTheHospitalsDate() {
    // 03:30 UTC on the 24th is still the evening of the 23rd in New York.
    Clock early = Clock.fixed(Instant.parse("2026-11-24T03:30:00Z"), ZoneOffset.UTC);
    assertThat(Engagement.today(early, ZoneId.of("America/New_York")))
        .isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(Engagement.today(early, ZoneOffset.UTC)).isEqualTo(LocalDate.parse("2026-11-24"));
  }

  @ParameterizedTest(name = "{0} – {1} → {2}")
  @CsvSource({
    "2026-12-01, 2026-11-30, endsOn",
    "1899-12-01, , startsOn",
    "2026-01-01, 3026-01-01, endsOn"
  })
  void malformedTermsAreRefusedNamingTheField(String starts, String ends, String field) {
    assertThatThrownBy(() -> Engagement.record(terms(starts, ends)))
        .isInstanceOfSatisfying(
            Refused.class,
            r -> {
              assertThat(r.kind()).isEqualTo(Refused.Kind.INVALID);
              assertThat(r.errors()).extracting(Problem.FieldError::field).containsExactly(field);
            });
  }

  @Test
  void blankNameAndScopeAreBothNamed() {
    assertThatThrownBy(
            () ->
                Engagement.record(
                    new Engagement.Terms(" ", "", LocalDate.parse("2026-01-01"), null)))
        .isInstanceOfSatisfying(
            Refused.class,
            r ->
                assertThat(r.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactly("name", "scope"));
  }

  @Test
  void anEndedEngagementIsHistoryAndEndsOnce() {
    var engagement = Engagement.record(terms("2025-01-01", null));
    var event = engagement.end("leader", "Contract terminated", CLOCK, TODAY);
    assertThat(event.action()).isEqualTo("ENDED");
    assertThat(event.at()).isEqualTo(CLOCK.instant());
    assertThat(engagement.status(TODAY)).isEqualTo(EngagementStatus.ENDED);
    assertThatThrownBy(() -> engagement.end("leader", "again", CLOCK, TODAY))
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
    assertThatThrownBy(() -> engagement.change(terms("2025-01-01", "2027-01-01"), TODAY))
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
  }

  @Test
  void aRunningEngagementTakesNewTerms() {
    var engagement = Engagement.record(terms("2025-01-01", null));
    engagement.change(terms("2025-01-01", "2027-06-30"), TODAY);
    assertThat(engagement.terms().endsOn()).isEqualTo(LocalDate.parse("2027-06-30"));
    assertThat(engagement.status(TODAY)).isEqualTo(EngagementStatus.ACTIVE);
  }
}
