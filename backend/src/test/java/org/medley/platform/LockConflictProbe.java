package org.medley.platform;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Transactions that meet lock conflicts on purpose, to watch {@link RetryLockConflicts} work. */
@Singleton
@Requires(env = "test")
@RetryLockConflicts
public class LockConflictProbe {

  private final JdbcOperations jdbc;

  LockConflictProbe(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks one probe row, records the visit, runs {@code between}, then locks the other row: two
   * calls with the rows the other way round deadlock.
   */
  @Transactional
  public void lockBoth(long first, long second, String visitor, Runnable between) {
    lock(first);
    jdbc.prepareStatement(
        "INSERT INTO lock_probe_visits (visitor) VALUES (?)",
        statement -> {
          statement.setString(1, visitor);
          return statement.executeUpdate();
        });
    between.run();
    lock(second);
  }

  /** Runs {@code body} in a transaction (which the annotation retries). */
  @Transactional
  public void run(Runnable body) {
    body.run();
  }

  private void lock(long id) {
    jdbc.prepareStatement(
        "SELECT id FROM lock_probe WHERE id = ? FOR UPDATE",
        statement -> {
          statement.setLong(1, id);
          try (var rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }
}
