package org.medley.market;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Json;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Engagements over real HTTP on the demo hospital: the demo's two contracts as each role sees them,
 * and a partner of the test's own ("Harbor") recorded, changed, ended and refused.
 */
class EngagementApiTest {

  /** The hospital's date (its calendars' zone), on which engagement dates are judged. */
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

  private static String leader;
  private static String admin;
  private static long tenant;
  private static long harbor;
  private static String harborName;
  private static long harborManager;
  private static long northwindManager;
  private static long northwindGroup;
  private static final List<Long> harborGroups = new ArrayList<>();

  @BeforeAll
  static void setUp() throws SQLException {
    leader = TestApp.tokenFor("leader");
    admin = TestApp.tokenFor("admin");
    harborName = "Harbor IT Partners " + UUID.randomUUID();
    try (Connection c = TestApp.connection()) {
      tenant = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
      harbor =
          insert(
              c,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', ?,"
                  + " CURRENT_TIMESTAMP(6))",
              harborName);
      long calendar =
          TestApp.queryLong("SELECT MIN(id) FROM calendars WHERE tenant_id = " + tenant);
      for (String name : List.of("Harbor Imaging L2", "Harbor Lab L2", "Harbor Pharmacy L2")) {
        harborGroups.add(
            insert(
                c,
                "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id,"
                    + " calendar_id, created_at) VALUES ("
                    + tenant
                    + ", ?, 'L2', 'PARTNER', "
                    + harbor
                    + ", "
                    + calendar
                    + ", CURRENT_TIMESTAMP(6))",
                name + " " + harbor));
      }
      northwindGroup =
          TestApp.queryLong(
              "SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk'");
      northwindManager =
          TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'partnermgr'");
    }
    TestUsers.partnerAgent("harbor-mgr-" + harbor, harborName);
    try (Connection c = TestApp.connection()) {
      harborManager =
          TestApp.queryLong(
              "SELECT id FROM user_accounts WHERE username = 'harbor-mgr-" + harbor + "'");
    }
  }

  /** A Harbor engagement: name, dates, manager and groups as given. */
  private static ObjectNode engagement(
      String name, LocalDate starts, LocalDate ends, Long manager, List<Long> groups) {
    ObjectNode engagement =
        Json.object(
            entry("partnerId", harbor),
            entry("name", name),
            entry("scope", "L2 for imaging, lab and pharmacy systems"),
            entry("startsOn", starts.toString()));
    engagement.put("endsOn", ends == null ? null : ends.toString());
    engagement.put("managerAccountId", manager);
    groups.forEach(engagement.putArray("groupIds")::add);
    return engagement;
  }

  /** {@link #engagement} as a request body. */
  private static String body(
      String name, LocalDate starts, LocalDate ends, Long manager, List<Long> groups) {
    return engagement(name, starts, ends, manager, groups).toString();
  }

  private static JsonNode record(String body) {
    var created = postJson("/api/engagements", body, leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void theDemoHospitalsPartnersWorkUnderActiveEngagements() {
    var list = get("/api/engagements?status=ACTIVE&size=200", TestApp.tokenFor("exec"));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    JsonNode northwind = null;
    for (JsonNode e : list.json().path("items")) {
      if (e.path("partner").path("name").asText().equals("Northwind Managed Services")) {
        northwind = e;
      }
    }
    assertThat(northwind).as(list.body()).isNotNull();
    assertThat(northwind.path("name").asText())
        .isEqualTo("Northwind Managed Service Desk – after-hours L1");
    assertThat(northwind.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(northwind.path("manager").path("name").asText()).isEqualTo("Priya Raman");
    assertThat(northwind.path("groups").findValuesAsText("name"))
        .containsExactly("Northwind Overnight Desk");
    assertThat(names(list.json())).contains("Apex Legacy Applications Support – L2");
  }

  @Test
  void aPartnersAgentsReadTheirOwnEngagementsOnly() {
    String northwind = TestApp.tokenFor("partner");
    String apex = TestUsers.partnerAgent("apex-eng-reader", "Apex Clinical IT Staffing");
    var own = get("/api/engagements?size=200", northwind).json();
    assertThat(names(own))
        .contains("Northwind Managed Service Desk – after-hours L1")
        .noneMatch(n -> n.startsWith("Apex"));
    long northwindId = own.path("items").get(0).path("id").asLong();
    assertThat(get("/api/engagements/" + northwindId, northwind).status()).isEqualTo(200);
    // Another partner's contract reads as missing, listed or asked for by id or by partner.
    assertProblem(get("/api/engagements/" + northwindId, apex), 404);
    long northwindOrg = own.path("items").get(0).path("partner").path("id").asLong();
    assertThat(
            get("/api/engagements?partnerId=" + northwindOrg, apex).json().path("total").asLong())
        .isZero();
    // Other classes add Apex engagements of their own names: the partner tells, not the name.
    long apexOrg =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Apex Clinical IT Staffing'");
    var apexOwn = get("/api/engagements?size=200", apex).json().path("items");
    assertThat(apexOwn.size()).isPositive();
    apexOwn.forEach(e -> assertThat(e.path("partner").path("id").asLong()).isEqualTo(apexOrg));
    // Reading is all they do.
    assertProblem(
        postJson(
            "/api/engagements/" + northwindId + "/end",
            "{\"reason\":\"x\",\"version\":0}",
            northwind),
        403);
    assertProblem(get("/api/engagements/choices", northwind), 403);
  }

  @Test
  void aLeaderRecordsChangesAndEndsAnEngagementAndEveryStepIsAudited() throws SQLException {
    var created =
        postJson(
            "/api/engagements",
            body(
                "Harbor ancillary L2",
                TODAY.plusDays(10),
                TODAY.plusYears(1),
                harborManager,
                List.of(harborGroups.get(0))),
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode e = created.json();
    long id = e.path("id").asLong();
    assertThat(created.header("Location")).isEqualTo("/api/engagements/" + id);
    assertThat(e.path("status").asText()).isEqualTo("PLANNED");
    assertThat(e.path("partner").path("name").asText()).isEqualTo(harborName);
    assertThat(e.path("manager").path("id").asLong()).isEqualTo(harborManager);
    assertThat(e.path("groups").findValuesAsText("id"))
        .containsExactly(String.valueOf(harborGroups.get(0)));
    assertThat(e.path("history").get(0).path("action").asText()).isEqualTo("CREATED");
    assertThat(e.path("history").get(0).path("actorName").asText()).isEqualTo("Maria Chen");
    assertThat(engagementOf(harborGroups.get(0))).isEqualTo(id);

    // It starts today after all, and takes a second group instead of the first.
    var changed =
        putJson(
            "/api/engagements/" + id,
            engagement(
                    "Harbor ancillary L2",
                    TODAY,
                    TODAY.plusYears(1),
                    harborManager,
                    List.of(harborGroups.get(1)))
                .put("version", 0)
                .toString(),
            admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    JsonNode change = changed.json().path("history").get(1);
    assertThat(change.path("action").asText()).isEqualTo("CHANGED");
    assertThat(change.path("detail").asText())
        .contains("startsOn: " + TODAY.plusDays(10) + " → " + TODAY)
        .contains("groups: Harbor Imaging L2")
        .contains("→ Harbor Lab L2");
    assertThat(engagementOf(harborGroups.get(0))).isNull();
    assertThat(engagementOf(harborGroups.get(1))).isEqualTo(id);

    // A second change from the same stale read would lose the first.
    var stale =
        putJson(
            "/api/engagements/" + id,
            engagement("Harbor ancillary", TODAY, null, null, List.of())
                .put("version", 0)
                .toString(),
            leader);
    assertThat(assertProblem(stale, 409).json().path("errors").get(0).path("field").asText())
        .isEqualTo("version");

    var ended =
        postJson(
            "/api/engagements/" + id + "/end",
            "{\"reason\":\"Contract terminated for convenience\",\"version\":1}",
            leader);
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().path("status").asText()).isEqualTo("ENDED");
    assertThat(ended.json().path("endedBy").asText()).isEqualTo("leader");
    JsonNode last = ended.json().path("history").get(2);
    assertThat(last.path("action").asText()).isEqualTo("ENDED");
    assertThat(last.path("detail").asText()).isEqualTo("Contract terminated for convenience");
    // Ended is history: it neither ends again nor changes.
    assertProblem(
        postJson("/api/engagements/" + id + "/end", "{\"reason\":\"x\",\"version\":2}", leader),
        409);
    assertProblem(
        putJson(
            "/api/engagements/" + id,
            engagement("Harbor", TODAY, null, null, List.of()).put("version", 2).toString(),
            leader),
        409);
    // Its group is free for the next contract.
    JsonNode next =
        record(
            body("Harbor ancillary L2 (renewal)", TODAY, null, null, List.of(harborGroups.get(1))));
    assertThat(engagementOf(harborGroups.get(1))).isEqualTo(next.path("id").asLong());
  }

  /** A partner-desk connector made by {@code adminToken}'s hospital; its id. */
  private static long connector(String adminToken, String name) {
    var made =
        postJson(
            "/api/integrations/connectors",
            "{\"kind\":\"REQUEST_TRACKER\",\"name\":\""
                + name
                + "\",\"baseUrl\":\"https://rt.harbor.example\",\"auth\":{\"type\":\"NONE\"}}",
            adminToken);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    return made.json().path("id").asLong();
  }

  @Test
  void anEngagementNamesOneOfTheHospitalsPartnerDesksAndTheChoiceIsAudited() {
    String deskName = "Harbor RT " + UUID.randomUUID();
    long desk = connector(admin, deskName);
    String outsider = TestUsers.otherTenant("engagement-desk-outsider", "admin");
    long foreign = connector(outsider, "Lakeside RT " + UUID.randomUUID());

    ObjectNode body = engagement("Harbor desk sync", TODAY, null, null, List.of());
    body.put("connectorId", foreign);
    assertThat(
            assertProblem(postJson("/api/engagements", body.toString(), leader), 400)
                .json()
                .path("errors")
                .findValuesAsText("field"))
        .containsExactly("connectorId");
    // A support mailbox reads mail into the hospital's desk: it is no partner's desk.
    var mailbox =
        postJson(
            "/api/integrations/connectors",
            "{\"kind\":\"EMAIL\",\"name\":\"Harbor mailbox "
                + UUID.randomUUID()
                + "\",\"settings\":{\"protocol\":\"imap\",\"host\":\"127.0.0.1\","
                + "\"port\":\"143\",\"folder\":\"INBOX\"},\"auth\":{\"type\":\"BASIC\","
                + "\"username\":\"servicedesk\",\"password\":\"pw\"}}",
            admin);
    assertThat(mailbox.status()).as(mailbox.body()).isEqualTo(201);
    long mail = mailbox.json().path("id").asLong();
    body.put("connectorId", mail);
    assertThat(
            assertProblem(postJson("/api/engagements", body.toString(), leader), 400)
                .json()
                .path("errors")
                .findValuesAsText("field"))
        .containsExactly("connectorId");
    var choices = get("/api/engagements/choices", leader).json().path("desks");
    assertThat(choices.findValuesAsText("id"))
        .contains(String.valueOf(desk))
        .doesNotContain(String.valueOf(foreign))
        .doesNotContain(String.valueOf(mail));

    JsonNode made = record(body.put("connectorId", desk).toString());
    long id = made.path("id").asLong();
    assertThat(made.path("connectorId").asLong()).isEqualTo(desk);
    assertThat(made.path("connector").path("name").asText()).isEqualTo(deskName);
    assertThat(made.path("connector").path("kind").asText()).isEqualTo("REQUEST_TRACKER");
    assertThat(TestApp.context().getBean(Engagements.class).byId(tenant, id).orElseThrow())
        .extracting(Engagements.Ref::connectorId)
        .isEqualTo(desk);
    assertThat(
            TestApp.context().getBean(Engagements.class).relyingOnConnector(tenant, desk).stream()
                .map(Engagements.Ref::id))
        .containsExactly(id);
    // The hospital cannot delete the desk the engagement relies on.
    var held =
        org.medley.testing.Api.send(
            org.medley.testing.Api.request("/api/integrations/connectors/" + desk + "?version=0")
                .DELETE()
                .header("Authorization", "Bearer " + admin)
                .build());
    assertThat(assertProblem(held, 409).body()).contains("Harbor desk sync");

    body.putNull("connectorId");
    var changed = putJson("/api/engagements/" + id, body.put("version", 0).toString(), leader);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("connectorId").isNull()).isTrue();
    assertThat(changed.json().path("history").get(1).path("detail").asText())
        .isEqualTo("partnerDesk: " + deskName + " → none");
    assertThat(TestApp.context().getBean(Engagements.class).relyingOnConnector(tenant, desk))
        .isEmpty();
  }

  @Test
  void referencesAreCheckedAgainstThePartnerAndTheHospital() throws SQLException {
    record(body("Harbor pharmacy L2", TODAY, null, null, List.of(harborGroups.get(2))));
    long apex;
    try (Connection c = TestApp.connection()) {
      apex =
          TestApp.queryLong(
              "SELECT id FROM organizations WHERE name = 'Apex Clinical IT Staffing'");
    }
    record Case(String body, String field) {}
    var cases =
        new Case[] {
          // Held by the engagement just recorded, which has not ended.
          new Case(body("x", TODAY, null, null, List.of(harborGroups.get(2))), "groupIds[0]"),
          // Northwind's group, not Harbor's.
          new Case(body("x", TODAY, null, null, List.of(northwindGroup)), "groupIds[0]"),
          new Case(body("x", TODAY, null, null, List.of(999_999_999L)), "groupIds[0]"),
          new Case(
              body("x", TODAY, null, null, List.of(harborGroups.get(0), harborGroups.get(0))),
              "groupIds"),
          // Northwind's manager cannot manage Harbor's contract.
          new Case(body("x", TODAY, null, northwindManager, List.of()), "managerAccountId"),
          new Case(body("x", TODAY, TODAY.minusDays(1), null, List.of()), "endsOn"),
          new Case(
              engagement("x", TODAY, null, null, List.of()).put("partnerId", tenant).toString(),
              "partnerId"),
          new Case(
              engagement("x", TODAY, null, null, List.of()).without("partnerId").toString(),
              "partnerId"),
          new Case(
              engagement("x", TODAY, null, null, List.of())
                  .put("staffingRequestId", 999999999)
                  .toString(),
              "staffingRequestId"),
        };
    for (Case c : cases) {
      var reply = assertProblem(postJson("/api/engagements", c.body(), leader), 400);
      assertThat(reply.json().path("errors").findValuesAsText("field"))
          .as(c.body() + " → " + reply.body())
          .contains(c.field());
    }
    // Apex works for this hospital, so it may get an engagement; but not with Harbor's manager.
    var wrongManager =
        postJson(
            "/api/engagements",
            engagement("x", TODAY, null, harborManager, List.of())
                .put("partnerId", apex)
                .toString(),
            leader);
    assertThat(assertProblem(wrongManager, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("managerAccountId");
  }

  @Test
  void theStatusFilterAgreesWithEachEngagementsStatus() {
    record(body("Harbor planned", TODAY.plusMonths(2), null, null, List.of()));
    record(body("Harbor lapsed", TODAY.minusYears(2), TODAY.minusYears(1), null, List.of()));
    long total = get("/api/engagements?size=1", leader).json().path("total").asLong();
    long sum = 0;
    for (String status : List.of("PLANNED", "ACTIVE", "ENDED")) {
      JsonNode page = get("/api/engagements?size=200&status=" + status, leader).json();
      assertThat(page.path("items").findValuesAsText("status")).isNotEmpty().containsOnly(status);
      sum += page.path("total").asLong();
    }
    assertThat(sum).isEqualTo(total);
    JsonNode byPartner =
        get("/api/engagements?size=200&sort=name,asc&partnerId=" + harbor, leader).json();
    List<String> names = names(byPartner);
    assertThat(names)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
        .contains("Harbor lapsed", "Harbor planned");
  }

  @Test
  void theListSortsByPartnerNameEitherWay() {
    long total = get("/api/engagements?size=1", leader).json().path("total").asLong();
    for (String direction : List.of("asc", "desc")) {
      JsonNode page = get("/api/engagements?size=200&sort=partner," + direction, leader).json();
      assertThat(page.path("total").asLong()).isEqualTo(total);
      List<String> partners = new ArrayList<>();
      page.path("items").forEach(e -> partners.add(e.path("partner").path("name").asText()));
      assertThat(partners)
          .contains("Apex Clinical IT Staffing", "Northwind Managed Services")
          .isSortedAccordingTo(
              direction.equals("asc")
                  ? String.CASE_INSENSITIVE_ORDER
                  : String.CASE_INSENSITIVE_ORDER.reversed());
    }
  }

  @Test
  void choicesOfferThisHospitalsPartnersTheirAccountsAndGroups() {
    JsonNode choices = get("/api/engagements/choices", leader).json();
    assertThat(choices.path("partners").findValuesAsText("name"))
        .contains(harborName, "Northwind Managed Services", "Apex Clinical IT Staffing");
    assertThat(choices.path("managers").findValuesAsText("name")).contains("Priya Raman");
    JsonNode desk = null;
    for (JsonNode g : choices.path("groups")) {
      if (g.path("id").asLong() == northwindGroup) {
        desk = g;
      }
    }
    assertThat(desk).isNotNull();
    assertThat(desk.path("engagementName").asText())
        .isEqualTo("Northwind Managed Service Desk – after-hours L1");
    // Another health system sees none of them.
    String outsider = TestUsers.otherTenant("eng-outsider-choices", "it-leader");
    JsonNode theirs = get("/api/engagements/choices", outsider).json();
    assertThat(theirs.path("partners").findValuesAsText("name")).doesNotContain(harborName);
    assertThat(theirs.path("groups").size()).isZero();
  }

  @Test
  void anotherHealthSystemNeitherSeesNorChangesThisHospitalsEngagements() {
    long id = record(body("Harbor private", TODAY, null, null, List.of())).path("id").asLong();
    String outsider = TestUsers.otherTenant("eng-outsider", "admin,it-leader");
    assertProblem(get("/api/engagements/" + id, outsider), 404);
    assertProblem(
        putJson(
            "/api/engagements/" + id,
            engagement("mine now", TODAY, null, null, List.of()).put("version", 0).toString(),
            outsider),
        404);
    assertProblem(
        postJson("/api/engagements/" + id + "/end", "{\"reason\":\"x\",\"version\":0}", outsider),
        404);
    assertThat(
            get("/api/engagements?size=200", outsider).json().path("items").findValuesAsText("id"))
        .doesNotContain(String.valueOf(id));
    // Nor may it record one for this hospital's partner or hand it this hospital's groups.
    var foreign =
        postJson(
            "/api/engagements",
            body("x", TODAY, null, null, List.of(harborGroups.get(0))),
            outsider);
    assertThat(assertProblem(foreign, 400).json().path("errors").findValuesAsText("field"))
        .contains("partnerId", "groupIds[0]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "[]",
        "{\"partnerId\":\"Harbor\",\"name\":\"x\",\"scope\":\"y\",\"startsOn\":\"2026-01-01\"}",
        "{\"partnerId\":1,\"name\":\"x\",\"scope\":\"y\",\"startsOn\":\"next week\"}",
        "{\"partnerId\":1,\"name\":\"x\",\"scope\":\"y\",\"startsOn\":\"2026-01-01\",\"groupIds\":\"all\"}",
        "{\"partnerId\":1,\"name\":\"\",\"scope\":\"y\",\"startsOn\":\"2026-01-01\"}",
        "{\"partnerId\":1,\"name\":\"x\",\"startsOn\":\"2026-01-01\"}",
      })
  void malformedBodiesAreProblems(String body) {
    assertProblem(postJson("/api/engagements", body, leader), 400);
  }

  @Test
  void oversizedTextsAreRefusedNamingTheField() {
    var longName =
        postJson("/api/engagements", body("n".repeat(201), TODAY, null, null, List.of()), leader);
    assertThat(assertProblem(longName, 400).body()).contains("name");
    var longScope =
        postJson(
            "/api/engagements",
            engagement("x", TODAY, null, null, List.of()).put("scope", "s".repeat(4001)).toString(),
            leader);
    assertThat(assertProblem(longScope, 400).body()).contains("scope");
    List<Long> many = new ArrayList<>();
    for (long i = 1; i <= 21; i++) {
      many.add(i);
    }
    assertThat(
            assertProblem(
                    postJson("/api/engagements", body("x", TODAY, null, null, many), leader), 400)
                .body())
        .contains("groupIds");
    var longReason =
        postJson(
            "/api/engagements/1/end",
            "{\"reason\":\"" + "r".repeat(1001) + "\",\"version\":0}",
            leader);
    assertThat(assertProblem(longReason, 400).body()).contains("reason");
  }

  @Test
  void badQueriesAndUnknownIdsAreProblems() {
    assertProblem(get("/api/engagements?status=DONE", leader), 400);
    assertProblem(get("/api/engagements?sort=password", leader), 400);
    assertProblem(get("/api/engagements?size=100000", leader), 400);
    assertProblem(get("/api/engagements?partnerId=abc", leader), 400);
    assertProblem(get("/api/engagements/abc", leader), 400);
    assertProblem(get("/api/engagements/999999999", leader), 404);
    assertProblem(
        putJson(
            "/api/engagements/999999999",
            engagement("x", TODAY, null, null, List.of()).put("version", 0).toString(),
            leader),
        404);
    assertProblem(
        postJson("/api/engagements/999999999/end", "{\"reason\":\"x\",\"version\":0}", leader),
        404);
    assertProblem(postJson("/api/engagements/1/end", "{\"reason\":\"x\"}", leader), 400);
    long id = record(body("Harbor versionless", TODAY, null, null, List.of())).path("id").asLong();
    var versionless =
        putJson("/api/engagements/" + id, body("x", TODAY, null, null, List.of()), leader);
    assertThat(assertProblem(versionless, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("version");
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "enduser"})
  void desksAndEndUsersAreKeptOut(String user) {
    String token = TestApp.tokenFor(user);
    assertProblem(get("/api/engagements", token), 403);
    assertProblem(
        postJson("/api/engagements", body("x", TODAY, null, null, List.of()), token), 403);
  }

  @Test
  void executivesReadButDoNotRecord() {
    String exec = TestApp.tokenFor("exec");
    assertThat(get("/api/engagements", exec).status()).isEqualTo(200);
    assertProblem(postJson("/api/engagements", body("x", TODAY, null, null, List.of()), exec), 403);
  }

  /** The engagements' own names on a page (not their partners', managers' or groups'). */
  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.path("items").forEach(e -> names.add(e.path("name").asText()));
    return names;
  }

  private static Long engagementOf(long group) throws SQLException {
    try (Connection c = TestApp.connection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT engagement_id FROM engagement_groups WHERE group_id = " + group)) {
      return rs.next() ? rs.getLong(1) : null;
    }
  }

  private static long insert(Connection c, String sql, String text) throws SQLException {
    try (var s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, text);
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }
}
