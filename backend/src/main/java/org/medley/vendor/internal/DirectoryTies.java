package org.medley.vendor.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.medley.identity.Partners;

/**
 * The vendors of a hospital's directory are the vendors it works with: the ones it may sign a
 * business associate agreement with (which lifts the filter on what its cases carry).
 */
@Singleton
class DirectoryTies implements Partners.Ties {

  private final JdbcOperations jdbc;

  DirectoryTies(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<Long> organizationIds(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT vendor_id FROM vendor_profiles WHERE tenant_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          Set<Long> ids = new HashSet<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getLong(1));
            }
          }
          return ids;
        });
  }
}
