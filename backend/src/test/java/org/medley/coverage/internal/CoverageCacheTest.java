package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * The kept matrix over real HTTP: writes through this node are applied to it in place, anything
 * that moves the revision otherwise (another node, modelled by SQL straight into the database)
 * makes the next read load the tenant again, and a write landing on a revision the kept matrix does
 * not hold falls back to that reload.
 */
class CoverageCacheTest {

  private static String leader;
  private static long tenant;
  private static MeterRegistry meters;
  private static JsonNode staff;
  private static JsonNode apps;

  @BeforeAll
  static void setUp() throws Exception {
    leader = TestApp.tokenFor("leader");
    TestApp.context().getBean(CoverageService.class).warmed().get();
    meters = TestApp.context().getBean(MeterRegistry.class);
    JsonNode matrix = get("/api/coverage/matrix", leader).json();
    staff = matrix.path("staff");
    apps = matrix.path("applications");
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement("SELECT tenant_id FROM user_accounts WHERE username = 'leader'")) {
      var rows = s.executeQuery();
      rows.next();
      tenant = rows.getLong(1);
    }
  }

  @Test
  void aWriteThroughThisNodeIsAppliedWithoutLoadingTheTenant() {
    long person = staff.get(3).path("id").asLong();
    long app = apps.get(5).path("id").asLong();
    int level = level(get("/api/coverage/matrix", leader).json(), app, person) == 4 ? 2 : 4;
    double loads = count("medley.coverage.loads");
    double applied = count("medley.coverage.applied");

    assertThat(putSkill(person, app, level).status()).isEqualTo(200);
    JsonNode matrix = get("/api/coverage/matrix", leader).json();

    assertThat(level(matrix, app, person)).isEqualTo(level);
    assertThat(matrix.path("revision").asLong()).isEqualTo(revision());
    assertThat(count("medley.coverage.applied")).isEqualTo(applied + 1);
    assertThat(count("medley.coverage.loads")).isEqualTo(loads);
    // Drill-downs read the same kept matrix.
    List<Long> levels = new ArrayList<>();
    for (JsonNode p : get("/api/coverage/applications/" + app, leader).json().path("people")) {
      if (p.path("staffId").asLong() == person) {
        levels.add(p.path("level").asLong());
      }
    }
    assertThat(levels).containsExactly((long) level);
  }

  @Test
  void aChangeMadeElsewhereIsLoadedOnTheNextRead() throws SQLException {
    long person = staff.get(4).path("id").asLong();
    long app = apps.get(6).path("id").asLong();
    get("/api/coverage/matrix", leader);
    double loads = count("medley.coverage.loads");

    // Another node's write: the rows and the revision change, this node hears nothing.
    sql(
        "INSERT INTO skills (staff_id, application_id, level) VALUES ("
            + person
            + ", "
            + app
            + ", 1) ON DUPLICATE KEY UPDATE level = 1");
    bumpRevision();
    JsonNode matrix = get("/api/coverage/matrix", leader).json();

    assertThat(level(matrix, app, person)).isEqualTo(1);
    assertThat(matrix.path("revision").asLong()).isEqualTo(revision());
    assertThat(count("medley.coverage.loads")).isEqualTo(loads + 1);
  }

  @Test
  void aWriteOntoARevisionTheKeptMatrixMissedIsNotAppliedButLoaded() throws SQLException {
    long person = staff.get(5).path("id").asLong();
    long elsewhere = apps.get(7).path("id").asLong();
    long here = apps.get(8).path("id").asLong();
    get("/api/coverage/matrix", leader);
    double applied = count("medley.coverage.applied");
    double loads = count("medley.coverage.loads");

    sql(
        "INSERT INTO skills (staff_id, application_id, level) VALUES ("
            + person
            + ", "
            + elsewhere
            + ", 3) ON DUPLICATE KEY UPDATE level = 3");
    bumpRevision();
    assertThat(putSkill(person, here, 4).status()).isEqualTo(200);
    JsonNode matrix = get("/api/coverage/matrix", leader).json();

    assertThat(count("medley.coverage.applied")).isEqualTo(applied);
    assertThat(count("medley.coverage.loads")).isEqualTo(loads + 1);
    assertThat(level(matrix, elsewhere, person)).isEqualTo(3);
    assertThat(level(matrix, here, person)).isEqualTo(4);
  }

  @Test
  void racingWritesOnOneNodeAreAllInTheNextMatrix() throws Exception {
    List<long[]> writes = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      writes.add(
          new long[] {
            staff.get(10 + i % 6).path("id").asLong(),
            apps.get(10 + i / 6).path("id").asLong(),
            1 + i % 4
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (long[] w : writes) {
        replies.add(pool.submit(() -> putSkill(w[0], w[1], (int) w[2])));
      }
      for (Future<Api.Reply> reply : replies) {
        assertThat(reply.get().status()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    JsonNode matrix = get("/api/coverage/matrix", leader).json();
    assertThat(matrix.path("revision").asLong()).isEqualTo(revision());
    for (long[] w : writes) {
      assertThat(level(matrix, w[1], w[0]))
          .as("staff %d, application %d", w[0], w[1])
          .isEqualTo(w[2]);
    }
  }

  // ---- helpers

  private static Api.Reply putSkill(long staffId, long applicationId, int level) {
    return Api.send(
        Api.request("/api/skills")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"staffId\":"
                        + staffId
                        + ",\"applicationId\":"
                        + applicationId
                        + ",\"level\":"
                        + level
                        + "}"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + leader)
            .build());
  }

  /** The level in the matrix's cells, -1 when there is no cell. */
  private static long level(JsonNode matrix, long app, long person) {
    JsonNode cells = matrix.path("cells");
    for (int i = 0; i < cells.size(); i += 3) {
      if (cells.get(i).asLong() == app && cells.get(i + 1).asLong() == person) {
        return cells.get(i + 2).asLong();
      }
    }
    return -1;
  }

  private static double count(String name) {
    return meters.counter(name).count();
  }

  private static long revision() {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT revision FROM coverage_revisions WHERE tenant_id = ?")) {
      s.setLong(1, tenant);
      var rows = s.executeQuery();
      return rows.next() ? rows.getLong(1) : 0;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static void bumpRevision() throws SQLException {
    sql(
        "INSERT INTO coverage_revisions (tenant_id, revision) VALUES ("
            + tenant
            + ", 1) ON DUPLICATE KEY UPDATE revision = revision + 1");
  }

  private static void sql(String statement) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }
}
