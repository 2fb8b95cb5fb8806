package org.medley.coverage.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.medley.identity.Partners;

/** The employers of the tenant's staff: a partner whose people are contracted here works here. */
@Singleton
class StaffEmployers implements Partners.Ties {

  private final JdbcOperations jdbc;

  StaffEmployers(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public Set<Long> organizationIds(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT DISTINCT employer_id FROM staff_members WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenantId);
          Set<Long> ids = new HashSet<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getLong(1));
            }
          }
          return ids;
        });
  }
}
