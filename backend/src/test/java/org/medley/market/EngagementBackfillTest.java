package org.medley.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.MigratedDatabase;

/**
 * V51 on a database that predates engagements: migrated to V50 on its own MariaDB schema, given a
 * partner with two groups and an OLA, a partner with only an OLA, and an internal group, then
 * migrated on. Each partner gets one engagement that owns its groups and its OLA.
 */
class EngagementBackfillTest {

  private static MigratedDatabase database;

  @BeforeAll
  static void migrateAnOldDatabase() throws SQLException {
    database = MigratedDatabase.at("50");
    database.execute(
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
    database.migrate();
  }

  @AfterAll
  static void drop() throws SQLException {
    database.close();
  }

  @Test
  void everyPartnerWithGroupsOrAnOlaGetsOneEngagementStartedWithItsEarliestWork()
      throws SQLException {
    assertThat(
            database.rows(
                "SELECT partner_id, name, starts_on, ends_on, created_by FROM engagements"))
        .containsExactlyInAnyOrder(
            "2 | Old Desk Partner services | 2024-03-05 | null | medley",
            "3 | Old Staffing Partner services | 2024-02-10 | null | medley");
    assertThat(database.rows("SELECT COUNT(*) FROM engagement_audit WHERE action = 'CREATED'"))
        .containsExactly("2");
  }

  @Test
  void thePartnersGroupsAndOlaBelongToItsEngagement() throws SQLException {
    assertThat(
            database.rows(
                "SELECT g.name, e.name FROM support_groups g LEFT JOIN engagement_groups l ON"
                    + " l.group_id = g.id LEFT JOIN engagements e ON e.id = l.engagement_id"
                    + " ORDER BY g.id"))
        .containsExactly(
            "Service Desk | null",
            "Old Desk Nights | Old Desk Partner services",
            "Old Desk Weekends | Old Desk Partner services");
    assertThat(
            database.rows(
                "SELECT o.id, e.partner_id FROM ola_policies o JOIN engagements e"
                    + " ON e.id = o.engagement_id ORDER BY o.id"))
        .containsExactly("1 | 2", "2 | 3");
  }

  @Test
  void aPartnerMayNowHoldAnOlaPerEngagementButAnEngagementOnlyOne() throws SQLException {
    database.execute(
        "INSERT INTO engagements (id, tenant_id, partner_id, name, scope, starts_on, created_by,"
            + " created_at, updated_at) VALUES (10, 1, 2, 'Old Desk Epic L2', 'L2', '2025-01-01',"
            + " 'test', '2025-01-01', '2025-01-01')",
        "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id, response_ms,"
            + " resolution_ms, pause_on, warnings, breach_actions, created_at) VALUES"
            + " (1, 10, 2, 1, 1, 2, '', '', '', '2025-01-01')");
    assertThat(database.rows("SELECT COUNT(*) FROM ola_policies WHERE partner_id = 2"))
        .containsExactly("2");
    try {
      database.execute(
          "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id,"
              + " response_ms, resolution_ms, pause_on, warnings, breach_actions, created_at)"
              + " VALUES (1, 10, 2, 1, 1, 2, '', '', '', '2025-01-01')");
      throw new AssertionError("a second OLA for one engagement was accepted");
    } catch (SQLException expected) {
      assertThat(expected.getMessage()).contains("uq_ola_policies_engagement");
    }
  }
}
