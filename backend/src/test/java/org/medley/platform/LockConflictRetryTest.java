package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/** A transaction the database ends on a lock conflict runs again, whole, on the real MariaDB. */
class LockConflictRetryTest {

  private static LockConflictProbe probe;

  @BeforeAll
  static void tables() throws SQLException {
    probe = TestApp.context().getBean(LockConflictProbe.class);
    try (Connection c = TestApp.connection();
        var statement = c.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS lock_probe (id BIGINT PRIMARY KEY) ENGINE=InnoDB");
      statement.execute("INSERT IGNORE INTO lock_probe (id) VALUES (1), (2)");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS lock_probe_visits (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " visitor VARCHAR(40) NOT NULL) ENGINE=InnoDB");
    }
  }

  @Test
  void theVictimOfARealDeadlockRunsAgainAndOnlyItsLastRunIsKept() throws Exception {
    CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
    AtomicInteger runs = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(2);
    List<Future<?>> calls = new ArrayList<>();
    for (long[] order : new long[][] {{1, 2}, {2, 1}}) {
      String visitor = "deadlock " + order[0];
      AtomicInteger mine = new AtomicInteger();
      calls.add(
          pool.submit(
              () ->
                  probe.lockBoth(
                      order[0],
                      order[1],
                      visitor,
                      () -> {
                        runs.incrementAndGet();
                        if (mine.incrementAndGet() == 1) {
                          await(bothHoldOneRow);
                        }
                      })));
    }
    for (Future<?> call : calls) {
      call.get(60, TimeUnit.SECONDS); // neither caller sees the deadlock
    }
    pool.shutdown();
    assertThat(runs.get()).as("one of the two ran twice").isEqualTo(3);
    assertThat(visits("deadlock 1") + visits("deadlock 2"))
        .as("the victim's first run left nothing behind")
        .isEqualTo(2);
  }

  @Test
  void aConflictThatKeepsComingIsGivenUpAfterTheLastAttempt() {
    AtomicInteger runs = new AtomicInteger();
    assertThatThrownBy(
            () ->
                probe.run(
                    () -> {
                      runs.incrementAndGet();
                      throw deadlock();
                    }))
        .satisfies(e -> assertThat(LockConflicts.among(e)).isTrue());
    assertThat(runs.get()).isEqualTo(LockConflictRetry.ATTEMPTS);
  }

  @Test
  void insideSomeoneElsesTransactionTheRetryIsTheirs() {
    AtomicInteger runs = new AtomicInteger();
    @SuppressWarnings("unchecked")
    TransactionOperations<Connection> transactions =
        TestApp.context().getBean(TransactionOperations.class);
    assertThatThrownBy(
            () ->
                transactions.executeWrite(
                    status -> {
                      probe.run(
                          () -> {
                            runs.incrementAndGet();
                            throw deadlock();
                          });
                      return null;
                    }))
        .satisfies(e -> assertThat(LockConflicts.among(e)).isTrue());
    assertThat(runs.get()).isEqualTo(1);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger runs = new AtomicInteger();
    assertThatThrownBy(
            () ->
                probe.run(
                    () -> {
                      runs.incrementAndGet();
                      throw new DataAccessException(
                          "duplicate", new SQLException("Duplicate entry", "23000", 1062));
                    }))
        .isInstanceOf(DataAccessException.class);
    assertThat(runs.get()).isEqualTo(1);
  }

  private static DataAccessException deadlock() {
    return new DataAccessException(
        "Error executing SQL",
        new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock", "40001", 1213));
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long visits(String visitor) {
    try (Connection c = TestApp.connection();
        var query =
            c.prepareStatement("SELECT COUNT(*) FROM lock_probe_visits WHERE visitor = ?")) {
      query.setString(1, visitor);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
