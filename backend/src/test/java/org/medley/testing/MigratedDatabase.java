package org.medley.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the test server, migrated to an old version, for tests of what a later
 * migration does to the rows it finds: {@link #execute} them, {@link #migrate} on, read {@link
 * #rows}. {@link #close} drops it.
 */
public final class MigratedDatabase implements AutoCloseable {

  private static final String SERVER =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
  private static final String USER = System.getenv().getOrDefault("MEDLEY_TEST_DB_USER", "root");
  private static final String PASSWORD =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_PASSWORD", "");

  private final String name;

  private MigratedDatabase(String name) {
    this.name = name;
  }

  /** A new database migrated up to and including {@code version}. */
  public static MigratedDatabase at(String version) throws SQLException {
    var database =
        new MigratedDatabase(
            "medley_v"
                + version
                + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    run(SERVER, "CREATE DATABASE " + database.name + " CHARACTER SET utf8mb4");
    database.flyway(version).migrate();
    return database;
  }

  /** A new, empty database: a Medley started on it migrates it as on a first install. */
  public static MigratedDatabase empty() throws SQLException {
    return empty("medley_empty_");
  }

  /** A new, empty database whose name starts with {@code prefix}. */
  public static MigratedDatabase empty(String prefix) throws SQLException {
    var database =
        new MigratedDatabase(
            prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
    run(SERVER, "CREATE DATABASE " + database.name + " CHARACTER SET utf8mb4");
    return database;
  }

  /** The datasource properties of this database, for an application context of its own. */
  public java.util.Map<String, Object> datasource() {
    return java.util.Map.of(
        "datasources.default.url", SERVER + name,
        "datasources.default.username", USER,
        "datasources.default.password", PASSWORD);
  }

  /** Migrates on to the latest version. */
  public void migrate() {
    flyway(null).migrate();
  }

  /** A connection to this database (the caller closes it). */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(SERVER + name, USER, PASSWORD);
  }

  public void execute(String... statements) throws SQLException {
    run(SERVER + name, statements);
  }

  /** Each row of {@code sql} as its values joined by " | ". */
  public List<String> rows(String sql) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(SERVER + name, USER, PASSWORD);
        var rs = c.createStatement().executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(rs.getObject(i)));
        }
        list.add(String.join(" | ", values));
      }
    }
    return list;
  }

  @Override
  public void close() throws SQLException {
    run(SERVER, "DROP DATABASE IF EXISTS " + name);
  }

  private Flyway flyway(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(SERVER + name, USER, PASSWORD)
            .locations("classpath:db/migration");
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  private static void run(String url, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        var s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
