package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

  /**
   * A zip bomb: a 1 MB-limit upload whose shared strings inflate to over 100 MB, which the reader
   * held in memory before any cell limit applied. Refused before it is read.
   */
  @Test
  void aWorkbookThatUnpacksBeyondTheLimitIsRefusedUnread() throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
      byte[] chunk = "a".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        zip.write(chunk);
      }
    }
    assertThat(out.size()).isLessThan(1024 * 1024);
    assertThatThrownBy(
            () ->
                Spreadsheet.read(
                    out.toByteArray(), Spreadsheet.Format.XLSX, COLUMNS, Set.of(), 50, "k"))
        .isInstanceOfSatisfying(
            Spreadsheet.Rejected.class,
            r -> assertThat(r.errors.get(0).message()).contains("unpacks to more than"));
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
