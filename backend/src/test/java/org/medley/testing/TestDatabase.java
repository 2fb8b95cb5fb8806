package org.medley.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One fresh database on the real MariaDB (or MySQL) server per test run, named at random and
 * dropped at the end. Micronaut picks the URL up from the {@code datasources.default.*} system
 * properties. {@code MEDLEY_TEST_DB_URL} (a server URL ending in {@code /}) selects another server.
 */
public class TestDatabase implements LauncherSessionListener {

  private static final String SERVER =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
  private static final String USER = System.getenv().getOrDefault("MEDLEY_TEST_DB_USER", "root");
  private static final String PASSWORD =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_PASSWORD", "");

  private String name;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    name = "medley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    System.setProperty("datasources.default.url", SERVER + name);
    System.setProperty("datasources.default.username", USER);
    System.setProperty("datasources.default.password", PASSWORD);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (name != null) {
      execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Integration tests need MariaDB/MySQL at "
              + SERVER
              + " (user "
              + USER
              + "): "
              + e.getMessage(),
          e);
    }
  }
}
