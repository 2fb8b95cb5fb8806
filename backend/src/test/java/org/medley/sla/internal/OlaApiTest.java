package org.medley.sla.internal;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.testing.Json;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** Engagements' OLA thresholds over HTTP: list with names, define, change, refuse, audit. */
class OlaApiTest {

  private static String admin;
  private static long calendar;
  private static long newPartner;
  private static long newEngagement;

  @BeforeAll
  static void setUp() throws SQLException {
    admin = TestApp.tokenFor("admin");
    calendar = get("/api/calendars", admin).json().path("items").get(0).path("id").asLong();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', ?,"
                    + " CURRENT_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, "Harbor IT " + UUID.randomUUID());
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      newPartner = keys.getLong(1);
    }
    // The partner works for the demo hospital: one of its people has an account there.
    TestUsers.partnerAgent("harbor-ola-" + newPartner, partnerName(newPartner));
    var engagement =
        postJson(
            "/api/engagements",
            Json.object(
                    entry("partnerId", newPartner),
                    entry("name", "Harbor L2 cover"),
                    entry("scope", "L2 for imaging"),
                    entry("startsOn", "2025-01-01"))
                .toString(),
            admin);
    assertThat(engagement.status()).as(engagement.body()).isEqualTo(201);
    newEngagement = engagement.json().path("id").asLong();
  }

  private static String partnerName(long id) {
    return TestApp.queryString("SELECT name FROM organizations WHERE id = " + id);
  }

  private ObjectNode ola(long engagement, String response) {
    return Json.object(
        entry("engagementId", engagement),
        entry("calendarId", calendar),
        entry("response", response),
        entry("resolution", "PT12H"),
        entry("warnings", List.of(50, 80)),
        entry("breachActions", List.of("NOTIFY_PARTNER_MANAGER", "ESCALATE_TIER")));
  }

  @Test
  void anAdminDefinesAndChangesAnEngagementsOlaAndEveryChangeIsAudited() throws SQLException {
    var created = postJson("/api/sla/olas", ola(newEngagement, "PT1H").toString(), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/sla/olas/" + id);
    assertThat(created.json().path("partnerName").asText()).startsWith("Harbor IT");
    assertThat(created.json().path("partnerId").asLong()).isEqualTo(newPartner);
    assertThat(created.json().path("engagementId").asLong()).isEqualTo(newEngagement);
    assertThat(created.json().path("engagementName").asText()).isEqualTo("Harbor L2 cover");
    assertThat(created.json().path("response").asText()).isEqualTo("PT1H");
    assertThat(created.json().path("breachActions").toString())
        .isEqualTo("[\"ESCALATE_TIER\",\"NOTIFY_PARTNER_MANAGER\"]");

    // A second OLA for the same engagement is a conflict, not a duplicate.
    assertProblem(postJson("/api/sla/olas", ola(newEngagement, "PT2H").toString(), admin), 409);

    String change = ola(newEngagement, "PT45M").put("version", 0).toString();
    var changed = SlaApiTest.put("/api/sla/olas/" + id, change, admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("response").asText()).isEqualTo("PT45M");
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    // The same stale version again: somebody else's change would be lost.
    assertProblem(SlaApiTest.put("/api/sla/olas/" + id, change, admin), 409);

    assertThat(
            get("/api/sla/olas/" + id, TestApp.tokenFor("agent")).json().path("response").asText())
        .isEqualTo("PT45M");
    assertThat(get("/api/sla/olas", admin).json().path("items").findValuesAsText("partnerName"))
        .anyMatch(n -> n.startsWith("Harbor IT"))
        .anyMatch(n -> n.contains("Northwind"));
    assertThat(get("/api/sla/olas", admin).json().path("items").findValuesAsText("engagementName"))
        .contains("Harbor L2 cover", "Northwind Managed Service Desk – after-hours L1");
    // The engagement an OLA belongs to is fixed.
    var moved =
        SlaApiTest.put(
            "/api/sla/olas/" + id,
            ola(northwindEngagement(), "PT45M").put("version", 1).toString(),
            admin);
    assertThat(assertProblem(moved, 400).body()).contains("engagementId");

    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT action, actor FROM sla_policy_audit WHERE policy_kind = 'OLA' AND"
                    + " policy_id = ? ORDER BY id")) {
      s.setLong(1, id);
      var rs = s.executeQuery();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("CREATED admin");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("CHANGED admin");
      assertThat(rs.next()).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | engagementId",
        "{\"engagementId\":\"ENG\",\"calendarId\":999999,\"response\":\"PT1H\",\"resolution\":\"PT2H\"} | calendarId",
        "{\"engagementId\":\"ENG\",\"calendarId\":\"CAL\",\"response\":\"soon\",\"resolution\":\"PT2H\"} | response",
        "{\"engagementId\":\"ENG\",\"calendarId\":\"CAL\",\"response\":\"PT1H\",\"resolution\":\"PT2H\",\"warnings\":[90,50]} | warnings[1]",
        "{\"engagementId\":\"ENG\",\"calendarId\":\"CAL\",\"response\":\"PT1H\",\"resolution\":\"PT2H\",\"breachActions\":[\"PANIC\"]} | breachActions[0]",
        "{\"engagementId\":\"ENG\",\"calendarId\":\"CAL\",\"response\":\"PT1H\",\"resolution\":\"PT2H\",\"pauseOn\":[\"LUNCH\"]} | pauseOn",
        "{\"engagementId\":999999999,\"calendarId\":\"CAL\",\"response\":\"PT1H\",\"resolution\":\"PT2H\"} | engagementId",
        "{\"partnerId\":\"PARTNER\",\"calendarId\":\"CAL\",\"response\":\"PT1H\",\"resolution\":\"PT2H\"} | engagementId"
      })
  void mistakesAreReportedWithTheirField(String body, String field) throws SQLException {
    long tenant = SlaFixture.demo().tenant();
    // "ENG", "CAL" and "PARTNER" in the table stand for the ids this class created
    Map<String, Long> ids =
        Map.of("ENG", newEngagement, "CAL", calendar, "PARTNER", newPartner, "TENANT", tenant);
    ObjectNode json = Json.parse(body);
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      Long id = ids.get(json.get(name).asText());
      if (id != null) {
        json.put(name, id);
      }
    }
    var reply = postJson("/api/sla/olas", json.toString(), admin);
    assertProblem(reply, 400);
    assertThat(reply.body()).contains(field);
  }

  /** OLAs share the SLA's terms, so they share its checks (see SlaApiTest). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"warnings\":[50,80] | \"warnings\":[90,50,null] | warnings[2]",
        "\"warnings\":[50,80] | \"warnings\":[50,50] | warnings[1]",
        "\"resolution\":\"PT12H\" | \"resolution\":\"PT30M\" | resolution"
      })
  void wrongTermsAreRefusedAndNothingIsStored(String valid, String wrong, String field)
      throws SQLException {
    long before = olasOf(newEngagement);
    ObjectNode body = ola(newEngagement, "PT1H");
    assertThat(body.toString()).contains(valid);
    String bad = body.setAll(Json.<ObjectNode>parse("{" + wrong + "}")).toString();
    var reply = assertProblem(postJson("/api/sla/olas", bad, admin), 400);
    assertThat(reply.json().path("errors").findValuesAsText("field")).contains(field);
    assertThat(olasOf(newEngagement)).isEqualTo(before);
  }

  private static long olasOf(long engagement) {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM ola_policies WHERE engagement_id = " + engagement);
  }

  @Test
  void onlyAdminsChangeOlasAndOnlyTheirOwn() throws SQLException {
    long northwind = get("/api/sla/olas", admin).json().path("items").get(0).path("id").asLong();
    assertProblem(
        postJson("/api/sla/olas", ola(newEngagement, "PT1H").toString(), TestApp.tokenFor("agent")),
        403);
    String otherAdmin = TestUsers.otherTenant("lakeside-ola-admin", "admin");
    assertProblem(get("/api/sla/olas/" + northwind, otherAdmin), 404);
    assertProblem(
        SlaApiTest.put(
            "/api/sla/olas/" + northwind,
            ola(newEngagement, "PT1H").put("version", 0).toString(),
            otherAdmin),
        404);
    // Nor may another hospital attach an OLA to this hospital's engagement.
    var foreign =
        postJson("/api/sla/olas", ola(northwindEngagement(), "PT1H").toString(), otherAdmin);
    assertThat(assertProblem(foreign, 400).body()).contains("engagementId");
    assertThat(get("/api/sla/olas", otherAdmin).json().path("items").size()).isZero();
    assertProblem(get("/api/sla/olas/abc", admin), 400);
  }

  private static long northwindEngagement() throws SQLException {
    try (Connection c = TestApp.connection();
        var s =
            c.createStatement()
                .executeQuery(
                    "SELECT engagement_id FROM engagement_groups WHERE group_id = (SELECT id FROM"
                        + " support_groups WHERE name = 'Northwind Overnight Desk')")) {
      s.next();
      return s.getLong(1);
    }
  }
}
