package org.medley.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Vendor escalation through the API on the run's MariaDB: the directory (admins change it,
 * field-by-field refusals, audit), escalation (one case however many agents send at once, the
 * ticket waiting for the vendor, PHI filtered in what the outbox holds), the case number as the
 * external reference, close and re-escalate, the vendor call list, and what partners and bad input
 * get. The mail itself, out and back, is {@code MailInTest}'s.
 */
class VendorCasesApiTest {

  private static String admin;
  private static String agent;
  private static String leader;
  private static String partner;
  private static long epic;

  @BeforeAll
  static void signIn() {
    TestApp.server();
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    leader = TestApp.tokenFor("leader");
    partner = TestApp.tokenFor("apex");
    epic = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Epic Systems'");
  }

  private static long epicTicket(String description) {
    var created =
        Api.postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Vendor test "
                + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"description\":\""
                + description
                + "\",\"applicationId\":"
                + TestApp.queryLong("SELECT MIN(id) FROM applications WHERE vendor_id = " + epic)
                + ",\"impact\":3,\"urgency\":3}",
            TestApp.tokenFor("enduser"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private static long version(long ticket) {
    return Api.get("/api/tickets/" + ticket, agent).json().path("version").asLong();
  }

  private static Api.Reply escalate(long ticket, long vendor, String body, Long version) {
    return Api.postJson(
        "/api/tickets/" + ticket + "/vendor-cases",
        "{\"vendorId\":"
            + vendor
            + ",\"subject\":\"Please help\",\"body\":\""
            + body
            + "\""
            + (version == null ? "" : ",\"version\":" + version)
            + "}",
        agent);
  }

  @Test
  void sixteenAgentsEscalatingAtOnceOpenOneCaseAndTheTicketWaitsForTheVendor() throws Exception {
    long ticket = epicTicket("Chart will not open for MRN 00456789.");
    long version = version(ticket);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      replies.add(
          pool.submit(() -> escalate(ticket, epic, "Patient MRN 00456789 is affected.", version)));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply r = reply.get();
      statuses.add(r.status());
      assertThat(r.status()).as(r.body()).isIn(201, 409);
      if (r.status() == 409) {
        assertThat(r.contentType()).contains("application/problem+json");
      }
    }
    pool.shutdown();
    assertThat(statuses).containsOnlyOnce(201);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM vendor_cases WHERE ticket_id = " + ticket))
        .isEqualTo(1);
    long caseId = TestApp.queryLong("SELECT id FROM vendor_cases WHERE ticket_id = " + ticket);
    // One mail in the outbox, its text filtered: Epic has no business associate agreement.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM outbox_events WHERE type = 'vendor.case-mail' AND"
                    + " aggregate_id = "
                    + caseId))
        .isEqualTo(1);
    String payload =
        TestApp.queryString(
            "SELECT payload FROM outbox_events WHERE type = 'vendor.case-mail' AND aggregate_id = "
                + caseId);
    assertThat(payload).doesNotContain("00456789").contains("support@epic.example");
    JsonNode read = Api.get("/api/tickets/" + ticket, agent).json();
    assertThat(read.path("status").asText()).isEqualTo("PENDING");
    assertThat(read.path("pendingReason").asText()).isEqualTo("VENDOR");
    assertThat(read.path("tier").asText()).isEqualTo("VENDOR");
    // The resolution SLA pauses while the ticket waits (the demo policies pause on VENDOR).
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        Api.get("/api/tickets/" + ticket + "/sla", agent)
                            .json()
                            .findParents("target"))
                    .filteredOn(t -> t.path("target").asText().equals("RESOLUTION"))
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.path("state").asText()).isEqualTo("PAUSED")));
    JsonNode case_ = Api.get("/api/vendor-cases/" + caseId, leader).json();
    assertThat(case_.path("delivery").asText()).isEqualTo("QUEUED");
    assertThat(case_.path("deliveryError").asText()).contains("MEDLEY_MAIL_");
    assertThat(case_.path("escalations").asInt()).isEqualTo(1);
  }

  @Test
  void theCaseNumberIsTheExternalReferenceAndACaseClosesAndOpensAgain() {
    long ticket = epicTicket("Printing from ClinDoc stopped.");
    var opened = escalate(ticket, epic, "ClinDoc printing stopped after the upgrade.", null);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.header("Location")).endsWith("/api/vendor-cases/" + opened.json().path("id"));
    assertThat(opened.json().path("ticketStatus").asText()).isEqualTo("PENDING");
    assertThat(opened.json().path("pendingReason").asText()).isEqualTo("VENDOR");
    long caseId = opened.json().path("id").asLong();
    String number = "SLG-" + (System.nanoTime() % 1_000_000_000L);

    var stale =
        Api.patchJson(
            "/api/vendor-cases/" + caseId,
            "{\"caseNumber\":\"" + number + "\",\"version\":99}",
            agent);
    assertProblem(stale, 409);
    var numbered =
        Api.patchJson(
            "/api/vendor-cases/" + caseId,
            "{\"caseNumber\":\"" + number + "\",\"version\":" + opened.json().path("version") + "}",
            agent);
    assertThat(numbered.status()).as(numbered.body()).isEqualTo(200);
    assertThat(
            Api.get("/api/tickets?externalRef=EPIC-SYSTEMS:" + number, agent)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong())
        .isEqualTo(ticket);

    // Another ticket cannot carry the same case number.
    long other = epicTicket("Another one.");
    var second = escalate(other, epic, "Also broken.", null);
    var clash =
        Api.patchJson(
            "/api/vendor-cases/" + second.json().path("id"),
            "{\"caseNumber\":\"" + number + "\",\"version\":" + second.json().path("version") + "}",
            agent);
    assertProblem(clash, 409);
    assertThat(clash.body()).contains(number);

    var closed =
        Api.postJson(
            "/api/vendor-cases/" + caseId + "/close",
            "{\"note\":\"Epic shipped the fix.\",\"version\":"
                + numbered.json().path("version")
                + "}",
            agent);
    assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
    assertProblem(
        Api.postJson(
            "/api/vendor-cases/" + caseId + "/close",
            "{\"note\":\"again\",\"version\":" + closed.json().path("version") + "}",
            agent),
        409);

    var draft = Api.get("/api/vendor-cases/" + caseId + "/draft", agent);
    assertThat(draft.json().path("subject").asText()).contains(number);
    var again =
        Api.postJson(
            "/api/vendor-cases/" + caseId + "/re-escalate",
            "{\"subject\":\"Still failing\",\"body\":\"The fix did not help.\",\"version\":"
                + closed.json().path("version")
                + "}",
            agent);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(again.json().path("escalations").asInt()).isEqualTo(2);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM outbox_events WHERE type = 'vendor.case-mail' AND aggregate_id = "
                    + caseId))
        .isEqualTo(2);

    // The vendor call: open cases by vendor, oldest first, found by ticket number.
    JsonNode list =
        Api.get(
                "/api/vendor-cases?vendorId="
                    + epic
                    + "&q="
                    + opened.json().path("ticketNumber").asText(),
                leader)
            .json();
    assertThat(list.path("total").asLong()).isEqualTo(1);
    assertThat(list.path("items").get(0).path("caseNumber").asText()).isEqualTo(number);
    assertThat(list.path("vendors").findValuesAsText("vendorName")).contains("Epic Systems");
    JsonNode ofTicket = Api.get("/api/tickets/" + ticket + "/vendor-cases", agent).json();
    assertThat(ofTicket.path("items")).hasSize(1);
  }

  @Test
  void theDirectoryIsTheAdminsAndRefusesFieldByField() {
    String name = "Sectra " + UUID.randomUUID().toString().substring(0, 6);
    var added = Api.postJson("/api/vendors", "{\"name\":\"" + name + "\"}", admin);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long id = added.json().path("id").asLong();
    assertThat(added.json().path("channel").isNull()).isTrue();
    assertProblem(Api.postJson("/api/vendors", "{\"name\":\"" + name + "\"}", admin), 409);
    assertProblem(Api.postJson("/api/vendors", "{\"name\":\"Riverside Health\"}", admin), 409);
    assertProblem(Api.postJson("/api/vendors", "{\"name\":\"Another\"}", agent), 403);

    // Not set up yet: no case goes there.
    long ticket = epicTicket("PACS viewer hangs.");
    var refused = escalate(ticket, id, "Hangs.", null);
    assertProblem(refused, 422);
    assertThat(refused.body()).contains("not set up");

    var bad =
        Api.putJson(
            "/api/vendors/" + id,
            "{\"channel\":\"EMAIL\",\"caseEmail\":\"not-an-address\",\"casePattern\":\"(\","
                + "\"contacts\":[{\"name\":\"\",\"email\":\"x\"}],\"version\":0}",
            admin);
    assertProblem(bad, 400);
    assertThat(bad.body()).contains("caseEmail");
    var badPattern =
        Api.putJson(
            "/api/vendors/" + id,
            "{\"channel\":\"EMAIL\",\"caseEmail\":\"cases@sectra.example\",\"casePattern\":\"(\","
                + "\"version\":0}",
            admin);
    assertProblem(badPattern, 400);
    assertThat(badPattern.body()).contains("casePattern");
    var noDesk =
        Api.putJson("/api/vendors/" + id, "{\"channel\":\"CONNECTOR\",\"version\":0}", admin);
    assertProblem(noDesk, 400);
    assertThat(noDesk.body()).contains("connectorId");
    var saved =
        Api.putJson(
            "/api/vendors/" + id,
            "{\"channel\":\"EMAIL\",\"caseEmail\":\"cases@sectra.example\",\"casePattern\":"
                + "\"Case (\\\\d{6})\",\"contacts\":[{\"name\":\"Ana Silva\",\"email\":"
                + "\"ana@sectra.example\",\"role\":\"Support lead\"}],\"version\":0}",
            admin);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().path("contacts").get(0).path("name").asText()).isEqualTo("Ana Silva");
    assertProblem(
        Api.putJson(
            "/api/vendors/" + id,
            "{\"channel\":\"EMAIL\",\"caseEmail\":\"a@b.example\"," + "\"version\":0}",
            admin),
        409);
    assertProblem(
        Api.putJson(
            "/api/vendors/" + id,
            "{\"channel\":\"EMAIL\",\"caseEmail\":\"a@b.example\"," + "\"version\":1}",
            agent),
        403);
    JsonNode audit = Api.get("/api/vendors/" + id + "/audit", leader).json();
    assertThat(audit.path("items").get(0).path("summary").asText())
        .contains("cases@sectra.example");
    assertThat(Api.get("/api/vendors?q=" + name.substring(7), agent).json().path("total").asLong())
        .isEqualTo(1);

    // Now set up, it takes the case.
    assertThat(escalate(ticket, id, "Hangs.", null).status()).isEqualTo(201);
  }

  @Test
  void aVendorUnderABusinessAssociateAgreementReadsTheCaseUnfiltered() {
    String name = "Nuance " + UUID.randomUUID().toString().substring(0, 6);
    long id =
        Api.postJson("/api/vendors", "{\"name\":\"" + name + "\"}", admin)
            .json()
            .path("id")
            .asLong();
    assertThat(
            Api.putJson(
                    "/api/vendors/" + id,
                    "{\"channel\":\"EMAIL\",\"caseEmail\":\"cases@nuance.example\",\"version\":0}",
                    admin)
                .status())
        .isEqualTo(200);
    long ticket = epicTicket("Dictation lost for MRN 00111222.");
    var filtered = Api.get("/api/tickets/" + ticket + "/vendor-case-draft?vendorId=" + id, agent);
    assertThat(filtered.json().path("filtered").asBoolean()).isTrue();
    assertThat(filtered.json().path("body").asText()).doesNotContain("00111222");

    // The directory's vendors are the ones an agreement can be signed with.
    JsonNode overview = Api.get("/api/business-associate-agreements", admin).json();
    assertThat(overview.path("partners").findParents("id"))
        .anySatisfy(
            p -> {
              assertThat(p.path("id").asLong()).isEqualTo(id);
              assertThat(p.path("kind").asText()).isEqualTo("VENDOR");
            });
    var signed =
        Api.postJson(
            "/api/business-associate-agreements",
            "{\"partnerId\":"
                + id
                + ",\"reference\":\"BAA-NUANCE-1\",\"effectiveFrom\":\"2026-01-01\"}",
            admin);
    assertThat(signed.status()).as(signed.body()).isEqualTo(201);

    var clear = Api.get("/api/tickets/" + ticket + "/vendor-case-draft?vendorId=" + id, agent);
    assertThat(clear.json().path("filtered").asBoolean()).isFalse();
    assertThat(clear.json().path("body").asText()).contains("00111222");
    assertThat(Api.get("/api/vendors/" + id, agent).json().path("businessAssociate").asBoolean())
        .isTrue();
  }

  @Test
  void theDemosVendorCasesCarryTheirNumbersAsReferences() {
    JsonNode open = Api.get("/api/vendor-cases?size=100", leader).json();
    assertThat(open.path("vendors")).isNotEmpty();
    JsonNode numbered = null;
    // Oldest first: the demo's cases, opened days before any test's.
    for (JsonNode c : open.path("items")) {
      if (!c.path("caseNumber").isNull()) {
        numbered = c;
        break;
      }
    }
    assertThat(numbered).as("a demo case with a number").isNotNull();
    assertThat(numbered.path("openedAt").asText())
        .isLessThan(java.time.Instant.now().minusSeconds(3600).toString());
    String system = numbered.path("vendorName").asText().toUpperCase().replace(' ', '-');
    assertThat(
            Api.get(
                    "/api/tickets?externalRef="
                        + system
                        + ":"
                        + numbered.path("caseNumber").asText(),
                    agent)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong())
        .isEqualTo(numbered.path("ticketId").asLong());
  }

  @Test
  void applicationsNameTheirVendor() {
    long app = TestApp.queryLong("SELECT MIN(id) FROM applications WHERE vendor_id = " + epic);
    JsonNode read = Api.get("/api/applications/" + app, admin).json();
    assertThat(read.path("vendorId").asLong()).isEqualTo(epic);
    long apex =
        TestApp.queryLong("SELECT organization_id FROM user_accounts WHERE username = 'apex'");
    var notAVendor =
        Api.putJson(
            "/api/applications/" + app,
            ((com.fasterxml.jackson.databind.node.ObjectNode) read)
                .put("vendorId", apex)
                .toString(),
            admin);
    assertProblem(notAVendor, 400);
    assertThat(notAVendor.body()).contains("vendorId");
  }

  @Test
  void partnersAndBadInputGetProblemsNeverAServerError() {
    long ticket = epicTicket("Partner probe.");
    assertProblem(Api.get("/api/vendors", partner), 403);
    assertProblem(Api.get("/api/vendor-cases", partner), 403);
    assertProblem(Api.get("/api/tickets/" + ticket + "/vendor-case-draft", partner), 403);
    assertProblem(
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases",
            "{\"vendorId\":" + epic + ",\"subject\":\"x\",\"body\":\"y\"}",
            partner),
        403);
    // Leaders read, but do not escalate.
    assertProblem(
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases",
            "{\"vendorId\":" + epic + ",\"subject\":\"x\",\"body\":\"y\"}",
            leader),
        403);
    assertProblem(escalate(999_999_999L, epic, "x", null), 404);
    assertProblem(Api.get("/api/vendor-cases/999999999", agent), 404);
    assertProblem(Api.get("/api/vendors/999999999", agent), 404);
    assertProblem(escalate(ticket, 999_999_999L, "x", null), 404);
    assertProblem(
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases",
            "{\"vendorId\":\"abc\",\"subject\":\"x\",\"body\":\"y\"}",
            agent),
        400);
    assertProblem(
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases", "{\"vendorId\":" + epic + "}", agent),
        400);
    assertProblem(
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases",
            "{\"vendorId\":" + epic + ",\"subject\":\"x\",\"body\":\"" + "y".repeat(20_001) + "\"}",
            agent),
        400);
    assertProblem(Api.get("/api/vendor-cases?status=MAYBE", agent), 400);
    assertProblem(Api.get("/api/vendor-cases?size=0", agent), 400);
    assertProblem(Api.get("/api/tickets/abc/vendor-cases", agent), 400);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM vendor_cases WHERE ticket_id = " + ticket))
        .isZero();
  }
}
