package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The certification rule, as a table: what a skill counts for on a given day. */
class CertificationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @ParameterizedTest(name = "level {0}, certified until {1} (+days, blank: no certification)")
  @CsvSource(
      nullValues = "none",
      value = {
        // level, expires in days (none: no certification, never: no expiry), counted, state
        "4, none,  4, none", // an IT row: no certification needed, the level counts
        "3, never, 3, CURRENT", // a certification that does not expire
        "4, 400,   4, CURRENT",
        "4, 61,    4, CURRENT",
        "4, 60,    4, EXPIRING", // 60 days ahead: flagged
        "3, 1,     3, EXPIRING",
        "3, 0,     3, EXPIRING", // expiring today: its last valid day, still counts
        "3, -1,    0, EXPIRED", // expired yesterday: no longer counts
        "4, -400,  0, EXPIRED",
        "0, -1,    0, EXPIRED",
      })
  void anExpiredCertificationCountsAsLevelZero(
      int level, String expiresIn, int counted, Certification.State state) {
    Certification certification =
        expiresIn == null
            ? null
            : new Certification(
                "BD Alaris factory service training",
                expiresIn.equals("never") ? null : TODAY.plusDays(Integer.parseInt(expiresIn)));

    assertThat(Certification.countedLevel(level, certification, TODAY)).isEqualTo(counted);
    assertThat(certification == null ? null : certification.state(TODAY)).isEqualTo(state);
  }
}
