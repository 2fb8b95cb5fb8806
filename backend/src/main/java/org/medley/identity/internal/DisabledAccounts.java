package org.medley.identity.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.medley.platform.FailedTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A disabled account's tokens stop working within {@code medley.users.disabled-refresh} (60 s by
 * default), whichever node disabled it: every node re-reads the (short) list of disabled usernames
 * on that schedule, and the node that disables an account knows at once. Checking a token is then a
 * set lookup — no database call on the request path. Sign-in itself refuses a disabled account like
 * a wrong password.
 */
@Singleton
class DisabledAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(DisabledAccounts.class);

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;
  private final FailedTurns failures = new FailedTurns(LOG, "Re-reading disabled accounts");
  private volatile Set<String> disabled = Set.of();

  DisabledAccounts(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  boolean isDisabled(String username) {
    return disabled.contains(username);
  }

  /** This node disabled or enabled the account: effective now, before the next refresh. */
  void changed(String username, boolean nowDisabled) {
    Set<String> next = new HashSet<>(disabled);
    if (nowDisabled) {
      next.add(username);
    } else {
      next.remove(username);
    }
    disabled = Set.copyOf(next);
  }

  @Scheduled(fixedDelay = "${medley.users.disabled-refresh:60s}")
  void refresh() {
    // The read transaction opens inside the try: with the database out of reach, getting its
    // connection is what fails, and that is one line in the log, not a scheduler error.
    try {
      disabled =
          Set.copyOf(
              tx.executeRead(
                  status ->
                      jdbc.prepareStatement(
                          "SELECT username FROM user_accounts WHERE NOT enabled",
                          statement -> {
                            Set<String> found = new HashSet<>();
                            try (ResultSet rows = statement.executeQuery()) {
                              while (rows.next()) {
                                found.add(rows.getString(1));
                              }
                            }
                            return found;
                          })));
      failures.worked();
    } catch (RuntimeException e) {
      failures.failed("keeping the last list", e);
    }
  }
}
