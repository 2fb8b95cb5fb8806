package org.medley.coverage.internal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import org.medley.platform.SetupStep;

/** The checklist's applications and staff: what the coverage matrix is made of. */
@Factory
class CatalogSteps {

  @Singleton
  @Named("applications")
  SetupStep applications(JdbcOperations jdbc) {
    return new Counted(
        jdbc,
        "applications",
        "Applications",
        "Add the applications and systems your desk supports, or import them from a spreadsheet.",
        30,
        // The triage entry ("not sure which application") is Medley's own, not the hospital's.
        "SELECT COUNT(*) FROM applications WHERE tenant_id = ? AND triage = FALSE");
  }

  @Singleton
  @Named("staff")
  SetupStep staff(JdbcOperations jdbc) {
    return new Counted(
        jdbc,
        "staff",
        "Staff",
        "Add the people who support them, with their skills and shifts.",
        40,
        "SELECT COUNT(*) FROM staff_members WHERE tenant_id = ?");
  }

  private record Counted(
      JdbcOperations jdbc, String key, String label, String hint, int order, String sql)
      implements SetupStep {

    @Override
    public String link() {
      return "/coverage";
    }

    @Override
    public long count(long tenantId) {
      return jdbc.prepareStatement(
          sql,
          s -> {
            s.setLong(1, tenantId);
            try (ResultSet rows = s.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          });
    }
  }
}
