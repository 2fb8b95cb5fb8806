package org.medley.vendor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The case mail's template and the vendor's case-number pattern, without a database. */
class CaseTextTest {

  @Test
  void placeholdersAreFilledAndUnknownOnesStayVisible() {
    String text =
        CaseTemplate.render(
            "[{{number}}] {{ application }}: {{title}} {{tilte}} $1 \\",
            Map.of("number", "INC-000123", "application", "Epic Beaker", "title", "Labels $0"));
    assertThat(text).isEqualTo("[INC-000123] Epic Beaker: Labels $0 {{tilte}} $1 \\");
  }

  @Test
  void aKnownPlaceholderWithoutAValueBecomesEmpty() {
    assertThat(CaseTemplate.render("Case {{caseNumber}}.", Map.of())).isEqualTo("Case .");
  }

  @Test
  void theSubjectAlwaysCarriesTheTicketToken() {
    assertThat(CaseTemplate.withToken("Labels crooked", "INC-000123"))
        .isEqualTo("[INC-000123] Labels crooked");
    assertThat(CaseTemplate.withToken("Re: [INC-000123] Labels", "INC-000123"))
        .isEqualTo("Re: [INC-000123] Labels");
  }

  @Test
  void theDefaultsApplyToBlankTemplates() {
    assertThat(CaseTemplate.subjectOrDefault(" ")).isEqualTo(CaseTemplate.DEFAULT_SUBJECT);
    assertThat(CaseTemplate.bodyOrDefault(null)).contains("{{description}}");
    assertThat(CaseTemplate.bodyOrDefault("Hi")).isEqualTo("Hi");
  }

  @Test
  void theCaseNumberIsTheFirstGroupOrTheWholeMatch() {
    assertThat(CasePattern.find("SLG[- ]?(\\d{6,9})", "RE: [INC-000123] SLG 4471234", ""))
        .contains("4471234");
    assertThat(CasePattern.find("SR\\d{8}", "Your request", "Logged as SR12345678 today."))
        .contains("SR12345678");
    assertThat(CasePattern.find("Case (\\d{8})", "Hello", "No number here")).isEmpty();
    assertThat(CasePattern.find(null, "SLG 4471234", "")).isEmpty();
  }

  @Test
  void onlyTheStartOfALongTextIsSearched() {
    String late = "x".repeat(CasePattern.SCAN) + " Case 12345678";
    assertThat(CasePattern.find("Case (\\d{8})", "", late)).isEmpty();
    assertThat(CasePattern.find("Case (\\d{8})", "", "Case 12345678" + late)).contains("12345678");
  }

  @Test
  void unusablePatternsAreNamed() {
    assertThat(CasePattern.problem("(")).startsWith("not a regular expression");
    assertThat(CasePattern.problem("\\d*")).contains("empty text");
    assertThat(CasePattern.problem("x".repeat(201))).contains("200");
    assertThat(CasePattern.problem("Case (\\d+)")).isNull();
    assertThat(CasePattern.problem(" ")).isNull();
  }

  @Test
  void aVendorsReferenceSystemIsItsNameInCapitals() {
    assertThat(VendorCases.referenceSystem("Epic Systems")).isEqualTo("EPIC-SYSTEMS");
    assertThat(VendorCases.referenceSystem("GE HealthCare (Imaging)"))
        .isEqualTo("GE-HEALTHCARE-IMAGING");
    assertThat(VendorCases.referenceSystem("???")).isEqualTo("VENDOR");
  }
}
