package org.medley.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.medley.identity.internal.Passwords;

/** Extra sign-ins for tests: more people in the demo hospital, and people of another tenant. */
public final class TestUsers {

  private static final String OTHER_TENANT = "Lakeside Medical";

  private TestUsers() {}

  /** A user of the demo hospital with the given roles (password {@code demo}); returns a token. */
  public static String demoTenant(String username, String roles) {
    return create(username, roles, "Riverside Health");
  }

  /** A user of a second health system, which must never see the demo hospital's data. */
  public static String otherTenant(String username, String roles) {
    return create(username, roles, OTHER_TENANT, OTHER_TENANT);
  }

  /**
   * A user of a health system of the test's own (made on first use), for tests that need a tenant
   * nobody else changes, e.g. to count its admins.
   */
  public static String ownTenant(String username, String roles, String tenantName) {
    return create(username, roles, tenantName);
  }

  /**
   * A partner agent of the demo hospital employed by the named partner organisation (which must
   * exist, e.g. the demo's "Apex Clinical IT Staffing"), to check one partner never sees another's
   * work.
   */
  public static String partnerAgent(String username, String partnerName) {
    return create(username, "partner-agent", "Riverside Health", partnerName);
  }

  /** A partner manager of the demo hospital employed by the named partner organisation. */
  public static String partnerManager(String username, String partnerName) {
    return create(username, "partner-manager", "Riverside Health", partnerName);
  }

  private static String create(String username, String roles, String tenantName) {
    return create(username, roles, tenantName, tenantName);
  }

  private static synchronized String create(
      String username, String roles, String tenantName, String employerName) {
    try (Connection c = TestApp.connection()) {
      insert(c, username, roles, tenantName, employerName);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return TestApp.tokenFor(username);
  }

  /**
   * Writes a user (password {@code demo}) employed by {@code employerName} in the tenant {@code
   * tenantName} into the database of {@code c}, making either organisation when it is missing;
   * nothing when the user exists. For tests with a database of their own.
   */
  public static void insert(
      Connection c, String username, String roles, String tenantName, String employerName)
      throws SQLException {
    if (exists(c, username)) {
      return;
    }
    long tenant = organization(c, tenantName);
    long employer = organization(c, employerName);
    try (var user =
        c.prepareStatement(
            "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name,"
                + " password_hash, roles, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE,"
                + " CURRENT_TIMESTAMP(6))")) {
      user.setLong(1, employer);
      user.setLong(2, tenant);
      user.setString(3, username);
      user.setString(4, "Test " + username);
      user.setString(5, Passwords.hash("demo"));
      user.setString(6, roles);
      user.executeUpdate();
    }
  }

  private static boolean exists(Connection c, String username) throws SQLException {
    try (var query = c.prepareStatement("SELECT 1 FROM user_accounts WHERE username = ?")) {
      query.setString(1, username);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static long organization(Connection c, String name) throws SQLException {
    try (var query = c.prepareStatement("SELECT id FROM organizations WHERE name = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          return rows.getLong(1);
        }
      }
    }
    try (var insert =
        c.prepareStatement(
            "INSERT INTO organizations (kind, name, created_at) VALUES ('HEALTH_SYSTEM', ?,"
                + " CURRENT_TIMESTAMP(6))",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
