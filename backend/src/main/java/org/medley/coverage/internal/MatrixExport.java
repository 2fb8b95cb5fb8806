package org.medley.coverage.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coverage matrix as one table for a spreadsheet or a printout: a row per application (as the
 * matrix orders them) with its status, bus factor and window coverage, then a column per staff
 * member holding that person's skill level for the application (blank: no skill). Staff columns are
 * headed "name (employer)"; the same name twice gets its id appended, so no header repeats.
 */
final class MatrixExport {

  static final List<String> FIXED =
      List.of(
          "application",
          "vendor",
          "category",
          "criticality",
          "status",
          "bus_factor",
          "window_coverage_pct");

  record Table(List<String> columns, List<List<String>> rows) {}

  private MatrixExport() {}

  /**
   * The table as a page to print: landscape, the header row repeated on every page, rows never
   * split, GOOD/RISK/GAP told apart by text as well as shade (printers may be black and white).
   */
  static String html(Table table, String generatedAt) {
    StringBuilder out = new StringBuilder(8_192);
    out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Coverage matrix</title><style>")
        .append("@page{size:landscape;margin:10mm}")
        .append("body{font:11px system-ui,sans-serif;color:#000}")
        .append("table{border-collapse:collapse}")
        .append("th,td{border:1px solid #999;padding:2px 4px;text-align:center}")
        .append("td:first-child,th:first-child{text-align:left}")
        .append("thead{display:table-header-group}tr{break-inside:avoid}")
        .append("th.staff{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}")
        .append(".RISK{background:#eee}.GAP{background:#ccc;font-weight:bold}")
        .append("</style></head><body><h1>Coverage matrix</h1><p>Generated ")
        .append(escape(generatedAt))
        .append(". Levels: 1 learning, 2 L1 with a script, 3 independent at L2, 4 expert.</p>")
        .append("<table><thead><tr>");
    for (int c = 0; c < table.columns().size(); c++) {
      out.append(c < FIXED.size() ? "<th>" : "<th class=\"staff\">")
          .append(escape(table.columns().get(c)))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (List<String> row : table.rows()) {
      out.append("<tr class=\"").append(escape(row.get(4))).append("\">");
      for (String cell : row) {
        out.append("<td>").append(escape(cell)).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></body></html>").toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  static Table of(Views.Matrix matrix) {
    List<String> columns = new ArrayList<>(FIXED);
    Map<Long, Integer> columnOf = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Views.PersonSummary person : matrix.staff()) {
      String header = person.name() + " (" + person.employer() + ")";
      if (seen.merge(header, 1, Integer::sum) > 1) {
        header = header + " #" + person.id();
      }
      columnOf.put(person.id(), columns.size());
      columns.add(header);
    }
    Map<Long, String[]> rowOf = new HashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Views.ApplicationSummary app : matrix.applications()) {
      String[] row = new String[columns.size()];
      java.util.Arrays.fill(row, "");
      row[0] = app.name();
      row[1] = app.vendor();
      row[2] = app.category();
      row[3] = Integer.toString(app.criticality());
      row[4] = app.status().name();
      row[5] = Integer.toString(app.busFactor());
      row[6] = String.format(Locale.ROOT, "%.0f", app.windowCoverage() * 100);
      rowOf.put(app.id(), row);
    }
    long[] cells = matrix.cells();
    for (int i = 0; i + 2 < cells.length; i += 3) {
      String[] row = rowOf.get(cells[i]);
      Integer column = columnOf.get(cells[i + 1]);
      if (row != null && column != null && cells[i + 2] > 0) {
        row[column] = Long.toString(cells[i + 2]);
      }
    }
    for (Views.ApplicationSummary app : matrix.applications()) {
      rows.add(List.of(rowOf.get(app.id())));
    }
    return new Table(List.copyOf(columns), List.copyOf(rows));
  }
}
