package org.medley.insight.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A roll-up fed through an append-only table of deltas. Writers insert their +/- rows into {@code
 * deltas} inside their own transaction; {@link Rollups} folds them into the {@code targets} one
 * folder at a time; readers add the pending deltas to a target in the same statement ({@link
 * #union}). {@code keys} start with {@code tenant_id}; a target's key is the deltas' key mapped by
 * its function (a month roll-up maps a day to the first of its month).
 */
record Rollup(
    String name, String deltas, List<String> keys, List<String> measures, List<Target> targets) {

  /** A table the deltas are summed into, under its own key columns. */
  record Target(String table, List<String> keys, UnaryOperator<Object[]> key) {}

  /**
   * One statement reading the first target and the pending deltas alike: {@code select} (columns
   * the two share, usually sums), {@code where} and {@code groupBy} applied to each, the results
   * concatenated. Bind the clause's parameters twice and add up rows with equal groups: one
   * statement sees the tables consistently, so a fold meanwhile neither hides nor doubles a delta.
   */
  String union(String select, String where, String groupBy) {
    return select
        + " FROM "
        + targets.get(0).table()
        + where
        + groupBy
        + " UNION ALL "
        + select
        + " FROM "
        + deltas
        + where
        + groupBy;
  }
}
