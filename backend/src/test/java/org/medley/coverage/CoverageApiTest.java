package org.medley.coverage;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Api;
import org.medley.testing.Json;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** The coverage API over real HTTP on the demo hospital. */
class CoverageApiTest {

  private static String leader;
  private static long businessHours;
  private static long roundTheClock;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
    var calendars = get("/api/calendars?size=50", leader).json().path("items");
    for (JsonNode calendar : calendars) {
      if (calendar.path("name").asText().equals("Business hours")) {
        businessHours = calendar.path("id").asLong();
      }
      if (calendar.path("name").asText().equals("24x7")) {
        roundTheClock = calendar.path("id").asLong();
      }
    }
  }

  static Api.Reply put(String path, String body, String token) {
    return Api.send(
        Api.request(path)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .build());
  }

  static Api.Reply delete(String path, String token) {
    return Api.send(Api.request(path).DELETE().header("Authorization", "Bearer " + token).build());
  }

  @Test
  void employersAreTheHospitalThenItsPartners() {
    var employers = get("/api/staff/employers", leader);
    assertThat(employers.status()).as(employers.body()).isEqualTo(200);
    JsonNode list = employers.json();
    assertThat(list.get(0).path("kind").asText()).isEqualTo("INTERNAL");
    assertThat(list.findValuesAsText("name")).contains("Northwind Managed Services");
    assertThat(list.findValuesAsText("kind").subList(1, list.size())).containsOnly("CONTRACTED");
    assertProblem(get("/api/staff/employers", TestApp.tokenFor("agent")), 403);
  }

  @Test
  void theDemoMatrixShowsAMixOfGoodRiskAndGap() {
    var matrix = get("/api/coverage/matrix", leader);
    assertThat(matrix.status()).as(matrix.body()).isEqualTo(200);
    JsonNode json = matrix.json();
    assertThat(json.path("applications").size()).isGreaterThanOrEqualTo(60);
    assertThat(json.path("staff").size()).isGreaterThanOrEqualTo(50);
    assertThat(json.path("counts").path("good").asInt()).isPositive();
    assertThat(json.path("counts").path("risk").asInt()).isPositive();
    assertThat(json.path("counts").path("gap").asInt()).isPositive();
    assertThat(json.path("cells").size() % 3).isZero();

    // A 24x7 application whose experts all work days shows its nights uncovered.
    boolean nightsUncovered = false;
    for (JsonNode app : json.path("applications")) {
      if (app.path("calendar").asText().equals("24x7")
          && app.path("busFactor").asInt() >= 2
          && app.path("status").asText().equals("RISK")
          && !app.path("uncovered").isEmpty()) {
        nightsUncovered = true;
      }
    }
    assertThat(nightsUncovered).isTrue();

    // Ticket history feeds load and turnaround.
    assertThat(json.findValues("tickets90").stream().mapToLong(JsonNode::asLong).sum())
        .isPositive();
    assertThat(
            json.path("staff").findValues("loadHours").stream()
                .mapToDouble(JsonNode::asDouble)
                .sum())
        .isPositive();
  }

  @Test
  void gapsComeWorstFirstWithWhatAStaffingRequestNeeds() {
    var reply = get("/api/coverage/gaps?size=500", leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode items = reply.json().path("items");
    assertThat(items.size()).isPositive();
    assertThat(items.get(0).path("status").asText()).isEqualTo("GAP");
    JsonNode request = items.get(0).path("request");
    assertThat(request.path("applicationIds").get(0).asLong())
        .isEqualTo(items.get(0).path("applicationId").asLong());
    assertThat(request.path("minimumLevel").asInt()).isEqualTo(3);
    assertThat(request.path("peopleNeeded").asInt()).isPositive();
    assertThat(items.get(0).path("reasons").size()).isPositive();
    var onlyRisk = get("/api/coverage/gaps?status=RISK", leader).json().path("items");
    onlyRisk.forEach(g -> assertThat(g.path("status").asText()).isEqualTo("RISK"));
  }

  @Test
  void drillDownsShowTheWeekHourByHour() {
    JsonNode matrix = get("/api/coverage/matrix", leader).json();
    long appId = matrix.path("applications").get(0).path("id").asLong();
    var app = get("/api/coverage/applications/" + appId, leader);
    assertThat(app.status()).as(app.body()).isEqualTo(200);
    assertThat(app.json().path("week").asText()).hasSize(168);
    long personId = matrix.path("staff").get(0).path("id").asLong();
    var person = get("/api/coverage/staff/" + personId, leader);
    assertThat(person.status()).as(person.body()).isEqualTo(200);
    assertThat(person.json().path("week").asText()).hasSize(168).contains("S");
    assertProblem(get("/api/coverage/applications/999999999", leader), 404);

    // A gap's panel carries the same staffing request draft as the gap list, so it can offer it.
    JsonNode gap = get("/api/coverage/gaps?status=GAP&size=1", leader).json().path("items").get(0);
    JsonNode panel =
        get("/api/coverage/applications/" + gap.path("applicationId").asLong(), leader).json();
    assertThat(panel.path("gap")).isEqualTo(gap);
    assertThat(panel.path("gap").path("request").path("peopleNeeded").asInt()).isPositive();
    assertProblem(get("/api/coverage/staff/abc", leader), 400);
  }

  @Test
  void whatIfRemovingEveryExpertOfAnApplicationMakesItAGap() {
    JsonNode matrix = get("/api/coverage/matrix", leader).json();
    JsonNode target = null;
    for (JsonNode app : matrix.path("applications")) {
      if (app.path("busFactor").asInt() >= 1) {
        target = app;
        break;
      }
    }
    assertThat(target).isNotNull();
    var reply =
        postJson(
            "/api/coverage/what-if", "{\"removeStaffIds\":" + target.path("experts") + "}", leader);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    long id = target.path("id").asLong();
    boolean found = false;
    for (JsonNode change : reply.json().path("changes")) {
      if (change.path("applicationId").asLong() == id) {
        assertThat(change.path("after").asText()).isEqualTo("GAP");
        found = true;
      }
    }
    assertThat(found).isTrue();

    // Adding a round-the-clock contractor at level 4 brings it back, without saving anything.
    String contractor =
        "{\"addContracted\":[{\"name\":\"Pat Contractor\",\"capacityHours\":40,"
            + "\"zone\":\"America/New_York\",\"shifts\":["
            + everyDay("00:00", "00:00")
            + "],\"skills\":[{\"applicationId\":"
            + id
            + ",\"level\":4}]}]}";
    var added = postJson("/api/coverage/what-if", contractor, leader);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    for (JsonNode status : added.json().path("statuses")) {
      if (status.path("id").asLong() == id) {
        assertThat(status.path("busFactor").asInt())
            .isEqualTo(target.path("busFactor").asInt() + 1);
        assertThat(status.path("windowCoverage").asDouble()).isEqualTo(1.0);
      }
    }
    assertThat(get("/api/coverage/matrix", leader).json().path("revision").asLong())
        .isEqualTo(matrix.path("revision").asLong());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{\"removeStaffIds\":\"all\"}",
        "{\"removeStaffIds\":[999999999]}",
        "{\"addContracted\":[{\"name\":\"x\",\"capacityHours\":40,\"zone\":\"Mars/Base\",\"shifts\":[],\"skills\":[]}]}",
        "{\"addContracted\":[{\"name\":\"x\",\"capacityHours\":40,\"zone\":\"UTC\",\"shifts\":[{\"day\":\"FUNDAY\",\"from\":\"07:00\",\"to\":\"08:00\"}],\"skills\":[]}]}",
        "{\"addContracted\":[{\"name\":\"x\",\"capacityHours\":40,\"zone\":\"UTC\",\"shifts\":[],\"skills\":[{\"applicationId\":999999999,\"level\":3}]}]}",
        "{\"addContracted\":[{\"name\":\"x\",\"capacityHours\":40,\"zone\":\"UTC\",\"shifts\":[],\"skills\":[{\"applicationId\":1,\"level\":9}]}]}"
      })
  void badWhatIfQuestionsAreClientErrors(String body) {
    var reply = postJson("/api/coverage/what-if", body, leader);
    assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }

  @Test
  void everySignedInUserSearchesApplicationsButOnlyLeadersChangeThem() {
    String enduser = TestApp.tokenFor("enduser");
    var found = get("/api/applications?q=epic%20clin", enduser);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.json().path("items").get(0).path("name").asText()).contains("ClinDoc");
    assertThat(get("/api/applications?q=%25", enduser).json().path("total").asLong()).isZero();
    assertProblem(
        postJson("/api/applications", application("Nope", businessHours).toString(), enduser), 403);
    assertProblem(get("/api/staff", enduser), 403);
    assertProblem(get("/api/coverage/matrix", enduser), 403);
    assertProblem(get("/api/coverage/matrix", TestApp.tokenFor("agent")), 403);
    assertProblem(get("/api/applications", null), 401);
  }

  @Test
  void aNurseFindsEpicByTheNameOnHerScreen() {
    String enduser = TestApp.tokenFor("enduser");
    var hyperspace = get("/api/applications?q=HYPERspace&size=50", enduser);
    assertThat(hyperspace.status()).as(hyperspace.body()).isEqualTo(200);
    assertThat(hyperspace.json().path("items").findValuesAsText("name"))
        .contains("Epic ClinDoc (Inpatient)")
        .allMatch(name -> name.startsWith("Epic"));
    assertThat(hyperspace.json().path("items").get(0).path("aliases").toString())
        .contains("Hyperspace");
    assertThat(
            get("/api/applications?q=powerchart", enduser)
                .json()
                .path("items")
                .findValuesAsText("name"))
        .containsExactly("Oracle Health PowerChart (Affiliate)");
    // The vendor is searched too; LIKE wildcards in q stay literal.
    assertThat(get("/api/applications?q=haemonetics", enduser).json().path("total").asLong())
        .isEqualTo(1);
    assertThat(get("/api/applications?q=_", enduser).json().path("total").asLong()).isZero();
  }

  @Test
  void aPercentSignInTheSearchMatchesItself() {
    String leader = TestApp.tokenFor("leader");
    String name = "Uptime 100% " + UUID.randomUUID();
    var created =
        postJson("/api/applications", application(name, businessHours).toString(), leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    try {
      assertThat(
              get("/api/applications?q=uptime%20100%25&size=100", leader)
                  .json()
                  .path("items")
                  .findValuesAsText("id"))
          .contains(String.valueOf(id));
    } finally {
      assertThat(delete("/api/applications/" + id, leader).status()).isEqualTo(204);
    }
  }

  @Test
  void aliasesAreKeptTidyAndRoundTrip() {
    String name = "Bedside Glucose " + UUID.randomUUID();
    ObjectNode body = application(name, businessHours);
    body.putArray("aliases").add(" Glucometer ").add("GLUCOMETER").add("").add("POC glucose");
    var created = postJson("/api/applications", body.toString(), leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.json().path("aliases").toString())
        .isEqualTo("[\"Glucometer\",\"POC glucose\"]");
    var found = get("/api/applications?q=poc%20gluc", TestApp.tokenFor("enduser"));
    assertThat(found.json().path("items").findValuesAsText("id")).contains(String.valueOf(id));

    // A change that does not mention aliases keeps them; an empty list clears them.
    String keep = application(name, businessHours).put("version", 0).toString();
    assertThat(put("/api/applications/" + id, keep, leader).json().path("aliases").size())
        .isEqualTo(2);
    ObjectNode clear = application(name, businessHours).put("version", 1);
    clear.putArray("aliases");
    var cleared = put("/api/applications/" + id, clear.toString(), leader);
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().path("aliases").size()).isZero();
    assertThat(get("/api/applications/" + id, leader).json().path("aliases").size()).isZero();
    assertThat(delete("/api/applications/" + id, leader).status()).isEqualTo(204);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[\"a;b\"]",
        "[\"nul\\u0000here\"]",
        "[\"line\\nbreak\"]",
        "[null]",
        "[\"12345678901234567890123456789012345678901234567890X\"]",
        "[\"a1\",\"a2\",\"a3\",\"a4\",\"a5\",\"a6\",\"a7\",\"a8\",\"a9\",\"a10\",\"a11\",\"a12\","
            + "\"a13\",\"a14\",\"a15\",\"a16\",\"a17\",\"a18\",\"a19\",\"a20\",\"a21\"]"
      })
  void badAliasesAreRefusedNamingTheField(String aliases) {
    ObjectNode body = application("Bad Aliases " + UUID.randomUUID(), businessHours);
    body.set("aliases", Json.parse(aliases));
    var reply = assertProblem(postJson("/api/applications", body.toString(), leader), 400);
    assertThat(reply.body()).contains("aliases");
  }

  @Test
  void aLeaderAddsChangesAndRemovesAnApplication() {
    String name = "Bedside Glucose " + UUID.randomUUID();
    var created =
        postJson("/api/applications", application(name, businessHours).toString(), leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location")).isEqualTo("/api/applications/" + id);
    assertThat(created.json().path("calendar").asText()).isEqualTo("Business hours");
    assertProblem(
        postJson("/api/applications", application(name, businessHours).toString(), leader), 409);

    String change = application(name, roundTheClock).put("version", 0).toString();
    var changed = put("/api/applications/" + id, change, leader);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    assertProblem(put("/api/applications/" + id, change, leader), 409); // stale version

    // It is a gap at once: nobody knows it.
    var gaps = get("/api/coverage/gaps?size=500", leader).json().path("items");
    assertThat(gaps.findValues("applicationId").stream().map(JsonNode::asLong)).contains(id);

    assertThat(delete("/api/applications/" + id, leader).status()).isEqualTo(204);
    assertProblem(get("/api/applications/" + id, leader), 404);
  }

  @Test
  void otherFeaturesSeeAnApplicationsChangeAndRemovalAtOnce() throws SQLException {
    String name = "Infusion Pumps " + UUID.randomUUID();
    long id =
        postJson("/api/applications", application(name, businessHours).toString(), leader)
            .json()
            .path("id")
            .asLong();
    long tenant;
    try (var c = TestApp.connection();
        var rows =
            c.createStatement()
                .executeQuery("SELECT tenant_id FROM applications WHERE id = " + id)) {
      rows.next();
      tenant = rows.getLong(1);
    }
    Catalog catalog = TestApp.context().getBean(Catalog.class);
    assertThat(catalog.application(tenant, id)).map(Catalog.ApplicationRef::name).contains(name);

    String renamed = name + " (Alaris)";
    var changed =
        put(
            "/api/applications/" + id,
            application(renamed, roundTheClock).put("version", 0).toString(),
            leader);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(catalog.application(tenant, id))
        .map(Catalog.ApplicationRef::calendarId)
        .as("the kept copy was dropped when the change committed")
        .contains(roundTheClock);
    assertThat(catalog.application(tenant, id)).map(Catalog.ApplicationRef::name).contains(renamed);

    assertThat(delete("/api/applications/" + id, leader).status()).isEqualTo(204);
    assertThat(catalog.application(tenant, id)).isEmpty();
  }

  @Test
  void theTriageEntryIsMadeOnceAndStaysOutOfTheCatalog() throws SQLException {
    long tenant;
    try (var c = TestApp.connection();
        var rows =
            c.createStatement()
                .executeQuery("SELECT tenant_id FROM applications ORDER BY id LIMIT 1")) {
      rows.next();
      tenant = rows.getLong(1);
    }
    try (var c = TestApp.connection()) {
      org.medley.testing.TriageEntry.isMadeOnce(
          TestApp.context().getBean(Catalog.class), c, tenant);
    }
    var all = get("/api/applications?size=500", leader).json().path("items");
    assertThat(all.findValuesAsText("name")).doesNotContain("Other / I don't know");
    var gaps = get("/api/coverage/gaps?size=500", leader).json().path("items");
    assertThat(gaps.toString()).doesNotContain("I don't know");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "not json",
        "{\"name\":\"x\",\"vendor\":\"v\",\"category\":\"EHR\",\"criticality\":7,\"lifecycle\":\"LIVE\",\"calendarId\":1}",
        "{\"name\":\"x\",\"vendor\":\"v\",\"category\":\"ehr stuff\",\"criticality\":1,\"lifecycle\":\"LIVE\",\"calendarId\":1}",
        "{\"name\":\"x\",\"vendor\":\"v\",\"category\":\"EHR\",\"criticality\":\"high\",\"lifecycle\":\"LIVE\",\"calendarId\":1}",
        "{\"name\":\"x\",\"vendor\":\"v\",\"category\":\"EHR\",\"criticality\":1,\"lifecycle\":\"ALIVE\",\"calendarId\":1}",
        "{\"name\":\"x\",\"vendor\":\"v\",\"category\":\"EHR\",\"criticality\":1,\"lifecycle\":\"LIVE\",\"calendarId\":999999999}",
        "{\"name\":\"\",\"vendor\":\"v\",\"category\":\"EHR\",\"criticality\":1,\"lifecycle\":\"LIVE\",\"calendarId\":1}"
      })
  void badApplicationsAreClientErrors(String body) {
    var reply = postJson("/api/applications", body, leader);
    assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }

  @Test
  void staffWithShiftsAndSkills() {
    String email = "nightowl-" + UUID.randomUUID() + "@riverside-health.example";
    String body =
        "{\"name\":\"Night Owl\",\"email\":\""
            + email
            + "\",\"kind\":\"INTERNAL\",\"team\":\"Infrastructure\",\"zone\":\"America/New_York\","
            + "\"capacityHours\":36,\"shifts\":["
            + "{\"day\":\"SUNDAY\",\"from\":\"22:00\",\"to\":\"06:00\"}]}";
    var created = postJson("/api/staff", body, leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.json().path("employer").asText()).isEqualTo("Riverside Health");
    assertThat(created.json().path("shifts").get(0).path("to").asText()).isEqualTo("06:00");
    assertProblem(postJson("/api/staff", body, leader), 409);

    long app =
        get("/api/applications?q=PACS", leader).json().path("items").get(0).path("id").asLong();
    var skill =
        put(
            "/api/skills",
            "{\"staffId\":"
                + id
                + ",\"applicationId\":"
                + app
                + ",\"level\":4,\"verifiedOn\":\"2026-01-15\"}",
            leader);
    assertThat(skill.status()).as(skill.body()).isEqualTo(200);
    assertThat(get("/api/skills?staffId=" + id, leader).json().get(0).path("level").asInt())
        .isEqualTo(4);
    assertProblem(
        put(
            "/api/skills",
            "{\"staffId\":" + id + ",\"applicationId\":" + app + ",\"level\":5}",
            leader),
        400);
    assertProblem(
        put(
            "/api/skills",
            "{\"staffId\":999999999,\"applicationId\":" + app + ",\"level\":3}",
            leader),
        404);

    // The desk's routing sees the shift: on at Monday 03:00 New York, off at noon.
    var directory = TestApp.context().getBean(StaffDirectory.class);
    long tenant = tenantOfLeader();
    assertThat(directory.onShift(tenant, List.of(id), Instant.parse("2026-11-23T08:00:00Z")))
        .containsExactly(id);
    assertThat(directory.onShift(tenant, List.of(id), Instant.parse("2026-11-23T17:00:00Z")))
        .isEmpty();

    assertThat(delete("/api/staff/" + id, leader).status()).isEqualTo(204);
    assertProblem(get("/api/staff/" + id, leader), 404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"x\",\"email\":\"not-an-email\",\"kind\":\"INTERNAL\",\"zone\":\"UTC\",\"capacityHours\":40,\"shifts\":[]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"FREELANCE\",\"zone\":\"UTC\",\"capacityHours\":40,\"shifts\":[]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"INTERNAL\",\"zone\":\"Mars/Base\",\"capacityHours\":40,\"shifts\":[]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"INTERNAL\",\"zone\":\"UTC\",\"capacityHours\":400,\"shifts\":[]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"INTERNAL\",\"zone\":\"UTC\",\"capacityHours\":40,\"shifts\":[{\"day\":\"MONDAY\",\"from\":\"7am\",\"to\":\"19:00\"}]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"CONTRACTED\",\"zone\":\"UTC\",\"capacityHours\":40,\"shifts\":[]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"CONTRACTED\",\"employerId\":999999,\"zone\":\"UTC\",\"capacityHours\":40,\"shifts\":[]}",
        "{\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"INTERNAL\",\"zone\":\"UTC\",\"capacityHours\":40}"
      })
  void badStaffAreClientErrors(String body) {
    var reply = postJson("/api/staff", body, leader);
    assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PUT | /api/skills | {\"staffId\":1,\"applicationId\":1,\"level\":9} | level",
        "POST | /api/staff | {\"name\":\"x\",\"email\":\"x@y.example\",\"kind\":\"INTERNAL\",\"zone\":\"UTC\",\"capacityHours\":400,\"shifts\":[]} | capacityHours",
        "POST | /api/coverage/what-if | {\"removeStaffIds\":[1,null]} | removeStaffIds[1]",
        "POST | /api/coverage/what-if | {\"addContracted\":[{\"name\":\"x\",\"capacityHours\":40,\"zone\":\"UTC\",\"shifts\":[{\"day\":\"MONDAY\",\"from\":\"07:00\",\"to\":\"08:00\"},{\"day\":\"FUNDAY\",\"from\":\"07:00\",\"to\":\"08:00\"}],\"skills\":[]}]} | addContracted[0].shifts[1].day",
        "GET | /api/coverage/gaps?size=0 | | size",
      })
  void validationErrorsNameTheirField(String method, String path, String body, String field) {
    var request =
        Api.request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + leader)
            .build();
    JsonNode errors = assertProblem(Api.send(request), 400).json().path("errors");
    assertThat(errors.findValuesAsText("field")).as(errors.toString()).containsExactly(field);
    assertThat(errors.get(0).path("message").asText()).doesNotContain("body", field + ":");
  }

  @Test
  void anotherHealthSystemSeesNoneOfRiversidesCoverage() {
    String other = otherTenantLeader();
    long app =
        get("/api/applications?q=PACS", leader).json().path("items").get(0).path("id").asLong();
    long person = get("/api/staff?size=1", leader).json().path("items").get(0).path("id").asLong();
    assertProblem(get("/api/applications/" + app, other), 404);
    assertProblem(get("/api/staff/" + person, other), 404);
    assertProblem(get("/api/coverage/applications/" + app, other), 404);
    assertProblem(get("/api/skills?staffId=" + person, other), 404);
    assertProblem(
        put(
            "/api/applications/" + app,
            application("Taken", 1).put("version", 0).toString(),
            other),
        404);
    assertProblem(delete("/api/staff/" + person, other), 404);
    assertProblem(
        put(
            "/api/skills",
            "{\"staffId\":" + person + ",\"applicationId\":" + app + ",\"level\":3}",
            other),
        404);
    assertProblem(
        postJson("/api/coverage/what-if", "{\"removeStaffIds\":[" + person + "]}", other), 404);
    assertThat(get("/api/applications", other).json().path("total").asLong()).isZero();
    assertThat(get("/api/coverage/matrix", other).json().path("applications").size()).isZero();
  }

  @Test
  void ticketHistoryAggregatesTheDemoTickets() {
    var history = TestApp.context().getBean(TicketHistory.class);
    long tenant = tenantOfLeader();
    Instant now = Instant.now();
    assertThat(history.volumeByApplication(tenant, now)).isNotEmpty();
    var weeks = history.weeklyAssignments(tenant, now, 6);
    assertThat(weeks).isNotEmpty().allSatisfy(w -> assertThat(w.perWeek()).hasSize(6));
    var turnarounds = history.turnarounds(tenant, now.minus(java.time.Duration.ofDays(90)), now);
    assertThat(turnarounds.byApplication()).isNotEmpty();
    assertThat(turnarounds.byPerson()).allSatisfy(m -> assertThat(m.median()).isPositive());
  }

  // ---- helpers

  static ObjectNode application(String name, long calendarId) {
    return Json.object(
        entry("name", name),
        entry("vendor", "Abbott"),
        entry("category", "LABORATORY"),
        entry("criticality", 2),
        entry("lifecycle", "PLANNED"),
        entry("calendarId", calendarId));
  }

  static String everyDay(String from, String to) {
    return String.join(
        ",",
        java.util.stream.Stream.of(java.time.DayOfWeek.values())
            .map(d -> "{\"day\":\"" + d + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}")
            .toList());
  }

  static long tenantOfLeader() {
    return TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'leader'");
  }

  /** An IT leader of another health system. */
  static String otherTenantLeader() {
    return TestUsers.otherTenant("lakeside-leader", "it-leader");
  }
}
