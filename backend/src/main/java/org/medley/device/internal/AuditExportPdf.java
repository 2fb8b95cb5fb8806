package org.medley.device.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.micronaut.core.annotation.Nullable;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.medley.device.PmTimeliness;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;

/**
 * The audit export as a printable PDF (landscape A4, OpenPDF as the monthly review uses it, base
 * fonts only): a title with the site, the period and what is not recorded, one band per device with
 * its orders under it, the totals at the end. The table is handed to the document as it grows
 * ({@link PdfPTable#setComplete}), so pages are written out and not held.
 */
final class AuditExportPdf implements AuditExport.Sink {

  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color MUTED = new Color(0x5b, 0x64, 0x70);
  private static final Color RULE = new Color(0xd0, 0xd5, 0xdb);
  private static final Color BAND = new Color(0xf1, 0xf3, 0xf5);
  private static final Color GOOD = new Color(0x2b, 0x8a, 0x3e);
  private static final Color LATE = new Color(0xa6, 0x4b, 0x00);
  private static final Color BAD = new Color(0xc9, 0x2a, 0x2a);

  private static final List<String> HEADERS =
      List.of(
          "Order",
          "Kind",
          "Summary",
          "Due",
          "Window ends",
          "Opened",
          "Completed",
          "Status",
          "PM result",
          "Reason",
          "Technician");

  private static final float[] WIDTHS = {0.8f, 1.1f, 3.4f, 1f, 1f, 1f, 1f, 1.3f, 0.9f, 2.6f, 1.6f};

  /** Rows handed to the document at a time. */
  private static final int FLUSH_ROWS = 200;

  private final Document document;
  private final PdfTable table = new PdfTable();
  private final Map<PmTimeliness, Integer> pm = new EnumMap<>(PmTimeliness.class);
  private int devices;
  private int corrective;
  private int openRemediation;
  private int rows;

  /** The one table of the document, its header repeated on every page. */
  private static final class PdfTable {
    final PdfPTable table = new PdfPTable(WIDTHS);

    PdfTable() {
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      table.setComplete(false);
      HEADERS.forEach(h -> table.addCell(cell(h, font(FontFactory.HELVETICA_BOLD, 7, INK), BAND)));
    }
  }

  AuditExportPdf(OutputStream out, AuditExport.Scope scope) {
    document = new Document(PageSize.A4.rotate(), 36, 36, 40, 44);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(scope));
      document.addTitle("HTM audit record " + scope.site() + " " + scope.period().from());
      document.addCreator("Medley");
      document.open();
      document.add(
          new Paragraph(
              "Medical equipment maintenance record", font(FontFactory.HELVETICA_BOLD, 18, INK)));
      document.add(
          new Paragraph(
              scope.hospital() + " · " + scope.site(), font(FontFactory.HELVETICA_BOLD, 12, INK)));
      document.add(
          new Paragraph(
              scope.period().from()
                  + " to "
                  + scope.period().to()
                  + " · days as the hospital counts them ("
                  + scope.zone()
                  + ") · generated "
                  + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
                      .format(scope.generatedAt().atOffset(ZoneOffset.UTC)),
              font(FontFactory.HELVETICA, 8, MUTED)));
      Paragraph scopeNote =
          new Paragraph(
              "Every device at the site"
                  + (scope.partial() ? " that your engagement supports" : "")
                  + ": preventive maintenance due in the period (on time: completed by the last"
                  + " day of its window; late: after it; missed: cancelled, or open past it),"
                  + " corrective work opened in the period, and security remediation opened in"
                  + " the period or still open. "
                  + AuditExport.CERTIFICATIONS,
              font(FontFactory.HELVETICA, 8, INK));
      scopeNote.setSpacingBefore(6);
      scopeNote.setSpacingAfter(8);
      document.add(scopeNote);
    } catch (DocumentException e) {
      throw new IllegalStateException("the audit record could not be laid out", e);
    }
  }

  @Override
  public void add(AuditExport.Entry entry) {
    devices++;
    AuditExportStore.AuditDevice d = entry.device();
    String place =
        Stream.of(d.building(), d.unit(), d.room())
            .filter(p -> p != null && !p.isBlank())
            .collect(Collectors.joining(" / "));
    PdfPCell band =
        cell(
            d.assetTag()
                + "   "
                + d.manufacturer()
                + " "
                + d.model()
                + " ("
                + d.deviceClass()
                + ", "
                + d.risk().name().replace('_', ' ').toLowerCase(Locale.ROOT)
                + " risk)   serial "
                + d.serial()
                + (place.isEmpty() ? "" : "   " + place)
                + "   "
                + d.status().name().replace('_', ' ').toLowerCase(Locale.ROOT),
            font(FontFactory.HELVETICA_BOLD, 7.5f, INK),
            BAND);
    band.setColspan(HEADERS.size());
    table.table.addCell(band);
    rows++;
    if (entry.lines().isEmpty()) {
      PdfPCell none = cell("No work in the period.", font(FontFactory.HELVETICA, 7, MUTED), null);
      none.setColspan(HEADERS.size());
      table.table.addCell(none);
      rows++;
    }
    for (AuditExport.Line line : entry.lines()) {
      AuditExportStore.AuditOrder o = line.order();
      if (line.timeliness() != null) {
        pm.merge(line.timeliness(), 1, Integer::sum);
      }
      if (o.kind() == WorkOrderKind.CORRECTIVE) {
        corrective++;
      }
      if (o.kind() == WorkOrderKind.REMEDIATION && o.status() == WorkOrderStatus.OPEN) {
        openRemediation++;
      }
      Font plain = font(FontFactory.HELVETICA, 7, INK);
      table.table.addCell(cell(String.valueOf(o.id()), plain, null));
      table.table.addCell(cell(kind(o.kind()), plain, null));
      table.table.addCell(
          cell(
              o.summary() + (o.ticketNumber() == null ? "" : " (" + o.ticketNumber() + ")"),
              plain,
              null));
      table.table.addCell(cell(text(o.dueOn()), plain, null));
      table.table.addCell(cell(text(o.windowEndsOn()), plain, null));
      table.table.addCell(cell(line.openedOn().toString(), plain, null));
      table.table.addCell(cell(text(line.completedOn()), plain, null));
      table.table.addCell(cell(status(o.status()), plain, null));
      table.table.addCell(cell(result(line.timeliness()), resultFont(line.timeliness()), null));
      table.table.addCell(cell(text(o.reason()), plain, null));
      table.table.addCell(
          cell(
              line.technician() == null
                  ? "—"
                  : line.technician() + "\n" + text(line.certification()),
              plain,
              null));
      rows++;
    }
    if (rows >= FLUSH_ROWS) {
      document.add(table.table);
      rows = 0;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (devices == 0) {
        PdfPCell none =
            cell(
                "No devices at this site that you may see.",
                font(FontFactory.HELVETICA, 8, MUTED),
                null);
        none.setColspan(HEADERS.size());
        table.table.addCell(none);
      }
      table.table.setComplete(true);
      document.add(table.table);
      Paragraph totals =
          new Paragraph(
              plural(devices, "device")
                  + " · preventive maintenance: "
                  + count(PmTimeliness.ON_TIME)
                  + " on time, "
                  + count(PmTimeliness.LATE)
                  + " late, "
                  + count(PmTimeliness.MISSED)
                  + " missed, "
                  + count(PmTimeliness.PENDING)
                  + " not yet due · "
                  + plural(corrective, "corrective order")
                  + " · "
                  + plural(openRemediation, "remediation order")
                  + " open",
              font(FontFactory.HELVETICA_BOLD, 9, INK));
      totals.setSpacingBefore(10);
      document.add(totals);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("the audit record could not be finished", e);
    }
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private int count(PmTimeliness timeliness) {
    return pm.getOrDefault(timeliness, 0);
  }

  private static String kind(WorkOrderKind kind) {
    return switch (kind) {
      case PREVENTIVE -> "Preventive";
      case CORRECTIVE -> "Corrective";
      case REMEDIATION -> "Remediation";
    };
  }

  private static String status(WorkOrderStatus status) {
    return switch (status) {
      case OPEN -> "Open";
      case DONE -> "Done";
      case COULD_NOT_DUPLICATE -> "Could not duplicate";
      case CANCELLED -> "Cancelled";
    };
  }

  private static String result(@Nullable PmTimeliness timeliness) {
    if (timeliness == null) {
      return "";
    }
    return switch (timeliness) {
      case ON_TIME -> "On time";
      case LATE -> "Late";
      case MISSED -> "Missed";
      case PENDING -> "Not yet due";
    };
  }

  private static Font resultFont(@Nullable PmTimeliness timeliness) {
    if (timeliness == null) {
      return font(FontFactory.HELVETICA, 7, INK);
    }
    return switch (timeliness) {
      case ON_TIME -> font(FontFactory.HELVETICA_BOLD, 7, GOOD);
      case LATE -> font(FontFactory.HELVETICA_BOLD, 7, LATE);
      case MISSED -> font(FontFactory.HELVETICA_BOLD, 7, BAD);
      case PENDING -> font(FontFactory.HELVETICA, 7, MUTED);
    };
  }

  private static PdfPCell cell(String text, Font font, @Nullable Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorderColor(RULE);
    cell.setPadding(3);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  private static Font font(String name, float size, Color color) {
    return FontFactory.getFont(name, size, color);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  /** The hospital, the site, the period and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final String text;

    Footer(AuditExport.Scope scope) {
      this.text =
          scope.hospital()
              + " · "
              + scope.site()
              + " · maintenance record "
              + scope.period().from()
              + " to "
              + scope.period().to()
              + " · page ";
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(
              new Chunk(text + writer.getPageNumber(), font(FontFactory.HELVETICA, 7, MUTED))),
          (document.left() + document.right()) / 2,
          document.bottom() - 24,
          0);
    }
  }
}
