package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.desk.AttachmentApiTest;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * A partner's agents read ticket texts as written only while a business associate agreement is in
 * force; otherwise through the minimum-necessary filter, on every read path.
 */
class BusinessAssociatesTest {

  private static final String PATH = "/api/business-associate-agreements";
  private static String admin;
  private static String agent;
  private static String harbor;
  private static long harborId;
  private static long harborGroup;

  @BeforeAll
  static void fixtures() throws SQLException {
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    String name = "Harbor IT Partners " + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = TestApp.connection()) {
      harborId =
          insert(
              c,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', '"
                  + name
                  + "', CURRENT_TIMESTAMP(6))");
      harborGroup =
          insert(
              c,
              "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id,"
                  + " auto_assign, created_at) SELECT id, '"
                  + name
                  + " Desk', 'L2', 'PARTNER', "
                  + harborId
                  + ", FALSE, CURRENT_TIMESTAMP(6) FROM organizations WHERE name = 'Riverside"
                  + " Health'");
    }
    harbor = TestUsers.partnerAgent("harbor-" + harborId, name);
  }

  @Test
  void withoutAnAgreementAPartnerReadsTicketsThroughTheMinimumNecessaryFilter() {
    JsonNode ticket = handToHarbor();
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();

    JsonNode seen = get("/api/tickets/" + id, harbor).json();
    assertThat(seen.path("title").asText()).isEqualTo("Wristband for [MRN] prints blank");
    assertThat(seen.path("description").asText())
        .isEqualTo("Patient [name], [date of birth], call [phone]")
        .doesNotContain("Jane", "4471234", "1957");
    assertThat(seen.path("permissions").path("readsPhi").asBoolean()).isFalse();
    assertThat(get("/api/tickets/" + id + "/comments", harbor).body())
        .contains("[MRN] again")
        .doesNotContain("4471234");
    assertThat(get("/api/tickets?q=" + number + "&size=50", harbor).body())
        .contains("Wristband for [MRN]")
        .doesNotContain("4471234");
    assertThat(get("/api/tickets/" + id + "/audit", harbor).body()).doesNotContain("4471234");
    assertThat(get("/api/notifications?limit=100", harbor).body()).doesNotContain("4471234");

    // Files cannot be filtered: on a PHI ticket they are not shared, and their names are masked.
    Api.Reply attached =
        AttachmentApiTest.upload(
            id,
            "wristband 4471234.txt",
            "text/plain",
            "MRN 4471234".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "PUBLIC",
            agent);
    assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    long file = attached.json().path("id").asLong();
    assertThat(get("/api/tickets/" + id + "/attachments", harbor).body())
        .contains("[number]")
        .doesNotContain("4471234");
    assertProblem(get("/api/tickets/" + id + "/attachments/" + file, harbor), 403);

    // The hospital's own desk reads it as written.
    JsonNode desk = get("/api/tickets/" + id, agent).json();
    assertThat(desk.path("title").asText()).contains("4471234");
    assertThat(desk.path("description").asText()).contains("Jane Roe", "555-201-3344");
    assertThat(desk.path("permissions").path("readsPhi").asBoolean()).isTrue();

    // The log says the partner's read was filtered.
    String log = get("/api/phi-access?ticket=" + number + "&size=100", admin).body();
    assertThat(log).contains("title (masked),description (masked),resolution (masked)");
    assertThat(log).contains("\"organizationName\":\"Harbor IT Partners");
  }

  @Test
  void anAgreementInForceLiftsTheFilterAndEndingItRestoresIt() {
    long id = handToHarbor().path("id").asLong();
    LocalDate today = LocalDate.now();
    Api.Reply recorded =
        postJson(
            PATH,
            "{\"partnerId\":"
                + harborId
                + ",\"reference\":\"BAA-TEST-1\",\"effectiveFrom\":\""
                + today.minusDays(10)
                + "\"}",
            admin);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().path("inForce").asBoolean()).isTrue();
    assertThat(recorded.json().path("recordedBy").asText()).isEqualTo("Alex Kim");
    long agreement = recorded.json().path("id").asLong();

    JsonNode seen = get("/api/tickets/" + id, harbor).json();
    assertThat(seen.path("title").asText()).contains("4471234");
    assertThat(seen.path("description").asText()).contains("Jane Roe", "03/14/1957");
    assertThat(seen.path("permissions").path("readsPhi").asBoolean()).isTrue();

    JsonNode overview = get(PATH, admin).json();
    JsonNode partner = find(overview.path("partners"), harborId);
    assertThat(partner.path("current").path("reference").asText()).isEqualTo("BAA-TEST-1");

    Api.Reply ended =
        postJson(
            PATH + "/" + agreement + "/end",
            "{\"effectiveUntil\":\"" + today.minusDays(1) + "\"}",
            admin);
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().path("inForce").asBoolean()).isFalse();
    assertThat(ended.json().path("endedBy").asText()).isEqualTo("Alex Kim");
    assertThat(get("/api/tickets/" + id, harbor).json().path("description").asText())
        .doesNotContain("Jane Roe", "1957");
    assertThat(find(get(PATH, admin).json().path("partners"), harborId).path("current").isNull())
        .isTrue();
    // Ending twice is refused; the record stays.
    assertProblem(
        postJson(
            PATH + "/" + agreement + "/end",
            "{\"effectiveUntil\":\"" + today.minusDays(1) + "\"}",
            admin),
        400);
  }

  @Test
  void theDemoPartnerWorksUnderAnAgreementAndTheStaffingFirmHasNone() {
    JsonNode partners = get(PATH, TestApp.tokenFor("leader")).json().path("partners");
    assertThat(partners.toString()).contains("Northwind Managed Services", "Apex Clinical IT");
    for (JsonNode partner : partners) {
      if (partner.path("name").asText().startsWith("Northwind")) {
        assertThat(partner.path("current").path("inForce").asBoolean()).isTrue();
      }
      if (partner.path("name").asText().startsWith("Apex")) {
        assertThat(partner.path("current").isNull()).isTrue();
      }
    }
  }

  @Test
  void badInputAndForeignCallersAreRefusedWithProblems() {
    assertProblem(get(PATH, agent), 403);
    assertProblem(get(PATH, TestApp.tokenFor("partner")), 403);
    assertProblem(postJson(PATH, "{}", TestApp.tokenFor("leader")), 403);
    assertProblem(postJson(PATH, "{}", admin), 400);
    assertProblem(postJson(PATH, "not json", admin), 400);
    assertProblem(
        postJson(
            PATH,
            "{\"partnerId\":\"harbor\",\"reference\":\"x\",\"effectiveFrom\":\"2026-01-01\"}",
            admin),
        400);
    assertProblem(
        postJson(
            PATH, "{\"partnerId\":1,\"reference\":\"x\",\"effectiveFrom\":\"yesterday\"}", admin),
        400);
    assertProblem(
        postJson(
            PATH,
            "{\"partnerId\":"
                + harborId
                + ",\"reference\":\""
                + "x".repeat(200)
                + "\",\"effectiveFrom\":\"2026-01-01\"}",
            admin),
        400);
    Api.Reply backwards =
        postJson(
            PATH,
            "{\"partnerId\":"
                + harborId
                + ",\"reference\":\"x\",\"effectiveFrom\":\"2026-02-01\","
                + "\"effectiveUntil\":\"2026-01-01\"}",
            admin);
    assertProblem(backwards, 400);
    assertThat(backwards.body()).contains("effectiveUntil");
    // A health system's own id, a vendor, or someone else's partner is no partner of ours.
    String outsider = TestUsers.otherTenant("lakeside-baa", "admin");
    Api.Reply foreign =
        postJson(
            PATH,
            "{\"partnerId\":" + harborId + ",\"reference\":\"x\",\"effectiveFrom\":\"2026-01-01\"}",
            outsider);
    assertProblem(foreign, 400);
    assertThat(foreign.body()).contains("partnerId");
    assertThat(get(PATH, outsider).body()).doesNotContain("Harbor", "Northwind");
    long northwindAgreement = get(PATH, admin).json().path("agreements").get(0).path("id").asLong();
    assertProblem(
        postJson(
            PATH + "/" + northwindAgreement + "/end",
            "{\"effectiveUntil\":\"2026-12-31\"}",
            outsider),
        404);
    assertProblem(
        postJson(PATH + "/999999999/end", "{\"effectiveUntil\":\"2026-12-31\"}", admin), 404);
  }

  private static JsonNode handToHarbor() {
    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Wristband for MRN 4471234 prints blank\","
                + "\"description\":\"Patient Jane Roe, DOB 03/14/1957, call 555-201-3344\","
                + "\"applicationId\":"
                + TestApp.queryLong("SELECT MIN(id) FROM applications")
                + ",\"impact\":2,\"urgency\":2,\"phi\":true}",
            agent);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    postJson(
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"MRN 4471234 again\",\"visibility\":\"PUBLIC\"}",
        agent);
    long version = get("/api/tickets/" + id, agent).json().path("version").asLong();
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + id,
            "{\"version\":" + version + ",\"groupId\":" + harborGroup + "}",
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return filed.json();
  }

  private static JsonNode find(JsonNode partners, long id) {
    for (JsonNode partner : partners) {
      if (partner.path("id").asLong() == id) {
        return partner;
      }
    }
    throw new AssertionError("partner " + id + " not listed in " + partners);
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
