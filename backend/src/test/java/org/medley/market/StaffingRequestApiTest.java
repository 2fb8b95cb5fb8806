package org.medley.market;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.Json;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** Staffing requests over real HTTP on the demo hospital: made from a gap, listed, cancelled. */
class StaffingRequestApiTest {

  private static final String START = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
  private static String leader;
  private static String exec;
  private static JsonNode gap;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
    exec = TestApp.tokenFor("exec");
    var gaps = get("/api/coverage/gaps?status=GAP&size=1", leader);
    assertThat(gaps.status()).as(gaps.body()).isEqualTo(200);
    gap = gaps.json().path("items").get(0);
  }

  /** The body the gap list's button sends: the gap's draft as it stands. */
  private static ObjectNode fromGap(String kind, String endsOn) {
    JsonNode draft = gap.path("request");
    ObjectNode body =
        Json.object(
            entry("kind", kind),
            entry("applicationIds", List.of(gap.path("applicationId").asLong())),
            entry("minimumLevel", draft.path("minimumLevel").asInt()),
            entry("peopleNeeded", draft.path("peopleNeeded").asInt()),
            entry("hoursPerWeek", draft.path("hoursPerWeek").asInt()),
            entry("supportWindow", draft.path("window").asText()),
            entry("startsOn", START));
    body.put("endsOn", endsOn);
    body.put("rationale", draft.path("rationale").asText());
    body.put("notes", "Remote is fine");
    return body;
  }

  @Test
  void zeroPeopleNeededIsRefusedByNameNotRaisedToOne() {
    String body = fromGap("LONG_TERM", null).put("peopleNeeded", 0).toString();
    assertThat(body).contains("\"peopleNeeded\":0");
    var refused = postJson("/api/staffing-requests", body, leader);
    assertProblem(refused, 400);
    assertThat(refused.json().path("errors").findValuesAsText("field")).contains("peopleNeeded");
  }

  @Test
  void aLeaderOpensARequestFromAGapAndFindsItListedWithItsAuthor() {
    var created = postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode request = created.json();
    long id = request.path("id").asLong();
    assertThat(created.header("Location")).isEqualTo("/api/staffing-requests/" + id);
    assertThat(request.path("status").asText()).isEqualTo("OPEN");
    assertThat(request.path("title").asText()).contains(gap.path("name").asText());
    assertThat(request.path("applications").get(0).path("name").asText())
        .isEqualTo(gap.path("name").asText());
    assertThat(request.path("createdBy").asText()).isEqualTo("leader");
    assertThat(request.path("history").get(0).path("action").asText()).isEqualTo("CREATED");
    assertThat(request.path("history").get(0).path("actorName").asText()).isEqualTo("Maria Chen");

    // Executives read; the list filters by application and status.
    var listed =
        get("/api/staffing-requests?status=OPEN&applicationId=" + gap.path("applicationId"), exec);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json().path("items").findValuesAsText("id")).contains(String.valueOf(id));
    var cancelledOnly = get("/api/staffing-requests?status=CANCELLED&size=200", exec).json();
    assertThat(cancelledOnly.path("items").findValuesAsText("id"))
        .doesNotContain(String.valueOf(id));
    assertProblem(
        postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), exec), 403);
  }

  @Test
  void cancellingRecordsWhoAndWhyAndHappensOnce() {
    long id =
        postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), leader)
            .json()
            .path("id")
            .asLong();
    var stale =
        postJson(
            "/api/staffing-requests/" + id + "/cancel", "{\"reason\":\"x\",\"version\":7}", leader);
    assertThat(assertProblem(stale, 409).json().path("errors").get(0).path("field").asText())
        .isEqualTo("version");

    var cancelled =
        postJson(
            "/api/staffing-requests/" + id + "/cancel",
            "{\"reason\":\"Filled by an internal transfer\",\"version\":0}",
            leader);
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
    JsonNode last = cancelled.json().path("history").get(1);
    assertThat(last.path("action").asText()).isEqualTo("CANCELLED");
    assertThat(last.path("actor").asText()).isEqualTo("leader");
    assertThat(last.path("detail").asText()).isEqualTo("Filled by an internal transfer");

    assertProblem(
        postJson("/api/staffing-requests/" + id + "/cancel", "{\"reason\":\"again\"}", leader),
        409);
  }

  @Test
  void theListIsPagedAndSorted() {
    for (int i = 0; i < 3; i++) {
      postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), leader);
    }
    var first = get("/api/staffing-requests?size=2&page=0&sort=createdAt,asc", leader).json();
    assertThat(first.path("items").size()).isEqualTo(2);
    assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(4);
    var second = get("/api/staffing-requests?size=2&page=1&sort=createdAt,asc", leader).json();
    assertThat(second.path("items").get(0).path("id").asLong())
        .isGreaterThan(first.path("items").get(1).path("id").asLong());
    assertThat(first.path("items").get(0).path("history").isNull()).isTrue();
  }

  @Test
  void badRequestsAreRefusedNamingTheField() {
    long app = gap.path("applicationId").asLong();
    String base =
        "{\"kind\":\"LONG_TERM\",\"applicationIds\":[%s],\"minimumLevel\":%s,\"peopleNeeded\":1,"
            + "\"hoursPerWeek\":%s,\"supportWindow\":\"24x7\",\"startsOn\":\"%s\",\"endsOn\":%s}";
    record Case(String body, String field) {}
    var cases =
        new Case[] {
          new Case(base.formatted(app, 5, 40, START, "null"), "minimumLevel"),
          new Case(base.formatted(app, 3, 0, START, "null"), "hoursPerWeek"),
          new Case(base.formatted("", 3, 40, START, "null"), "applicationIds"),
          new Case(base.formatted(app, 3, 40, "2020-01-01", "null"), "startsOn"),
          new Case(base.formatted(app, 3, 40, START, "\"2020-01-01\""), "endsOn"),
          new Case(base.formatted(999_999_999, 3, 40, START, "null"), "applicationIds[0]"),
          new Case(fromGap("PROJECT", null).toString(), "endsOn"),
          new Case(fromGap("SURGE", null).toString(), "kind"),
        };
    for (Case c : cases) {
      var reply = assertProblem(postJson("/api/staffing-requests", c.body(), leader), 400);
      // Bean validation names the field in the message ("body.minimumLevel: …"); the
      // request's own rules name it in `field`.
      List<String> named = new ArrayList<>();
      for (JsonNode error : reply.json().path("errors")) {
        named.add(
            error.path("field").isTextual()
                ? error.path("field").asText()
                : error.path("message").asText().split(":")[0]);
      }
      assertThat(named)
          .as(c.body() + " → " + reply.body())
          .anySatisfy(f -> assertThat(f).endsWith(c.field()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "[]",
        "{\"kind\":\"LONG_TERM\",\"applicationIds\":\"seven\"}",
        "{\"kind\":\"LONG_TERM\",\"applicationIds\":[1],\"minimumLevel\":3,\"peopleNeeded\":1,"
            + "\"hoursPerWeek\":40,\"supportWindow\":\"x\",\"startsOn\":\"next week\"}",
      })
  void malformedBodiesAreProblems(String body) {
    assertProblem(postJson("/api/staffing-requests", body, leader), 400);
  }

  @Test
  void badQueriesAndUnknownIdsAreProblems() {
    assertProblem(get("/api/staffing-requests?status=DONE", leader), 400);
    assertProblem(get("/api/staffing-requests?sort=password", leader), 400);
    assertProblem(get("/api/staffing-requests?size=100000", leader), 400);
    assertProblem(get("/api/staffing-requests/abc", leader), 400);
    assertProblem(get("/api/staffing-requests/999999999", leader), 404);
    assertProblem(
        postJson("/api/staffing-requests/999999999/cancel", "{\"reason\":\"x\"}", leader), 404);
    assertProblem(postJson("/api/staffing-requests/1/cancel", "{}", leader), 400);
  }

  @Test
  void anotherHealthSystemNeitherSeesNorCancelsTheDemoHospitalsRequests() {
    long id =
        postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), leader)
            .json()
            .path("id")
            .asLong();
    String outsider = TestUsers.otherTenant("sr-outsider", "it-leader");
    assertProblem(get("/api/staffing-requests/" + id, outsider), 404);
    assertProblem(
        postJson("/api/staffing-requests/" + id + "/cancel", "{\"reason\":\"x\"}", outsider), 404);
    assertThat(
            get("/api/staffing-requests?size=200", outsider)
                .json()
                .path("items")
                .findValuesAsText("id"))
        .doesNotContain(String.valueOf(id));
    // Nor may it name the demo hospital's application in a request of its own.
    var foreign =
        postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), outsider);
    assertThat(assertProblem(foreign, 400).json().path("errors").get(0).path("field").asText())
        .isEqualTo("applicationIds[0]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"agent", "partner", "enduser"})
  void desksPartnersAndEndUsersAreKeptOutForNow(String user) {
    String token = TestApp.tokenFor(user);
    assertProblem(get("/api/staffing-requests", token), 403);
    assertProblem(
        postJson("/api/staffing-requests", fromGap("LONG_TERM", null).toString(), token), 403);
  }
}
