package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * HTM skills over HTTP on the demo hospital: device classes as matrix rows, certifications with
 * expiry, and a biomed gap turned into a staffing request.
 */
class HtmCoverageApiTest {

  private static String leader;
  private static LocalDate today;
  private static long frank;
  private static long olga;

  @BeforeAll
  static void fixtures() {
    leader = TestApp.tokenFor("leader");
    // The demo hospital's date, on which certifications are judged.
    today = LocalDate.now(ZoneId.of("America/New_York"));
    JsonNode staff = get("/api/coverage/matrix", leader).json().path("staff");
    frank = idOf(staff, "Frank Delgado");
    olga = idOf(staff, "Olga Ivanova");
  }

  private static long idOf(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (item.path("name").asText().equals(name)) {
        return item.path("id").asLong();
      }
    }
    throw new AssertionError("no " + name);
  }

  private static JsonNode row(JsonNode matrix, String name) {
    return matrix.path("applications").get(indexOf(matrix.path("applications"), name));
  }

  private static int indexOf(JsonNode list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).path("name").asText().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no row " + name);
  }

  private static String skill(long staffId, long appId, int level, String cert, LocalDate until) {
    return "{\"staffId\":%d,\"applicationId\":%d,\"level\":%d%s%s}"
        .formatted(
            staffId,
            appId,
            level,
            cert == null ? "" : ",\"certification\":\"" + cert + "\"",
            until == null ? "" : ",\"certificationExpiresOn\":\"" + until + "\"");
  }

  @Test
  void theDemoVentilatorsShowABiomedGapThatBecomesAStaffingRequest() {
    JsonNode matrix = get("/api/coverage/matrix", leader).json();
    JsonNode ventilator = row(matrix, "Ventilator");
    assertThat(ventilator.path("category").asText()).isEqualTo(DeviceClasses.CATEGORY);
    assertThat(ventilator.path("criticality").asInt()).isEqualTo(1); // life support
    assertThat(ventilator.path("status").asText()).isEqualTo("GAP");
    long id = ventilator.path("id").asLong();
    // Frank's ventilator training has expired: his cell counts 0, the certification says why.
    JsonNode expired = null;
    for (JsonNode c : matrix.path("certifications")) {
      if (c.path("applicationId").asLong() == id && c.path("staffId").asLong() == frank) {
        expired = c;
      }
    }
    assertThat(expired).isNotNull();
    assertThat(expired.path("state").asText()).isEqualTo("EXPIRED");
    assertThat(expired.path("level").asInt()).isEqualTo(4);
    JsonNode cells = matrix.path("cells");
    for (int i = 0; i < cells.size(); i += 3) {
      if (cells.get(i).asLong() == id && cells.get(i + 1).asLong() == frank) {
        assertThat(cells.get(i + 2).asInt()).isZero();
      }
    }
    JsonNode person = matrix.path("staff").get(indexOf(matrix.path("staff"), "Frank Delgado"));
    assertThat(person.path("expiredCertifications").asInt()).isEqualTo(1);
    assertThat(person.path("expiringCertifications").asInt()).isEqualTo(1);

    JsonNode gap = null;
    for (JsonNode g : get("/api/coverage/gaps?size=500", leader).json().path("items")) {
      if (g.path("applicationId").asLong() == id) {
        gap = g;
      }
    }
    assertThat(gap).isNotNull();
    assertThat(gap.path("reasons").toString()).contains("Hamilton C6 service training");
    JsonNode draft = gap.path("request");
    var created =
        postJson(
            "/api/staffing-requests",
            "{\"kind\":\"LONG_TERM\",\"applicationIds\":[%d],\"minimumLevel\":%d,"
                    .formatted(id, draft.path("minimumLevel").asInt())
                + "\"peopleNeeded\":%d,\"hoursPerWeek\":%d,\"supportWindow\":\"%s\","
                    .formatted(
                        draft.path("peopleNeeded").asInt(),
                        draft.path("hoursPerWeek").asInt(),
                        draft.path("window").asText())
                + "\"startsOn\":\"%s\",\"rationale\":\"biomed gap\"}".formatted(today.plusDays(7)),
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("applications").get(0).path("name").asText())
        .isEqualTo("Ventilator");
  }

  @Test
  void aNewDeviceClassIsARowAndTurnsGapTheDayAfterItsCertificationsExpire() {
    String deviceClass = "Dialysis machine " + UUID.randomUUID().toString().substring(0, 6);
    var model =
        postJson(
            "/api/device-models",
            "{\"manufacturer\":\"Fresenius\",\"model\":\"5008X %s\",\"deviceClass\":\"%s\","
                    .formatted(deviceClass, deviceClass)
                + "\"risk\":\"LIFE_SUPPORT\",\"pmIntervalMonths\":12,\"pmProcedure\":\"PM kit\"}",
            leader);
    assertThat(model.status()).as(model.body()).isEqualTo(201);
    JsonNode row = row(get("/api/coverage/matrix", leader).json(), deviceClass);
    assertThat(row.path("category").asText()).isEqualTo("CLINICAL_DEVICE");
    assertThat(row.path("criticality").asInt()).isEqualTo(1);
    assertThat(row.path("status").asText()).isEqualTo("GAP");
    long id = row.path("id").asLong();

    // Both certified through today: two experts.
    var put = putJson("/api/skills", skill(frank, id, 4, "Fresenius 5008X", today), leader);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().path("certificationState").asText()).isEqualTo("EXPIRING");
    putJson("/api/skills", skill(olga, id, 3, "Fresenius 5008X", today.plusDays(300)), leader);
    assertThat(
            row(get("/api/coverage/matrix", leader).json(), deviceClass).path("busFactor").asInt())
        .isEqualTo(2);

    // Frank's expired yesterday: one expert left; then Olga's too: nobody.
    putJson("/api/skills", skill(frank, id, 4, "Fresenius 5008X", today.minusDays(1)), leader);
    JsonNode after = row(get("/api/coverage/matrix", leader).json(), deviceClass);
    assertThat(after.path("busFactor").asInt()).isEqualTo(1);
    assertThat(after.path("status").asText()).isEqualTo("RISK");
    putJson("/api/skills", skill(olga, id, 3, "Fresenius 5008X", today.minusDays(3)), leader);
    assertThat(row(get("/api/coverage/matrix", leader).json(), deviceClass).path("status").asText())
        .isEqualTo("GAP");

    JsonNode stored = get("/api/skills?applicationId=" + id, leader).json();
    assertThat(stored.findValuesAsText("certificationState")).containsOnly("EXPIRED");
    assertThat(stored.findValuesAsText("certification")).containsOnly("Fresenius 5008X");

    // Renewed without an expiry: counts again; a skill put without one clears it.
    putJson("/api/skills", skill(olga, id, 3, "Fresenius 5008X", null), leader);
    assertThat(
            row(get("/api/coverage/matrix", leader).json(), deviceClass).path("busFactor").asInt())
        .isEqualTo(1);
    var cleared = putJson("/api/skills", skill(frank, id, 4, null, null), leader);
    assertThat(cleared.json().path("certification").isNull()).isTrue();
    assertThat(
            row(get("/api/coverage/matrix", leader).json(), deviceClass).path("busFactor").asInt())
        .isEqualTo(2);
  }

  @Test
  void badCertificationsAreRefusedAndOthersSeeNothing() {
    long ventilator =
        row(get("/api/coverage/matrix", leader).json(), "Ventilator").path("id").asLong();
    assertProblem(putJson("/api/skills", skill(olga, ventilator, 3, null, today), leader), 400);
    assertProblem(
        putJson("/api/skills", skill(olga, ventilator, 3, "x".repeat(201), today), leader), 400);
    assertProblem(
        putJson(
            "/api/skills",
            "{\"staffId\":%d,\"applicationId\":%d,\"level\":3,\"certification\":\"A\","
                    .formatted(olga, ventilator)
                + "\"certificationExpiresOn\":\"next spring\"}",
            leader),
        400);
    assertProblem(
        putJson(
            "/api/skills",
            "{\"staffId\":%d,\"applicationId\":%d,\"level\":3,\"certification\":[1]}"
                .formatted(olga, ventilator),
            leader),
        400);
    String outsider = TestUsers.otherTenant("htm-outsider", "admin,it-leader");
    assertProblem(
        putJson("/api/skills", skill(olga, ventilator, 4, "Mine now", null), outsider), 404);
    assertProblem(get("/api/skills?applicationId=" + ventilator, outsider), 404);
    String apex = TestUsers.partnerAgent("htm-apex", "Apex Clinical IT Staffing");
    assertProblem(get("/api/skills?applicationId=" + ventilator, apex), 403);
    assertProblem(get("/api/coverage/matrix", TestApp.tokenFor("partner")), 403);
    assertProblem(
        putJson("/api/skills", skill(olga, ventilator, 4, "A", null), TestApp.tokenFor("exec")),
        403);
  }
}
