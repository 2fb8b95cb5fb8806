package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * {@code /api/htm/audit-export} over HTTP against the real database: a site of its own with two
 * pumps, one with a year of maintenance, repairs and an open advisory, the other with none.
 */
class AuditExportApiTest {

  private static String leader;
  private static String run;
  private static String site;
  private static String technician;
  private static LocalDate today;
  private static final Map<String, Long> orders = new HashMap<>();

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    site = "Audit " + run;
    today = LocalDate.now(ZoneOffset.UTC);
    long model =
        Api.postJson(
                "/api/device-models",
                "{\"manufacturer\":\"Acme Medical\",\"model\":\"Audit pump "
                    + run
                    + "\",\"deviceClass\":\"Audit class "
                    + run
                    + "\",\"risk\":\"HIGH\",\"pmIntervalMonths\":6}",
                leader)
            .json()
            .path("id")
            .asLong();
    long busy = device(model, "BUSY");
    device(model, "QUIET");
    long staff =
        TestApp.queryLong(
            "SELECT MIN(id) FROM staff_members WHERE tenant_id ="
                + " (SELECT tenant_id FROM devices WHERE id = "
                + busy
                + ")");
    technician = TestApp.queryString("SELECT name FROM staff_members WHERE id = " + staff);
    // The technician's certification for the class lapsed 90 days ago: before the on-time visit.
    try (var c = TestApp.connection();
        var insert =
            c.prepareStatement(
                "INSERT INTO skills (staff_id, application_id, level, certification,"
                    + " certification_expires_on) SELECT ?, id, 3, 'Acme pump service', ? FROM"
                    + " applications WHERE name = ?")) {
      insert.setLong(1, staff);
      insert.setObject(2, today.minusDays(90));
      insert.setString(3, "Audit class " + run);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    orders.put("on time", pm(busy, "DONE", 100, 70, noon(today.minusDays(80)), staff, null));
    orders.put(
        "late", pm(busy, "DONE", 60, 40, noon(today.minusDays(35)), staff, "Parts on backorder"));
    orders.put("open past its window", pm(busy, "OPEN", 50, 20, null, null, null));
    orders.put(
        "cancelled",
        pm(busy, "CANCELLED", 200, 170, noon(today.minusDays(175)), null, "Could not be located"));
    orders.put("not yet due", pm(busy, "OPEN", 5, -25, null, null, null));
    orders.put(
        "due before the period",
        pm(busy, "DONE", 500, 470, noon(today.minusDays(480)), staff, null));
    orders.put(
        "repair",
        WorkOrderRows.insert(
            busy,
            WorkOrderKind.CORRECTIVE,
            WorkOrderStatus.DONE,
            "Occlusion alarm",
            null,
            null,
            true,
            noon(today.minusDays(10)),
            noon(today.minusDays(9)),
            staff,
            45,
            null,
            null));
    orders.put(
        "advisory",
        WorkOrderRows.insert(
            busy,
            WorkOrderKind.REMEDIATION,
            WorkOrderStatus.OPEN,
            "CVE-2026-0042: Pump firmware accepts unsigned updates",
            null,
            null,
            false,
            noon(today.minusDays(700)),
            null,
            null,
            null,
            null,
            null));
  }

  private static Instant noon(LocalDate day) {
    return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static long pm(
      long device,
      String status,
      int dueDaysAgo,
      int windowDaysAgo,
      Instant completed,
      Long by,
      String reason) {
    return WorkOrderRows.insert(
        device,
        WorkOrderKind.PREVENTIVE,
        WorkOrderStatus.valueOf(status),
        "Preventive maintenance",
        today.minusDays(dueDaysAgo),
        today.minusDays(windowDaysAgo),
        false,
        noon(today.minusDays(dueDaysAgo + 14)),
        completed,
        by,
        by == null ? null : 30,
        null,
        reason);
  }

  private static long device(long model, String tag) {
    var reply =
        Api.postJson(
            "/api/devices",
            "{\"modelId\":"
                + model
                + ",\"assetTag\":\"AUD-"
                + run
                + "-"
                + tag
                + "\",\"serial\":\"S-"
                + tag
                + "\",\"site\":\""
                + site
                + "\",\"building\":\"Tower\",\"unit\":\"ICU\",\"status\":\"IN_SERVICE\"}",
            leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().path("id").asLong();
  }

  private static Api.Reply export(String query, String token) {
    return Api.send(
        Api.request("/api/htm/audit-export?" + query)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/csv, application/pdf, application/problem+json")
            .build());
  }

  private static List<CSVRecord> csv(String query, String token) throws Exception {
    var reply = export(query, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/csv");
    String body = reply.body().startsWith("\uFEFF") ? reply.body().substring(1) : reply.body();
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new StringReader(body))
        .getRecords();
  }

  @Test
  void theCsvListsEveryDeviceWithItsMaintenanceRepairsAndOpenRemediation() throws Exception {
    List<CSVRecord> rows = csv("site=Audit%20" + run, leader);

    Map<String, CSVRecord> byOrder = new HashMap<>();
    List<CSVRecord> quiet = new ArrayList<>();
    for (CSVRecord r : rows) {
      assertThat(r.get("site")).isEqualTo(site);
      if (r.get("asset_tag").endsWith("QUIET")) {
        quiet.add(r);
      } else {
        byOrder.put(r.get("work_order"), r);
      }
    }
    // The device without work in the period is listed too, once, its order columns empty.
    assertThat(quiet).hasSize(1);
    assertThat(quiet.get(0).get("work_order")).isEmpty();
    assertThat(byOrder)
        .hasSize(7)
        .doesNotContainKey(orders.get("due before the period").toString());
    assertThat(result(byOrder, "on time")).isEqualTo("ON_TIME");
    assertThat(result(byOrder, "late")).isEqualTo("LATE");
    assertThat(byOrder.get(orders.get("late").toString()).get("reason"))
        .isEqualTo("Parts on backorder");
    assertThat(result(byOrder, "open past its window")).isEqualTo("MISSED");
    assertThat(result(byOrder, "cancelled")).isEqualTo("MISSED");
    assertThat(byOrder.get(orders.get("cancelled").toString()).get("reason"))
        .isEqualTo("Could not be located");
    assertThat(result(byOrder, "not yet due")).isEqualTo("PENDING");
    assertThat(result(byOrder, "repair")).isEmpty();
    CSVRecord onTime = byOrder.get(orders.get("on time").toString());
    assertThat(onTime.get("technician")).isEqualTo(technician);
    assertThat(onTime.get("technician_certification"))
        .isEqualTo(
            "Acme pump service (valid to " + today.minusDays(90) + "; expired before this work)");
    assertThat(onTime.get("due_on")).isEqualTo(today.minusDays(100).toString());
    assertThat(onTime.get("window_ends_on")).isEqualTo(today.minusDays(70).toString());
    assertThat(onTime.get("completed_on")).isEqualTo(today.minusDays(80).toString());
    CSVRecord advisory = byOrder.get(orders.get("advisory").toString());
    assertThat(advisory.get("kind")).isEqualTo("REMEDIATION");
    assertThat(advisory.get("summary")).startsWith("CVE-2026-0042:");
    assertThat(advisory.get("work_status")).isEqualTo("OPEN");
    // Preventive first, then corrective, then remediation.
    List<String> kinds = new ArrayList<>();
    rows.stream()
        .filter(r -> r.get("asset_tag").endsWith("BUSY"))
        .forEach(r -> kinds.add(r.get("kind")));
    assertThat(kinds.indexOf("CORRECTIVE")).isGreaterThan(kinds.lastIndexOf("PREVENTIVE"));
    assertThat(kinds.indexOf("REMEDIATION")).isGreaterThan(kinds.lastIndexOf("CORRECTIVE"));
  }

  private static String result(Map<String, CSVRecord> rows, String order) {
    return rows.get(orders.get(order).toString()).get("pm_result");
  }

  @Test
  void aShorterPeriodKeepsOnlyItsOwnWorkButStillTheOpenRemediation() throws Exception {
    List<CSVRecord> rows =
        csv("site=Audit%20" + run + "&from=" + today.minusDays(15) + "&to=" + today, leader);
    List<String> kinds = new ArrayList<>();
    rows.stream()
        .filter(r -> r.get("asset_tag").endsWith("BUSY"))
        .forEach(r -> kinds.add(r.get("kind")));
    assertThat(kinds).containsExactlyInAnyOrder("PREVENTIVE", "CORRECTIVE", "REMEDIATION");
  }

  @Test
  void thePrintableRecordCarriesTheSiteTheResultsAndWhatIsNotRecorded() throws Exception {
    HttpResponse<byte[]> reply =
        Api.sendForBytes(
            Api.request("/api/htm/audit-export?format=PDF&site=Audit%20" + run)
                .header("Authorization", "Bearer " + TestApp.tokenFor("exec"))
                .GET()
                .build());
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("medley-audit-record.pdf");
    try (PDDocument pdf = Loader.loadPDF(reply.body())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Medical equipment maintenance record")
          .contains("Riverside Health")
          .contains(site)
          .contains("AUD-" + run + "-BUSY")
          .contains("AUD-" + run + "-QUIET")
          .contains("On time")
          .contains("Late")
          .contains("Missed")
          .contains("CVE-2026-0042")
          .contains(technician)
          .contains("Acme pump service")
          .contains("current record in Medley's coverage matrix")
          .contains("2 devices")
          .contains("1 on time, 1 late, 2 missed, 1 not yet due");
      BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 96);
      Path png = Path.of("target/htm-audit-record.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(first, "png", png.toFile());
    }
  }

  @Test
  void partnersAndOtherHospitalsGetOnlyWhatTheyMaySee() throws Exception {
    assertThat(csv("site=Audit%20" + run, TestApp.tokenFor("partner"))).isEmpty();
    assertThat(
            csv(
                "site=Audit%20" + run,
                TestUsers.partnerAgent("audit-apex", "Apex Clinical IT Staffing")))
        .isEmpty();
    assertThat(csv("site=Audit%20" + run, TestUsers.otherTenant("audit-outsider", "admin")))
        .isEmpty();
    assertProblem(export("site=Audit%20" + run, TestApp.tokenFor("agent")), 403);
    assertProblem(export("site=Audit%20" + run, TestApp.tokenFor("enduser")), 403);
  }

  @Test
  void badInputIsRefusedNamingItsParameterAndAnUnknownSiteIsEmpty() throws Exception {
    String[][] cases = {
      {"", "site"},
      {"site=%20", "site"},
      {"site=x&format=xml", "format"},
      {"site=x&format=", "format"},
      {"site=x&from=2026-02-30", "from"},
      {"site=x&from=last%20year", "from"},
      {"site=x&from=2026-03-01&to=2026-01-01", "to"},
      {"site=x&from=2020-01-01&to=2026-01-01", "to"},
      {"site=" + "x".repeat(101), "site"},
    };
    for (String[] c : cases) {
      var reply = export(c[0], leader);
      assertProblem(reply, 400);
      assertThat(reply.body()).as(c[0]).contains(c[1]);
    }
    assertThat(csv("site=Nowhere%20" + run, leader)).isEmpty();
    assertThat(csv("site=Nowhere%20" + run + "&format=csv", leader)).isEmpty();
  }
}
