package org.medley.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.identity.internal.Passwords;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** The admin's setup checklist counts what the caller's own hospital has, step by step. */
class SetupChecklistApiTest {

  private static final String PATH = "/api/setup/checklist";

  @Test
  void theDemoHospitalHasEveryStepItsSeedCoversDoneWithItsOwnCounts() {
    JsonNode checklist = get(PATH, TestApp.tokenFor("admin")).json();
    long tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");

    assertThat(keys(checklist))
        .containsSubsequence(
            "organization", "calendars", "applications", "staff", "sla-policies", "partners");
    assertThat(step(checklist, "organization").path("count").asLong()).isEqualTo(1);
    assertThat(step(checklist, "calendars").path("count").asLong())
        .isEqualTo(TestApp.queryLong("SELECT COUNT(*) FROM calendars WHERE tenant_id = " + tenant));
    assertThat(step(checklist, "applications").path("count").asLong())
        .isEqualTo(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM applications WHERE triage = FALSE AND tenant_id = "
                    + tenant));
    assertThat(step(checklist, "staff").path("count").asLong())
        .isEqualTo(
            TestApp.queryLong("SELECT COUNT(*) FROM staff_members WHERE tenant_id = " + tenant));
    assertThat(step(checklist, "sla-policies").path("count").asLong())
        .isEqualTo(
            TestApp.queryLong("SELECT COUNT(*) FROM sla_policies WHERE tenant_id = " + tenant));
    // Northwind and Apex at least (other tests add partners of their own).
    assertThat(step(checklist, "partners").path("count").asLong()).isGreaterThanOrEqualTo(2);
    for (String key :
        List.of("organization", "calendars", "applications", "staff", "sla-policies", "partners")) {
      assertThat(step(checklist, key).path("done").asBoolean()).as(key).isTrue();
      assertThat(step(checklist, key).path("link").asText()).as(key).startsWith("/");
    }
    assertThat(checklist.path("total").asInt()).isEqualTo(checklist.path("steps").size());
    assertThat(checklist.path("done").asInt()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void aNewHospitalStartsWithNothingDoneAndAHintForEachStep() throws SQLException {
    String admin = adminOfANewHospital();

    JsonNode checklist = get(PATH, admin).json();

    assertThat(checklist.path("done").asInt()).isZero();
    assertThat(checklist.path("total").asInt()).isGreaterThanOrEqualTo(6);
    for (JsonNode step : checklist.path("steps")) {
      assertThat(step.path("count").asLong()).as(step.path("key").asText()).isZero();
      assertThat(step.path("done").asBoolean()).isFalse();
      assertThat(step.path("label").asText()).isNotBlank();
      assertThat(step.path("hint").asText()).isNotBlank();
    }
  }

  @Test
  void onlyAHospitalsAdminReadsItAndOnlyItsOwn() {
    for (String user : List.of("enduser", "agent", "leader", "exec", "partner", "apex")) {
      assertProblem(get(PATH, TestApp.tokenFor(user)), 403);
    }
    assertProblem(get(PATH, null), 401);
    String lakeside = TestUsers.otherTenant("checklist-lakeside-admin", "admin");
    long lakesideId =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Lakeside Medical'");
    assertThat(step(get(PATH, lakeside).json(), "applications").path("count").asLong())
        .isEqualTo(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM applications WHERE triage = FALSE AND tenant_id = "
                    + lakesideId));
  }

  private static List<String> keys(JsonNode checklist) {
    List<String> keys = new ArrayList<>();
    checklist.path("steps").forEach(s -> keys.add(s.path("key").asText()));
    return keys;
  }

  private static JsonNode step(JsonNode checklist, String key) {
    for (JsonNode step : checklist.path("steps")) {
      if (step.path("key").asText().equals(key)) {
        return step;
      }
    }
    throw new AssertionError("no step " + key + " in " + checklist);
  }

  /** A health system created a moment ago, with only its admin; the admin's token. */
  private static String adminOfANewHospital() throws SQLException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO organizations (kind, name, created_at) VALUES ('HEALTH_SYSTEM',"
              + " 'Empty Clinic "
              + suffix
              + "', CURRENT_TIMESTAMP(6))",
          Statement.RETURN_GENERATED_KEYS);
      long tenant;
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        tenant = keys.getLong(1);
      }
      s.executeUpdate(
          "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name,"
              + " password_hash, roles, enabled, created_at) VALUES ("
              + tenant
              + ", "
              + tenant
              + ", 'empty-admin-"
              + suffix
              + "', 'Empty Admin', '"
              + Passwords.hash("demo")
              + "', 'admin', TRUE, CURRENT_TIMESTAMP(6))");
    }
    return TestApp.tokenFor("empty-admin-" + suffix);
  }
}
