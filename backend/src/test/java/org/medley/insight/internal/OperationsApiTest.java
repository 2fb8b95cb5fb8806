package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Operations figures over real HTTP for a support group of the test's own, whose tickets (stored as
 * the desk stores them, then the model rebuilt) open and resolve around New York's spring DST
 * change and across midnights, so every figure has a known answer; each is also recomputed from the
 * raw ticket rows by SQL that spells the UTC offsets out.
 */
class OperationsApiTest {

  private static final String RANGE = "from=2026-03-06&to=2026-03-11";

  /**
   * The local day of a {@code tickets} column in New York around 8 March 2026: EST (-5) before
   * 07:00 UTC that day, EDT (-4) after. Independent of the model's java.time arithmetic.
   */
  private static String localDay(String column) {
    return "DATE(DATE_ADD("
        + column
        + ", INTERVAL CASE WHEN "
        + column
        + " >= '2026-03-08 07:00:00' THEN -4 ELSE -5 END HOUR))";
  }

  /** When a ticket last left the open set, by the desk's columns. */
  private static final String LEFT =
      "CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN t.resolved_at WHEN t.status ="
          + " 'CANCELLED' THEN t.closed_at END";

  private static long tenant;
  private static long group;
  private static long application;
  private static long requester;
  private static String leader;
  private static String groupFilter;

  @BeforeAll
  static void setUp() throws SQLException {
    leader = TestApp.tokenFor("leader");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    tenant = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
    long calendar = TestApp.queryLong("SELECT MIN(id) FROM calendars WHERE tenant_id = " + tenant);
    application = TestApp.queryLong("SELECT MIN(id) FROM applications WHERE tenant_id = " + tenant);
    requester = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'enduser'");
    try (Connection c = TestApp.connection()) {
      try (var s =
          c.prepareStatement(
              "INSERT INTO support_groups (tenant_id, name, tier, provider, calendar_id,"
                  + " created_at) VALUES (?, ?, 'L1', 'INTERNAL', ?, CURRENT_TIMESTAMP(6))",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, tenant);
        s.setString(2, "Operations Desk " + tag);
        s.setLong(3, calendar);
        s.executeUpdate();
        ResultSet keys = s.getGeneratedKeys();
        keys.next();
        group = keys.getLong(1);
      }
      groupFilter = "&groupId=" + group;
      // t1: opened Fri 6 March 23:30 EST, resolved 00:30 Saturday: first contact, rated 5.
      ticket(c, "L1", "RESOLVED", "2026-03-07T04:30:00Z", "2026-03-07T05:30:00Z", null, 0, 5);
      // t2: opened 8 March 01:30 EST, resolved 9 March 00:30 EDT (23:30 on the 8th in EST),
      // reopened once and rated 2.
      ticket(c, "L1", "CLOSED", "2026-03-08T06:30:00Z", "2026-03-09T04:30:00Z", null, 1, 2);
      // t3: opened 8 March 03:30 EDT at L1, escalated to L2, resolved 10 March.
      long t3 =
          ticket(
              c, "L2", "RESOLVED", "2026-03-08T07:30:00Z", "2026-03-10T15:00:00Z", null, 0, null);
      try (var s =
          c.prepareStatement(
              "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_name, at, action, field,"
                  + " old_value, new_value) VALUES (?, ?, 'test', '2026-03-08 08:00:00', 'ESCALATED',"
                  + " 'tier', 'L1', 'L2')")) {
        s.setLong(1, tenant);
        s.setLong(2, t3);
        s.executeUpdate();
      }
      // t4: opened 8 March 23:59 EDT, still open.
      ticket(c, "L1", "IN_PROGRESS", "2026-03-09T03:59:00Z", null, null, 0, null);
      // t5: opened 10 March, cancelled on the 11th.
      ticket(c, "L1", "CANCELLED", "2026-03-10T12:00:00Z", null, "2026-03-11T12:00:00Z", 0, null);
      // Open now, two days and forty days old.
      Instant now = Instant.now();
      ticket(c, "L1", "NEW", now.minus(Duration.ofDays(2)).toString(), null, null, 0, null);
      ticket(c, "L1", "ASSIGNED", now.minus(Duration.ofDays(40)).toString(), null, null, 0, null);
    }
    TestApp.context().getBean(OperationsModel.class).rebuild(tenant);
  }

  private static long ticket(
      Connection c,
      String tier,
      String status,
      String created,
      String resolved,
      String closed,
      int reopens,
      Integer rating)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO tickets (tenant_id, number, type, title, description, application_id,"
                + " impact, urgency, priority, status, tier, group_id, requester_id, created_at,"
                + " updated_at, resolved_at, closed_at, reopen_count, csat_rating, open_work)"
                + " VALUES (?, ?, 'INCIDENT', 'Operations ticket', 'seeded', ?, 3, 3, 'P4', ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, tenant);
      s.setString(2, "OP-" + UUID.randomUUID().toString().substring(0, 12));
      s.setLong(3, application);
      s.setString(4, status);
      s.setString(5, tier);
      s.setLong(6, group);
      s.setLong(7, requester);
      s.setTimestamp(8, Timestamp.from(Instant.parse(created)));
      s.setTimestamp(9, Timestamp.from(Instant.parse(created)));
      s.setTimestamp(10, resolved == null ? null : Timestamp.from(Instant.parse(resolved)));
      s.setTimestamp(11, closed == null ? null : Timestamp.from(Instant.parse(closed)));
      s.setInt(12, reopens);
      s.setObject(13, rating);
      s.setBoolean(14, resolved == null && closed == null);
      s.executeUpdate();
      ResultSet keys = s.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }

  /** Per local day from the raw rows: column name → count, by SQL alone. */
  private static Map<String, Map<String, Long>> rawByDay() throws SQLException {
    Map<String, Map<String, Long>> days = new HashMap<>();
    String where = " FROM tickets t WHERE t.group_id = " + group;
    String resolved = " AND t.status IN ('RESOLVED', 'CLOSED') AND t.resolved_at IS NOT NULL";
    Map<String, String> queries =
        Map.of(
            "opened",
            "SELECT " + localDay("t.created_at") + ", COUNT(*)" + where,
            "resolved",
            "SELECT " + localDay("t.resolved_at") + ", COUNT(*)" + where + resolved,
            "fcr",
            "SELECT "
                + localDay("t.resolved_at")
                + ", COUNT(*)"
                + where
                + resolved
                + " AND t.reopen_count = 0 AND NOT EXISTS (SELECT 1 FROM ticket_audit a WHERE"
                + " a.ticket_id = t.id AND a.action = 'ESCALATED')",
            "reopened",
            "SELECT "
                + localDay("t.resolved_at")
                + ", COUNT(*)"
                + where
                + resolved
                + " AND t.reopen_count > 0");
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      for (var q : queries.entrySet()) {
        try (ResultSet rows = s.executeQuery(q.getValue() + " GROUP BY 1")) {
          while (rows.next()) {
            days.computeIfAbsent(rows.getString(1), d -> new HashMap<>())
                .put(q.getKey(), rows.getLong(2));
          }
        }
      }
      // Backlog at each day's end: opened by then, and not resolved or cancelled by then.
      for (String day :
          List.of(
              "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11")) {
        try (ResultSet rows =
            s.executeQuery(
                "SELECT COUNT(*)"
                    + where
                    + " AND "
                    + localDay("t.created_at")
                    + " <= '"
                    + day
                    + "' AND NOT ("
                    + localDay(LEFT)
                    + " IS NOT NULL AND "
                    + localDay(LEFT)
                    + " <= '"
                    + day
                    + "')")) {
          rows.next();
          days.computeIfAbsent(day, d -> new HashMap<>()).put("backlog", rows.getLong(1));
        }
      }
    }
    return days;
  }

  @Test
  void everyDayMatchesTheKnownAnswersAndTheRawRows() throws SQLException {
    Api.Reply reply = get("/api/insights/operations?" + RANGE + groupFilter, leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode periods = reply.json().path("periods");
    assertThat(periods).hasSize(6);
    List<String> table = new ArrayList<>();
    for (JsonNode p : periods) {
      table.add(
          p.path("start").asText()
              + " opened="
              + p.path("opened").asLong()
              + " resolved="
              + p.path("resolved").asLong()
              + " fcr="
              + p.path("firstContactResolution").path("count").asLong()
              + " reopened="
              + p.path("reopenRate").path("count").asLong()
              + " backlog="
              + p.path("backlogAtEnd").asLong());
    }
    assertThat(table)
        .containsExactly(
            "2026-03-06 opened=1 resolved=0 fcr=0 reopened=0 backlog=1",
            "2026-03-07 opened=0 resolved=1 fcr=1 reopened=0 backlog=0",
            "2026-03-08 opened=3 resolved=0 fcr=0 reopened=0 backlog=3",
            "2026-03-09 opened=0 resolved=1 fcr=0 reopened=1 backlog=2",
            "2026-03-10 opened=1 resolved=1 fcr=0 reopened=0 backlog=2",
            "2026-03-11 opened=0 resolved=0 fcr=0 reopened=0 backlog=1");

    Map<String, Map<String, Long>> raw = rawByDay();
    for (JsonNode p : periods) {
      Map<String, Long> day = raw.getOrDefault(p.path("start").asText(), Map.of());
      assertThat(p.path("opened").asLong()).isEqualTo(day.getOrDefault("opened", 0L));
      assertThat(p.path("resolved").asLong()).isEqualTo(day.getOrDefault("resolved", 0L));
      assertThat(p.path("firstContactResolution").path("count").asLong())
          .isEqualTo(day.getOrDefault("fcr", 0L));
      assertThat(p.path("reopenRate").path("count").asLong())
          .isEqualTo(day.getOrDefault("reopened", 0L));
      assertThat(p.path("backlogAtEnd").asLong()).isEqualTo(day.getOrDefault("backlog", 0L));
    }

    assertThat(periods.get(1).path("csat").path("mean").asDouble()).isEqualTo(5.0);
    assertThat(periods.get(3).path("csat").path("mean").asDouble()).isEqualTo(2.0);
    assertThat(periods.get(2).path("escalationRate").path("count").asLong()).isEqualTo(1);
    assertThat(periods.get(2).path("escalationRate").path("rate").asDouble()).isEqualTo(0.3333);
    JsonNode l1 = reply.json().path("escalationByTier").get(0);
    assertThat(l1.path("tier").asText()).isEqualTo("L1");
    assertThat(l1.path("escalated").path("count").asLong()).isEqualTo(1);
    assertThat(l1.path("escalated").path("of").asLong()).isEqualTo(5);

    JsonNode backlog = reply.json().path("backlog");
    assertThat(backlog.path("open").asLong()).isEqualTo(3);
    assertThat(backlog.path("ages").findValuesAsText("count"))
        .containsExactly("0", "1", "0", "0", "2");
    assertThat(reply.json().path("forecast").path("hourOfWeek")).hasSize(168);
    assertThat(reply.json().path("forecast").path("hours")).hasSize(4 * 168);
  }

  @Test
  void aWeekAddsUpItsDaysAndTheResolutionFiguresAreTheScorecards() {
    JsonNode week =
        get("/api/insights/operations?" + RANGE + groupFilter + "&period=WEEK", leader).json();
    // 6–8 March fall in the week of Monday 2 March, 9–11 March in the next.
    assertThat(week.path("periods").findValuesAsText("start"))
        .containsExactly("2026-03-06", "2026-03-09");
    assertThat(week.path("periods").findValuesAsText("opened")).containsExactly("4", "1");
    // The period is read in any case, as the SLA figures read theirs.
    JsonNode lower =
        get("/api/insights/operations?" + RANGE + groupFilter + "&period=week", leader).json();
    assertThat(lower.path("periods")).isEqualTo(week.path("periods"));

    JsonNode month =
        get("/api/insights/operations?" + RANGE + groupFilter + "&period=MONTH", leader).json();
    JsonNode all = month.path("periods").get(0);
    JsonNode card = null;
    for (JsonNode row :
        get("/api/scorecards?from=2026-03-06&to=2026-03-11", leader).json().path("rows")) {
      if (row.path("kind").asText().equals("TEAM") && row.path("id").asLong() == group) {
        card = row;
      }
    }
    assertThat(card).as("the group's scorecard").isNotNull();
    assertThat(all.path("resolved").asLong()).isEqualTo(card.path("volume").asLong()).isEqualTo(3);
    assertThat(all.path("firstContactResolution")).isEqualTo(card.path("firstContactResolution"));
    assertThat(all.path("reopenRate")).isEqualTo(card.path("reopenRate"));
    assertThat(all.path("csat").path("mean").asDouble())
        .isEqualTo(card.path("csat").path("average").asDouble())
        .isEqualTo(3.5);
  }

  @Test
  void wholeMonthsAreReadFromTheMonthCellsAndAgreeWithTheirDays() throws SQLException {
    assertThat(
            TestApp.queryLong(
                "SELECT SUM(opened) FROM insight_ops_monthly WHERE tenant_id = "
                    + tenant
                    + " AND group_id = "
                    + group
                    + " AND month_start = '2026-03-01'"))
        .as("March's month cell")
        .isEqualTo(5);
    // February and May are partial (day cells), March and April whole (month cells).
    String range = "from=2026-02-10&to=2026-05-20" + groupFilter;
    JsonNode months = get("/api/insights/operations?" + range + "&period=MONTH", leader).json();
    JsonNode days = get("/api/insights/operations?" + range + "&period=DAY", leader).json();
    assertThat(months.path("periods").findValuesAsText("start"))
        .containsExactly("2026-02-10", "2026-03-01", "2026-04-01", "2026-05-01");
    for (JsonNode month : months.path("periods")) {
      LocalDate start = LocalDate.parse(month.path("start").asText());
      LocalDate end = LocalDate.parse(month.path("end").asText());
      long opened = 0;
      long resolved = 0;
      long escalated = 0;
      JsonNode lastDay = null;
      for (JsonNode day : days.path("periods")) {
        LocalDate d = LocalDate.parse(day.path("start").asText());
        if (!d.isBefore(start) && d.isBefore(end)) {
          opened += day.path("opened").asLong();
          resolved += day.path("resolved").asLong();
          escalated += day.path("escalationRate").path("count").asLong();
          lastDay = day;
        }
      }
      assertThat(month.path("opened").asLong()).as("opened from " + start).isEqualTo(opened);
      assertThat(month.path("resolved").asLong()).as("resolved from " + start).isEqualTo(resolved);
      assertThat(month.path("escalationRate").path("count").asLong()).isEqualTo(escalated);
      assertThat(month.path("backlogAtEnd"))
          .as("the backlog at the end of the period from " + start)
          .isEqualTo(lastDay.path("backlogAtEnd"));
    }
    assertThat(months.path("periods").get(1).path("opened").asLong()).isEqualTo(5);
    assertThat(months.path("periods").get(1).path("backlogAtEnd").asLong()).isEqualTo(1);
    assertThat(months.path("escalationByTier")).isEqualTo(days.path("escalationByTier"));
  }

  @Test
  void theTicketsBehindAFigureAreListedAndExportedAsCsv() throws Exception {
    Api.Reply opened =
        get(
            "/api/insights/operations/tickets?measure=OPENED&" + RANGE + groupFilter + "&size=2",
            leader);
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    assertThat(opened.json().path("total").asLong()).isEqualTo(5);
    assertThat(opened.json().path("items")).hasSize(2);
    assertThat(
            get("/api/insights/operations/tickets?measure=FCR&" + RANGE + groupFilter, leader)
                .json()
                .path("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            get("/api/insights/operations/tickets?measure=BACKLOG" + groupFilter, leader)
                .json()
                .path("total")
                .asLong())
        .isEqualTo(3);

    var csv =
        Api.sendForBytes(
            Api.request(
                    "/api/insights/operations/tickets?measure=REOPENED&format=csv&"
                        + RANGE
                        + groupFilter)
                .header("Authorization", "Bearer " + leader)
                .build());
    assertThat(csv.statusCode()).isEqualTo(200);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .parse(
                new StringReader(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)))
            .getRecords();
    assertThat(records.get(0).get(1)).isEqualTo("number");
    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(8)).isEqualTo("CLOSED");

    var figures =
        Api.sendForBytes(
            Api.request("/api/insights/operations?format=csv&" + RANGE + groupFilter)
                .header("Authorization", "Bearer " + leader)
                .build());
    String text = new String(figures.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("start,end,opened,resolved,backlog_at_end");
    assertThat(text).contains("2026-03-08,2026-03-09,3,0,3,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "enduser", "partner", "partnermgr"})
  void onlyTheHospitalsLeadersSeeOperations(String user) {
    Api.Reply reply = get("/api/insights/operations", TestApp.tokenFor(user));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(get("/api/insights/operations", TestApp.tokenFor("exec")).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "from=2026-02-30",
        "from=yesterday",
        "from=2026-03-11&to=2026-03-01",
        "from=1900-01-01&to=1900-01-02",
        "from=2020-01-01&to=2026-01-01",
        "period=YEAR",
        "priority=P9",
        "tier=L4",
        "provider=someone",
        "applicationId=abc",
        "groupId=0",
        "groupId=99999999999999999999999",
        "format=pdf"
      })
  void badInputIsA400Problem(String query) {
    assertProblem(get("/api/insights/operations?" + query, leader), 400);
  }

  @Test
  void badDrillDownsAreA400Problem() {
    assertProblem(get("/api/insights/operations/tickets", leader), 400);
    assertProblem(get("/api/insights/operations/tickets?measure=LOST", leader), 400);
    assertProblem(get("/api/insights/operations/tickets?measure=OPENED&size=100000", leader), 400);
    assertProblem(get("/api/insights/operations/tickets?measure=OPENED&page=-1", leader), 400);
  }
}
