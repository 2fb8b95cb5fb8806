package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.medley.testing.MigratedDatabase;

/**
 * V61 turns each application's route into routing rules, so an install routes as before. Rows are
 * written at V57 (the last migration before this issue's), so V58–V60 run over them too.
 */
class RoutingMigrationTest {

  @Test
  void v61MakesOneApplicationRulePerRoutedTierInApplicationNameOrder() throws SQLException {
    try (MigratedDatabase database = MigratedDatabase.at("57")) {
      database.execute(
          "INSERT INTO organizations (id, kind, name, created_at) VALUES"
              + " (1, 'HEALTH_SYSTEM', 'Routed Hospital', '2024-01-01'),"
              + " (2, 'HEALTH_SYSTEM', 'Other Hospital', '2024-01-01')",
          "INSERT INTO calendars (id, tenant_id, name, zone, definition, created_at) VALUES"
              + " (1, 1, 'Weekdays', 'UTC', '{}', '2024-01-01'),"
              + " (2, 2, 'Weekdays', 'UTC', '{}', '2024-01-01')",
          "INSERT INTO support_groups (id, tenant_id, name, tier, provider, calendar_id,"
              + " created_at) VALUES"
              + " (10, 1, 'Service Desk', 'L1', 'INTERNAL', 1, '2024-01-01'),"
              + " (20, 1, 'Clinical Applications', 'L2', 'INTERNAL', 1, '2024-01-01'),"
              + " (30, 1, 'Engineering', 'L3', 'INTERNAL', 1, '2024-01-01'),"
              + " (40, 1, 'Vendor Escalations', 'VENDOR', 'INTERNAL', 1, '2024-01-01'),"
              + " (50, 2, 'Other Desk', 'L1', 'INTERNAL', 2, '2024-01-01')",
          "INSERT INTO applications (id, tenant_id, name, vendor, category, criticality,"
              + " lifecycle, calendar_id, created_at) VALUES"
              + " (100, 1, 'Zebra Lab', 'V', 'LABORATORY', 2, 'LIVE', 1, '2024-01-01'),"
              + " (101, 1, 'Epic', 'V', 'EHR', 1, 'LIVE', 1, '2024-01-01'),"
              + " (200, 2, 'Their EHR', 'V', 'EHR', 1, 'LIVE', 2, '2024-01-01')",
          "INSERT INTO application_routes (application_id, l1_group_id, l2_group_id,"
              + " l3_group_id, vendor_group_id) VALUES"
              + " (100, 10, NULL, 30, NULL),"
              + " (101, 10, 20, 30, 40),"
              + " (200, 50, NULL, NULL, NULL)");
      database.migrate();

      assertThat(
              database.rows(
                  "SELECT r.tenant_id, r.tier, r.ordinal, r.group_id, c.kind, c.term"
                      + " FROM routing_rules r JOIN routing_rule_conditions c ON c.rule_id = r.id"
                      + " ORDER BY r.tenant_id, r.tier, r.ordinal"))
          .containsExactly(
              // Epic before Zebra Lab at every tier both route
              "1 | L1 | 0 | 10 | APPLICATION | 101",
              "1 | L1 | 1 | 10 | APPLICATION | 100",
              "1 | L2 | 0 | 20 | APPLICATION | 101",
              "1 | L3 | 0 | 30 | APPLICATION | 101",
              "1 | L3 | 1 | 30 | APPLICATION | 100",
              "1 | VENDOR | 0 | 40 | APPLICATION | 101",
              "2 | L1 | 0 | 50 | APPLICATION | 200");
      assertThat(database.rows("SELECT COUNT(*) FROM routing_rule_conditions"))
          .containsExactly("7");
      assertThat(database.rows("SELECT DISTINCT action, actor FROM routing_rule_audit"))
          .containsExactly("MIGRATED | migration V61");
      assertThat(
              database.rows(
                  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                      + " AND table_name IN ('application_routes', 'v61_routes')"))
          .containsExactly("0");
    }
  }
}
