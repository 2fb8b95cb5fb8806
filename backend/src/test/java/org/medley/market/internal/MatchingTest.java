package org.medley.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.coverage.CoverageForecast.WindowFit;

/** Matching on generated partners whose score and reasons are known in advance. */
class MatchingTest {

  private static final Matching.Asked FOUR_APPS =
      new Matching.Asked(List.of(1L, 2L, 3L, 4L), 3, 40);

  /** A 24x7 window per application: 168 hours, 84 of them at night, 48 at the weekend. */
  private static WindowFit fit(long app, int covered, int nightsOpen, int weekendsOpen) {
    return new WindowFit(app, 168, covered, 84, nightsOpen, 48, weekendsOpen);
  }

  static Stream<Arguments> partners() {
    return Stream.of(
        // Everything: all four applications at level 4, the whole window, 40 hours.
        Arguments.of(
            new Matching.Candidate(
                1,
                "Full",
                Map.of(1L, 4, 2L, 4, 3L, 4, 4L, 4),
                3,
                40,
                List.of(fit(1, 168, 0, 0), fit(2, 168, 0, 0), fit(3, 168, 0, 0), fit(4, 168, 0, 0)),
                true),
            100,
            List.of(
                "covers all 4 applications at level ≥ 3",
                "3 named people at level ≥ 3",
                "covers the whole support window",
                "40 h a week of the 40 asked")),
        // Three of four applications, days only (84 of 168 h), half the hours, no agreement.
        Arguments.of(
            new Matching.Candidate(
                2,
                "Days",
                Map.of(1L, 3, 2L, 3, 3L, 5, 4L, 2),
                1,
                20,
                List.of(fit(1, 84, 84, 24), fit(2, 84, 84, 24), fit(3, 84, 84, 24)),
                false),
            // 100 × (0.5 × 3/4 + 0.35 × 252/504 + 0.15 × 0.5) = 37.5 + 17.5 + 7.5
            63,
            List.of(
                "covers 3 of 4 applications at level ≥ 3",
                "1 named person at level ≥ 3",
                "covers 50% of the support window",
                "no nights",
                "weekends partly",
                "20 h a week of the 40 asked",
                "no business associate agreement on file")),
        // A profile claim without anyone named: applications only.
        Arguments.of(
            new Matching.Candidate(3, "Claims", Map.of(1L, 3, 2L, 3), 0, 0, List.of(), true),
            25,
            List.of("covers 2 of 4 applications at level ≥ 3", "no named people at level ≥ 3")));
  }

  @ParameterizedTest
  @MethodSource("partners")
  void scoresAndReasonsAreKnown(Matching.Candidate candidate, int score, List<String> reasons) {
    Matching.Match match = Matching.match(FOUR_APPS, candidate);

    assertThat(match.score()).isEqualTo(score);
    assertThat(match.reasons()).containsExactlyElementsOf(reasons);
  }

  @org.junit.jupiter.api.Test
  void oneApplicationIsCoveredOrNot() {
    var asked = new Matching.Asked(List.of(7L), 3, 20);

    assertThat(
            Matching.match(
                    asked, new Matching.Candidate(1, "A", Map.of(7L, 2), 0, 0, List.of(), true))
                .reasons())
        .first()
        .isEqualTo("does not cover the application at level ≥ 3");
    assertThat(
            Matching.match(
                    asked, new Matching.Candidate(1, "A", Map.of(7L, 3), 0, 0, List.of(), true))
                .reasons())
        .first()
        .isEqualTo("covers the application at level ≥ 3");
  }

  @org.junit.jupiter.api.Test
  void theBestCoverComesFirstAndTiesGoByName() {
    var a = new Matching.Candidate(1, "Beta", Map.of(1L, 3), 0, 0, List.of(), true);
    var b = new Matching.Candidate(2, "Alpha", Map.of(1L, 3), 0, 0, List.of(), true);
    var c = new Matching.Candidate(3, "Gamma", Map.of(1L, 3, 2L, 3), 0, 0, List.of(), true);

    assertThat(Matching.rank(FOUR_APPS, List.of(a, b, c)).stream().map(Matching.Match::name))
        .containsExactly("Gamma", "Alpha", "Beta");
  }
}
