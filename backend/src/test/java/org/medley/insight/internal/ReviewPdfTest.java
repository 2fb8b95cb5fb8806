package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The review's PDF read back with another library: its words, its pages, and its first page. */
class ReviewPdfTest {

  private static final MonthlyReview.Chart COMPLIANCE =
      new MonthlyReview.Chart(
          MonthlyReview.ChartKind.LINE,
          "% of timers met",
          List.of("2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"),
          List.of(
              new MonthlyReview.Series("Internal", List.of(96.0, 95.5, 97.1, 94.0, 96.2)),
              new MonthlyReview.Series("Northwind", Arrays.asList(88.0, null, 91.0, 86.5, 90.0))));

  private static MonthlyReview review(int breaches) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= breaches; i++) {
      rows.add(List.of("INC-" + (1000 + i), "P2", "Pending vendor", "6 h 10 min"));
    }
    return new MonthlyReview(
        "Riverside Health",
        YearMonth.of(2026, 11),
        "America/New_York",
        Instant.parse("2026-12-01T13:05:00Z"),
        List.of(
            new MonthlyReview.Headline(
                "SLA met, internal teams", "95.8 %", "94.9 %", true, "+0.9 points"),
            new MonthlyReview.Headline(
                "SLA met, Northwind Managed Services", "89.1 %", "92.0 %", false, "-2.9 points"),
            new MonthlyReview.Headline("Open backlog", "212", "—", null, "no earlier figure")),
        List.of(
            new MonthlyReview.Section(
                "SLA compliance by week",
                "Resolution and response timers that finished in the month.",
                COMPLIANCE,
                null),
            new MonthlyReview.Section(
                "Breaches and their causes",
                "Where the time went before each deadline passed.",
                new MonthlyReview.Chart(
                    MonthlyReview.ChartKind.STACKED_BAR,
                    "breaches",
                    List.of("Internal", "Northwind"),
                    List.of(
                        new MonthlyReview.Series("In queue", List.of(4.0, 9.0)),
                        new MonthlyReview.Series("Pending vendor", List.of(3.0, 1.0)))),
                new MonthlyReview.Table(List.of("Ticket", "Priority", "Cause", "Over by"), rows))));
  }

  @Test
  void theReviewReadsBackWithItsHospitalMonthFiguresAndTables() throws Exception {
    byte[] pdf = ReviewPdf.render(review(3));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Monthly operations review")
          .contains("Riverside Health")
          .contains("November 2026")
          .contains("America/New_York")
          .contains("SLA met, Northwind Managed Services")
          .contains("89.1 %")
          .contains("INC-1003")
          .contains("Pending vendor")
          // the chart is drawn as text and lines, so its legend and categories are words too
          .contains("Northwind")
          .contains("23 Nov");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Monthly operations review 2026-11 Riverside Health");
    }
  }

  @Test
  void aLongBreachListFlowsOntoMorePagesEachWithItsFooter() throws Exception {
    try (PDDocument document = Loader.loadPDF(ReviewPdf.render(review(120)))) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(document.getNumberOfPages());
      lastPage.setEndPage(document.getNumberOfPages());
      String text = lastPage.getText(document);
      assertThat(text)
          .contains("INC-1120")
          .contains("page " + document.getNumberOfPages())
          // the table's header repeats on every page it continues on
          .contains("Over by");
    }
  }

  @Test
  void theFirstPageRendersWithItsChartInkOnTheUpperHalf() throws Exception {
    try (PDDocument document = Loader.loadPDF(ReviewPdf.render(review(3)))) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      Path png = Path.of("target/review-first-page.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(page, "png", png.toFile());

      // The compliance chart sits below the headline table: the band from 35 % to 60 % of the
      // page height carries coloured ink (the series' lines), not only black text.
      int coloured = 0;
      for (int y = page.getHeight() * 35 / 100; y < page.getHeight() * 60 / 100; y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          int rgb = page.getRGB(x, y);
          int r = (rgb >> 16) & 0xff;
          int g = (rgb >> 8) & 0xff;
          int b = rgb & 0xff;
          if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
            coloured++;
          }
        }
      }
      assertThat(coloured).isGreaterThan(200);
    }
  }

  @Test
  void aSeriesThatDoesNotMatchItsCategoriesIsRefusedBeforeAnythingIsDrawn() {
    assertThatThrownBy(
            () ->
                new MonthlyReview.Chart(
                    MonthlyReview.ChartKind.BAR,
                    "x",
                    List.of("a", "b"),
                    List.of(new MonthlyReview.Series("s", List.of(1.0)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s has 1 values for 2");
  }
}
