package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** The rules of a well-formed staffing request and of cancelling one. */
class StaffingRequestTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneOffset.UTC);

  private static StaffingRequest.Terms terms(
      StaffingKind kind, List<Long> apps, int people, double hours, String start, String end) {
    return new StaffingRequest.Terms(
        "Cover",
        kind,
        apps,
        3,
        people,
        hours,
        "24x7",
        LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end),
        null,
        null);
  }

  @ParameterizedTest(name = "{0} {3}..{4}, {1} people for {2} h: {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        // kind, people, hours, start, end, refused field (- = accepted)
        "LONG_TERM,     1,  40, 2026-12-01, -,          -",
        "LONG_TERM,     1,  40, 2026-11-22, -,          -", // yesterday in UTC: still today west of
        // it
        "LONG_TERM,     1,  40, 2026-11-21, -,          startsOn",
        "TEMPORARY,     1,  40, 2026-12-01, -,          endsOn",
        "PROJECT,       2,  80, 2026-12-01, 2027-03-31, -",
        "GO_LIVE_SURGE, 4, 160, 2027-02-06, 2027-02-05, endsOn",
        "GO_LIVE_SURGE, 3, 168, 2027-02-06, 2027-02-13, -",
        "LONG_TERM,     1, 128, 2026-12-01, -,          hoursPerWeek",
      })
  void aRequestIsOpenedOrRefusedNamingTheField(
      StaffingKind kind, int people, double hours, String start, String end, String refused) {
    var terms = terms(kind, List.of(7L), people, hours, start, end);
    if (refused == null) {
      var request = StaffingRequest.open(terms, CLOCK);
      assertThat(request.status()).isEqualTo(StaffingStatus.OPEN);
      assertThat(request.terms()).isEqualTo(terms);
    } else {
      assertThatThrownBy(() -> StaffingRequest.open(terms, CLOCK))
          .isInstanceOfSatisfying(
              Refused.class,
              r -> {
                assertThat(r.kind()).isEqualTo(Refused.Kind.INVALID);
                assertThat(r.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactly(refused);
              });
    }
  }

  @Test
  void applicationsMustBeNamedOnceEach() {
    assertThatThrownBy(
            () ->
                StaffingRequest.open(
                    terms(StaffingKind.LONG_TERM, List.of(), 1, 40, "2026-12-01", null), CLOCK))
        .hasMessageContaining("at least one application");
    assertThatThrownBy(
            () ->
                StaffingRequest.open(
                    terms(StaffingKind.LONG_TERM, List.of(4L, 4L), 1, 40, "2026-12-01", null),
                    CLOCK))
        .hasMessageContaining("twice");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                StaffingRequest.open(
                    terms(StaffingKind.PROJECT, List.of(), 1, 100, "2026-01-01", null), CLOCK))
        .isInstanceOfSatisfying(
            Refused.class,
            r ->
                assertThat(r.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactly("applicationIds", "hoursPerWeek", "startsOn", "endsOn"));
  }

  @Test
  void anOpenRequestIsCancelledOnceAndTheCancelIsRecorded() {
    var request =
        StaffingRequest.open(
            terms(StaffingKind.LONG_TERM, List.of(1L), 1, 40, "2026-12-01", null), CLOCK);
    var event = request.cancel("leader", "Filled internally", CLOCK);
    assertThat(request.status()).isEqualTo(StaffingStatus.CANCELLED);
    assertThat(event)
        .isEqualTo(
            new StaffingRequest.Event("CANCELLED", "leader", CLOCK.instant(), "Filled internally"));
    assertThatThrownBy(() -> request.cancel("admin", "again", CLOCK))
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT))
        .hasMessageContaining("already cancelled");
  }
}
