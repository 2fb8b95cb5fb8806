package org.medley.coverage.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/**
 * A tenant's coverage revision: every write to the coverage tables bumps it in the same
 * transaction, so any node can tell whether its kept matrix is current. Callers own the
 * transaction.
 */
@Singleton
class CoverageRevisions {

  private final JdbcOperations jdbc;

  CoverageRevisions(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  long revision(long tenant) {
    return jdbc.prepareStatement(
        "SELECT revision FROM coverage_revisions WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenant);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0L;
          }
        });
  }

  void bump(long tenant) {
    jdbc.prepareStatement(
        "INSERT INTO coverage_revisions (tenant_id, revision) VALUES (?, 1)"
            + " ON DUPLICATE KEY UPDATE revision = revision + 1",
        s -> {
          s.setLong(1, tenant);
          return s.executeUpdate();
        });
  }
}
