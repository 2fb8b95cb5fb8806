package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.medley.platform.Spreadsheet;

/**
 * The audit export as CSV: one row per work order, the device's columns repeated so that a
 * spreadsheet filters and pivots it; a device without work in the period gets one row with the
 * order columns empty, so that the file lists the whole fleet of the site.
 */
final class AuditExportCsv implements AuditExport.Sink {

  static final List<String> COLUMNS =
      List.of(
          "site",
          "building",
          "unit",
          "room",
          "asset_tag",
          "serial",
          "manufacturer",
          "model",
          "device_class",
          "risk",
          "device_status",
          "work_order",
          "kind",
          "summary",
          "ticket",
          "due_on",
          "window_ends_on",
          "opened_on",
          "completed_on",
          "work_status",
          "pm_result",
          "reason",
          "technician",
          "technician_certification");

  private final CSVPrinter printer;
  private final String site;

  AuditExportCsv(OutputStream out, String site) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 with it
    this.printer =
        new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
    this.site = site;
    printer.printRecord(COLUMNS);
  }

  @Override
  public void add(AuditExport.Entry entry) throws IOException {
    AuditExportStore.AuditDevice d = entry.device();
    List<String> device =
        Arrays.asList(
            site,
            text(d.building()),
            text(d.unit()),
            text(d.room()),
            d.assetTag(),
            d.serial(),
            d.manufacturer(),
            d.model(),
            d.deviceClass(),
            d.risk().name(),
            d.status().name());
    if (entry.lines().isEmpty()) {
      List<String> row = new ArrayList<>(device);
      while (row.size() < COLUMNS.size()) {
        row.add("");
      }
      print(row);
      return;
    }
    for (AuditExport.Line line : entry.lines()) {
      AuditExportStore.AuditOrder o = line.order();
      List<String> row = new ArrayList<>(device);
      row.addAll(
          Arrays.asList(
              String.valueOf(o.id()),
              o.kind().name(),
              o.summary(),
              text(o.ticketNumber()),
              text(o.dueOn()),
              text(o.windowEndsOn()),
              line.openedOn().toString(),
              text(line.completedOn()),
              o.status().name(),
              text(line.timeliness()),
              text(o.reason()),
              text(line.technician()),
              text(line.certification())));
      print(row);
    }
  }

  private void print(List<String> row) throws IOException {
    printer.printRecord(row.stream().map(Spreadsheet::escape).toList());
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
