package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** Firmware order and ranges, routing, and the rules an advisory is filed under. */
class AdvisoryRulesTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2.10        | >  | 2.9",
        "2.9         | <  | 2.10",
        "2.1         | =  | 2.1.0",
        "2.1.0.0     | =  | 2.1",
        "v3.1.0      | =  | 3.1.0",
        "V3.1        | =  | 3.1.0",
        "v3.1.0-b2   | <  | 3.1.0",
        "3.1.0-b2    | >  | 3.1.0-b1",
        "3.1.0-beta  | <  | 3.1.0-rc1",
        "3.1.0-rc1   | <  | 3.1.0",
        "3.1.0-rc1   | >  | 3.0.9",
        "3.1.0-alpha | <  | 3.1.0-beta",
        "1.0-SNAPSHOT| <  | 1.0-alpha",
        "2.1a        | >  | 2.1",
        "2.1b        | >  | 2.1a",
        "2.1a        | <  | 2.1.1",
        "12.1.2      | <  | 12.1.10",
        "012.01      | =  | 12.1",
        "M.00.03     | >  | M.00.02",
        "M.00.03     | <  | N.00.01",
        "XA50        | <  | XA60",
        "XA50.1      | >  | XA50",
        "2.4.2       | =  | 2_4_2",
        "99999999999999999999.1 | > | 99999999999999999998.9",
      })
  void firmwareVersionsCompareAsEngineersReadThem(String a, String op, String b) {
    int c = AdvisoryFirmware.compare(a, b);
    int reverse = AdvisoryFirmware.compare(b, a);
    switch (op) {
      case ">" -> assertThat(c).isPositive();
      case "<" -> assertThat(c).isNegative();
      default -> assertThat(c).isZero();
    }
    assertThat(Integer.signum(reverse)).isEqualTo(-Integer.signum(c));
  }

  @Test
  void theOrderIsTotalSoAnyMixOfSchemesSortsTheSameWay() {
    List<String> versions =
        new ArrayList<>(
            List.of(
                "2.1",
                "2.1.0",
                "2.1a",
                "2.1.1",
                "2.1-rc1",
                "2.1-b2",
                "2.10",
                "2.9",
                "v2.1.1",
                "M.00.03",
                "XA50",
                "1.0-SNAPSHOT",
                "0",
                "-",
                "2.1b"));
    List<String> sorted = new ArrayList<>(versions);
    sorted.sort(AdvisoryFirmware.ORDER);
    // Transitivity over every triple: a sort that depended on input order would break it.
    for (String a : versions) {
      for (String b : versions) {
        for (String c : versions) {
          if (AdvisoryFirmware.compare(a, b) <= 0 && AdvisoryFirmware.compare(b, c) <= 0) {
            assertThat(AdvisoryFirmware.compare(a, c)).as(a + " " + b + " " + c).isNotPositive();
          }
        }
      }
    }
    assertThat(sorted.indexOf("2.1-b2")).isLessThan(sorted.indexOf("2.1-rc1"));
    assertThat(sorted.indexOf("2.1-rc1")).isLessThan(sorted.indexOf("2.1a"));
    assertThat(sorted.indexOf("2.9")).isLessThan(sorted.indexOf("2.10"));
  }

  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("2.4.1", "2.4.0", "2.4.2", true),
        Arguments.of("2.4.0", "2.4.0", "2.4.2", true), // inclusive
        Arguments.of("2.4.2", "2.4.0", "2.4.2", true),
        Arguments.of("2.4.3", "2.4.0", "2.4.2", false),
        Arguments.of("2.3.9", "2.4.0", "2.4.2", false),
        Arguments.of("2.4.2-rc1", "2.4.0", "2.4.2", true),
        Arguments.of("2.4.2a", "2.4.0", "2.4.2", false), // a hotfix after 2.4.2
        Arguments.of("2.10", "2.9", null, true), // open end
        Arguments.of("1.0", "2.9", null, false),
        Arguments.of("1.0", null, "2.9", true), // open start
        Arguments.of("3.0", null, "2.9", false),
        Arguments.of("7", null, null, true), // every version
        Arguments.of(null, "2.4.0", "2.4.2", true), // unknown firmware: conservative
        Arguments.of("  ", "2.4.0", "2.4.2", true),
        Arguments.of("--", "2.4.0", "2.4.2", true)); // unreadable counts as unknown
  }

  @ParameterizedTest(name = "{0} in [{1}, {2}]: {3}")
  @MethodSource("ranges")
  void aDeviceIsAffectedWhenItsFirmwareIsInTheInclusiveRangeOrUnknown(
      String firmware, String from, String to, boolean affected) {
    assertThat(AdvisoryFirmware.inRange(firmware, from, to)).isEqualTo(affected);
  }

  @ParameterizedTest(name = "{0}: biomed {1}, IT {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "BOTH   | 1    | 2    | 1,2",
        "BIOMED | 1    | 2    | 1",
        "IT     | 1    | 2    | 2",
        "BOTH   | 1    | null | 1",
        "BOTH   | null | 2    | 2",
        "BOTH   | 1    | 1    | 1", // one group does both: one order
        "IT     | 1    | null | null", // no IT group: an unassigned order, still counted
        "BOTH   | null | null | null",
      })
  void routingNamesTheGroupsThatGetAnOrderPerDevice(
      AdvisoryRouting routing, Long biomed, Long it, String groups) {
    List<Long> expected =
        groups == null
            ? Arrays.asList((Long) null)
            : Stream.of(groups.split(",")).map(Long::valueOf).toList();
    assertThat(routing.groups(biomed, it)).isEqualTo(expected);
  }

  private static Advisory advisory(String cve, String from, String to, List<Long> models) {
    return new Advisory(
        cve, "Remote code execution", AdvisorySeverity.HIGH, models, from, to, "Patch it", null);
  }

  @Test
  void aWellFormedAdvisoryIsTidiedAndRoutedToBothByDefault() {
    Advisory a = Advisory.of(advisory(" cve-2024-12345 ", " 2.4.0 ", "", List.of(3L, 3L)), 2026);
    assertThat(a.cve()).isEqualTo("CVE-2024-12345");
    assertThat(a.firmwareFrom()).isEqualTo("2.4.0");
    assertThat(a.firmwareTo()).isNull();
    assertThat(a.modelIds()).containsExactly(3L);
    assertThat(a.routing()).isEqualTo(AdvisoryRouting.BOTH);
    assertThat(a.summary()).isEqualTo("CVE-2024-12345: Remote code execution");
  }

  static Stream<Arguments> badAdvisories() {
    return Stream.of(
        Arguments.of(advisory("CVE-24-1234", null, null, List.of(1L)), "cve"),
        Arguments.of(advisory("CVE-2024-123", null, null, List.of(1L)), "cve"),
        Arguments.of(advisory("CVE-1998-1234", null, null, List.of(1L)), "cve"),
        Arguments.of(advisory("CVE-2099-1234", null, null, List.of(1L)), "cve"),
        Arguments.of(advisory("2024-1234", null, null, List.of(1L)), "cve"),
        Arguments.of(advisory(null, null, null, List.of(1L)), "cve"),
        Arguments.of(advisory("CVE-2024-1234", null, null, List.of()), "modelIds"),
        Arguments.of(advisory("CVE-2024-1234", null, null, null), "modelIds"),
        Arguments.of(advisory("CVE-2024-1234", null, null, List.of(0L)), "modelIds"),
        Arguments.of(advisory("CVE-2024-1234", "2.10", "2.9", List.of(1L)), "firmwareTo"),
        Arguments.of(advisory("CVE-2024-1234", "3.1.0", "3.1.0-rc1", List.of(1L)), "firmwareTo"),
        Arguments.of(advisory("CVE-2024-1234", "..", null, List.of(1L)), "firmwareFrom"),
        Arguments.of(
            new Advisory("CVE-2024-1234", " ", null, List.of(1L), null, null, "", null), "title"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badAdvisories")
  void aBadAdvisoryIsRefusedNamingTheField(Advisory raw, String field) {
    assertThatThrownBy(() -> Advisory.of(raw, 2026))
        .isInstanceOfSatisfying(
            Refused.class,
            r -> {
              assertThat(r.kind()).isEqualTo(Refused.Kind.INVALID);
              assertThat(r.errors()).extracting(Problem.FieldError::field).contains(field);
            });
  }

  @Test
  void theSameFirmwareAtBothEndsIsARangeOfOne() {
    Advisory a = Advisory.of(advisory("CVE-2024-1234", "2.4", "2.4.0", List.of(1L)), 2026);
    assertThat(a.affects("2.4")).isTrue();
    assertThat(a.affects("2.4.1")).isFalse();
  }
}
