package org.medley.setup.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import org.medley.platform.JdbcRows;
import org.medley.setup.SetupLink;

/** The setup links handed out, by hash; joins the caller's transaction. */
@Singleton
class SetupTokens {

  private final JdbcOperations jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SetupTokens(JdbcOperations jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new token, valid for {@link SetupLink#VALIDITY} from now; only its hash is stored. */
  String issue() {
    String token = SetupLink.newToken(random);
    Instant now = clock.instant();
    jdbc.prepareStatement(
        "INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES (?,?,?)",
        statement -> {
          JdbcRows.bindAll(statement, SetupLink.hash(token), now, now.plus(SetupLink.VALIDITY));
          return statement.executeUpdate();
        });
    return token;
  }

  /** The token's state now; with {@code lock}, its row stays locked until the transaction ends. */
  SetupLink.State state(String token, boolean lock) {
    return jdbc.prepareStatement(
        "SELECT expires_at, used_at FROM setup_tokens WHERE token_hash = ?"
            + (lock ? " FOR UPDATE" : ""),
        statement -> {
          statement.setString(1, SetupLink.hash(token));
          try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
              return SetupLink.State.UNKNOWN;
            }
            return SetupLink.state(
                JdbcRows.instant(rows, 1), JdbcRows.instant(rows, 2), clock.instant());
          }
        });
  }

  void markUsed(String token) {
    jdbc.prepareStatement(
        "UPDATE setup_tokens SET used_at = ? WHERE token_hash = ?",
        statement -> {
          JdbcRows.bindAll(statement, clock.instant(), SetupLink.hash(token));
          return statement.executeUpdate();
        });
  }
}
