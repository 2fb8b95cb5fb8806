package org.medley.device.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The replacement score's formula on known devices, judged on 7 December 2026 over a year. */
class ReplacementScoreTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static ReplacementScore.Facts facts(
      String acquired,
      String endOfSupport,
      String repairs,
      String replacement,
      double downShare,
      int corrective) {
    return new ReplacementScore.Facts(
        acquired == null ? null : LocalDate.parse(acquired),
        endOfSupport == null ? null : LocalDate.parse(endOfSupport),
        new BigDecimal(repairs),
        replacement == null ? null : new BigDecimal(replacement),
        downShare,
        corrective,
        365);
  }

  static Stream<Arguments> devices() {
    return Stream.of(
        Arguments.of(
            "new, supported, never repaired",
            facts("2026-12-07", "2032-01-01", "0", "5000", 0, 0),
            0.0),
        Arguments.of("five years old only", facts("2021-12-07", null, "0", "5000", 0, 0), 12.5),
        Arguments.of("past its service life", facts("2010-01-01", null, "0", null, 0, 0), 25.0),
        Arguments.of("support ended", facts(null, "2026-12-07", "0", null, 0, 0), 25.0),
        Arguments.of(
            "support ends within a year", facts(null, "2027-06-30", "0", null, 0, 0), 12.5),
        Arguments.of("support ends later", facts(null, "2028-01-01", "0", null, 0, 0), 0.0),
        Arguments.of(
            "repairs a quarter of the price", facts(null, null, "1250", "5000", 0, 0), 12.5),
        Arguments.of("repairs past half the price", facts(null, null, "4000", "5000", 0, 0), 25.0),
        Arguments.of("repairs, price unknown", facts(null, null, "4000", null, 0, 0), 0.0),
        Arguments.of("down 2.5 % of the time", facts(null, null, "0", null, 0.025, 0), 7.5),
        Arguments.of("down a tenth of the time", facts(null, null, "0", null, 0.10, 0), 15.0),
        Arguments.of("two repairs a year", facts(null, null, "0", null, 0, 2), 5.0),
        Arguments.of("eight repairs a year", facts(null, null, "0", null, 0, 8), 10.0),
        Arguments.of(
            "everything at once",
            facts("2012-01-01", "2025-01-01", "9000", "5000", 0.2, 6),
            100.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devices")
  void scores(String name, ReplacementScore.Facts facts, double score) {
    assertThat(ReplacementScore.score(facts, TODAY)).isEqualTo(score);
  }

  @ParameterizedTest(name = "{0} over half a year")
  @MethodSource("halfYear")
  void repairsCountPerYear(String name, int corrective, double score) {
    var facts = new ReplacementScore.Facts(null, null, BigDecimal.ZERO, null, 0, corrective, 182.5);
    assertThat(ReplacementScore.score(facts, TODAY)).isEqualTo(score);
  }

  static Stream<Arguments> halfYear() {
    return Stream.of(Arguments.of("one repair", 1, 5.0), Arguments.of("two repairs", 2, 10.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("supports")
  void endOfSupport(String endOfSupport, ReplacementScore.Support support) {
    assertThat(
            ReplacementScore.Support.of(
                endOfSupport == null ? null : LocalDate.parse(endOfSupport), TODAY))
        .isEqualTo(support);
  }

  static Stream<Arguments> supports() {
    return Stream.of(
        Arguments.of(null, ReplacementScore.Support.UNKNOWN),
        Arguments.of("2020-01-01", ReplacementScore.Support.PAST),
        Arguments.of("2026-12-07", ReplacementScore.Support.PAST),
        Arguments.of("2026-12-08", ReplacementScore.Support.WITHIN_A_YEAR),
        Arguments.of("2027-12-07", ReplacementScore.Support.WITHIN_A_YEAR),
        Arguments.of("2027-12-08", ReplacementScore.Support.LATER));
  }
}
