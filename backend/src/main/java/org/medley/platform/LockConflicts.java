package org.medley.platform;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the database breaking a lock conflict rather than a fault: a deadlock victim
 * or a lock wait that timed out. Nothing of the transaction was kept and the same work, started
 * afresh, normally succeeds — so it is retried ({@link RetryLockConflicts}), and one that still
 * fails is a 503 to try again, never a 500.
 */
public final class LockConflicts {

  /** SQLSTATE of a transaction rolled back for serialization: deadlock on InnoDB and H2. */
  private static final String SERIALIZATION_FAILURE = "40001";

  /**
   * Vendor codes: MySQL/MariaDB deadlock (1213) and lock wait timeout (1205, SQLSTATE HY000); H2
   * deadlock (40001), lock timeout (50200) and concurrent update of a row (90131).
   */
  private static final Set<Integer> CODES = Set.of(1213, 1205, 40001, 50200, 90131);

  private LockConflicts() {}

  /** True when the failure, or anything that caused it, is a lock conflict. */
  public static boolean among(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (SERIALIZATION_FAILURE.equals(e.getSQLState()) || CODES.contains(e.getErrorCode())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
