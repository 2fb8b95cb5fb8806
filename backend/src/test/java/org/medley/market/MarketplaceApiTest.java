package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * The marketplace loop over real HTTP on the demo hospital: a request is published to a shortlist,
 * Northwind's partner manager keeps its profile and proposes named people, Apex never sees
 * Northwind's work, the leader compares and accepts, and the proposal becomes an engagement with
 * its OLA, group and contracted staff.
 */
class MarketplaceApiTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static String leader;
  private static String manager;
  private static String agent;
  private static String apexManager;
  private static long northwind;
  private static long apex;
  private static long application;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
    manager = TestApp.tokenFor("partnermgr");
    agent = TestApp.tokenFor("partner");
    apexManager = TestUsers.partnerManager("apex-mgr-market", "Apex Clinical IT Staffing");
    northwind =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Northwind Managed Services'");
    apex =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Apex Clinical IT Staffing'");
    application =
        TestApp.queryLong(
            "SELECT MIN(a.id) FROM applications a JOIN organizations o ON o.id = a.tenant_id"
                + " WHERE a.triage = FALSE AND o.name = 'Riverside Health'");
  }

  private static long request(String title) {
    var created =
        postJson(
            "/api/staffing-requests",
            "{\"title\":\""
                + title
                + "\",\"kind\":\"TEMPORARY\",\"applicationIds\":["
                + application
                + "],\"minimumLevel\":3,\"peopleNeeded\":2,\"hoursPerWeek\":60,"
                + "\"supportWindow\":\"24x7\",\"startsOn\":\""
                + TODAY.plusDays(3)
                + "\",\"endsOn\":\""
                + TODAY.plusDays(90)
                + "\"}",
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  private static String person(String name, String email, String shifts) {
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + email
        + "\",\"title\":\"Analyst\",\"zone\":\"America/New_York\",\"capacityHours\":40,"
        + "\"shifts\":"
        + shifts
        + ",\"skills\":[{\"applicationId\":"
        + application
        + ",\"level\":4}]}";
  }

  private static final String DAYS =
      "[{\"day\":\"MON\",\"from\":\"07:00\",\"to\":\"19:00\"},"
          + "{\"day\":\"TUE\",\"from\":\"07:00\",\"to\":\"19:00\"}]";

  private static String proposal(long request, String people, double rate) {
    return "{\"staffingRequestId\":"
        + request
        + ",\"people\":["
        + people
        + "],\"hourlyRate\":"
        + rate
        + ",\"tier\":\"L2\",\"commitments\":{\"responseMinutes\":30,\"resolutionHours\":8},"
        + "\"startsOn\":\""
        + TODAY.plusDays(3)
        + "\",\"notes\":\"Both have run this application for years\"}";
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
  }

  @Test
  void aPublishedRequestReachesItsShortlistOnly() {
    long id = request("Shortlist " + UUID.randomUUID());
    assertProblem(get("/api/staffing-requests/" + id, manager), 404);

    var published =
        postJson(
            "/api/staffing-requests/" + id + "/publish",
            "{\"partnerIds\":[" + northwind + "],\"version\":0}",
            leader);

    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(published.json().path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.json().path("audience").asText()).isEqualTo("SHORTLIST");
    assertThat(published.json().path("publishedTo").findValuesAsText("name"))
        .containsExactly("Northwind Managed Services");
    var seen = get("/api/staffing-requests/" + id, manager);
    assertThat(seen.status()).as(seen.body()).isEqualTo(200);
    // A partner never learns who else was asked.
    assertThat(
            seen.json().path("publishedTo").isMissingNode()
                || seen.json().path("publishedTo").isNull())
        .isTrue();
    assertThat(
            get("/api/staffing-requests?size=200", manager)
                .json()
                .path("items")
                .findValuesAsText("title"))
        .contains(published.json().path("title").asText());
    assertProblem(get("/api/staffing-requests/" + id, apexManager), 404);
    assertProblem(
        postJson("/api/proposals", proposal(id, person("X", unique("x"), DAYS), 90), apexManager),
        400);
    // Partner agents work tickets only.
    assertProblem(get("/api/staffing-requests/" + id, agent), 403);
    // Neither both nor neither; no other hospital's partner.
    assertProblem(
        postJson(
            "/api/staffing-requests/" + id + "/publish",
            "{\"all\":true,\"partnerIds\":[" + apex + "]}",
            leader),
        400);
    assertProblem(
        postJson("/api/staffing-requests/" + id + "/publish", "{\"partnerIds\":[999999]}", leader),
        400);
    assertProblem(
        postJson("/api/staffing-requests/" + id + "/publish", "{\"all\":true}", manager), 403);
  }

  @Test
  void aPartnerManagerKeepsItsOwnProfileOnly() {
    var before = get("/api/partners/" + northwind, manager);
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    long version = before.json().path("version").asLong();
    String body =
        "{\"summary\":\"Overnight desk and Epic application support\",\"regions\":[\"US East\"],"
            + "\"tiers\":[\"L1\",\"L2\"],\"certifications\":[\"Epic Certified\"],"
            + "\"offerings\":[{\"kind\":\"SERVICE_DESK_TIER\",\"description\":\"Nights\","
            + "\"rates\":[{\"role\":\"L1 analyst\",\"hourlyRate\":65}]}],"
            + "\"capabilities\":[{\"applicationId\":"
            + application
            + ",\"level\":3}],\"people\":["
            + person("Ines Ortega", unique("ines"), DAYS)
            + "],\"version\":"
            + version
            + "}";

    var saved = putJson("/api/partners/" + northwind, body, manager);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().path("version").asLong()).isEqualTo(version + 1);
    assertThat(saved.json().path("people").get(0).path("skills").get(0).path("level").asInt())
        .isEqualTo(4);
    assertThat(saved.json().path("agreement").path("reference").asText()).startsWith("BAA-");
    assertProblem(putJson("/api/partners/" + northwind, body, manager), 409);
    assertProblem(putJson("/api/partners/" + northwind, body, apexManager), 404);
    assertProblem(putJson("/api/partners/" + northwind, body, agent), 403);
    assertProblem(putJson("/api/partners/" + northwind, body, leader), 403);
    assertProblem(get("/api/partners/" + northwind, apexManager), 404);
    assertThat(get("/api/partners", apexManager).json().path("items").findValuesAsText("name"))
        .containsExactly("Apex Clinical IT Staffing");
    assertThat(get("/api/partners", leader).json().path("items").findValuesAsText("name"))
        .contains("Northwind Managed Services", "Apex Clinical IT Staffing");
    assertProblem(
        putJson(
            "/api/partners/" + apex,
            "{\"capabilities\":[{\"applicationId\":999999,\"level\":3}],\"version\":"
                + get("/api/partners/" + apex, apexManager).json().path("version").asLong()
                + "}",
            apexManager),
        400);
    assertProblem(
        putJson("/api/partners/" + apex, "{\"tiers\":[\"L9\"],\"version\":0}", apexManager), 400);
  }

  @Test
  void proposalsAreComparedAndTheAcceptedOneBecomesAnEngagementWithItsPeople() {
    long id = request("Accept " + UUID.randomUUID());
    var published = postJson("/api/staffing-requests/" + id + "/publish", "{\"all\":true}", leader);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    String ana = unique("ana");
    var draft =
        postJson(
            "/api/proposals",
            proposal(
                id,
                // Sam already works Northwind's overnight desk: he keeps his record and joins.
                person("Ana Lima", ana, DAYS)
                    + ","
                    + person("Sam Okafor", "sam.okafor@riverside-health.example", DAYS),
                95),
            manager);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    long proposal = draft.json().path("id").asLong();
    assertThat(draft.json().path("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.json().path("weeklyCost").asDouble()).isEqualTo(95.0 * 80);
    // A draft is the partner's own; a competitor reads nothing of it.
    assertProblem(get("/api/proposals/" + proposal, leader), 404);
    assertProblem(get("/api/proposals/" + proposal, apexManager), 404);

    var submitted = postJson("/api/proposals/" + proposal + "/submit", "{\"version\":0}", manager);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
    assertProblem(
        putJson(
            "/api/proposals/" + proposal,
            proposal(id, person("Ana Lima", ana, DAYS), 80)
                .replace("{\"staffing", "{\"version\":1,\"staffing"),
            manager),
        409);
    var rival =
        postJson(
            "/api/proposals", proposal(id, person("Cy Park", unique("cy"), DAYS), 70), apexManager);
    assertThat(rival.status()).as(rival.body()).isEqualTo(201);
    postJson(
        "/api/proposals/" + rival.json().path("id").asLong() + "/submit",
        "{\"version\":0}",
        apexManager);
    assertThat(
            get("/api/proposals?staffingRequestId=" + id, manager)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong())
        .isEqualTo(proposal);
    assertThat(get("/api/proposals?staffingRequestId=" + id, manager).json().path("total").asInt())
        .isEqualTo(1);
    assertThat(get("/api/proposals?staffingRequestId=" + id, apexManager).body())
        .doesNotContain("Ana Lima");

    var comparison = get("/api/staffing-requests/" + id + "/comparison", leader);
    assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
    assertThat(comparison.json().path("proposals").findValuesAsText("hourlyRate")).hasSize(2);
    assertThat(comparison.json().path("proposals").get(0).path("whatIf").has("after")).isTrue();
    var matches = get("/api/staffing-requests/" + id + "/matches", leader);
    assertThat(matches.status()).as(matches.body()).isEqualTo(200);
    assertThat(matches.json().path("items").findValuesAsText("name"))
        .contains("Northwind Managed Services", "Apex Clinical IT Staffing");
    assertProblem(get("/api/staffing-requests/" + id + "/matches", manager), 403);

    // The partner cannot accept its own proposal; a stale version and no comment are refused.
    assertProblem(
        postJson(
            "/api/proposals/" + proposal + "/accept",
            "{\"comment\":\"ok\",\"version\":1}",
            manager),
        403);
    assertProblem(
        postJson(
            "/api/proposals/" + proposal + "/accept", "{\"comment\":\"ok\",\"version\":0}", leader),
        409);
    assertProblem(
        postJson(
            "/api/proposals/" + proposal + "/accept", "{\"comment\":\"\",\"version\":1}", leader),
        400);

    var accepted =
        postJson(
            "/api/proposals/" + proposal + "/accept",
            "{\"comment\":\"Best cover of the window\",\"version\":1}",
            leader);

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
    long engagement = accepted.json().path("engagementId").asLong();
    var made = get("/api/engagements/" + engagement, leader).json();
    assertThat(made.path("proposalId").asLong()).isEqualTo(proposal);
    assertThat(made.path("agreementReference").asText()).startsWith("BAA-");
    assertThat(made.path("startsOn").asText()).isEqualTo(TODAY.plusDays(3).toString());
    assertThat(made.path("endsOn").asText()).isEqualTo(TODAY.plusDays(90).toString());
    assertThat(made.path("groups")).hasSize(1);
    assertThat(get("/api/engagements/" + engagement, manager).status()).isEqualTo(200);
    assertThat(get("/api/staffing-requests/" + id, leader).json().path("status").asText())
        .isEqualTo("AWARDED");
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM staff_members WHERE email = '"
                    + ana
                    + "' AND kind = 'CONTRACTED' AND active_from = '"
                    + TODAY.plusDays(3)
                    + "'"))
        .isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM group_members m JOIN engagement_groups g ON g.group_id ="
                    + " m.group_id WHERE g.engagement_id = "
                    + engagement))
        .isEqualTo(2);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM group_members m JOIN engagement_groups g ON g.group_id ="
                    + " m.group_id JOIN staff_members s ON s.id = m.staff_id WHERE s.user_account_id ="
                    + " (SELECT id FROM user_accounts WHERE username = 'partner')"
                    + " AND g.engagement_id = "
                    + engagement))
        .isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM ola_policies WHERE engagement_id = " + engagement))
        .isEqualTo(1);
    assertThat(get("/api/sla/olas", leader).body()).contains("PT30M", "PT8H");
    // Routing rules can send tickets to the engagement's group like to any other.
    long group = made.path("groups").get(0).path("id").asLong();
    var rule =
        postJson(
            "/api/routing-rules",
            "{\"tier\":\"L2\",\"groupId\":"
                + group
                + ",\"applicationIds\":["
                + application
                + "],\"titleWords\":[\"marketplace-only\"]}",
            TestApp.tokenFor("admin"));
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    var removed =
        Api.send(
            Api.request(
                    "/api/routing-rules/"
                        + rule.json().path("id").asLong()
                        + "?version="
                        + rule.json().path("version").asLong())
                .DELETE()
                .header("Authorization", "Bearer " + TestApp.tokenFor("admin"))
                .build());
    assertThat(removed.status()).isEqualTo(204);
    // Starting in three days, they do not count in today's matrix yet.
    assertThat(get("/api/coverage/matrix", leader).body()).doesNotContain("Ana Lima");
    assertProblem(
        postJson(
            "/api/proposals/" + proposal + "/decline",
            "{\"comment\":\"changed my mind\",\"version\":2}",
            leader),
        409);
    assertProblem(
        postJson("/api/staffing-requests/" + id + "/publish", "{\"all\":true}", leader), 409);
    assertThat(
            get("/api/proposals/" + proposal, leader)
                .json()
                .path("history")
                .findValuesAsText("action"))
        .containsExactly("CREATED", "SUBMITTED", "ACCEPTED");
  }

  @Test
  void anEngagementWorksUnderItsPartnersAgreementUnlessItNamesAnother() {
    String body =
        "{\"partnerId\":%d,\"name\":\"Agreement %s\",\"scope\":\"Nights\",\"startsOn\":\"%s\"}";
    var northwinds =
        postJson(
            "/api/engagements",
            body.formatted(northwind, UUID.randomUUID(), TODAY.plusDays(1)),
            leader);
    var apexes =
        postJson("/api/engagements", body.formatted(apex, UUID.randomUUID(), TODAY), leader);

    assertThat(northwinds.status()).as(northwinds.body()).isEqualTo(201);
    assertThat(northwinds.json().path("agreementReference").asText()).startsWith("BAA-");
    assertThat(apexes.json().path("agreementReference").isNull()).isTrue();
    var named =
        putJson(
            "/api/engagements/" + apexes.json().path("id").asLong(),
            body.formatted(apex, "renamed " + UUID.randomUUID(), TODAY)
                .replace("}", ",\"version\":0,\"agreementReference\":\"BAA-APEX-7\"}"),
            leader);
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    assertThat(named.json().path("agreementReference").asText()).isEqualTo("BAA-APEX-7");
    assertThat(named.json().path("history").findValuesAsText("detail"))
        .anyMatch(d -> d.contains("agreement: none → BAA-APEX-7"));
  }

  @Test
  void theDemoArchiveRequestIsPublishedAndApexHasAnsweredIt() {
    long archive =
        TestApp.queryLong(
            "SELECT id FROM staffing_requests WHERE title = 'Level 3+ support for Legacy Meditech"
                + " Magic (Archive)'");
    assertThat(get("/api/staffing-requests/" + archive, manager).json().path("status").asText())
        .isEqualTo("PUBLISHED");
    var comparison = get("/api/staffing-requests/" + archive + "/comparison", leader).json();
    assertThat(comparison.path("proposals").findValuesAsText("name"))
        .contains("Apex Clinical IT Staffing", "Ruth Abernathy");
    var ranked = get("/api/staffing-requests/" + archive + "/matches", leader).json().path("items");
    assertThat(ranked.get(0).path("name").asText()).isEqualTo("Apex Clinical IT Staffing");
    assertThat(ranked.get(0).path("reasons").toString())
        .contains("covers the application at level ≥ 3");
    assertThat(ranked.get(0).path("proposals").asInt()).isEqualTo(1);
  }

  @Test
  void malformedProposalsAreRefusedByField() {
    long id = request("Refusals " + UUID.randomUUID());
    postJson("/api/staffing-requests/" + id + "/publish", "{\"all\":true}", leader);
    assertProblem(
        postJson(
            "/api/proposals",
            "{\"staffingRequestId\":"
                + id
                + ",\"people\":[],\"hourlyRate\":50,\"tier\":\"L2\","
                + "\"commitments\":{\"responseMinutes\":30,\"resolutionHours\":8},"
                + "\"startsOn\":\""
                + TODAY.plusDays(3)
                + "\"}",
            manager),
        400);
    assertProblem(
        postJson(
            "/api/proposals",
            proposal(id, person("A", unique("a"), DAYS), 50).replace("\"L2\"", "\"L9\""),
            manager),
        400);
    assertProblem(
        postJson(
            "/api/proposals",
            proposal(id, person("A", unique("a"), DAYS), 50)
                .replace("\"hourlyRate\":50.0", "\"hourlyRate\":\"fifty\""),
            manager),
        400);
    String same = unique("same");
    Api.Reply twice =
        postJson(
            "/api/proposals",
            proposal(id, person("A", same, DAYS) + "," + person("B", same, DAYS), 50),
            manager);
    assertProblem(twice, 400);
    assertThat(twice.body()).contains("people[1].email");
    Api.Reply badZone =
        postJson(
            "/api/proposals",
            proposal(
                id, person("A", unique("z"), DAYS).replace("America/New_York", "Mars/Base"), 50),
            manager);
    assertProblem(badZone, 400);
    assertThat(badZone.body()).contains("people[0].zone");
    assertProblem(postJson("/api/proposals/999999/submit", "{\"version\":0}", manager), 404);
    assertProblem(
        postJson("/api/proposals/999999/accept", "{\"comment\":\"x\",\"version\":0}", leader), 404);
  }
}
