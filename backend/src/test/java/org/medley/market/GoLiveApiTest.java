package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** Go-live events over real HTTP on the demo hospital: planned, staffed, sized, cancelled. */
class GoLiveApiTest {

  private static final ZoneId HOSPITAL = ZoneId.of("America/New_York");
  private static final LocalDate START = LocalDate.now(ZoneOffset.UTC).plusDays(20);
  private static String leader;
  private static String exec;
  private static long stork;
  private static long gapApp;
  private static long goodApp;
  private static long grace;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
    exec = TestApp.tokenFor("exec");
    stork =
        TestApp.queryLong(
            "SELECT MIN(id) FROM applications WHERE name = 'Epic Stork (Obstetrics)'");
    grace = TestApp.queryLong("SELECT MIN(id) FROM staff_members WHERE name = 'Grace Liu'");
    var gaps = get("/api/coverage/gaps?status=GAP&size=1", leader);
    assertThat(gaps.status()).as(gaps.body()).isEqualTo(200);
    gapApp = gaps.json().path("items").get(0).path("applicationId").asLong();
    for (JsonNode app : get("/api/coverage/matrix", leader).json().path("applications")) {
      if (app.path("status").asText().equals("GOOD")) {
        goodApp = app.path("id").asLong();
        break;
      }
    }
    assertThat(goodApp).as("a GOOD application in the demo matrix").isPositive();
  }

  private static String terms(long app, LocalDate startsOn, LocalDate endsOn) {
    return "{\"applicationId\":%d,\"kind\":\"GO_LIVE\",\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
        .formatted(app, startsOn, endsOn);
  }

  private static JsonNode create(long app, LocalDate startsOn, LocalDate endsOn) {
    var created = postJson("/api/go-lives", terms(app, startsOn, endsOn), leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static String entry(Long staffId, String name, String tier, Instant from, Instant to) {
    return "{%s\"name\":%s,\"tier\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"role\":\"Floor\"}"
        .formatted(
            staffId == null ? "" : "\"staffId\":" + staffId + ",",
            name == null ? "null" : "\"" + name + "\"",
            tier,
            from,
            to);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(HOSPITAL).toInstant();
  }

  private static Api.Reply delete(String path, String token) {
    return Api.send(
        Api.request(path)
            .DELETE()
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .build());
  }

  @Test
  void aLeaderRecordsAGoLiveAndReadsItsSurgeWithTheHistoryItCameFrom() {
    var created = postJson("/api/go-lives", terms(stork, START, START.plusDays(2)), leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode event = created.json();
    long id = event.path("id").asLong();
    assertThat(created.header("Location")).isEqualTo("/api/go-lives/" + id);
    assertThat(event.path("status").asText()).isEqualTo("PLANNED");
    assertThat(event.path("title").asText()).isEqualTo("Go-live of Epic Stork (Obstetrics)");
    assertThat(event.path("application").path("category").asText()).isEqualTo("EHR");
    assertThat(event.path("history").get(0).path("action").asText()).isEqualTo("CREATED");
    assertThat(event.path("history").get(0).path("actorName").asText()).isEqualTo("Maria Chen");

    // Stork has no go-live of its own: the demo's EHR go-live and upgrade are its history.
    JsonNode estimate = event.path("estimate");
    assertThat(estimate.path("basis").asText()).as(estimate.toString()).isEqualTo("CATEGORY");
    assertThat(estimate.path("history").findValuesAsText("application"))
        .contains("Epic Haiku / Rover (Mobile)");
    // The demo's go-live surge shows in the ticket counts of the week after it.
    for (JsonNode point : estimate.path("history")) {
      if (point.path("application").asText().equals("Epic Haiku / Rover (Mobile)")) {
        assertThat(point.path("afterPerDay").asDouble())
            .isGreaterThan(2 * point.path("beforePerDay").asDouble());
        assertThat(point.path("ratio").asDouble()).isGreaterThan(2.0);
      }
    }
    // Stork files tickets already, so its expected volume is its usual one times the multiplier.
    assertThat(estimate.path("method").asText()).isEqualTo("RATIO");
    assertThat(estimate.path("expectedPerDay").asDouble())
        .isCloseTo(
            estimate.path("baselinePerDay").asDouble() * estimate.path("multiplier").asDouble(),
            org.assertj.core.data.Offset.offset(0.01));

    // The window's coverage: three hospital days, hour by hour.
    JsonNode coverage = event.path("coverage");
    long hours =
        Duration.between(
                Instant.parse(coverage.path("from").asText()),
                Instant.parse(coverage.path("until").asText()))
            .toHours();
    assertThat(coverage.path("windowHours").asLong()).isEqualTo(hours).isBetween(71L, 73L);
    assertThat(coverage.path("after").path("commandCenterHours").asDouble()).isZero();
    assertThat(coverage.path("after").path("tickets").asDouble())
        .isCloseTo(
            estimate.path("expectedPerDay").asDouble() * hours / 24.0,
            org.assertj.core.data.Offset.offset(0.01));

    // Executives read it, in the list too, filtered by application.
    var read = get("/api/go-lives/" + id, exec);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    var listed = get("/api/go-lives?status=PLANNED&applicationId=" + stork, exec).json();
    assertThat(listed.path("items").findValuesAsText("id")).contains(String.valueOf(id));
    assertThat(listed.path("items").get(0).path("estimate").isNull()).isTrue();
    assertProblem(postJson("/api/go-lives", terms(stork, START, START), exec), 403);
  }

  @Test
  void theDemoHasAnUpcomingUpgradeWithACommandCenterPlan() {
    var upcoming = get("/api/go-lives?status=PLANNED&sort=createdAt,asc&size=1", leader).json();
    JsonNode event =
        get("/api/go-lives/" + upcoming.path("items").get(0).path("id"), leader).json();
    assertThat(event.path("application").path("name").asText()).isEqualTo("Epic Willow (Pharmacy)");
    assertThat(event.path("plan").findValuesAsText("name")).contains("Grace Liu", "Bianca Rossi");
    assertThat(event.path("plan").findValuesAsText("kind")).contains("INTERNAL", "CONTRACTED");
    assertThat(event.path("coverage").path("after").path("commandCenterHours").asDouble())
        .isEqualTo(24.0);
  }

  @Test
  void thePlanNamesStaffAndOutsidersInsideTheWindowAndCountsTheirHours() {
    long id = create(stork, START, START.plusDays(2)).path("id").asLong();
    String plan = "/api/go-lives/" + id + "/plan";
    var added = postJson(plan, entry(grace, null, "L2", at(START, 7), at(START, 19)), leader);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonNode first = added.json().path("plan").get(0);
    assertThat(first.path("name").asText()).isEqualTo("Grace Liu");
    assertThat(first.path("kind").asText()).isEqualTo("INTERNAL");
    assertThat(first.path("hours").asDouble()).isEqualTo(12.0);

    var outsider =
        postJson(
            plan,
            entry(null, "Epic floor walker", "L3", at(START, 19), at(START.plusDays(1), 7)),
            leader);
    assertThat(outsider.status()).as(outsider.body()).isEqualTo(201);
    JsonNode event = outsider.json();
    assertThat(event.path("plan").findValuesAsText("kind")).containsExactly("INTERNAL", "OUTSIDER");
    JsonNode after = event.path("coverage").path("after");
    assertThat(after.path("commandCenterHours").asDouble()).isEqualTo(24.0);
    // An L3 outsider is an expert: the bus factor during the window grows by one.
    assertThat(after.path("busFactor").asInt())
        .isEqualTo(event.path("coverage").path("before").path("busFactor").asInt() + 1);
    assertThat(event.path("history").findValuesAsText("action")).contains("PLANNED");

    // Outside the window, neither staff nor a name, another tenant's person: refused by field.
    assertThat(
            assertProblem(
                    postJson(
                        plan,
                        entry(
                            grace,
                            null,
                            "L2",
                            at(START, 7).minus(Duration.ofDays(1)),
                            at(START, 8)),
                        leader),
                    400)
                .body())
        .contains("startsAt");
    assertThat(
            assertProblem(
                    postJson(plan, entry(null, null, "L1", at(START, 7), at(START, 8)), leader),
                    400)
                .body())
        .contains("name");
    assertThat(
            assertProblem(
                    postJson(plan, entry(grace, null, "L1", at(START, 9), at(START, 8)), leader),
                    400)
                .body())
        .contains("endsAt");
    assertProblem(
        postJson(plan, entry(grace, null, "L4", at(START, 7), at(START, 8)), leader), 400);
    assertProblem(
        postJson(plan, entry(999_999_999L, null, "L1", at(START, 7), at(START, 8)), leader), 400);

    long entryId = first.path("id").asLong();
    var removed = delete(plan + "/" + entryId, leader);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().path("plan").findValuesAsText("name"))
        .containsExactly("Epic floor walker");
    assertProblem(delete(plan + "/" + entryId, leader), 404);
    assertProblem(delete(plan + "/" + entryId, exec), 403);
  }

  @Test
  void aStaffingRequestAsksForWhatIsStillShortOnceAtATime() {
    long id = create(gapApp, START, START.plusDays(6)).path("id").asLong();
    JsonNode shortfall =
        get("/api/go-lives/" + id, leader).json().path("coverage").path("stillShort");
    assertThat(shortfall.path("peopleNeeded").asInt()).as(shortfall.toString()).isPositive();

    var opened = postJson("/api/go-lives/" + id + "/staffing-request", "", leader);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode request = opened.json();
    assertThat(opened.header("Location"))
        .isEqualTo("/api/staffing-requests/" + request.path("id").asLong());
    assertThat(request.path("kind").asText()).isEqualTo("GO_LIVE_SURGE");
    assertThat(request.path("peopleNeeded").asInt())
        .isEqualTo(shortfall.path("peopleNeeded").asInt());
    assertThat(request.path("applications").findValuesAsText("id"))
        .containsExactly(String.valueOf(gapApp));
    assertThat(request.path("endsOn").asText()).isEqualTo(START.plusDays(6).toString());
    assertThat(request.path("rationale").asText()).contains("tickets a day");

    JsonNode event = get("/api/go-lives/" + id, leader).json();
    assertThat(event.path("staffingRequest").path("id").asLong())
        .isEqualTo(request.path("id").asLong());
    assertThat(event.path("history").findValuesAsText("action")).contains("REQUESTED");
    assertProblem(postJson("/api/go-lives/" + id + "/staffing-request", "", leader), 409);

    // Once that request is cancelled, another may be opened.
    var cancelled =
        postJson(
            "/api/staffing-requests/" + request.path("id").asLong() + "/cancel",
            "{\"reason\":\"Resized\"}",
            leader);
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(postJson("/api/go-lives/" + id + "/staffing-request", "", leader).status())
        .isEqualTo(201);
  }

  @Test
  void nothingIsRequestedWhenThePlanCoversTheWholeWindow() {
    long id = create(goodApp, START, START).path("id").asLong();
    var planned =
        postJson(
            "/api/go-lives/" + id + "/plan",
            entry(null, "Vendor go-live team", "L3", at(START, 0), at(START.plusDays(1), 0)),
            leader);
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    JsonNode missing = planned.json().path("coverage").path("stillShort");
    assertThat(missing.path("peopleNeeded").asInt()).as(missing.toString()).isZero();
    assertProblem(postJson("/api/go-lives/" + id + "/staffing-request", "", leader), 409);
  }

  @Test
  void theStateMachineRecordsEveryStepAndRefusesTheRest() {
    long id = create(stork, START, START.plusDays(1)).path("id").asLong();
    String base = "/api/go-lives/" + id;
    var stale = postJson(base + "/start", "{\"version\":7}", leader);
    assertThat(assertProblem(stale, 409).json().path("errors").get(0).path("field").asText())
        .isEqualTo("version");
    var live = postJson(base + "/start", "{\"version\":0}", leader);
    assertThat(live.status()).as(live.body()).isEqualTo(200);
    assertThat(live.json().path("status").asText()).isEqualTo("LIVE");
    assertProblem(postJson(base + "/start", "{}", leader), 409);

    var cancelled =
        postJson(base + "/cancel", "{\"reason\":\"Vendor postponed\",\"version\":1}", leader);
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    JsonNode event = cancelled.json();
    assertThat(event.path("status").asText()).isEqualTo("CANCELLED");
    JsonNode last = event.path("history").get(event.path("history").size() - 1);
    assertThat(last.path("action").asText()).isEqualTo("CANCELLED");
    assertThat(last.path("detail").asText()).isEqualTo("Vendor postponed");
    assertThat(event.path("history").findValuesAsText("action"))
        .containsExactly("CREATED", "STARTED", "CANCELLED");

    // Over: no more steps, no plan, no request, no edits.
    assertProblem(postJson(base + "/cancel", "{\"reason\":\"again\"}", leader), 409);
    assertProblem(postJson(base + "/finish", "{}", leader), 409);
    assertProblem(
        postJson(base + "/plan", entry(grace, null, "L2", at(START, 7), at(START, 9)), leader),
        409);
    assertProblem(postJson(base + "/staffing-request", "", leader), 409);
    assertProblem(
        putJson(base, terms(stork, START, START).replace("}", ",\"version\":2}"), leader), 409);
    assertProblem(postJson(base + "/cancel", "{}", leader), 400);

    long other = create(stork, START, START).path("id").asLong();
    var done =
        postJson("/api/go-lives/" + other + "/finish", "{\"reason\":\"Recorded late\"}", leader);
    assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("DONE");
  }

  @Test
  void editsCarryTheVersionReadAndKeepThePlanInsideTheWindow() {
    long id = create(stork, START, START.plusDays(3)).path("id").asLong();
    String base = "/api/go-lives/" + id;
    postJson(
        base + "/plan",
        entry(grace, null, "L2", at(START.plusDays(3), 7), at(START.plusDays(3), 19)),
        leader);

    String moved =
        "{\"applicationId\":%d,\"kind\":\"UPGRADE\",\"title\":\"Stork upgrade\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"notes\":\"Moved\",\"version\":%s}";
    assertProblem(
        putJson(base, moved.formatted(stork, START, START.plusDays(3), "null"), leader), 400);
    assertProblem(
        putJson(base, moved.formatted(stork, START, START.plusDays(3), "5"), leader), 409);
    // Shrinking the window would strand the plan's last day.
    assertThat(
            assertProblem(
                    putJson(base, moved.formatted(stork, START, START.plusDays(1), "0"), leader),
                    409)
                .body())
        .contains("outside the new window");

    var changed = putJson(base, moved.formatted(stork, START, START.plusDays(4), "0"), leader);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("title").asText()).isEqualTo("Stork upgrade");
    assertThat(changed.json().path("kind").asText()).isEqualTo("UPGRADE");
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    assertThat(changed.json().path("history").findValuesAsText("action")).contains("UPDATED");
    assertProblem(
        putJson(base, moved.formatted(stork, START, START.plusDays(4), "0"), leader), 409);
    assertProblem(putJson(base, moved.formatted(stork, START, START.plusDays(4), "1"), exec), 403);
  }

  @Test
  void badInputIsAProblemNamingTheFieldNeverAServerError() {
    assertThat(
            assertProblem(
                    postJson("/api/go-lives", terms(stork, START, START.minusDays(1)), leader), 400)
                .body())
        .contains("endsOn");
    assertThat(
            assertProblem(
                    postJson("/api/go-lives", terms(stork, START, START.plusDays(90)), leader), 400)
                .body())
        .contains("90 days");
    assertThat(
            assertProblem(postJson("/api/go-lives", terms(999_999_999L, START, START), leader), 400)
                .body())
        .contains("applicationId");
    assertProblem(
        postJson("/api/go-lives", terms(stork, START, START).replace("GO_LIVE", "LAUNCH"), leader),
        400);
    assertThat(create(stork, START, START.plusDays(89)).path("endsOn").asText())
        .isEqualTo(START.plusDays(89).toString());
    for (String body :
        new String[] {
          "{",
          "[]",
          "{\"applicationId\":\"seven\"}",
          "{\"applicationId\":1,\"kind\":\"GO_LIVE\",\"startsOn\":\"soon\",\"endsOn\":\"2030-01-01\"}",
          "{}"
        }) {
      assertProblem(postJson("/api/go-lives", body, leader), 400);
    }
    assertProblem(get("/api/go-lives?status=LATE", leader), 400);
    assertProblem(get("/api/go-lives?sort=password", leader), 400);
    assertProblem(get("/api/go-lives?size=100000", leader), 400);
    assertProblem(get("/api/go-lives/abc", leader), 400);
    assertProblem(get("/api/go-lives/999999999", leader), 404);
    assertProblem(postJson("/api/go-lives/999999999/cancel", "{\"reason\":\"x\"}", leader), 404);
    assertProblem(postJson("/api/go-lives/999999999/staffing-request", "", leader), 404);
  }

  @Test
  void anotherHealthSystemNeitherSeesNorTouchesTheDemoHospitalsGoLives() {
    long id = create(stork, START, START.plusDays(1)).path("id").asLong();
    String outsider = TestUsers.otherTenant("golive-outsider", "it-leader");
    String base = "/api/go-lives/" + id;
    assertProblem(get(base, outsider), 404);
    assertProblem(
        putJson(base, terms(stork, START, START).replace("}", ",\"version\":0}"), outsider), 404);
    assertProblem(postJson(base + "/cancel", "{\"reason\":\"x\"}", outsider), 404);
    assertProblem(postJson(base + "/start", "{}", outsider), 404);
    assertProblem(
        postJson(base + "/plan", entry(null, "X", "L1", at(START, 7), at(START, 8)), outsider),
        404);
    assertProblem(postJson(base + "/staffing-request", "", outsider), 404);
    assertProblem(delete(base + "/plan/1", outsider), 404);
    assertThat(get("/api/go-lives?size=200", outsider).json().path("items").findValuesAsText("id"))
        .doesNotContain(String.valueOf(id));
    // Nor may it plan a go-live of the demo hospital's application, or staff one with its people.
    assertThat(
            assertProblem(postJson("/api/go-lives", terms(stork, START, START), outsider), 400)
                .body())
        .contains("applicationId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "partner", "enduser", "partnermgr"})
  void desksPartnersAndEndUsersDoNotSeeGoLives(String user) {
    String token = TestApp.tokenFor(user);
    assertProblem(get("/api/go-lives", token), 403);
    assertProblem(postJson("/api/go-lives", terms(stork, START, START), token), 403);
  }
}
