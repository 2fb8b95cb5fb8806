package org.medley.identity.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import org.medley.platform.SetupStep;

/**
 * The checklist's first step: the organisation counts 1 (done) once it has a name, a time zone and
 * a default business calendar, the three things the setup screen asks for.
 */
@Singleton
class OrganizationStep implements SetupStep {

  private final JdbcOperations jdbc;

  OrganizationStep(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String key() {
    return "organization";
  }

  @Override
  public String label() {
    return "Organisation";
  }

  @Override
  public String hint() {
    return "Check the name and time zone, and choose the default business calendar.";
  }

  @Override
  public String link() {
    return "/admin/organization";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  @ReadOnly
  public long count(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM organizations WHERE id = ? AND name <> '' AND time_zone <> ''"
            + " AND default_calendar_id IS NOT NULL",
        s -> {
          s.setLong(1, tenantId);
          try (ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }
}
