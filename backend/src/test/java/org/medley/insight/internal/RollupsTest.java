package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * The roll-ups' deltas on the real database: writers that share one cell never wait on one another
 * or deadlock, and whatever a fold does meanwhile, every committed delta is counted exactly once,
 * before its fold (readers add pending deltas) and after.
 */
class RollupsTest {

  private static final LocalDate DAY = LocalDate.of(2020, 2, 29);

  @SuppressWarnings("unchecked")
  private static TransactionOperations<Connection> tx() {
    return TestApp.context().getBean(Argument.of(TransactionOperations.class, Connection.class));
  }

  /** A tenant id no fixture uses, so the shared tables hold nothing else of it. */
  private static long freshTenant() {
    return 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
  }

  private static Object[] opened(long tenant) {
    long[] measures = new long[OpsRollup.MEASURES];
    measures[OpsRollup.OPENED] = 1;
    measures[OpsRollup.RATING_SUM] = 4;
    return OperationsStore.row(
        tenant,
        new OpsRollup.Key(
            DAY,
            org.medley.desk.Priority.P2,
            org.medley.coverage.Tier.L1,
            org.medley.coverage.Tier.L1,
            7,
            0,
            0),
        measures);
  }

  @Test
  void sixteenWritersOnOneCellWhileFoldsRunCountEveryDeltaOnce() throws Exception {
    long tenant = freshTenant();
    Rollups rollups = TestApp.context().getBean(Rollups.class);
    TransactionOperations<Connection> tx = tx();
    int writers = 16;
    int each = 40;
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < each; i++) {
                    tx.executeWrite(
                        status -> {
                          // Two deltas of the same cell in one transaction, as one ticket event
                          // can write: a shared-cell upsert would lock the row and queue the rest.
                          Rollups.append(
                              status.getConnection(),
                              OperationsStore.ROLLUP,
                              List.<Object[]>of(opened(tenant)));
                          Rollups.append(
                              status.getConnection(),
                              OperationsStore.ROLLUP,
                              List.<Object[]>of(opened(tenant)));
                          return null;
                        });
                  }
                  return null;
                }));
      }
      Future<Integer> folding =
          pool.submit(
              () -> {
                start.await();
                int folds = 0;
                while (writing.get()) {
                  rollups.fold(OperationsStore.ROLLUP);
                  folds++;
                }
                return folds;
              });
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      writing.set(false);
      assertThat(folding.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
    long expected = 2L * writers * each;
    assertThat(read(tenant))
        .as("roll-up and pending deltas, before the last fold")
        .isEqualTo(new long[] {expected, expected * 4});
    rollups.foldPending();
    assertThat(read(tenant)).isEqualTo(new long[] {expected, expected * 4});
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM insight_ops_daily_deltas WHERE tenant_id = " + tenant))
        .as("every delta folded")
        .isZero();
    assertThat(
            TestApp.queryLong("SELECT opened FROM insight_ops_daily WHERE tenant_id = " + tenant))
        .as("one cell holds them all")
        .isEqualTo(expected);
  }

  @Test
  void aRebuildDropsTheTenantsPendingDeltasAndCellsOnly() throws Exception {
    long tenant = freshTenant();
    long other = tenant + 1;
    tx().executeWrite(
            status -> {
              Rollups.append(
                  status.getConnection(),
                  OperationsStore.ROLLUP,
                  List.of(opened(tenant), opened(other)));
              return null;
            });
    tx().executeWrite(
            status -> {
              Rollups.Sink sink =
                  Rollups.rebuild(status.getConnection(), OperationsStore.ROLLUP, tenant);
              sink.add(opened(tenant));
              sink.add(opened(tenant));
              sink.flush();
              return null;
            });
    assertThat(read(tenant))
        .as("what the rebuild summed, not the dropped delta")
        .isEqualTo(new long[] {2, 8});
    assertThat(read(other)).as("another tenant's delta stays").isEqualTo(new long[] {1, 4});
  }

  /** Opened and rating sum of the tenant, as the operations figures read them. */
  private static long[] read(long tenant) throws Exception {
    long[] sums = new long[2];
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                OperationsStore.ROLLUP.union(
                    "SELECT SUM(opened), SUM(rating_sum)", " WHERE tenant_id = ?", ""))) {
      s.setLong(1, tenant);
      s.setLong(2, tenant);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          sums[0] += rows.getLong(1);
          sums[1] += rows.getLong(2);
        }
      }
    }
    return sums;
  }
}
