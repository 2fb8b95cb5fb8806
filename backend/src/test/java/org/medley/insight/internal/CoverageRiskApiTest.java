package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/** Coverage risk over time, against the matrix the coverage API answers. */
class CoverageRiskApiTest {

  private static String leader;
  private static long tenant;

  @BeforeAll
  static void setUp() {
    leader = TestApp.tokenFor("leader");
    tenant = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
  }

  @Test
  void nowIsTheMatrixAndEachReadRecordsTheWeek() {
    JsonNode matrix = get("/api/coverage/matrix", leader).json();
    Api.Reply reply = get("/api/insights/coverage-risk", leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode now = reply.json().path("now");
    assertThat(now.path("good").asInt()).isEqualTo(matrix.path("counts").path("good").asInt());
    assertThat(now.path("risk").asInt()).isEqualTo(matrix.path("counts").path("risk").asInt());
    assertThat(now.path("gap").asInt()).isEqualTo(matrix.path("counts").path("gap").asInt());

    List<Long> expected = new ArrayList<>();
    int busFactorOne = 0;
    for (JsonNode app : matrix.path("applications")) {
      if (!app.path("status").asText().equals("GOOD") || app.path("busFactor").asInt() == 1) {
        expected.add(app.path("id").asLong());
      }
      busFactorOne += app.path("busFactor").asInt() == 1 ? 1 : 0;
    }
    List<Long> attention = new ArrayList<>();
    reply.json().path("attention").forEach(a -> attention.add(a.path("id").asLong()));
    assertThat(attention).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    assertThat(now.path("busFactorOne").asInt()).isEqualTo(busFactorOne);
    int sum = 0;
    for (JsonNode c : reply.json().path("byCriticality")) {
      sum += c.path("busFactorOne").asInt();
    }
    assertThat(sum).isEqualTo(busFactorOne);
    List<Integer> criticality = new ArrayList<>();
    reply.json().path("attention").forEach(a -> criticality.add(a.path("criticality").asInt()));
    assertThat(criticality).as("most critical first").isSorted();

    JsonNode weeks = reply.json().path("weeks");
    JsonNode last = weeks.get(weeks.size() - 1);
    assertThat(last.path("weekStart").asText()).isEqualTo(now.path("weekStart").asText());
    assertThat(last.path("gap").asInt()).isEqualTo(now.path("gap").asInt());
  }

  @Test
  void pastWeeksAreWhatWasRecordedThen() throws SQLException {
    try (Connection c = TestApp.connection();
        var s = c.createStatement()) {
      s.executeUpdate(
          "DELETE FROM insight_coverage_weeks WHERE tenant_id = "
              + tenant
              + " AND week_start < '2026-01-01'");
      s.executeUpdate(
          "INSERT INTO insight_coverage_weeks (tenant_id, week_start, good, risk, gap,"
              + " bus_factor_one, revision, recorded_at) VALUES ("
              + tenant
              + ", '2025-06-02', 7, 3, 2, 4, 1, '2025-06-08 12:00:00'), ("
              + tenant
              + ", '2025-06-09', 8, 2, 1, 3, 2, '2025-06-15 12:00:00')");
    }
    JsonNode reply =
        get("/api/insights/coverage-risk?from=2025-06-04&to=2025-06-30", leader).json();
    assertThat(reply.path("weeks").findValuesAsText("weekStart"))
        .containsExactly("2025-06-02", "2025-06-09");
    assertThat(reply.path("weeks").get(0).path("risk").asInt()).isEqualTo(3);
    assertThat(reply.path("weeks").get(1).path("busFactorOne").asInt()).isEqualTo(3);
    assertThat(
            get("/api/insights/coverage-risk?from=2025-06-10&to=2025-06-30", leader)
                .json()
                .path("weeks")
                .findValuesAsText("weekStart"))
        .as("a from inside a week takes that week")
        .containsExactly("2025-06-09");
  }

  @Test
  void aRebuildRecordsThePresent() {
    TestApp.context().getBean(CoverageRiskHistory.class).rebuild(tenant);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM insight_coverage_weeks WHERE tenant_id = "
                    + tenant
                    + " AND recorded_at > CURRENT_TIMESTAMP(6) - INTERVAL 1 MINUTE"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "from=2026-13-01",
        "from=soon",
        "from=2026-03-01&to=2026-01-01",
        "from=1800-01-01&to=1800-02-01",
        "from=2000-01-01&to=2026-01-01"
      })
  void badInputIsA400Problem(String query) {
    assertProblem(get("/api/insights/coverage-risk?" + query, leader), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "enduser", "partner", "partnermgr"})
  void onlyTheHospitalsLeadersSeeIt(String user) {
    assertThat(get("/api/insights/coverage-risk", TestApp.tokenFor(user)).status()).isEqualTo(403);
  }
}
