package org.medley.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

class CalendarApiTest {

  private static String admin;
  private static long businessHours;

  @BeforeAll
  static void signIn() {
    admin = TestApp.tokenFor("admin");
    var list = get("/api/calendars?q=business", admin).json();
    businessHours = list.path("items").get(0).path("id").asLong();
  }

  private static String weekdays(String name, String zone, String from, String to) {
    String day = "[{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}]";
    return "{\"name\":\""
        + name
        + "\",\"zone\":\""
        + zone
        + "\",\"week\":{\"MONDAY\":"
        + day
        + ",\"TUESDAY\":"
        + day
        + ",\"WEDNESDAY\":"
        + day
        + ",\"THURSDAY\":"
        + day
        + ",\"FRIDAY\":"
        + day
        + "},\"holidays\":[{\"date\":\"2026-12-25\",\"name\":\"Christmas\"}]}";
  }

  @Test
  void adminDefinesACalendarAndReadsItBack() {
    String name = "Pharmacy " + UUID.randomUUID();
    var created =
        postJson("/api/calendars", weekdays(name, "Europe/Berlin", "08:00", "16:00"), admin);
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location")).isEqualTo("/api/calendars/" + id);

    var read = get("/api/calendars/" + id, admin);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(
            read.json().path("definition").path("week").path("MONDAY").get(0).path("from").asText())
        .isEqualTo("08:00");

    var again =
        postJson("/api/calendars", weekdays(name, "Europe/Berlin", "08:00", "16:00"), admin);
    assertProblem(again, 409);
  }

  @Test
  void aHolidaySentWithoutOpenHoursReadsBackAsClosedAllDay() {
    var created =
        postJson(
            "/api/calendars",
            weekdays("Closed " + UUID.randomUUID(), "America/Chicago", "08:00", "16:00"),
            admin);
    assertThat(created.status()).isEqualTo(201);
    var holiday =
        get("/api/calendars/" + created.json().path("id").asLong(), admin)
            .json()
            .path("definition")
            .path("holidays")
            .get(0);
    // The document promises an array: an empty one, never null.
    assertThat(holiday.path("open").isArray()).as(holiday.toString()).isTrue();
    assertThat(holiday.path("open")).isEmpty();
  }

  @Test
  void listIsPagedAndSearchable() {
    var all = get("/api/calendars?page=0&size=2", admin).json();
    assertThat(all.path("items").size()).isLessThanOrEqualTo(2);
    assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(3);
    var found = get("/api/calendars?q=24x7", admin).json();
    assertThat(found.path("items").get(0).path("name").asText()).isEqualTo("24x7");
    assertThat(get("/api/calendars?q=%25nothing-like-this", admin).json().path("total").asLong())
        .isZero();
  }

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
    // Business hours are 08:00–17:00 New York, weekdays. Friday 4 Dec 16:00 EST + 2 h:
    // one hour on Friday, one on Monday from 08:00 → Monday 09:00 EST = 14:00Z.
    "2026-12-04T21:00:00Z, PT2H, 2026-12-07T14:00:00Z",
    // Christmas Eve is open 07:00–12:00 only and Christmas closed: Thursday 24 Dec 11:00 EST + 3 h
    // → 1 h on the 24th, nothing on the 25th, 2 h on Monday 28th from 08:00 → 10:00 EST = 15:00Z.
    "2026-12-24T16:00:00Z, PT3H, 2026-12-28T15:00:00Z",
    // Saturday start: nothing counts until Monday 08:00 EST; + 30 min → 13:30Z.
    "2026-12-05T15:00:00Z, PT30M, 2026-12-07T13:30:00Z"
  })
  void deadlinesFollowTheDemoBusinessHours(String start, String duration, String expected) {
    var reply =
        postJson(
            "/api/calendars/" + businessHours + "/deadline",
            "{\"start\":\"" + start + "\",\"duration\":\"" + duration + "\"}",
            admin);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("deadline").asText()).isEqualTo(expected);

    var back =
        postJson(
            "/api/calendars/" + businessHours + "/elapsed",
            "{\"from\":\"" + start + "\",\"to\":\"" + expected + "\"}",
            admin);
    assertThat(back.json().path("businessDuration").asText()).isEqualTo(duration);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"x1\",\"zone\":\"Mars/Base\",\"week\":{\"MONDAY\":[{\"from\":\"09:00\",\"to\":\"17:00\"}]}} | zone",
        "{\"name\":\"x2\",\"zone\":\"UTC\",\"week\":{\"MONDAY\":[{\"from\":\"25:00\",\"to\":\"17:00\"}]}} | week.MONDAY[0]",
        "{\"name\":\"x3\",\"zone\":\"UTC\",\"week\":{\"MONDAY\":[{\"from\":\"09:00\",\"to\":\"17:00\"},{\"from\":\"12:00\",\"to\":\"18:00\"}]}} | week.MONDAY[1]",
        "{\"name\":\"x4\",\"zone\":\"UTC\",\"week\":{}} | week",
        "{\"name\":\"x5\",\"zone\":\"UTC\",\"week\":{\"FUNDAY\":[{\"from\":\"09:00\",\"to\":\"17:00\"}]}} | week.FUNDAY"
      })
  void badCalendarsNameTheField(String body, String field) {
    var reply = assertProblem(postJson("/api/calendars", body, admin), 400);
    assertThat(reply.json().path("errors").toString()).contains("\"field\":\"" + field);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "[]",
        "{\"start\":\"yesterday\",\"duration\":\"PT1H\"}",
        "{\"start\":\"2026-12-04T21:00:00Z\",\"duration\":\"one hour\"}",
        "{\"start\":\"2026-12-04T21:00:00Z\",\"duration\":5}",
        "{\"start\":\"2026-12-04T21:00:00Z\",\"duration\":\"-PT1H\"}",
        "{\"start\":\"2026-12-04T21:00:00Z\",\"duration\":\"P9999D\"}",
        "{\"start\":{\"a\":1},\"duration\":\"PT1H\"}"
      })
  void badDeadlineQuestionsAreClientErrors(String body) {
    var reply = postJson("/api/calendars/" + businessHours + "/deadline", body, admin);
    assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    assertProblem(reply, reply.status());
  }

  @Test
  void elapsedBackwardsIsAClientError() {
    var reply =
        postJson(
            "/api/calendars/" + businessHours + "/elapsed",
            "{\"from\":\"2026-12-07T14:00:00Z\",\"to\":\"2026-12-04T21:00:00Z\"}",
            admin);
    assertProblem(reply, 400);
  }

  @Test
  void unknownAndMalformedIdsAreClientErrors() {
    assertProblem(get("/api/calendars/999999999", admin), 404);
    assertProblem(get("/api/calendars/abc", admin), 400);
    assertProblem(get("/api/calendars?size=100000", admin), 400);
  }

  @Test
  void rolesAreEnforced() {
    assertProblem(get("/api/calendars", TestApp.tokenFor("enduser")), 403);
    assertProblem(get("/api/calendars", TestApp.tokenFor("partner")), 403);
    assertProblem(get("/api/calendars", null), 401);
    var agentCreates =
        postJson(
            "/api/calendars",
            weekdays("Agent's own", "UTC", "09:00", "17:00"),
            TestApp.tokenFor("agent"));
    assertProblem(agentCreates, 403);
  }

  @Test
  void anotherHealthSystemSeesNoneOfRiversidesCalendars() throws SQLException {
    String otherAdmin = otherTenantAdmin();
    assertProblem(get("/api/calendars/" + businessHours, otherAdmin), 404);
    assertProblem(
        postJson(
            "/api/calendars/" + businessHours + "/deadline",
            "{\"start\":\"2026-12-04T21:00:00Z\",\"duration\":\"PT1H\"}",
            otherAdmin),
        404);
    // Other tests give that health system calendars of its own; none of Riverside's is listed.
    List<String> listed =
        get("/api/calendars?size=200", otherAdmin).json().path("items").findValuesAsText("id");
    assertThat(
            listed.isEmpty()
                ? 0
                : TestApp.queryLong(
                    "SELECT COUNT(*) FROM calendars c JOIN organizations o ON o.id = c.tenant_id"
                        + " WHERE o.name = 'Riverside Health' AND c.id IN ("
                        + String.join(",", listed)
                        + ")"))
        .isZero();
  }

  private static String otherTenantAdmin() {
    return TestUsers.otherTenant("lakeside-admin", "admin");
  }
}
