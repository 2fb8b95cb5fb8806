package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** An admin reads and changes the hospital's name and time zone; the change is audited. */
class OrganizationApiTest {

  private static final String PATH = "/api/organization";

  @Test
  void anAdminReadsTheHospitalsSettingsAndOthersMayNot() {
    var demo = get(PATH, TestApp.tokenFor("admin"));
    assertThat(demo.status()).isEqualTo(200);
    assertThat(demo.json().path("name").asText()).isEqualTo("Riverside Health");
    assertThat(demo.json().path("timeZone").asText()).isEqualTo("America/New_York");
    assertProblem(get(PATH, TestApp.tokenFor("leader")), 403);
  }

  @Test
  void anAdminChangesTheTimeZoneWhichContractDatesAndReportsThenUse() {
    String admin = TestUsers.otherTenant("org-settings-admin", "admin");
    long tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Lakeside Medical'");
    String before = get(PATH, admin).json().path("timeZone").asText();

    var unknownZone =
        putJson(PATH, "{\"name\":\"Lakeside Medical\",\"timeZone\":\"Mars/Olympus\"}", admin);
    assertThat(assertProblem(unknownZone, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("timeZone");
    var takenName = putJson(PATH, "{\"name\":\"Riverside Health\",\"timeZone\":\"UTC\"}", admin);
    assertThat(assertProblem(takenName, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("name");
    try {
      var changed =
          putJson(PATH, "{\"name\":\"Lakeside Medical\",\"timeZone\":\"Europe/Berlin\"}", admin);
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
      assertThat(TestApp.context().getBean(Hospitals.class).zone(tenant))
          .isEqualTo(ZoneId.of("Europe/Berlin"));
      assertThat(
              TestApp.queryString(
                  "SELECT detail FROM organization_audit WHERE tenant_id = "
                      + tenant
                      + " ORDER BY id DESC LIMIT 1"))
          .isEqualTo("timeZone: " + before + " → Europe/Berlin");
    } finally {
      putJson(PATH, "{\"name\":\"Lakeside Medical\",\"timeZone\":\"" + before + "\"}", admin);
    }
  }
}
