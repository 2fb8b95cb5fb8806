package org.medley.identity.internal;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import javax.sql.DataSource;
import org.medley.identity.InstallationKeys;

/**
 * Keys in {@code signing_keys}, one row per name. The first node to ask inserts a random one; a
 * node that loses that race reads the winner's. Runs on its own connection and commits, because
 * keys are made while beans are built, outside any transaction.
 */
@Singleton
class StoredInstallationKeys implements InstallationKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final Clock clock;

  StoredInstallationKeys(DataSource dataSource, DataSourceResolver resolver, Clock clock) {
    this.dataSource = resolver.resolve(dataSource);
    this.clock = clock;
  }

  @Override
  public String key(String name, int bytes) {
    try (Connection connection = dataSource.getConnection()) {
      return key(connection, name, bytes, clock);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read or make the installation key " + name, e);
    }
  }

  static String key(Connection connection, String name, int bytes, Clock clock)
      throws SQLException {
    String existing = read(connection, name);
    if (existing != null) {
      return existing;
    }
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO signing_keys (name, secret, created_at) VALUES (?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
      insert.setTimestamp(3, Timestamp.from(clock.instant()));
      insert.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException raced) {
      // another node made the key first: use theirs
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return read(connection, name);
  }

  private static String read(Connection connection, String name) throws SQLException {
    try (var select =
        connection.prepareStatement("SELECT secret FROM signing_keys WHERE name = ?")) {
      select.setString(1, name);
      try (var rs = select.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
