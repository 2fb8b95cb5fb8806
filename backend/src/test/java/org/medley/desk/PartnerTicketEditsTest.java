package org.medley.desk;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Json.object;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * What a partner may change on a ticket its group holds (issue #15): never the PHI flag, with or
 * without a business associate agreement; and, without one (the demo's Apex), not the title or
 * description it reads masked. The hospital's staff clear the PHI flag only with a reason, which
 * the audit trail keeps.
 */
class PartnerTicketEditsTest {

  private static final String TITLE = "Wristband for MRN 4471234 prints blank";
  private static final String DESCRIPTION = "Patient Jane Roe, DOB 03/14/1957, call 555-201-3344";

  private static String agent;
  private static String apex;
  private static String northwind;

  @BeforeAll
  static void signIn() {
    agent = TestApp.tokenFor("agent");
    apex = TestApp.tokenFor("apex");
    northwind = TestApp.tokenFor("partner");
  }

  @Test
  void theApexDemoLoginReadsItsGroupsPhiTicketsMasked() {
    JsonNode me = get("/api/me", apex).json();
    assertThat(me.path("organization").path("name").asText())
        .isEqualTo("Apex Clinical IT Staffing");
    // The demo seeds open PHI tickets in Apex's group, with patient details to mask.
    long seeded =
        TestApp.queryLong(
            // Held, not holds: other tests' sweeps may have escalated it out of Apex's group since.
            "SELECT MIN(t.id) FROM tickets t JOIN ticket_holders h ON h.ticket_id = t.id"
                + " JOIN organizations o ON o.id = h.organization_id"
                + " WHERE o.name = 'Apex Clinical IT Staffing' AND t.phi"
                + " AND t.description LIKE '%MRN%'");
    JsonNode seen = get("/api/tickets/" + seeded, apex).json();
    assertThat(seen.path("permissions").path("readsPhi").asBoolean()).as(seen.toString()).isFalse();
    assertThat(seen.path("description").asText())
        .as("ticket %d as apex sees it: %s", seeded, seen)
        .contains("Patient [name]", "[MRN]");
    assertThat(get("/api/tickets/" + seeded, agent).json().path("description").asText())
        .doesNotContain("[MRN]");
  }

  @Test
  void aPartnerWithoutAnAgreementCannotOverwriteTheTextItReadsMasked() {
    long id = heldBy("Apex Legacy Support");
    JsonNode seen = get("/api/tickets/" + id, apex).json();
    assertThat(seen.path("title").asText()).isEqualTo("Wristband for [MRN] prints blank");
    long version = seen.path("version").asLong();

    Api.Reply title =
        patchJson(
            "/api/tickets/" + id,
            object(entry("version", version), entry("title", seen.path("title").asText()))
                .toString(),
            apex);
    assertThat(assertProblem(title, 403).json().path("errors").toString())
        .contains("\"field\":\"title\"");
    Api.Reply description =
        patchJson(
            "/api/tickets/" + id,
            object(
                    entry("version", version),
                    entry("description", seen.path("description").asText() + " Reprinted."))
                .toString(),
            apex);
    assertThat(assertProblem(description, 403).json().path("errors").toString())
        .contains("\"field\":\"description\"");

    assertThat(TestApp.queryString("SELECT title FROM tickets WHERE id = " + id)).isEqualTo(TITLE);
    assertThat(TestApp.queryString("SELECT description FROM tickets WHERE id = " + id))
        .isEqualTo(DESCRIPTION);
    assertThat(TestApp.queryLong("SELECT version FROM tickets WHERE id = " + id))
        .isEqualTo(version);

    // Its words go in as a comment, and it still works the ticket's other fields.
    Api.Reply comment =
        postJson(
            "/api/tickets/" + id + "/comments",
            "{\"body\":\"Reprinted the wristband\",\"visibility\":\"PUBLIC\"}",
            apex);
    assertThat(comment.status()).as(comment.body()).isEqualTo(201);
    long now = get("/api/tickets/" + id, apex).json().path("version").asLong();
    Api.Reply urgency =
        patchJson(
            "/api/tickets/" + id,
            "{\"version\":" + now + ",\"urgency\":1,\"reason\":\"ward cannot print\"}",
            apex);
    assertThat(urgency.status()).as(urgency.body()).isEqualTo(200);
    assertThat(TestApp.queryString("SELECT title FROM tickets WHERE id = " + id)).isEqualTo(TITLE);
  }

  @Test
  void aPartnerWithAnAgreementEditsTheTextItReadsAsWritten() {
    long id = heldBy("Northwind Overnight Desk");
    long version = get("/api/tickets/" + id, northwind).json().path("version").asLong();
    Api.Reply edited =
        patchJson(
            "/api/tickets/" + id,
            "{\"version\":" + version + ",\"title\":\"Wristband for MRN 4471234 prints faint\"}",
            northwind);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(TestApp.queryString("SELECT title FROM tickets WHERE id = " + id))
        .isEqualTo("Wristband for MRN 4471234 prints faint");
  }

  @Test
  void noPartnerChangesThePhiFlag() {
    for (String[] partner :
        new String[][] {{"Apex Legacy Support", apex}, {"Northwind Overnight Desk", northwind}}) {
      long id = heldBy(partner[0]);
      long version = get("/api/tickets/" + id, partner[1]).json().path("version").asLong();
      Api.Reply cleared =
          patchJson(
              "/api/tickets/" + id,
              "{\"version\":" + version + ",\"phi\":false,\"phiReason\":\"no patient in it\"}",
              partner[1]);
      assertThat(assertProblem(cleared, 403).json().path("errors").toString())
          .as(partner[0])
          .contains("\"field\":\"phi\"");
      assertThat(TestApp.queryLong("SELECT phi FROM tickets WHERE id = " + id))
          .as(partner[0])
          .isEqualTo(1);
      assertThat(TestApp.queryLong("SELECT version FROM tickets WHERE id = " + id))
          .isEqualTo(version);
      // Its reads stay logged.
      String logged = "SELECT COUNT(*) FROM phi_access_log WHERE ticket_id = " + id;
      long before = TestApp.queryLong(logged);
      get("/api/tickets/" + id, partner[1]);
      assertThat(TestApp.queryLong(logged)).isEqualTo(before + 1);
    }
    // Setting it on is the hospital's call too.
    long plain = heldBy("Northwind Overnight Desk", false);
    long version = get("/api/tickets/" + plain, northwind).json().path("version").asLong();
    assertProblem(
        patchJson("/api/tickets/" + plain, "{\"version\":" + version + ",\"phi\":true}", northwind),
        403);
    assertThat(TestApp.queryLong("SELECT phi FROM tickets WHERE id = " + plain)).isZero();
  }

  @Test
  void theHospitalClearsThePhiFlagWithAReasonTheAuditKeeps() {
    long id = heldBy("Apex Legacy Support");
    long version = get("/api/tickets/" + id, agent).json().path("version").asLong();

    Api.Reply without =
        patchJson("/api/tickets/" + id, "{\"version\":" + version + ",\"phi\":false}", agent);
    assertThat(assertProblem(without, 400).json().path("errors").toString())
        .contains("\"field\":\"phiReason\"");
    Api.Reply blank =
        patchJson(
            "/api/tickets/" + id,
            "{\"version\":" + version + ",\"phi\":false,\"phiReason\":\"  \"}",
            agent);
    assertProblem(blank, 400);
    Api.Reply stray =
        patchJson(
            "/api/tickets/" + id,
            "{\"version\":" + version + ",\"urgency\":1,\"phiReason\":\"why not\"}",
            agent);
    assertThat(assertProblem(stray, 400).json().path("errors").toString())
        .contains("\"field\":\"phiReason\"");
    assertThat(TestApp.queryLong("SELECT phi FROM tickets WHERE id = " + id)).isEqualTo(1);

    String reason = "Test ticket from the lab, no real patient " + UUID.randomUUID();
    Api.Reply cleared =
        patchJson(
            "/api/tickets/" + id,
            object(entry("version", version), entry("phi", false), entry("phiReason", reason))
                .toString(),
            agent);
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().path("phi").asBoolean()).isFalse();
    assertThat(TestApp.queryLong("SELECT phi FROM tickets WHERE id = " + id)).isZero();

    JsonNode line = null;
    for (JsonNode a : get("/api/tickets/" + id + "/audit", agent).json()) {
      if ("phi".equals(a.path("field").asText())) {
        line = a;
      }
    }
    assertThat(line).as("an audit line for the PHI flag").isNotNull();
    assertThat(line.path("oldValue").asText()).isEqualTo("true");
    assertThat(line.path("newValue").asText()).isEqualTo("false");
    assertThat(line.path("note").asText()).isEqualTo(reason);
    assertThat(line.path("actorName").asText()).isEqualTo("Dana Whitfield");
  }

  // ---- helpers ----

  private static long heldBy(String group) {
    return heldBy(group, true);
  }

  /** A ticket filed by the desk with patient details and handed to the named group. */
  private static long heldBy(String group, boolean phi) {
    Api.Reply filed =
        postJson(
            "/api/tickets",
            object(
                    entry("type", "INCIDENT"),
                    entry("title", TITLE),
                    entry("description", DESCRIPTION),
                    entry("applicationId", TestApp.queryLong("SELECT MIN(id) FROM applications")),
                    entry("impact", 2),
                    entry("urgency", 2),
                    entry("phi", phi))
                .toString(),
            agent);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    long groupId =
        TestApp.queryLong("SELECT id FROM support_groups WHERE name = " + sqlQuote(group));
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + id,
            object(
                    entry("version", filed.json().path("version").asLong()),
                    entry("groupId", groupId))
                .toString(),
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return id;
  }

  private static String sqlQuote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
