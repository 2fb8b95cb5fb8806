package org.medley.platform;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the embedded default, moves every identity counter past the highest id on disk before Medley
 * serves a request, so that no id is handed out twice after a crash.
 *
 * <p>H2 keeps an identity's next value in its metadata, written ahead in steps of 32 by a separate
 * system transaction. When the process is killed while many transactions insert, a row committed by
 * one of them can be on disk while the counter step that covered its id is not (seen in CrashIT:
 * after SIGKILL under 16 clients, the next tickets failed with a primary-key violation on ids that
 * existed). Rows are durable (see {@link EmbeddedDatabase}); the counter is repaired from them. On
 * MySQL and MariaDB InnoDB persists its auto-increment counters itself, and this does nothing.
 */
@Singleton
class EmbeddedIdentities {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedIdentities.class);

  private final DataSource dataSource;

  EmbeddedIdentities(DataSource dataSource, DataSourceResolver resolver) {
    // The raw pool: DDL on its own connection, before any request runs.
    this.dataSource = resolver.resolve(dataSource);
  }

  @EventListener
  void onStartup(StartupEvent event) {
    try (Connection connection = dataSource.getConnection()) {
      if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
        catchUp(connection);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the embedded database's identities", e);
    }
  }

  /** Restarts each identity that is not past its table's highest id; returns how many. */
  static int catchUp(Connection connection) throws SQLException {
    record Identity(String table, String column, long next) {}
    List<Identity> identities = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT table_name, column_name, identity_base FROM information_schema.columns"
                    + " WHERE is_identity = 'YES' AND table_schema = CURRENT_SCHEMA")) {
      while (rows.next()) {
        identities.add(new Identity(rows.getString(1), rows.getString(2), rows.getLong(3)));
      }
    }
    int restarted = 0;
    for (Identity identity : identities) {
      String table = quoted(identity.table());
      String column = quoted(identity.column());
      long highest;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
        rows.next();
        highest = rows.getLong(1);
      }
      if (highest >= identity.next()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "ALTER TABLE "
                  + table
                  + " ALTER COLUMN "
                  + column
                  + " RESTART WITH "
                  + (highest + 1));
        }
        LOG.warn(
            "Embedded database: {}.{} would have handed out {} again (highest on disk {}), probably"
                + " after a crash; it continues at {}",
            identity.table(),
            identity.column(),
            identity.next(),
            highest,
            highest + 1);
        restarted++;
      }
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return restarted;
  }

  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
