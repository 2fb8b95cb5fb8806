package org.medley.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.platform.SqlRows;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Advisory fan-out at 100,000 devices on MariaDB (docs/benchmarks.md, "Advisory fan-out"). Not part
 * of the suite (its name is no *Test); run it by name:
 *
 * <pre>
 * mvn -B -o -q -pl backend surefire:test -Dtest=AdvisoryFanOutBenchmark
 * </pre>
 *
 * A hospital of its own gets 100,000 connected devices of one model, firmware 1.0.0 to 1.0.9; each
 * round files an advisory for 1.0.0 to 1.0.{@code -Dlast} (6: 70,000 devices affected; 0: 10,000)
 * over HTTP, times the answer and the background fan-out (polling until the remediation is open),
 * and reads it back; {@code /health} before each round is the anchor. The hospital has no HTM
 * groups, so one order per device (routing BOTH with two groups doubles the rows written).
 */
class AdvisoryFanOutBenchmark {

  private static final int DEVICES = Integer.getInteger("devices", 100_000);
  private static final int ROUNDS = Integer.getInteger("rounds", 3);

  /** The advisory's last affected firmware, 1.0.0 to 1.0.9: tenths of the fleet affected. */
  private static final int LAST = Integer.getInteger("last", 6);

  @Test
  void fanOut() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String leader = TestUsers.ownTenant("fanout-" + run, "it-leader", "Fan-out bench " + run);
    var model =
        Api.postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Bench\",\"model\":\"Pump\",\"deviceClass\":\"Infusion pump\","
                + "\"risk\":\"LOW\"}",
            leader);
    assertThat(model.status()).as(model.body()).isEqualTo(201);
    long modelId = model.json().path("id").asLong();
    long tenant = TestApp.queryLong("SELECT tenant_id FROM device_models WHERE id = " + modelId);
    long seeded = System.nanoTime();
    try (Connection c = TestApp.connection()) {
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < DEVICES; i++) {
        numbers.add(i);
      }
      Timestamp now = Timestamp.from(Instant.now());
      for (List<Integer> rows : SqlRows.runs(numbers)) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO devices (tenant_id, model_id, asset_tag, serial, site, unit, status,"
                    + " connected, firmware, created_at, updated_at, version) VALUES "
                    + SqlRows.values(rows.size(), 12))) {
          int p = 0;
          for (int i : rows) {
            s.setLong(++p, tenant);
            s.setLong(++p, modelId);
            s.setString(++p, "B-" + i);
            s.setString(++p, "S-" + i);
            s.setString(++p, "Site " + (i % 3));
            s.setString(++p, "Unit " + (i % 40));
            s.setString(++p, "IN_SERVICE");
            s.setBoolean(++p, true);
            s.setString(++p, "1.0." + (i % 10));
            s.setTimestamp(++p, now);
            s.setTimestamp(++p, now);
            s.setLong(++p, 0);
          }
          s.executeUpdate();
        }
      }
    }
    System.out.printf(
        "seeded %,d devices in %,d ms%n", DEVICES, (System.nanoTime() - seeded) / 1_000_000);
    for (int round = 0; round < ROUNDS; round++) {
      long anchor = System.nanoTime();
      assertThat(Api.get("/health", null).status()).isEqualTo(200);
      anchor = (System.nanoTime() - anchor) / 1_000_000;
      Filing filing =
          file(
              "{\"cve\":\"CVE-2025-"
                  + (100_000 + round)
                  + "\",\"title\":\"Bench\",\"severity\":\"HIGH\",\"modelIds\":["
                  + modelId
                  + "],\"firmwareFrom\":\"1.0.0\",\"firmwareTo\":\"1.0."
                  + LAST
                  + "\",\"remediation\":\"Patch\"}",
              leader);
      assertThat(filing.opened().path("affected").asLong()).isEqualTo(DEVICES * (LAST + 1L) / 10);
      long start = System.nanoTime();
      var read = Api.get("/api/advisories/" + filing.opened().path("id").asLong(), leader);
      long detail = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      var list = Api.get("/api/advisories", leader);
      long listed = (System.nanoTime() - start) / 1_000_000;
      assertThat(read.status()).isEqualTo(200);
      assertThat(list.status()).isEqualTo(200);
      System.out.printf(
          "round %d: POST %,d ms; all %,d orders open after %,d ms; GET /{id} %,d ms; GET list"
              + " %,d ms; GET /health %,d ms%n",
          round + 1,
          filing.postMillis(),
          DEVICES * (LAST + 1L) / 10,
          filing.openedMillis(),
          detail,
          listed,
          anchor);
    }
  }

  /** A filing: its answer's time, and the time until its remediation orders were all written. */
  record Filing(long postMillis, long openedMillis, JsonNode opened) {}

  /** Files an advisory and polls it (every 20 ms) until its remediation is open. */
  static Filing file(String body, String token) throws InterruptedException {
    long start = System.nanoTime();
    var filed = Api.postJson("/api/advisories", body, token);
    long posted = (System.nanoTime() - start) / 1_000_000;
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    while (true) {
      JsonNode read = Api.get(filed.header("Location"), token).json();
      if (!read.path("remediationOpenedAt").isNull()) {
        return new Filing(posted, (System.nanoTime() - start) / 1_000_000, read);
      }
      assertThat(System.nanoTime() - start)
          .as("opened within 5 minutes")
          .isLessThan(300_000_000_000L);
      Thread.sleep(20);
    }
  }
}
