package org.medley.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * One table in CSV or XLSX, as imports read it and exports write it: a header row of column names,
 * then one row per record. Text that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return first) is written with a leading apostrophe, and that
 * apostrophe is taken off again on import, so exports are safe to open and re-import unchanged.
 * Formula cells in an uploaded workbook are refused. Shared by every feature that imports or
 * exports a table (coverage, devices); {@link SpreadsheetProblems} answers a refused file.
 */
public final class Spreadsheet {

  public static final int MAX_CELL = 1_000;

  public enum Format {
    CSV("text/csv; charset=utf-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  /** A problem with one cell or row: line 1 is the header. */
  @io.micronaut.serde.annotation.Serdeable
  public record RowError(
      int line, @io.micronaut.core.annotation.Nullable String column, String message) {}

  /** A data row: its line in the file and its cells by (lower-case) column name. */
  public record Line(int number, Map<String, String> cells) {
    public String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }

    /** Whether the file has the column (an optional one may be missing). */
    public boolean has(String column) {
      return cells.containsKey(column);
    }
  }

  /** Thrown with every problem found; nothing has been written. */
  public static final class Rejected extends RuntimeException {
    public final transient List<RowError> errors;

    public Rejected(List<RowError> errors) {
      super(errors.size() + " problems", null, false, false);
      this.errors = List.copyOf(errors);
    }

    public Rejected(RowError error) {
      this(List.of(error));
    }
  }

  private Spreadsheet() {}

  // ---- reading

  /**
   * The file's data rows, or {@link Rejected} with every problem. Columns in {@code optional} may
   * be missing. More than {@code maxRows} data rows are refused while reading, before anything is
   * checked or written; the refusal names {@code limitKey}, where the limit is configured.
   */
  public static List<Line> read(
      byte[] file,
      Format format,
      List<String> columns,
      Set<String> optional,
      int maxRows,
      String limitKey) {
    if (file.length == 0) {
      throw new Rejected(new RowError(1, null, "The file is empty."));
    }
    List<List<String>> rows =
        format == Format.CSV ? csv(file, maxRows, limitKey) : xlsx(file, maxRows, limitKey);
    if (rows.isEmpty()) {
      throw new Rejected(new RowError(1, null, "The file has no header row."));
    }
    List<String> header =
        rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isEmpty()) {
        continue;
      }
      if (!columns.contains(name)) {
        errors.add(
            new RowError(1, name, "Unknown column; expected " + String.join(", ", columns) + "."));
      } else if (index.putIfAbsent(name, i) != null) {
        errors.add(new RowError(1, name, "The column appears twice."));
      }
    }
    for (String column : columns) {
      if (!index.containsKey(column) && !optional.contains(column)) {
        errors.add(new RowError(1, column, "Missing column."));
      }
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    List<Line> lines = new ArrayList<>(rows.size() - 1);
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue; // blank lines are no records
      }
      Map<String, String> cells = new HashMap<>();
      for (var column : index.entrySet()) {
        int i = column.getValue();
        String value = i < row.size() ? unescape(row.get(i)) : "";
        String flaw = StrictText.flaw(value);
        if (value.length() > MAX_CELL) {
          errors.add(
              new RowError(r + 1, column.getKey(), "Longer than " + MAX_CELL + " characters."));
        } else if (flaw != null) {
          errors.add(new RowError(r + 1, column.getKey(), "The text " + flaw + "."));
        }
        cells.put(column.getKey(), value);
      }
      lines.add(new Line(r + 1, cells));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    return lines;
  }

  private static List<List<String>> csv(byte[] file, int maxRows, String limitKey) {
    Reader reader;
    try {
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      int start =
          file.length >= 3
                  && (file[0] & 0xff) == 0xEF
                  && (file[1] & 0xff) == 0xBB
                  && (file[2] & 0xff) == 0xBF
              ? 3
              : 0;
      String text =
          decoder.decode(java.nio.ByteBuffer.wrap(file, start, file.length - start)).toString();
      reader = new java.io.StringReader(text);
    } catch (CharacterCodingException e) {
      throw new Rejected(
          new RowError(1, null, "The file is not UTF-8 text: save it as “CSV UTF-8”."));
    }
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (rows.size() > maxRows) { // the header and maxRows data rows are in
          throw tooManyRows(rows.size() + 1, maxRows, limitKey);
        }
        rows.add(record.toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new Rejected(
          new RowError(
              rows.size() + 1, null, "Not readable as CSV here (check the quotes on this line)."));
    }
    return rows;
  }

  private static List<List<String>> xlsx(byte[] file, int maxRows, String limitKey) {
    // Found by Jazzer: fastexcel's header check throws on fewer than four bytes.
    if (file.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(file)) {
      throw new Rejected(new RowError(1, null, "Not an Excel workbook (.xlsx)."));
    }
    requireUnpackedWithin(file);
    List<List<String>> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
        var stream = workbook.getFirstSheet().openStream()) {
      Iterator<Row> iterator = stream.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        int line = row.getRowNum();
        if (line > maxRows + 1) {
          throw tooManyRows(line, maxRows, limitKey);
        }
        while (rows.size() < line - 1) {
          rows.add(List.of()); // keep line numbers as Excel shows them
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(row.getCellCount(), 64); c++) {
          Cell cell = row.getCell(c);
          if (cell == null) {
            cells.add("");
          } else if (cell.getType() == CellType.FORMULA) {
            errors.add(
                new RowError(
                    line,
                    null,
                    "Cell " + cell.getAddress() + " holds a formula; type its value instead."));
            cells.add("");
          } else if (cell.getType() == CellType.NUMBER) {
            cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
          } else {
            String text = cell.getText();
            cells.add(text == null ? "" : text);
          }
        }
        rows.add(cells);
      }
    } catch (Rejected e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new Rejected(
          new RowError(1, null, "The workbook could not be read; save it again as .xlsx."));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    return rows;
  }

  /**
   * What a workbook may unpack to. An .xlsx is a zip: a 1 MB upload of one repeated string inflates
   * to a gigabyte, which the reader would hold in memory (shared strings) before any row or cell
   * limit could refuse it. A real workbook of the largest import unpacks to a few MB.
   */
  static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

  private static void requireUnpackedWithin(byte[] file) {
    boolean tooLarge;
    // Read through the central directory, as fastexcel does (commons-compress): a streaming read
    // (java.util.zip.ZipInputStream) refuses stored entries with data descriptors, which
    // workbook writers such as fastexcel's produce. Sizes are counted, not taken from the headers.
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
      tooLarge = unpacksBeyond(zip, MAX_UNPACKED_BYTES);
    } catch (IOException | RuntimeException e) {
      throw new Rejected(
          new RowError(1, null, "The workbook could not be read; save it again as .xlsx."));
    }
    if (tooLarge) {
      throw new Rejected(
          new RowError(
              1,
              null,
              "The workbook unpacks to more than "
                  + MAX_UNPACKED_BYTES / (1024 * 1024)
                  + " MB: save it as CSV or split it."));
    }
  }

  /** Inflates the entries until more than {@code limit} bytes came out, or all of them did. */
  private static boolean unpacksBeyond(ZipFile zip, long limit) throws IOException {
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
      try (InputStream in = zip.getInputStream(entry)) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          unpacked += n;
          if (unpacked > limit) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Rejected tooManyRows(int line, int maxRows, String limitKey) {
    return new Rejected(
        new RowError(
            line,
            null,
            "More than "
                + maxRows
                + " rows, the limit of one import ("
                + limitKey
                + "): split the file."));
  }

  // ---- writing

  public static byte[] write(
      Format format, String sheet, List<String> columns, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (format == Format.CSV) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 with it
        try (var printer =
            new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
          printer.printRecord(columns);
          for (List<String> row : rows) {
            printer.printRecord(row.stream().map(Spreadsheet::escape).toList());
          }
        }
      } else {
        Workbook workbook = new Workbook(out, "Medley", "1.0");
        Worksheet worksheet = workbook.newWorksheet(sheet);
        for (int c = 0; c < columns.size(); c++) {
          worksheet.value(0, c, columns.get(c));
          worksheet.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
          List<String> row = rows.get(r);
          for (int c = 0; c < row.size(); c++) {
            String value = row.get(c);
            if (value != null && !value.isEmpty()) {
              worksheet.value(r + 1, c, escape(value));
            }
          }
        }
        workbook.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Text a spreadsheet would run as a formula gets a leading apostrophe. */
  public static String escape(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  public static String unescape(String value) {
    if (value.length() >= 2
        && value.charAt(0) == '\''
        && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
      return value.substring(1);
    }
    return value;
  }
}
