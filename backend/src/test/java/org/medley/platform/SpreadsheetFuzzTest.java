package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing (Jazzer) of the spreadsheet reader every import uses (applications,
 * staff, skills, devices, users): whatever the bytes, it returns rows within the limit or refuses
 * the file with {@link Spreadsheet.Rejected}, never anything else. A plain build runs the seed
 * corpus ({@code SpreadsheetFuzzTestInputs/}); {@code JAZZER_FUZZ=1} fuzzes (see
 * docs/benchmarks.md, "Fuzzing").
 */
class SpreadsheetFuzzTest {

  private static final List<String> COLUMNS = List.of("name", "vendor", "criticality");
  private static final int MAX_ROWS = 50;

  @FuzzTest(maxDuration = "3m")
  void csvIsReadOrRefused(byte[] file) {
    read(file, Spreadsheet.Format.CSV);
  }

  @FuzzTest(maxDuration = "3m")
  void xlsxIsReadOrRefused(byte[] file) {
    read(file, Spreadsheet.Format.XLSX);
  }

  private static void read(byte[] file, Spreadsheet.Format format) {
    try {
      List<Spreadsheet.Line> lines =
          Spreadsheet.read(file, format, COLUMNS, Set.of("criticality"), MAX_ROWS, "fuzz.max-rows");
      assertThat(lines).hasSizeLessThanOrEqualTo(MAX_ROWS);
      for (Spreadsheet.Line line : lines) {
        assertThat(line.get("name").length()).isLessThanOrEqualTo(Spreadsheet.MAX_CELL);
      }
    } catch (Spreadsheet.Rejected refused) {
      assertThat(refused.errors).isNotEmpty();
    }
  }
}
