package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * The monthly review of the demo hospital, read back from the PDF: its figures are the ones the
 * insight endpoints answer for the same month.
 */
class MonthlyReviewApiTest {

  private static String exec;
  private static YearMonth month;

  @BeforeAll
  static void signIn() {
    exec = TestApp.tokenFor("exec");
    month = YearMonth.now(ZoneId.of("America/New_York")).minusMonths(1);
  }

  private static HttpResponse<byte[]> review(String query) {
    return Api.sendForBytes(
        Api.request("/api/insights/review.pdf" + query)
            .header("Authorization", "Bearer " + exec)
            .GET()
            .build());
  }

  @Test
  void theReviewOfLastMonthCarriesTheHospitalTheMonthAndTheFiguresTheInsightPagesShow()
      throws Exception {
    HttpResponse<byte[]> reply = review("?month=" + month);

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("medley-operations-review-" + month + ".pdf");
    JsonNode sla =
        Api.get(
                "/api/insights/sla?from="
                    + month.atDay(1)
                    + "&to="
                    + month.plusMonths(1).atDay(1)
                    + "&period=month&groupBy=provider&kind=SLA",
                exec)
            .json();
    try (PDDocument pdf = Loader.loadPDF(reply.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Monthly operations review")
          .contains("Riverside Health")
          .contains(
              month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                  + " "
                  + month.getYear())
          .contains("SLA met, internal teams")
          .contains("Breaches and their causes")
          .contains("Coverage risk");
      for (JsonNode group : sla.path("groups")) {
        if (!group.path("overall").path("percentMet").isMissingNode()
            && !group.path("overall").path("percentMet").isNull()) {
          assertThat(text)
              .as("the review shows %s's share as the insight endpoint does", group.path("label"))
              .contains(
                  String.format(
                      Locale.ENGLISH,
                      "%.1f %%",
                      group.path("overall").path("percentMet").asDouble()));
        }
      }
      assertThat(text)
          .contains(
              String.format(Locale.ENGLISH, "%,d", sla.path("overall").path("breached").asLong()));
      BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
      Path png = Path.of("target/monthly-review-demo.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(first, "png", png.toFile());
    }
  }

  @Test
  void aMalformedOrFutureMonthIsRefusedNamingTheParameter() {
    for (String bad : new String[] {"2026-13", "last", "9999-01", "1999-12"}) {
      var reply =
          Api.send(
              Api.request("/api/insights/review.pdf?month=" + bad)
                  .header("Authorization", "Bearer " + exec)
                  .header("Accept", "application/pdf, application/problem+json")
                  .GET()
                  .build());
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.body()).contains("month");
    }
  }
}
