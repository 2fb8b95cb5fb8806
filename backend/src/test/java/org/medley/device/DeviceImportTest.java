package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * {@code POST /api/devices/import} and {@code GET /api/devices/export}: row by row, with a report.
 */
class DeviceImportTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String HEADER =
      "asset_tag,serial,manufacturer,model,site,unit,status,connected,ip_address,firmware,"
          + "contract_engagement_id,acquired_on,acquisition_cost\n";

  private static String leader;
  private static String run;
  private static String model;

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    model = "Infuse " + run;
    var created =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Importer Medical\",\"model\":\""
                + model
                + "\",\"deviceClass\":\"Infusion pump\",\"risk\":\"HIGH\",\"pmIntervalMonths\":12}",
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  static Api.Reply upload(String format, byte[] body, String contentType) {
    return Api.send(
        Api.request("/api/devices/import?format=" + format)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + leader)
            .build());
  }

  static Api.Reply csv(String text) {
    return upload("csv", text.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  static String row(String tag, String rest) {
    return tag + ",SN-" + tag + ",Importer Medical," + model + "," + rest + "\n";
  }

  @Test
  void aCmmsExportIsTakenRowByRowWithAReasonForEveryRefusedRow() {
    String t = "IMP-" + run + "-";
    var first = csv(HEADER + row(t + "1", "Main,ICU,IN_SERVICE,no,,,,2020-01-15,1200"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().path("created").asInt()).isEqualTo(1);

    String file =
        HEADER
            + row(t + "1", "North,NICU,out for repair,no,,,,2020-01-15,\"$1,250.00\"") // update
            + row(t + "2", "Main,ICU,IN_SERVICE,yes,10.40.9.9,12.1.4,,,") // new, connected
            + row(t + "3", "Main,ICU,BROKEN,no,,,,,") // bad status
            + t
            + "4,SN-4,Importer Medical,No Such Model,Main,ICU,IN_SERVICE,no,,,,,\n"
            + row(t + "2", "Main,ICU,IN_SERVICE,no,,,,,") // duplicate of line 3
            + row(t + "5", "Main,ICU,IN_SERVICE,no,10.40.9.10,,,,") // IP, not connected
            + row(t + "6", "Main,ICU,IN_SERVICE,no,,,999999999,2019-13-01,") // two problems
            + row(t + "7", "Main,ICU,IN_SERVICE,maybe,,,,,12x"); // two problems
    var reply = csv(file);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode report = reply.json();
    assertThat(report.path("created").asInt()).isEqualTo(1);
    assertThat(report.path("updated").asInt()).isEqualTo(1);
    assertThat(report.path("refused").asInt()).isEqualTo(6);
    Map<Integer, JsonNode> byLine = new HashMap<>();
    report.path("rows").forEach(r -> byLine.put(r.path("line").asInt(), r));
    assertThat(byLine).hasSize(8);
    assertThat(byLine.get(2).path("outcome").asText()).isEqualTo("UPDATED");
    assertThat(byLine.get(3).path("outcome").asText()).isEqualTo("CREATED");
    assertThat(byLine.get(3).path("deviceId").asLong()).isPositive();
    assertThat(columns(byLine.get(4))).isEqualTo("status");
    assertThat(columns(byLine.get(5))).isEqualTo("model");
    assertThat(byLine.get(5).path("problems").get(0).path("message").asText())
        .contains("No device model");
    assertThat(columns(byLine.get(6))).isEqualTo("asset_tag");
    assertThat(byLine.get(6).path("problems").get(0).path("message").asText())
        .isEqualTo("Duplicate of line 3.");
    assertThat(columns(byLine.get(7))).isEqualTo("ip_address");
    assertThat(columns(byLine.get(8))).isEqualTo("acquired_on contract_engagement_id");
    assertThat(columns(byLine.get(9))).isEqualTo("acquisition_cost connected");
    for (int line = 4; line <= 9; line++) {
      assertThat(byLine.get(line).path("outcome").asText()).isEqualTo("REFUSED");
    }

    JsonNode updated = device(t + "1");
    assertThat(updated.path("site").asText()).isEqualTo("North");
    assertThat(updated.path("status").asText()).isEqualTo("OUT_FOR_REPAIR");
    assertThat(updated.path("acquisitionCost").decimalValue()).isEqualByComparingTo("1250");
    assertThat(device(t + "2").path("firmware").asText()).isEqualTo("12.1.4");
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM devices WHERE asset_tag LIKE 'IMP-" + run + "-%'"))
        .isEqualTo(2);
  }

  private static String columns(JsonNode row) {
    return String.join(
        " ", new java.util.TreeSet<>(row.path("problems").findValuesAsText("column")));
  }

  private static JsonNode device(String tag) {
    JsonNode items = Api.get("/api/devices?q=" + tag, leader).json().path("items");
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  @Test
  void aWorkbookIsReadWithItsDateAndNumberCells() throws Exception {
    String tag = "XLS-" + run;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "test", "1.0")) {
      var sheet = workbook.newWorksheet("devices");
      String[] header = {
        "asset_tag",
        "serial",
        "manufacturer",
        "model",
        "site",
        "acquired_on",
        "acquisition_cost",
        "end_of_support"
      };
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      sheet.value(1, 0, tag);
      sheet.value(1, 1, 123456); // a serial typed as a number
      sheet.value(1, 2, "Importer Medical");
      sheet.value(1, 3, model);
      sheet.value(1, 4, "Main");
      sheet.value(1, 5, LocalDate.of(2022, 3, 14));
      sheet.style(1, 5).format("yyyy-mm-dd").set();
      sheet.value(1, 6, 18999.5);
      sheet.value(1, 7, "2031-12-31");
    }
    var reply = upload("xlsx", out.toByteArray(), XLSX);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("created").asInt()).isEqualTo(1);
    JsonNode device = device(tag);
    assertThat(device.path("serial").asText()).isEqualTo("123456");
    assertThat(device.path("acquiredOn").asText()).isEqualTo("2022-03-14");
    assertThat(device.path("acquisitionCost").decimalValue()).isEqualByComparingTo("18999.50");
    assertThat(device.path("endOfSupport").asText()).isEqualTo("2031-12-31");
    assertThat(device.path("status").asText()).isEqualTo("IN_SERVICE");
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeAndNothingIsWritten() {
    long before = TestApp.queryLong("SELECT COUNT(*) FROM devices");
    var unknown =
        csv("asset_tag,serial,manufacturer,model,site,colour\nU-" + run + ",1,a,b,c,red\n");
    assertProblem(unknown, 422);
    assertThat(unknown.json().path("rows").get(0).path("column").asText()).isEqualTo("colour");
    var missing = csv("asset_tag,serial\nM-" + run + ",1\n");
    assertProblem(missing, 422);
    assertThat(missing.json().path("rows").findValuesAsText("column"))
        .contains("manufacturer", "model", "site");
    assertProblem(csv(""), 400); // no body at all
    assertProblem(csv(HEADER), 422);
    assertProblem(upload("xlsx", "not a workbook".getBytes(), XLSX), 422);
    assertProblem(upload("pdf", "x".getBytes(), "text/csv"), 400);
    assertProblem(upload("csv", "x".getBytes(), "application/json"), 415);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM devices")).isEqualTo(before);
  }

  @Test
  void aFileOverTheUploadLimitIsRefusedBeforeItIsRead() {
    byte[] huge = new byte[12 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    var reply = upload("csv", huge, "text/csv");
    assertThat(reply.status()).isEqualTo(413);
    assertProblem(reply, 413);
  }

  @Test
  void anExportImportsBackUnchanged() {
    String t = "EXP-" + run + "-";
    var created =
        csv(
            HEADER
                + row(t + "1", "Main,ICU,IN_SERVICE,yes,10.40.8.1,1.0,,2021-05-05,99.95")
                + row(t + "2", "Main,\"=cmd|' /C calc'!A0\",RETIRED,no,,,,,"));
    assertThat(created.json().path("created").asInt()).as(created.body()).isEqualTo(2);

    var export =
        Api.sendForBytes(
            Api.request("/api/devices/export?q=" + t)
                .header("Authorization", "Bearer " + leader)
                .header("Accept", "text/csv")
                .build());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String text = new String(export.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFasset_tag,serial,manufacturer,model,site,building,unit");
    assertThat(text).contains("'=cmd"); // a formula is text when the file is opened
    assertThat(text.strip().split("\n")).hasSize(3);

    var again = upload("csv", export.body(), "text/csv");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("updated").asInt()).isEqualTo(2);
    assertThat(again.json().path("refused").asInt()).isZero();
    assertThat(device(t + "2").path("unit").asText()).isEqualTo("=cmd|' /C calc'!A0");
    assertThat(device(t + "1").path("acquisitionCost").decimalValue())
        .isEqualByComparingTo("99.95");
  }
}
