package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;
import org.medley.insight.internal.InsightFixture.Ticket;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * SLA insight figures in November 2021 (nothing else in the test database finished then), driven
 * through the desk's events: a ticket crossing local midnight, the end of daylight saving time in
 * New York (7 November), a pause, a re-target, a reopen that takes a met timer back, a partner's
 * group with its OLA. Every figure is recomputed from the raw timer rows in Java and compared; the
 * incrementally kept roll-up equals the rebuilt one; breaches tell pending-on-a-partner from a
 * partner's L1 queue.
 */
class InsightSlaApiTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String RANGE = "from=2021-10-25&to=2021-12-06";
  private static String exec;
  private static InsightFixture.Demo demo;
  private static Ticket crossesMidnight;
  private static Ticket onDstDay;
  private static Ticket pendingPartner;
  private static Ticket partnerQueue;
  private static Ticket reopened;

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @BeforeAll
  static void drive() throws SQLException {
    exec = TestApp.tokenFor("exec");
    demo = InsightFixture.Demo.load();
    long desk = demo.group();
    // P1: 24x7, response 15 min, resolution 4 h. Opened 23:50 EDT on the 5th; answered 23:55
    // (5th), resolved 01:00 EDT on the 6th: one met timer on each local day.
    crossesMidnight =
        InsightFixture.open(demo, Priority.P1, at("2021-11-06T03:50:00Z"), desk, null)
            .respond(at("2021-11-06T03:55:00Z"))
            .status(at("2021-11-06T05:00:00Z"), TicketStatus.RESOLVED, null);
    // 7 November: 01:00–02:00 happens twice. Opened 00:30 EDT (04:30Z), answered late at 05:30Z:
    // breached at 04:45Z; resolved at 10:00Z, after its deadline (08:30Z = 03:30 EST).
    onDstDay =
        InsightFixture.open(demo, Priority.P1, at("2021-11-07T04:30:00Z"), desk, null)
            .respond(at("2021-11-07T05:30:00Z"))
            .status(at("2021-11-07T10:00:00Z"), TicketStatus.RESOLVED, null);
    // Paused while pending on the customer (a P1 pauses then): resolved in time only thanks to
    // the pause.
    InsightFixture.open(demo, Priority.P1, at("2021-11-10T14:00:00Z"), desk, null)
        .respond(at("2021-11-10T14:05:00Z"))
        .status(at("2021-11-10T14:10:00Z"), TicketStatus.PENDING, PendingReason.CUSTOMER)
        .status(at("2021-11-10T20:00:00Z"), TicketStatus.IN_PROGRESS, null)
        .status(at("2021-11-10T23:00:00Z"), TicketStatus.RESOLVED, null);
    // Re-targeted from P3 (business hours) to P1 five minutes in: the 15-minute response target
    // with 5 minutes carried over is missed at 15:30.
    InsightFixture.open(demo, Priority.P3, at("2021-11-15T15:00:00Z"), desk, null)
        .priority(at("2021-11-15T15:05:00Z"), Priority.P1)
        .respond(at("2021-11-15T15:30:00Z"));
    // Met, resolved in time, reopened (the met resolution timer counts no more), resolved late.
    reopened =
        InsightFixture.open(demo, Priority.P1, at("2021-11-20T12:00:00Z"), desk, null)
            .respond(at("2021-11-20T12:05:00Z"))
            .status(at("2021-11-20T13:00:00Z"), TicketStatus.RESOLVED, null)
            .status(at("2021-11-20T14:00:00Z"), TicketStatus.IN_PROGRESS, null)
            .status(at("2021-11-20T18:00:00Z"), TicketStatus.RESOLVED, null);
    // Pending on a partner (no pause) from 12:02: the response breach at 12:15 is that wait's.
    pendingPartner =
        InsightFixture.open(demo, Priority.P1, at("2021-11-25T12:00:00Z"), desk, null)
            .status(at("2021-11-25T12:02:00Z"), TicketStatus.PENDING, PendingReason.PARTNER)
            .respond(at("2021-11-25T12:30:00Z"));
    // In the partner's desk from the start: SLA response breached in its queue, its OLA met.
    partnerQueue =
        InsightFixture.open(
                demo, Priority.P1, at("2021-11-26T12:00:00Z"), demo.partnerGroup(), demo.partner())
            .respond(at("2021-11-26T12:20:00Z"));
  }

  /** "key day" → [met, breached] from the raw rows, local days in New York. */
  private static Map<String, List<Long>> raw(String kind, String keyColumn) throws SQLException {
    Map<String, List<Long>> tally = new TreeMap<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT "
                    + keyColumn
                    + ", ended_at, state FROM sla_timers WHERE tenant_id = ? AND kind = ?"
                    + " AND state IN ('MET', 'BREACHED') AND ended_at >= ? AND ended_at < ?")) {
      s.setLong(1, demo.tenant());
      s.setString(2, kind);
      s.setTimestamp(
          3, Timestamp.from(LocalDate.parse("2021-10-25").atStartOfDay(NEW_YORK).toInstant()));
      s.setTimestamp(
          4, Timestamp.from(LocalDate.parse("2021-12-06").atStartOfDay(NEW_YORK).toInstant()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String key = rs.getString(1) == null ? "0" : rs.getString(1);
          LocalDate day = LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), NEW_YORK);
          List<Long> cell =
              tally.computeIfAbsent(key + " " + day, k -> new ArrayList<>(List.of(0L, 0L)));
          int i = rs.getString(3).equals("MET") ? 0 : 1;
          cell.set(i, cell.get(i) + 1);
        }
      }
    }
    return tally;
  }

  private static Map<String, List<Long>> served(JsonNode report, Map<String, String> keys) {
    Map<String, List<Long>> cells = new TreeMap<>();
    report
        .path("groups")
        .forEach(
            g ->
                g.path("periods")
                    .forEach(
                        p ->
                            cells.put(
                                keys.getOrDefault(g.path("key").asText(), g.path("key").asText())
                                    + " "
                                    + p.path("start").asText(),
                                List.of(p.path("met").asLong(), p.path("breached").asLong()))));
    return cells;
  }

  private static JsonNode report(String query) {
    var reply = get("/api/insights/sla?" + query, exec);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void everyDailyFigureEqualsTheRawTimersCountedInTheHospitalsZone() throws SQLException {
    JsonNode byPriority = report(RANGE + "&period=day&groupBy=priority&kind=SLA");
    assertThat(byPriority.path("zone").asText()).isEqualTo("America/New_York");
    assertThat(served(byPriority, Map.of())).isEqualTo(raw("SLA", "priority"));

    JsonNode byProvider = report(RANGE + "&period=day&groupBy=provider");
    assertThat(served(byProvider, Map.of("INTERNAL", "0")))
        .isEqualTo(raw("SLA", "group_partner_id"));

    JsonNode byPartner = report(RANGE + "&period=day&groupBy=partner&kind=OLA");
    assertThat(served(byPartner, Map.of())).isEqualTo(raw("OLA", "partner_id"));
    assertThat(byPartner.path("groups").get(0).path("label").asText()).contains("Northwind");
  }

  @Test
  void monthsWithPartEndsEqualTheirDaysSummed() {
    // The demo hospital's recent months: the first and last month of the range are partial (day
    // cells), the ones between whole (month cells).
    LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
    LocalDate to = today.minusDays(3);
    LocalDate from = to.minusMonths(3).withDayOfMonth(10);
    String range = "from=" + from + "&to=" + to;
    for (String groupBy : List.of("provider", "application", "target")) {
      Map<String, List<Long>> days =
          served(report(range + "&period=day&groupBy=" + groupBy), Map.of());
      Map<String, List<Long>> summed = new TreeMap<>();
      days.forEach(
          (cell, counts) -> {
            String month = cell.substring(0, cell.length() - 2) + "01";
            summed.merge(
                month, counts, (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
          });
      Map<String, List<Long>> months =
          served(report(range + "&period=month&groupBy=" + groupBy), Map.of());
      assertThat(months).as(groupBy).isEqualTo(summed);
      assertThat(months.keySet().stream().map(k -> k.substring(k.length() - 10)).distinct())
          .as("the demo's timers fall in the partial months too")
          .contains(from.withDayOfMonth(1).toString(), to.withDayOfMonth(1).toString());
    }
  }

  @Test
  void knownAnswersAcrossMidnightDaylightSavingAndAReopen() {
    JsonNode days = report(RANGE + "&period=day&groupBy=target&kind=SLA");
    Map<String, List<Long>> cells = served(days, Map.of());
    // Answered 23:55 on the 5th, resolved 01:00 on the 6th (EDT).
    assertThat(cells.get("RESPONSE 2021-11-05")).isEqualTo(List.of(1L, 0L));
    assertThat(cells.get("RESOLUTION 2021-11-06")).isEqualTo(List.of(1L, 0L));
    // The 25-hour day: both of onDstDay's timers breached on it.
    assertThat(cells.get("RESPONSE 2021-11-07")).isEqualTo(List.of(0L, 1L));
    assertThat(cells.get("RESOLUTION 2021-11-07")).isEqualTo(List.of(0L, 1L));
    // Reopened: the first (met) resolution counts no more, the late one does.
    assertThat(cells.get("RESOLUTION 2021-11-20")).isEqualTo(List.of(0L, 1L));
    assertThat(cells.get("RESPONSE 2021-11-20")).isEqualTo(List.of(1L, 0L));

    JsonNode weeks = report(RANGE + "&period=week&groupBy=target&kind=SLA");
    assertThat(weeks.path("periods").get(0).path("start").asText()).isEqualTo("2021-10-25");
    JsonNode month = report("from=2021-11-01&to=2021-12-01&period=month&groupBy=provider");
    assertThat(month.path("groups").findValuesAsText("key"))
        .containsExactly("INTERNAL", String.valueOf(demo.partner()));
    assertThat(month.path("groups").get(0).path("label").asText()).isEqualTo("Internal staff");
    long met = month.path("overall").path("met").asLong();
    long breached = month.path("overall").path("breached").asLong();
    long perDay = 0;
    for (var cell : cells.values()) {
      perDay += cell.get(0) + cell.get(1);
    }
    assertThat(met + breached).isEqualTo(perDay);
  }

  @Test
  void theRollUpKeptFromEventsEqualsTheOneRebuiltFromTheTimers() throws SQLException {
    List<String> kept = rollUp();
    assertThat(kept).isNotEmpty();
    var reply = Api.postJson("/api/insights/rebuild", "{}", TestApp.tokenFor("admin"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(rollUp()).isEqualTo(kept);
    assertThat(get("/api/insights/sla?" + RANGE, exec).status()).isEqualTo(200);
    var refused = Api.postJson("/api/insights/rebuild", "{}", exec);
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void aRebuildOfEveryTenantCoversHospitalsWithoutTimers() {
    // --rebuild-insights: a hospital whose tickets have no SLA timers still has operations figures.
    var rebuilt = TestApp.context().getBean(ReadModels.class).rebuild(null);
    Set<Long> tenants = new TreeSet<>();
    rebuilt.models().forEach(e -> tenants.add(e.tenantId()));
    Set<Long> hospitals = new TreeSet<>();
    try (Connection c = TestApp.connection();
        var s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id FROM organizations WHERE kind = 'HEALTH_SYSTEM'")) {
      while (rs.next()) {
        hospitals.add(rs.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(hospitals).hasSizeGreaterThan(1);
    assertThat(tenants).isEqualTo(hospitals);
  }

  /** The tenant's November 2021 cells (and breaches) as text, zero cells left out. */
  static List<String> rollUp() throws SQLException {
    TestApp.context().getBean(Rollups.class).foldPending();
    List<String> rows = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT local_day, kind, target, priority, tier, application_id, group_id,"
                    + " provider_id, partner_id, met, breached FROM insight_sla_days WHERE"
                    + " tenant_id = ? AND local_day >= '2021-10-25' AND local_day < '2021-12-06'"
                    + " AND (met <> 0 OR breached <> 0) ORDER BY 1,2,3,4,5,6,7,8,9");
        var b =
            c.prepareStatement(
                "SELECT timer_id, cause, cause_ms, by_status, by_holder FROM insight_sla_breaches"
                    + " WHERE tenant_id = ? AND breached_at >= '2021-10-25' AND breached_at <"
                    + " '2021-12-07' ORDER BY 1")) {
      for (var q : List.of(s, b)) {
        q.setLong(1, demo.tenant());
        try (ResultSet rs = q.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              row.append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }

  private static JsonNode breach(JsonNode items, Ticket ticket, String kind, String target) {
    for (JsonNode item : items) {
      if (item.path("ticketNumber").asText().equals(ticket.number())
          && item.path("kind").asText().equals(kind)
          && item.path("target").asText().equals(target)) {
        return item;
      }
    }
    throw new AssertionError("no " + kind + " " + target + " breach of " + ticket.number());
  }

  @Test
  void breachesTellPendingOnAPartnerFromAPartnersQueue() {
    var reply = get("/api/insights/sla/breaches?" + RANGE + "&size=500", exec);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode items = reply.json().path("items");

    JsonNode waited = breach(items, pendingPartner, "SLA", "RESPONSE");
    assertThat(waited.path("cause").asText()).isEqualTo("PENDING_PARTNER");
    assertThat(waited.path("causeMillis").asLong()).isEqualTo(13 * 60_000);
    assertThat(waited.path("byStatus").toString())
        .contains("\"status\":\"NEW\",\"millis\":120000")
        .contains("\"status\":\"PENDING_PARTNER\",\"millis\":780000");
    assertThat(waited.path("title").asText()).isEqualTo("Insight " + pendingPartner.number());

    JsonNode queued = breach(items, partnerQueue, "SLA", "RESPONSE");
    assertThat(queued.path("cause").asText()).startsWith("PARTNER_");
    assertThat(queued.path("provider").asText()).isEqualTo(String.valueOf(demo.partner()));
    assertThat(queued.path("providerName").asText()).contains("Northwind");
    assertThat(queued.path("byHolder").get(0).path("millis").asLong()).isEqualTo(15 * 60_000);

    JsonNode late = breach(items, onDstDay, "SLA", "RESPONSE");
    assertThat(late.path("cause").asText()).isEqualTo("INTERNAL_L1");
    assertThat(late.path("breachedAt").asText()).isEqualTo("2021-11-07T04:45:00Z");

    // The chart's counts add up to the list's total, and the cause filter narrows the list.
    long charted = 0;
    for (JsonNode c : reply.json().path("causes")) {
      charted += c.path("breaches").asLong();
    }
    assertThat(charted).isEqualTo(reply.json().path("total").asLong());
    var onlyPartnerWaits =
        get("/api/insights/sla/breaches?" + RANGE + "&cause=pending_partner", exec).json();
    assertThat(onlyPartnerWaits.path("items").findValuesAsText("cause"))
        .isNotEmpty()
        .allMatch("PENDING_PARTNER"::equals);
    var sorted = get("/api/insights/sla/breaches?" + RANGE + "&sort=-causeMillis&size=2", exec);
    assertThat(sorted.json().path("items").get(0).path("causeMillis").asLong())
        .isGreaterThanOrEqualTo(sorted.json().path("items").get(1).path("causeMillis").asLong());
  }

  @Test
  void theTicketsBehindAFigureAreTheFigure() {
    JsonNode day = report("from=2021-11-07&to=2021-11-08&period=day&groupBy=provider");
    long breached = day.path("overall").path("breached").asLong();
    var reply =
        get(
            "/api/insights/sla/tickets?from=2021-11-07&to=2021-11-08&kind=SLA&outcome=breached",
            exec);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("total").asLong()).isEqualTo(breached).isEqualTo(2);
    assertThat(reply.json().path("items").findValuesAsText("ticketNumber"))
        .containsOnly(onDstDay.number());
    var internal =
        get(
            "/api/insights/sla/tickets?" + RANGE + "&provider=" + demo.partner() + "&kind=SLA",
            exec);
    assertThat(internal.json().path("items").findValuesAsText("ticketNumber"))
        .containsOnly(partnerQueue.number());
  }

  @Test
  void everyListAnswersCsvWithTheSameRows() {
    var json = get("/api/insights/sla/breaches?" + RANGE + "&size=500", exec).json();
    var csv = get("/api/insights/sla/breaches?" + RANGE + "&format=csv", exec);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("ticket,title,kind,target");
    assertThat(lines.length - 1).isEqualTo(json.path("items").size());

    var accepted =
        Api.send(
            Api.request("/api/insights/sla/tickets?" + RANGE)
                .header("Authorization", "Bearer " + exec)
                .header("Accept", "text/csv")
                .GET()
                .build());
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body()).startsWith("ticket,title,kind");
    var report = get("/api/insights/sla?" + RANGE + "&format=csv", exec);
    assertThat(report.body()).startsWith("provider,label,period_start");
  }

  @Test
  void anotherHospitalSeesNothingOfThese() {
    String other = TestUsers.otherTenant("lakeside-insight-exec", "executive");
    var reply = get("/api/insights/sla?" + RANGE + "&period=month", other);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("overall").path("total").asLong()).isZero();
    var breaches = get("/api/insights/sla/breaches?" + RANGE, other);
    assertThat(breaches.json().path("total").asLong()).isZero();
    // This hospital's group is no group of theirs.
    var foreign = get("/api/insights/sla?" + RANGE + "&groupId=" + demo.group(), other);
    assertProblem(foreign, 404);
  }

  @Test
  void agentsAndPartnersSeeNoInsights() {
    for (String user : List.of("agent", "partner", "partnermgr", "enduser")) {
      var reply = get("/api/insights/sla?" + RANGE, TestApp.tokenFor(user));
      assertThat(reply.status()).as(user).isEqualTo(403);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&period=hour",
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&groupBy=mood",
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&kind=SLO",
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&priority=P9",
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&provider=-4",
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&format=pdf",
        "/api/insights/sla?from=2019-01-01&to=2021-01-01&period=day",
        "/api/insights/sla?from=2001-01-01&to=2021-01-01&period=month",
        "/api/insights/sla?from=2021-11-02&to=2021-11-01",
        "/api/insights/sla?from=2021-11-01T00:00:00Z&to=2021-12-01",
        "/api/insights/sla?from=2021-02-30&to=2021-12-01",
        "/api/insights/sla?to=2021-12-01",
        "/api/insights/sla?from=2021-11-01&to=2021-12-01&applicationId=abc",
        "/api/insights/sla/breaches?from=2021-11-01&to=2021-12-01&sort=mood",
        "/api/insights/sla/breaches?from=2021-11-01&to=2021-12-01&cause=x%20y",
        "/api/insights/sla/breaches?from=2021-11-01&to=2021-12-01&size=100000",
        "/api/insights/sla/tickets?from=2021-11-01&to=2021-12-01&outcome=late",
        "/api/insights/sla/tickets?from=2021-11-01&to=2021-12-01&page=-1"
      })
  void badParametersAreProblems(String path) {
    var reply = get(path, exec);
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertProblem(reply, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"&applicationId=999999999", "&groupId=999999999", "&provider=999999999"})
  void unknownIdsAreNotFound(String filter) {
    for (String list :
        List.of(
            "/api/insights/sla?", "/api/insights/sla/breaches?", "/api/insights/sla/tickets?")) {
      var reply = get(list + RANGE + filter, exec);
      assertProblem(reply, 404);
    }
  }
}
