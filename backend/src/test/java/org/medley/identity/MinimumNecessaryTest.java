package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimumNecessaryTest {

  private final MinimumNecessary filter =
      new MinimumNecessary(List.of("Jane Roe", " John Q. Public ", ""));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          MRN 4471234 cannot be found in Epic          | [MRN] cannot be found in Epic
          mrn: AB-99812 shows twice                    | [MRN] shows twice
          Medical record number 00998877 merged         | [MRN] merged
          SSN 123-45-6789 on the wrong chart            | SSN [SSN] on the wrong chart
          DOB 03/14/1957, wrong wristband               | [date of birth], wrong wristband
          date of birth: 1957-03-14                     | [date of birth]
          born on March 14, 1957                        | [date of birth]
          call back on (555) 201-3344 please            | call back on [phone] please
          call back on 555.201.3344                     | call back on [phone]
          pager +1 555 201 3344                         | pager [phone]
          mail jane.roe@example.org about it            | mail [e-mail] about it
          seen 11/20/2026 in clinic                     | seen [date] in clinic
          Jane Roe's label printed for JOHN Q. PUBLIC    | [name]'s label printed for [name]
          account 1234567890 locked                     | account [account number] locked
          Patient Maria Q. Alvarez has two charts       | Patient [name] has two charts
          pt. O'Brien moved to 5 North                  | pt. [name] moved to 5 North
          Mrs. Okafor-Lee cannot log in to MyChart      | Mrs. [name] cannot log in to MyChart
          """)
  void masksWhatIdentifiesAPatient(String text, String expected) {
    assertThat(filter.apply(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          INC-000123 reopened after the 2026-11-20 upgrade
          Printer at 10.12.14.7 on 4 West is offline
          Epic 2024.1.2 hotfix broke the MAR view
          Ward 7 has 12 users affected since 09:30
          Dr. Janet Roeland cannot print
          Epic Haiku, Rover, Willow, Beaker and Cadence are down for pt. transport
          Vocera and Dragon crash on 4.18.0; error 0x80070005, ORA-12541, Sherlock SLG 7245181
          Downtime 12/06/2026 01:00-03:00, REQ-000045 and RITM0012345 updated
          patient portal is down for everyone
          Patient Access team lead asked for this
          """)
  void keepsWhatTheReaderNeedsToWorkTheTicket(String text) {
    assertThat(filter.apply(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void reportsHowManyOfEachKindItRemovedAndWhere() {
    String text = "Patient Jane Roe, MRN 4471234, call 555-201-3344 or 555-201-3345";
    MinimumNecessary.Masking masking = filter.mask(text);

    assertThat(masking.text()).isEqualTo("Patient [name], [MRN], call [phone] or [phone]");
    assertThat(masking.counts())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(PhiKind.NAME, 1, PhiKind.MRN, 1, PhiKind.PHONE, 2));
    assertThat(masking.removed()).isEqualTo(4);
    assertThat(masking.summary()).isEqualTo("NAME=1 MRN=1 PHONE=2").doesNotContain("4471234");
    assertThat(masking.removals().get(0))
        .isEqualTo(new MinimumNecessary.Removal(PhiKind.NAME, 8, 16));
    assertThat(filter.mask("Epic is down").summary()).isEqualTo("none");
  }

  @org.junit.jupiter.api.Test
  void nothingInNothingOut() {
    assertThat(filter.apply(null)).isNull();
    assertThat(filter.apply("")).isEmpty();
    assertThat(new MinimumNecessary(List.of()).apply("Jane Roe")).isEqualTo("Jane Roe");
  }
}
