package org.medley.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;

/**
 * Whether a failure is the database out of reach rather than a fault of Medley or of the request:
 * no pooled connection could be had within {@code datasources.default.connection-timeout} (the
 * server stopped, hung, unreachable, or every connection busy that long), or the connection broke
 * under a statement. Nothing of the transaction was kept, and the same request succeeds once the
 * database is back, so a request answers 503 with Retry-After ({@link ProblemResponses}), never a
 * 500, and background work logs one line and tries again at its next turn ({@link #warn}).
 *
 * <p>Not retried on the spot, unlike a {@link LockConflicts lock conflict}: a second wait for a
 * connection would only double the time the caller waits for the same answer.
 */
public final class DatabaseUnreachable {

  /** SQLSTATE class 08: connection exception (MariaDB and MySQL drivers, H2). */
  private static final String CONNECTION_EXCEPTION = "08";

  private static final int MAX_SUMMARY = 300;

  private DatabaseUnreachable() {}

  /**
   * True when the failure, or anything that caused it, is the database out of reach. Only what the
   * pool or the JDBC driver reports counts: a socket timeout of a call to a partner desk is not the
   * database.
   */
  public static boolean among(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Logs a failed turn of background work (a sweep, a poll, the outbox relay): while the database
   * is out of reach one line, since the work fails the same way at every turn and a stack trace per
   * turn would bury the log; any other failure with its stack trace.
   */
  public static void warn(Logger log, String what, Throwable failure) {
    if (among(failure)) {
      log.warn("{}: the database is not reachable ({})", what, summary(failure));
    } else {
      log.warn(what, failure);
    }
  }

  /** The innermost message of the failure, on one line and short, for a log line. */
  public static String summary(Throwable failure) {
    Throwable innermost = failure;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        innermost = t;
      }
    }
    String message = innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    String line = message.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_SUMMARY ? line : line.substring(0, MAX_SUMMARY) + "…";
  }
}
