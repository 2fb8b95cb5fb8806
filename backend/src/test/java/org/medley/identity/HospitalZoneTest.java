package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.medley.testing.MigratedDatabase;
import org.medley.testing.TestApp;

/** The hospital's time zone is a setting of the tenant, from V56 on. */
class HospitalZoneTest {

  @Test
  void v56GivesEachHospitalTheZoneOfItsFirstCalendarElseUtc() throws SQLException {
    try (MigratedDatabase database = MigratedDatabase.at("55")) {
      database.execute(
          "INSERT INTO organizations (id, kind, name, created_at) VALUES"
              + " (1, 'HEALTH_SYSTEM', 'Calendared Hospital', '2024-01-01'),"
              + " (2, 'HEALTH_SYSTEM', 'Hospital Without Calendars', '2024-01-01'),"
              + " (3, 'PARTNER', 'Some Partner', '2024-01-01')",
          "INSERT INTO calendars (id, tenant_id, name, zone, definition, created_at) VALUES"
              + " (7, 1, 'Later', 'Europe/Berlin', '{}', '2024-01-02'),"
              + " (5, 1, 'First', 'America/Chicago', '{}', '2024-01-03')");
      database.migrate();
      assertThat(database.rows("SELECT id, time_zone FROM organizations ORDER BY id"))
          .containsExactly("1 | America/Chicago", "2 | UTC", "3 | UTC");
    }
  }

  @Test
  void theDemoHospitalIsInItsCalendarsZoneAndOtherOrganisationsInUtc() {
    Hospitals hospitals = TestApp.context().getBean(Hospitals.class);
    long demo = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    assertThat(hospitals.zone(demo)).isEqualTo(ZoneId.of("America/New_York"));
    long other =
        TestApp.queryLong(
            "SELECT id FROM organizations WHERE kind = 'PARTNER' ORDER BY id LIMIT 1");
    assertThat(hospitals.zone(other)).isEqualTo(ZoneId.of("UTC"));
  }
}
