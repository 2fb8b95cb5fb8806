package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * An admin reads and changes the hospital's settings; each change is audited, a stale one is
 * refused, and the other features read the result through {@link Hospitals}.
 */
class OrganizationApiTest {

  private static final String PATH = "/api/organization";
  private static final ObjectMapper JSON = new ObjectMapper();

  private String admin;
  private long tenant;
  private JsonNode before;

  @BeforeEach
  void lakesideAsItWas() {
    admin = TestUsers.otherTenant("org-settings-admin", "admin");
    tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Lakeside Medical'");
    before = get(PATH, admin).json();
  }

  @AfterEach
  void putItBack() {
    ObjectNode restore = before.deepCopy();
    restore.put("version", get(PATH, admin).json().path("version").asLong());
    assertThat(putJson(PATH, restore.toString(), admin).status()).isEqualTo(200);
  }

  @Test
  void anAdminReadsTheHospitalsSettingsAndOthersMayNot() {
    var demo = get(PATH, TestApp.tokenFor("admin"));
    assertThat(demo.status()).isEqualTo(200);
    assertThat(demo.json().path("name").asText()).isEqualTo("Riverside Health");
    assertThat(demo.json().path("timeZone").asText()).isEqualTo("America/New_York");
    assertThat(demo.json().path("reopenWindow").asText()).isEqualTo("P7D");
    assertThat(demo.json().path("defaultCalendarId").isIntegralNumber()).isTrue();
    assertThat(demo.json().path("maskedNames").isArray()).isTrue();
    assertProblem(get(PATH, TestApp.tokenFor("leader")), 403);
    assertProblem(get(PATH + "/audit", TestApp.tokenFor("agent")), 403);
  }

  @Test
  void everySettingRoundTripsIsAuditedAndReachesTheOtherFeatures() {
    long calendar = lakesideCalendar();
    ObjectNode change = change(before);
    change.put("timeZone", "Europe/Berlin");
    change.put("reopenWindow", "PT72H");
    change
        .putArray("maskedNames")
        .add("  Zebediah   Quill ")
        .add("zebediah quill")
        .add("")
        .add("Ada");
    change.put("supportEmail", " it-help@lakeside.example ");
    change.put("defaultCalendarId", calendar);

    var changed = putJson(PATH, change.toString(), admin);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode read = get(PATH, admin).json();
    assertThat(read).isEqualTo(changed.json());
    assertThat(read.path("timeZone").asText()).isEqualTo("Europe/Berlin");
    assertThat(read.path("reopenWindow").asText()).isEqualTo("P3D");
    assertThat(read.path("maskedNames").toString()).isEqualTo("[\"Ada\",\"Zebediah Quill\"]");
    assertThat(read.path("supportEmail").asText()).isEqualTo("it-help@lakeside.example");
    assertThat(read.path("defaultCalendarId").asLong()).isEqualTo(calendar);
    assertThat(read.path("version").asLong()).isEqualTo(before.path("version").asLong() + 1);

    Hospitals hospitals = TestApp.context().getBean(Hospitals.class);
    assertThat(hospitals.zone(tenant)).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(hospitals.reopenWindow(tenant)).isEqualTo(Duration.ofDays(3));
    assertThat(hospitals.defaultCalendar(tenant)).contains(calendar);
    assertThat(hospitals.minimumNecessary(tenant).apply("Ask zebediah QUILL, not Adam"))
        .isEqualTo("Ask [name], not Adam");

    JsonNode audit = get(PATH + "/audit?size=1", admin).json();
    assertThat(audit.path("total").asLong()).isPositive();
    JsonNode latest = audit.path("items").get(0);
    assertThat(latest.path("actor").asText()).isEqualTo("org-settings-admin");
    // The names may be patients': the audit counts them and does not repeat them.
    assertThat(latest.path("detail").asText())
        .contains(
            "timeZone: " + before.path("timeZone").asText() + " → Europe/Berlin",
            "reopenWindow: " + before.path("reopenWindow").asText() + " → P3D",
            "supportEmail: ",
            "→ it-help@lakeside.example",
            "defaultCalendar: ",
            "→ Lakeside hours ",
            "→ 2 names")
        .doesNotContain("Quill");
  }

  @Test
  void badValuesAreRefusedNamingEachField() {
    ObjectNode change = change(before);
    change.put("timeZone", "Mars/Olympus");
    change.put("reopenWindow", "P91D");
    change.put("supportEmail", "helpdesk at lakeside");

    var refused = putJson(PATH, change.toString(), admin);

    assertThat(assertProblem(refused, 400).json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("timeZone", "reopenWindow", "supportEmail");
    for (String window : List.of("-P1D", "a week", "P1Y")) {
      var bad = putJson(PATH, change(before).put("reopenWindow", window).toString(), admin);
      assertThat(assertProblem(bad, 400).json().path("errors").findValuesAsText("field"))
          .as(window)
          .containsExactly("reopenWindow");
    }
    var takenName = putJson(PATH, change(before).put("name", "Riverside Health").toString(), admin);
    assertThat(assertProblem(takenName, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("name");
    long riversideCalendar =
        TestApp.queryLong(
            "SELECT MIN(c.id) FROM calendars c JOIN organizations o ON o.id = c.tenant_id"
                + " WHERE o.name = 'Riverside Health'");
    var foreignCalendar =
        putJson(PATH, change(before).put("defaultCalendarId", riversideCalendar).toString(), admin);
    assertThat(assertProblem(foreignCalendar, 422).json().path("errors").findValuesAsText("field"))
        .containsExactly("defaultCalendarId");
    var noVersion = change(before);
    noVersion.remove("version");
    assertProblem(putJson(PATH, noVersion.toString(), admin), 400);
    assertThat(get(PATH, admin).json()).isEqualTo(before);
  }

  @Test
  void sixteenAdminsSavingTheSameVersionAtOnceLoseNothingUnseen() throws Exception {
    List<Callable<Api.Reply>> saves = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String email = "desk" + i + "@lakeside.example";
      saves.add(() -> putJson(PATH, change(before).put("supportEmail", email).toString(), admin));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Api.Reply> replies = new ArrayList<>();
    try {
      for (Future<Api.Reply> reply : pool.invokeAll(saves)) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdown();
    }

    List<Api.Reply> saved = replies.stream().filter(r -> r.status() == 200).toList();
    assertThat(saved).hasSize(1);
    assertThat(replies).filteredOn(r -> r.status() != 200).hasSize(15);
    replies.stream()
        .filter(r -> r.status() != 200)
        .forEach(r -> assertThat(assertProblem(r, 409).body()).contains("version"));
    JsonNode now = get(PATH, admin).json();
    assertThat(now.path("supportEmail").asText())
        .isEqualTo(saved.get(0).json().path("supportEmail").asText());
    assertThat(now.path("version").asLong()).isEqualTo(before.path("version").asLong() + 1);
  }

  /** The settings as read, sent back as a change. */
  private static ObjectNode change(JsonNode settings) {
    return settings.deepCopy();
  }

  /** A new calendar of Lakeside's own. */
  private long lakesideCalendar() {
    String open = "[{\"from\":\"08:00\",\"to\":\"17:00\"}]";
    var created =
        postJson(
            "/api/calendars",
            "{\"name\":\"Lakeside hours "
                + UUID.randomUUID()
                + "\",\"zone\":\"Europe/Berlin\",\"week\":{\"MONDAY\":"
                + open
                + ",\"FRIDAY\":"
                + open
                + "},\"holidays\":[]}",
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }
}
