package org.medley.insight.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.medley.platform.FailedTurns;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends deltas to {@link Rollup}s and folds them into their tables. Appending is a plain insert
 * in the writer's transaction, so writers never queue on a shared cell. Folding holds the roll-up's
 * {@code insight_folds} row, reads committed deltas, adds them to every target and deletes exactly
 * the rows it read: a delta committed meanwhile waits for the next fold, none is counted twice, and
 * every node may run the fold (the row makes them take turns).
 */
@Singleton
class Rollups {

  private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
  private static final int FOLD_ROWS = 5_000;
  private static final int FLUSH_CELLS = 2_000;

  private final TransactionOperations<Connection> tx;
  private final List<Rollup> rollups =
      List.of(SlaDays.ROLLUP, SlaBreaches.ROLLUP, OperationsStore.ROLLUP);
  private final FailedTurns turns = new FailedTurns(LOG, "Insight roll-up fold");

  Rollups(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  /** Inserts the deltas (each: the key values, then the measures) in the caller's transaction. */
  static void append(Connection c, Rollup r, List<Object[]> rows) throws SQLException {
    List<String> columns = new ArrayList<>(r.keys());
    columns.addAll(r.measures());
    for (List<Object[]> run : SqlRows.runs(rows)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + r.deltas()
                  + " ("
                  + String.join(", ", columns)
                  + ") VALUES "
                  + SqlRows.values(run.size(), columns.size()))) {
        int i = 0;
        for (Object[] row : run) {
          for (Object value : row) {
            JdbcRows.bind(s, ++i, sql(value));
          }
        }
        s.executeUpdate();
      }
    }
  }

  /** Folds every roll-up's pending deltas; each node runs it, one at a time per roll-up. */
  @Scheduled(
      fixedDelay = "${medley.insight.fold-interval:1s}",
      initialDelay = "${medley.insight.fold-initial-delay:2s}")
  void foldAll() {
    try {
      foldPending();
      turns.worked();
    } catch (RuntimeException e) {
      // Deltas stay in their table and readers count them: nothing is lost, the next fold retries.
      turns.failedQuietly("the deltas wait for the next fold", e);
    }
  }

  /** Folds every roll-up's pending deltas, in bounded transactions when many wait. */
  void foldPending() {
    for (Rollup r : rollups) {
      while (fold(r) == FOLD_ROWS) {
        // a backlog (after a burst or an outage): keep going
      }
    }
  }

  /** Folds up to {@link #FOLD_ROWS} of the roll-up's deltas; answers how many it folded. */
  int fold(Rollup r) {
    return tx.executeWrite(
        status -> {
          Connection c = status.getConnection();
          lock(c, r);
          List<Long> ids = new ArrayList<>();
          Sink sink = new Sink(c, r);
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id, "
                      + String.join(", ", r.keys())
                      + ", "
                      + String.join(", ", r.measures())
                      + " FROM "
                      + r.deltas()
                      + " ORDER BY id LIMIT "
                      + FOLD_ROWS)) {
            try (ResultSet rows = s.executeQuery()) {
              int width = r.keys().size() + r.measures().size();
              while (rows.next()) {
                ids.add(rows.getLong(1));
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                  row[i] = value(rows.getObject(i + 2));
                }
                sink.add(row);
              }
            }
          }
          sink.flush();
          for (List<Long> run : SqlRows.runs(ids)) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "DELETE FROM "
                        + r.deltas()
                        + " WHERE id IN ("
                        + JdbcRows.marks(run.size())
                        + ")")) {
              JdbcRows.bindAll(s, run);
              s.executeUpdate();
            }
          }
          return ids.size();
        });
  }

  /**
   * Starts a rebuild of the tenant's roll-up in the caller's transaction: takes the fold row first
   * (a locking read, so the caller's snapshot starts after it), then deletes the tenant's deltas
   * and cells. A writer's delta committed before the delete is in the rebuild's snapshot; one
   * inserted after waits for the rebuild to commit and is folded later.
   */
  static Sink rebuild(Connection c, Rollup r, long tenantId) throws SQLException {
    lock(c, r);
    List<String> tables = new ArrayList<>(List.of(r.deltas()));
    r.targets().forEach(t -> tables.add(t.table()));
    for (String table : tables) {
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
        s.setLong(1, tenantId);
        s.executeUpdate();
      }
    }
    return new Sink(c, r);
  }

  private static void lock(Connection c, Rollup r) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT name FROM insight_folds WHERE name = ? FOR UPDATE")) {
      s.setString(1, r.name());
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("No fold row for roll-up " + r.name());
        }
      }
    }
  }

  /** Sums rows into every target's cells, upserting whenever many are pending and at the end. */
  static final class Sink {
    private final Connection c;
    private final Rollup r;
    private final List<Map<List<Object>, long[]>> cells = new ArrayList<>();

    Sink(Connection c, Rollup r) {
      this.c = c;
      this.r = r;
      r.targets().forEach(t -> cells.add(new HashMap<>()));
    }

    void add(Object[] row) throws SQLException {
      int keys = r.keys().size();
      for (int t = 0; t < cells.size(); t++) {
        Object[] key = r.targets().get(t).key().apply(Arrays.copyOf(row, keys));
        long[] sums =
            cells.get(t).computeIfAbsent(Arrays.asList(key), k -> new long[r.measures().size()]);
        for (int m = 0; m < sums.length; m++) {
          sums[m] += ((Number) row[keys + m]).longValue();
        }
        if (cells.get(t).size() >= FLUSH_CELLS) {
          upsert(t);
        }
      }
    }

    void flush() throws SQLException {
      for (int t = 0; t < cells.size(); t++) {
        upsert(t);
      }
    }

    private void upsert(int t) throws SQLException {
      Rollup.Target target = r.targets().get(t);
      List<Map.Entry<List<Object>, long[]>> pending = new ArrayList<>(cells.get(t).entrySet());
      cells.get(t).clear();
      List<String> columns = new ArrayList<>(target.keys());
      columns.addAll(r.measures());
      StringBuilder update = new StringBuilder(" ON DUPLICATE KEY UPDATE ");
      for (int m = 0; m < r.measures().size(); m++) {
        String column = r.measures().get(m);
        update.append(m == 0 ? "" : ", ").append(column).append(" = ").append(column);
        update.append(" + VALUES(").append(column).append(')');
      }
      for (List<Map.Entry<List<Object>, long[]>> run : SqlRows.runs(pending)) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + target.table()
                    + " ("
                    + String.join(", ", columns)
                    + ") VALUES "
                    + SqlRows.values(run.size(), columns.size())
                    + update)) {
          int i = 0;
          for (Map.Entry<List<Object>, long[]> cell : run) {
            for (Object value : cell.getKey()) {
              JdbcRows.bind(s, ++i, sql(value));
            }
            for (long sum : cell.getValue()) {
              s.setLong(++i, sum);
            }
          }
          s.executeUpdate();
        }
      }
    }
  }

  /** Days travel as {@link LocalDate} (equal keys from either driver), bound as SQL dates. */
  private static Object value(Object read) {
    return read instanceof Date d ? d.toLocalDate() : read;
  }

  private static Object sql(Object value) {
    return value instanceof LocalDate d ? Date.valueOf(d) : value;
  }

  /** Maps a day key (at {@code index}) to the first of its month. */
  static UnaryOperator<Object[]> monthOf(int index) {
    return key -> {
      key[index] = ((LocalDate) key[index]).withDayOfMonth(1);
      return key;
    };
  }
}
