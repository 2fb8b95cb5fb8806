package org.medley.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Placeholders for a multi-row INSERT. One such statement is one round trip; a JDBC batch costs the
 * MariaDB driver a prepare, an execute and a close every time.
 */
public final class SqlRows {

  private SqlRows() {}

  /** Rows per statement: keeps a statement's parameters well under the protocol's 65,535. */
  public static final int PER_STATEMENT = 200;

  /** The rows in statement-sized runs, in order. */
  public static <T> List<List<T>> runs(List<T> rows) {
    List<List<T>> runs = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += PER_STATEMENT) {
      runs.add(rows.subList(from, Math.min(rows.size(), from + PER_STATEMENT)));
    }
    return runs;
  }

  /** {@code (?,?),(?,?)} for two rows of two columns. */
  public static String values(int rows, int columns) {
    String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
    return String.join(",", Collections.nCopies(rows, row));
  }
}
