package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/** Import and export over HTTP: all or nothing, a report per row, exports safe to open. */
class CoverageTransferTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static String leader;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
  }

  static Api.Reply upload(String resource, String format, byte[] body, String contentType) {
    return Api.send(
        Api.request("/api/" + resource + "/import?format=" + format)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + leader)
            .build());
  }

  static Api.Reply uploadCsv(String resource, String text) {
    return upload(resource, "csv", text.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  static byte[] download(String resource, String format) {
    HttpResponse<byte[]> response =
        Api.sendForBytes(
            Api.request("/api/" + resource + "/export?format=" + format)
                .header("Authorization", "Bearer " + leader)
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  static long count(String table) {
    return TestApp.queryLong("SELECT COUNT(*) FROM " + table);
  }

  /** One row past the configured limit, in both formats: refused whole, naming the limit. */
  @Test
  void anImportOverTheRowLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
    int limit =
        TestApp.context()
            .getProperty("medley.coverage.import-max-rows", Integer.class)
            .orElseThrow();
    String batch = UUID.randomUUID().toString().substring(0, 8);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= limit; i++) {
      rows.add(
          List.of(
              "bulk" + i + "." + batch + "@riverside-health.example",
              "Bulk Person " + i,
              "INTERNAL",
              "",
              "Imaging",
              "UTC",
              "40",
              "MON 7-19"));
    }
    List<String> header =
        List.of("email", "name", "kind", "employer", "team", "zone", "capacity_hours", "shifts");
    StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
    rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
    var xlsx = new java.io.ByteArrayOutputStream();
    try (var workbook = new org.dhatim.fastexcel.Workbook(xlsx, "test", "1.0")) {
      var sheet = workbook.newWorksheet("staff");
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < header.size(); c++) {
          sheet.value(r + 1, c, rows.get(r).get(c));
        }
      }
    }
    long staff = count("staff_members");
    for (Api.Reply reply :
        List.of(
            uploadCsv("staff", csv.toString()),
            upload("staff", "xlsx", xlsx.toByteArray(), XLSX))) {
      assertProblem(reply, 422);
      assertThat(reply.json().path("detail").asText())
          .contains("nothing was imported", "More than " + limit + " rows");
      assertThat(reply.json().path("rows").get(0).path("line").asInt()).isEqualTo(limit + 2);
    }
    assertThat(count("staff_members")).isEqualTo(staff);
  }

  @Test
  void anExportedCsvImportsBackUnchanged() {
    String csv = new String(download("applications", "csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFname,vendor,category,criticality,lifecycle,calendar");
    assertThat(csv).contains("Epic Ambulatory,Epic Systems,EHR,1,LIVE,24x7");
    assertThat(csv).doesNotContain("I don't know"); // the triage entry is no catalog entry
    // Every catalog entry, without the "Other / I don't know" one that tickets may have created.
    String catalog =
        "applications WHERE triage = FALSE AND tenant_id ="
            + " (SELECT tenant_id FROM user_accounts WHERE username = 'admin')";
    long before = count(catalog);
    var reply = upload("applications", "csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("created").asInt()).isZero();
    assertThat(reply.json().path("updated").asLong()).isEqualTo(before);
    assertThat(count(catalog)).isEqualTo(before);
  }

  @Test
  void aliasesTravelThroughSpreadsheets() {
    String csv = new String(download("applications", "csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFname,vendor,category,criticality,lifecycle,calendar,aliases");
    assertThat(csv).contains("PowerChart; Cerner; Millennium");

    String name = "Lab Courier Tracker " + UUID.randomUUID();
    String header = "name,vendor,category,criticality,lifecycle,calendar";
    var created =
        uploadCsv(
            "applications",
            header
                + ",aliases\n"
                + name
                + ",Acme,LABORATORY,3,LIVE,Business hours,Courier; TUBES;tubes\n");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(aliasesOf(name)).isEqualTo("[\"Courier\",\"TUBES\"]");
    assertThat(new String(download("applications", "csv"), StandardCharsets.UTF_8))
        .contains(name + ",Acme,LABORATORY,3,LIVE,Business hours,Courier; TUBES");

    // A file from before aliases existed keeps them; an empty cell clears them.
    var old = uploadCsv("applications", header + "\n" + name + ",Acme,LABORATORY,2,LIVE,24x7\n");
    assertThat(old.status()).as(old.body()).isEqualTo(200);
    assertThat(aliasesOf(name)).isEqualTo("[\"Courier\",\"TUBES\"]");
    var cleared =
        uploadCsv("applications", header + ",aliases\n" + name + ",Acme,LABORATORY,2,LIVE,24x7,\n");
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(aliasesOf(name)).isEqualTo("[]");
  }

  private static String aliasesOf(String name) {
    String q = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
    return get("/api/applications?q=" + q, leader)
        .json()
        .path("items")
        .get(0)
        .path("aliases")
        .toString();
  }

  @Test
  void anExportedWorkbookImportsBackUnchanged() {
    byte[] staff = download("staff", "xlsx");
    long before = count("staff_members");
    var reply = upload("staff", "xlsx", staff, XLSX);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("created").asInt()).isZero();
    assertThat(count("staff_members")).isEqualTo(before);
    byte[] skills = download("skills", "xlsx");
    var again = upload("skills", "xlsx", skills, XLSX);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("created").asInt()).isZero();
  }

  static Stream<Arguments> badFiles() {
    String ok = "Lab Courier Tracker " + UUID.randomUUID();
    String header = "name,vendor,category,criticality,lifecycle,calendar\n";
    String good = ok + ",Acme,LABORATORY,3,LIVE,Business hours\n";
    return Stream.of(
        Arguments.of("wrong columns", "applications", "name,vendor,colour\nx,y,z\n", 1, "colour"),
        Arguments.of(
            "a missing column",
            "applications",
            "name,vendor,category,criticality,lifecycle\n" + good,
            1,
            "calendar"),
        Arguments.of("duplicates", "applications", header + good + good, 3, "name"),
        Arguments.of(
            "an unknown calendar",
            "applications",
            header + good + "Other " + ok + ",Acme,LABORATORY,3,LIVE,Moon time\n",
            3,
            "calendar"),
        Arguments.of(
            "criticality out of range",
            "applications",
            header + good + "Third " + ok + ",Acme,LABORATORY,9,LIVE,24x7\n",
            3,
            "criticality"),
        Arguments.of(
            "an unknown application",
            "skills",
            "staff_email,application,level,verified_on\n"
                + "grace.liu@riverside-health.example,Epic Ambulatory,4,2026-01-02\n"
                + "grace.liu@riverside-health.example,No Such System,3,\n",
            3,
            "application"),
        Arguments.of(
            "an invalid level",
            "skills",
            "staff_email,application,level,verified_on\n"
                + "grace.liu@riverside-health.example,Epic Ambulatory,expert,\n",
            2,
            "level"),
        Arguments.of(
            "a level above 4",
            "skills",
            "staff_email,application,level,verified_on\n"
                + "grace.liu@riverside-health.example,Epic Ambulatory,5,\n",
            2,
            "level"),
        Arguments.of(
            "an unknown person",
            "skills",
            "staff_email,application,level,verified_on\nnobody@nowhere.example,Epic Ambulatory,3,\n",
            2,
            "staff_email"),
        Arguments.of(
            "a bad shift and zone",
            "staff",
            "email,name,kind,employer,team,zone,capacity_hours,shifts\n"
                + "new.person@riverside-health.example,New Person,INTERNAL,,Imaging,Mars/Base,40,MON 7-19\n",
            2,
            "zone"),
        Arguments.of(
            "an unknown partner",
            "staff",
            "email,name,kind,employer,team,zone,capacity_hours,shifts\n"
                + "temp@agency.example,Temp,CONTRACTED,Nobody Ltd,,UTC,40,\n",
            2,
            "employer"),
        Arguments.of(
            "an alias too long",
            "applications",
            "name,vendor,category,criticality,lifecycle,calendar,aliases\n"
                + ok
                + ",Acme,LABORATORY,3,LIVE,24x7,"
                + "x".repeat(51)
                + "\n",
            2,
            "aliases"),
        Arguments.of("only a header", "applications", header, 2, null),
        Arguments.of("an unterminated quote", "applications", header + "\"broken,Acme\n", 2, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFilesAreRefusedWholeWithARowReport(
      String name, String resource, String csv, int line, String column) {
    long apps = count("applications");
    long staff = count("staff_members");
    long skills = count("skills");
    var reply = assertProblem(uploadCsv(resource, csv), 422);
    JsonNode rows = reply.json().path("rows");
    assertThat(rows.size()).isPositive();
    boolean found = false;
    for (JsonNode row : rows) {
      if (row.path("line").asInt() == line
          && (column == null || column.equals(row.path("column").asText()))) {
        found = true;
      }
    }
    assertThat(found).as("a problem at line %d, column %s in %s", line, column, rows).isTrue();
    assertThat(count("applications")).isEqualTo(apps);
    assertThat(count("staff_members")).isEqualTo(staff);
    assertThat(count("skills")).isEqualTo(skills);
  }

  @Test
  void filesThatAreNotWhatTheySayAreRefused() {
    assertProblem(
        upload("applications", "csv", new byte[] {(byte) 0xC3, 0x28, 0x0A}, "text/csv"), 422);
    assertProblem(upload("applications", "xlsx", "name\nx\n".getBytes(), XLSX), 422);
    byte[] zip = new byte[64];
    zip[0] = 'P';
    zip[1] = 'K';
    zip[2] = 3;
    zip[3] = 4;
    assertProblem(upload("applications", "xlsx", zip, XLSX), 422);
    var empty = upload("applications", "csv", new byte[0], "text/csv");
    assertThat(empty.status()).isBetween(400, 422);
    assertProblem(empty, empty.status());
    assertProblem(upload("applications", "pdf", "x".getBytes(), "text/csv"), 400);
    assertProblem(upload("applications", "csv", "x".getBytes(), "application/json"), 415);
    var elsewhere = upload("tickets", "csv", "x".getBytes(), "text/csv"); // not an import
    assertThat(elsewhere.status()).isBetween(404, 405);
    assertProblem(elsewhere, elsewhere.status());
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
    byte[] huge = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    long apps = count("applications");
    var reply = upload("applications", "csv", huge, "text/csv");
    assertThat(reply.status()).isEqualTo(413);
    assertThat(count("applications")).isEqualTo(apps);
  }

  @Test
  void aFormulaIsExportedEscapedInBothFormats() throws Exception {
    String formula = "=HYPERLINK(\"http://attacker.example\",\"Open\") " + UUID.randomUUID();
    String csv =
        "name,vendor,category,criticality,lifecycle,calendar\n\""
            + formula.replace("\"", "\"\"")
            + "\",@Evil,LABORATORY,4,PLANNED,Business hours\n";
    var imported = uploadCsv("applications", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    String exported = new String(download("applications", "csv"), StandardCharsets.UTF_8);
    assertThat(exported).contains("\"'" + formula.replace("\"", "\"\"") + "\"");
    assertThat(exported).contains(",'@Evil,");
    assertThat(exported).doesNotContain("\n\"=HYPERLINK").doesNotContain(",=HYPERLINK");

    List<String> texts = new ArrayList<>();
    try (var workbook =
            new ReadableWorkbook(new ByteArrayInputStream(download("applications", "xlsx")));
        var rows = workbook.getFirstSheet().openStream()) {
      rows.forEach(
          row ->
              row.forEach(
                  cell -> {
                    if (cell != null) {
                      assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                      texts.add(cell.getText());
                    }
                  }));
    }
    assertThat(texts).contains("'" + formula).doesNotContain(formula);

    // Re-importing the export keeps the text as it was typed.
    var again =
        upload("applications", "csv", exported.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    var search =
        get(
            "/api/applications?q="
                + java.net.URLEncoder.encode("HYPERLINK", StandardCharsets.UTF_8),
            leader);
    assertThat(search.json().path("items").get(0).path("name").asText()).isEqualTo(formula);
    long id = search.json().path("items").get(0).path("id").asLong();
    assertThat(CoverageApiTest.delete("/api/applications/" + id, leader).status()).isEqualTo(204);
  }

  @Test
  void anExportHonoursTheAcceptHeader() {
    var csv = export("/api/staff/export", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    var xlsx = export("/api/skills/export", XLSX);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).isEqualTo(XLSX);
    // Asked for JSON, an export says it cannot, rather than falling through to GET …/{id}.
    assertProblem(get("/api/applications/export", leader), 406);
    assertProblem(
        Api.send(
            Api.request("/api/applications/export?format=xlsx")
                .header("Accept", "text/csv")
                .header("Authorization", "Bearer " + leader)
                .build()),
        406);
  }

  private static HttpResponse<byte[]> export(String path, String accept) {
    return Api.sendForBytes(
        Api.request(path)
            .header("Accept", accept)
            .header("Authorization", "Bearer " + leader)
            .build());
  }

  @Test
  void onlyLeadersAndAdministratorsImportAndExport() {
    String agent = TestApp.tokenFor("agent");
    assertProblem(get("/api/applications/export", agent), 403);
    assertProblem(get("/api/staff/export?format=xlsx", TestApp.tokenFor("enduser")), 403);
    assertProblem(get("/api/applications/export?format=doc", leader), 400);
  }
}
