package org.medley.setup.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import org.medley.platform.JdbcRows;

/**
 * The one row every setup locks first: setups on any node take turns, and the later one reads the
 * earlier one's outcome (a locking read sees the latest commit, whatever the isolation level).
 */
@Singleton
class SetupState {

  private final JdbcOperations jdbc;
  private final Clock clock;

  SetupState(JdbcOperations jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Locks the row until the transaction ends; returns whether a setup has completed. */
  boolean lockAndReadCompleted() {
    return jdbc.prepareStatement(
        "SELECT completed_at FROM setup_state WHERE id = 1 FOR UPDATE",
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
              throw new IllegalStateException("setup_state has lost its row (see V58)");
            }
            return rows.getTimestamp(1) != null;
          }
        });
  }

  void completed(String by) {
    jdbc.prepareStatement(
        "UPDATE setup_state SET completed_at = ?, completed_by = ? WHERE id = 1",
        statement -> {
          JdbcRows.bindAll(statement, clock.instant(), by);
          return statement.executeUpdate();
        });
  }
}
