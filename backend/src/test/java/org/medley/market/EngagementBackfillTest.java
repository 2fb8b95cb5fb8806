package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V51 on a database that predates engagements: migrated to V50 on its own MariaDB schema, given a
 * partner with two groups and an OLA, a partner with only an OLA, and an internal group, then
 * migrated on. Each partner gets one engagement that owns its groups and its OLA.
 */
class EngagementBackfillTest {

  private static final String SERVER =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
  private static final String USER = System.getenv().getOrDefault("MEDLEY_TEST_DB_USER", "root");
  private static final String PASSWORD =
      System.getenv().getOrDefault("MEDLEY_TEST_DB_PASSWORD", "");
  private static final String NAME =
      "medley_v51_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  @BeforeAll
  static void migrateAnOldDatabase() throws SQLException {
    execute(SERVER, "CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4");
    flyway("50").migrate();
    execute(
        SERVER + NAME,
        "INSERT INTO organizations (id, kind, name, created_at) VALUES"
            + " (1, 'HEALTH_SYSTEM', 'Old Hospital', '2024-01-01'),"
            + " (2, 'PARTNER', 'Old Desk Partner', '2024-01-01'),"
            + " (3, 'PARTNER', 'Old Staffing Partner', '2024-01-01'),"
            + " (4, 'PARTNER', 'Partner Without Work Here', '2024-01-01')",
        "INSERT INTO calendars (id, tenant_id, name, zone, definition, created_at) VALUES"
            + " (1, 1, '24x7', 'UTC', '{}', '2024-01-01')",
        "INSERT INTO support_groups (id, tenant_id, name, tier, provider, partner_id, calendar_id,"
            + " created_at) VALUES"
            + " (1, 1, 'Service Desk', 'L1', 'INTERNAL', NULL, 1, '2024-01-02'),"
            + " (2, 1, 'Old Desk Nights', 'L1', 'PARTNER', 2, 1, '2024-03-05 08:00:00'),"
            + " (3, 1, 'Old Desk Weekends', 'L1', 'PARTNER', 2, 1, '2024-04-01')",
        "INSERT INTO ola_policies (id, tenant_id, partner_id, calendar_id, response_ms,"
            + " resolution_ms, pause_on, warnings, breach_actions, created_at) VALUES"
            + " (1, 1, 2, 1, 1800000, 86400000, '', '75,90', 'NOTIFY_PARTNER_MANAGER',"
            + " '2024-05-01'),"
            + " (2, 1, 3, 1, 7200000, 64800000, '', '75,90', 'NOTIFY_PARTNER_MANAGER',"
            + " '2024-02-10')");
    flyway(null).migrate();
  }

  @AfterAll
  static void drop() throws SQLException {
    execute(SERVER, "DROP DATABASE IF EXISTS " + NAME);
  }

  private static Flyway flyway(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(SERVER + NAME, USER, PASSWORD)
            .locations("classpath:db/migration");
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  @Test
  void everyPartnerWithGroupsOrAnOlaGetsOneEngagementStartedWithItsEarliestWork()
      throws SQLException {
    assertThat(rows("SELECT partner_id, name, starts_on, ends_on, created_by FROM engagements"))
        .containsExactlyInAnyOrder(
            "2 | Old Desk Partner services | 2024-03-05 | null | medley",
            "3 | Old Staffing Partner services | 2024-02-10 | null | medley");
    assertThat(rows("SELECT COUNT(*) FROM engagement_audit WHERE action = 'CREATED'"))
        .containsExactly("2");
  }

  @Test
  void thePartnersGroupsAndOlaBelongToItsEngagement() throws SQLException {
    assertThat(
            rows(
                "SELECT g.name, e.name FROM support_groups g LEFT JOIN engagements e"
                    + " ON e.id = g.engagement_id ORDER BY g.id"))
        .containsExactly(
            "Service Desk | null",
            "Old Desk Nights | Old Desk Partner services",
            "Old Desk Weekends | Old Desk Partner services");
    assertThat(
            rows(
                "SELECT o.id, e.partner_id FROM ola_policies o JOIN engagements e"
                    + " ON e.id = o.engagement_id ORDER BY o.id"))
        .containsExactly("1 | 2", "2 | 3");
  }

  @Test
  void aPartnerMayNowHoldAnOlaPerEngagementButAnEngagementOnlyOne() throws SQLException {
    execute(
        SERVER + NAME,
        "INSERT INTO engagements (id, tenant_id, partner_id, name, scope, starts_on, created_by,"
            + " created_at, updated_at) VALUES (10, 1, 2, 'Old Desk Epic L2', 'L2', '2025-01-01',"
            + " 'test', '2025-01-01', '2025-01-01')",
        "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id, response_ms,"
            + " resolution_ms, pause_on, warnings, breach_actions, created_at) VALUES"
            + " (1, 10, 2, 1, 1, 2, '', '', '', '2025-01-01')");
    assertThat(rows("SELECT COUNT(*) FROM ola_policies WHERE partner_id = 2")).containsExactly("2");
    try {
      execute(
          SERVER + NAME,
          "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id,"
              + " response_ms, resolution_ms, pause_on, warnings, breach_actions, created_at)"
              + " VALUES (1, 10, 2, 1, 1, 2, '', '', '', '2025-01-01')");
      throw new AssertionError("a second OLA for one engagement was accepted");
    } catch (SQLException expected) {
      assertThat(expected.getMessage()).contains("uq_ola_policies_engagement");
    }
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> list = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(SERVER + NAME, USER, PASSWORD);
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

  private static void execute(String url, String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        var s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
