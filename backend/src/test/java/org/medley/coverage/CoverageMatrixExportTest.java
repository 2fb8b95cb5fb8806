package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * The matrix export holds, cell by cell, what {@code GET /api/coverage/matrix} answers: each
 * application's status, bus factor and window coverage, and every skill level in its person's
 * column.
 */
class CoverageMatrixExportTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int FIXED = 7;
  private static String leader;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
  }

  static HttpResponse<byte[]> download(String query, String token, String accept) {
    var request =
        Api.request("/api/coverage/matrix/export" + query)
            .header("Authorization", "Bearer " + token);
    if (accept != null) {
      request.header("Accept", accept);
    }
    return Api.sendForBytes(request.build());
  }

  /** The table the matrix JSON implies, as strings: header row first. */
  static List<List<String>> expected(JsonNode matrix) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "application",
                "vendor",
                "category",
                "criticality",
                "status",
                "bus_factor",
                "window_coverage_pct"));
    Map<Long, Integer> column = new HashMap<>();
    for (JsonNode person : matrix.path("staff")) {
      column.put(person.path("id").asLong(), header.size());
      header.add(person.path("name").asText() + " (" + person.path("employer").asText() + ")");
    }
    Map<Long, List<String>> rows = new HashMap<>();
    List<List<String>> table = new ArrayList<>();
    table.add(header);
    for (JsonNode app : matrix.path("applications")) {
      List<String> row = new ArrayList<>();
      row.add(app.path("name").asText());
      row.add(app.path("vendor").asText());
      row.add(app.path("category").asText());
      row.add(app.path("criticality").asText());
      row.add(app.path("status").asText());
      row.add(app.path("busFactor").asText());
      row.add(Long.toString(Math.round(app.path("windowCoverage").asDouble() * 100)));
      while (row.size() < header.size()) {
        row.add("");
      }
      rows.put(app.path("id").asLong(), row);
      table.add(row);
    }
    JsonNode cells = matrix.path("cells");
    for (int i = 0; i < cells.size(); i += 3) {
      long level = cells.get(i + 2).asLong();
      if (level > 0) {
        rows.get(cells.get(i).asLong())
            .set(column.get(cells.get(i + 1).asLong()), Long.toString(level));
      }
    }
    return table;
  }

  @Test
  void theCsvHoldsTheMatrixCellByCell() throws Exception {
    JsonNode matrix = Api.get("/api/coverage/matrix", leader).json();
    var response = download("?format=csv", leader, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("medley-coverage-matrix.csv");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> read = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      read.add(record.toList());
    }
    List<List<String>> expected = expected(matrix);
    assertThat(matrix.path("applications").size()).isGreaterThan(3);
    assertThat(expected.get(0).size()).isGreaterThan(FIXED + 3);
    assertThat(read).isEqualTo(expected);
    assertThat(read.stream().skip(1).map(r -> r.get(4)).distinct())
        .as("the demo matrix has more than one state")
        .hasSizeGreaterThan(1);
  }

  @Test
  void theXlsxHoldsTheMatrixCellByCell() throws Exception {
    JsonNode matrix = Api.get("/api/coverage/matrix", leader).json();
    var response = download("?format=xlsx", leader, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
    List<List<String>> expected = expected(matrix);
    List<List<String>> read = new ArrayList<>();
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      for (Row row : rows) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < expected.get(0).size(); c++) {
          cells.add(row.getCellAsString(c).orElse(""));
        }
        read.add(cells);
      }
    }
    assertThat(read).isEqualTo(expected);
  }

  @Test
  void thePrintablePageHoldsEveryCellEscaped() {
    JsonNode matrix = Api.get("/api/coverage/matrix", leader).json();
    var response = download("?format=html", leader, null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String page = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(page).contains("@page{size:landscape", "<thead>", "</table>");
    List<List<String>> expected = expected(matrix);
    assertThat(page.split("<tr").length - 1)
        .as("header and one row per application")
        .isEqualTo(expected.size());
    for (List<String> row : expected.subList(1, expected.size())) {
      StringBuilder cells = new StringBuilder();
      for (String cell : row) {
        cells.append("<td>").append(escape(cell)).append("</td>");
      }
      assertThat(page).contains(cells.toString());
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void theAcceptHeaderPicksTheFormatAndABadFormatIsRefused() {
    var xlsx = download("", leader, XLSX);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);

    assertProblem(Api.get("/api/coverage/matrix/export?format=pdf", leader), 400);
    assertProblem(Api.get("/api/coverage/matrix/export?format=" + "x".repeat(300), leader), 400);
    var notAcceptable = download("?format=csv", leader, "application/pdf");
    assertThat(notAcceptable.statusCode()).isEqualTo(406);
  }

  @Test
  void executivesMayExportButAgentsMayNot() {
    assertThat(download("?format=csv", TestApp.tokenFor("exec"), null).statusCode()).isEqualTo(200);
    assertThat(download("?format=csv", TestApp.tokenFor("agent"), null).statusCode())
        .isEqualTo(403);
  }
}
