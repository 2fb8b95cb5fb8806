package org.medley.insight.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Lays a {@link MonthlyReview} out as an A4 PDF: OpenPDF for the pages and tables, JFreeChart drawn
 * straight onto the page as vectors (no raster images, so it prints sharp). Only the PDF base fonts
 * are used, so it renders the same on a server without any fonts installed.
 */
final class ReviewPdf {

  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color MUTED = new Color(0x5b, 0x64, 0x70);
  private static final Color RULE = new Color(0xd0, 0xd5, 0xdb);
  private static final Color GOOD = new Color(0x2b, 0x8a, 0x3e);
  private static final Color BAD = new Color(0xc9, 0x2a, 0x2a);

  /** Colour-blind-safe series colours (Okabe–Ito), in the order series are given. */
  private static final Color[] SERIES = {
    new Color(0x00, 0x72, 0xb2),
    new Color(0xe6, 0x9f, 0x00),
    new Color(0x00, 0x9e, 0x73),
    new Color(0xcc, 0x79, 0xa7),
    new Color(0x56, 0xb4, 0xe9),
    new Color(0xd5, 0x5e, 0x00),
    new Color(0xf0, 0xe4, 0x42),
    new Color(0x00, 0x00, 0x00)
  };

  private static final float CHART_HEIGHT = 190;
  private static final java.text.DecimalFormatSymbols DECIMALS =
      java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH);

  private ReviewPdf() {}

  static byte[] render(MonthlyReview review) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(review));
      document.addTitle("Monthly operations review " + review.month() + " " + review.hospital());
      document.addCreator("Medley");
      document.open();
      title(document, review);
      headlines(document, review.headlines());
      for (MonthlyReview.Section section : review.sections()) {
        section(document, writer, section);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the review could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static void title(Document document, MonthlyReview review) {
    document.add(
        new Paragraph("Monthly operations review", font(FontFactory.HELVETICA_BOLD, 20, INK)));
    document.add(new Paragraph(review.hospital(), font(FontFactory.HELVETICA_BOLD, 14, INK)));
    String month =
        review.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + review.month().getYear();
    Paragraph period =
        new Paragraph(
            month
                + " · days as the hospital counts them ("
                + review.zone()
                + ") · generated "
                + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
                    .format(review.generatedAt().atOffset(ZoneOffset.UTC)),
            font(FontFactory.HELVETICA, 9, MUTED));
    period.setSpacingAfter(14);
    document.add(period);
  }

  private static void headlines(Document document, List<MonthlyReview.Headline> headlines) {
    if (headlines.isEmpty()) {
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {3.2f, 1.4f, 1.4f, 3f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : List.of("This month at a glance", "This month", "Last month", "")) {
      table.addCell(headerCell(header));
    }
    for (MonthlyReview.Headline h : headlines) {
      table.addCell(cell(h.label(), font(FontFactory.HELVETICA, 9, INK)));
      table.addCell(
          cell(
              h.value(),
              font(
                  FontFactory.HELVETICA_BOLD,
                  10,
                  h.better() == null ? INK : h.better() ? GOOD : BAD)));
      table.addCell(cell(h.previous(), font(FontFactory.HELVETICA, 9, MUTED)));
      table.addCell(cell(h.note(), font(FontFactory.HELVETICA, 8, MUTED)));
    }
    table.setSpacingAfter(10);
    document.add(table);
  }

  private static void section(Document document, PdfWriter writer, MonthlyReview.Section section) {
    // A section's heading never sits alone at the foot of a page: start a page for it when less
    // than a chart's height is left.
    if (writer.getVerticalPosition(true) - document.bottom() < CHART_HEIGHT + 60) {
      document.newPage();
    }
    Paragraph heading = new Paragraph(section.title(), font(FontFactory.HELVETICA_BOLD, 13, INK));
    heading.setSpacingBefore(12);
    heading.setKeepTogether(true);
    document.add(heading);
    Paragraph summary = new Paragraph(section.summary(), font(FontFactory.HELVETICA, 9, MUTED));
    summary.setSpacingAfter(6);
    document.add(summary);
    if (section.chart() != null) {
      document.add(chart(writer, section.chart(), document.right() - document.left()));
    }
    if (section.table() != null) {
      document.add(table(section.table()));
    }
  }

  private static Image chart(PdfWriter writer, MonthlyReview.Chart chart, float width) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (MonthlyReview.Series series : chart.series()) {
      for (int i = 0; i < chart.categories().size(); i++) {
        data.addValue(series.values().get(i), series.name(), chart.categories().get(i));
      }
    }
    JFreeChart drawn =
        switch (chart.kind()) {
          case BAR ->
              ChartFactory.createBarChart(
                  null,
                  null,
                  chart.valueAxis(),
                  data,
                  PlotOrientation.VERTICAL,
                  true,
                  false,
                  false);
          case STACKED_BAR ->
              ChartFactory.createStackedBarChart(
                  null,
                  null,
                  chart.valueAxis(),
                  data,
                  PlotOrientation.VERTICAL,
                  true,
                  false,
                  false);
          case LINE ->
              ChartFactory.createLineChart(
                  null,
                  null,
                  chart.valueAxis(),
                  data,
                  PlotOrientation.VERTICAL,
                  true,
                  false,
                  false);
        };
    style(drawn, chart);
    PdfContentByte canvas = writer.getDirectContent();
    PdfTemplate template = canvas.createTemplate(width, CHART_HEIGHT);
    Graphics2D g = template.createGraphics(width, CHART_HEIGHT, new DefaultFontMapper());
    drawn.draw(g, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
    g.dispose();
    Image image = Image.getInstance(template);
    image.setSpacingAfter(6);
    return image;
  }

  private static void style(JFreeChart chart, MonthlyReview.Chart spec) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
      chart.getLegend().setItemFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 8));
    }
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(RULE);
    java.awt.Font small = new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 7);
    plot.getDomainAxis().setTickLabelFont(small);
    plot.getDomainAxis()
        .setCategoryLabelPositions(
            spec.categories().size() > 8
                ? org.jfree.chart.axis.CategoryLabelPositions.UP_45
                : org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
    plot.getRangeAxis().setTickLabelFont(small);
    ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis())
        .setNumberFormatOverride(new java.text.DecimalFormat("0.#", DECIMALS));
    plot.getRangeAxis().setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 8));
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      bars.setMaximumBarWidth(0.08);
    }
    if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
      lines.setDefaultShapesVisible(true);
    }
    for (int i = 0; i < spec.series().size(); i++) {
      plot.getRenderer().setSeriesPaint(i, SERIES[i % SERIES.length]);
      plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.6f));
    }
  }

  private static PdfPTable table(MonthlyReview.Table spec) {
    PdfPTable table = new PdfPTable(spec.headers().size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    spec.headers().forEach(h -> table.addCell(headerCell(h)));
    for (List<String> row : spec.rows()) {
      for (int i = 0; i < spec.headers().size(); i++) {
        table.addCell(cell(i < row.size() ? row.get(i) : "", font(FontFactory.HELVETICA, 8, INK)));
      }
    }
    if (spec.rows().isEmpty()) {
      PdfPCell none =
          cell("Nothing to show for this month.", font(FontFactory.HELVETICA, 8, MUTED));
      none.setColspan(spec.headers().size());
      table.addCell(none);
    }
    table.setSpacingAfter(8);
    return table;
  }

  private static PdfPCell headerCell(String text) {
    PdfPCell cell = cell(text, font(FontFactory.HELVETICA_BOLD, 8, INK));
    cell.setBackgroundColor(new Color(0xf1, 0xf3, 0xf5));
    return cell;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorderColor(RULE);
    cell.setPadding(4);
    return cell;
  }

  private static Font font(String name, float size, Color color) {
    return FontFactory.getFont(name, size, color);
  }

  /** The hospital, the month and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final String text;

    Footer(MonthlyReview review) {
      this.text = review.hospital() + " · operations review " + review.month() + " · page ";
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
