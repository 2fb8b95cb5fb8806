package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.medley.testing.MigratedDatabase;

/**
 * V61 turns each application's route into routing rules, so an install routes as before. Rows are
 * written at V57 (the last migration before this issue's), so V58–V60 run over them too.
 */
class RoutingMigrationTest {

  /** Two hospitals' routes as they stood before V61. */
  private static final String[] ROUTED = {
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
        + " (200, 50, NULL, NULL, NULL)"
  };

  /** What V61 makes of {@link #ROUTED}: one rule per routed tier, application name order. */
  private static final String[] RULES = {
    // Epic before Zebra Lab at every tier both route
    "1 | L1 | 0 | 10 | APPLICATION | 101",
    "1 | L1 | 1 | 10 | APPLICATION | 100",
    "1 | L2 | 0 | 20 | APPLICATION | 101",
    "1 | L3 | 0 | 30 | APPLICATION | 101",
    "1 | L3 | 1 | 30 | APPLICATION | 100",
    "1 | VENDOR | 0 | 40 | APPLICATION | 101",
    "2 | L1 | 0 | 50 | APPLICATION | 200"
  };

  private static final String RULE_ROWS =
      "SELECT r.tenant_id, r.tier, r.ordinal, r.group_id, c.kind, c.term"
          + " FROM routing_rules r JOIN routing_rule_conditions c ON c.rule_id = r.id"
          + " ORDER BY r.tenant_id, r.tier, r.ordinal";

  @Test
  void v61MakesOneApplicationRulePerRoutedTierInApplicationNameOrder() throws SQLException {
    try (MigratedDatabase database = MigratedDatabase.at("57")) {
      database.execute(ROUTED);
      database.migrate();

      assertThat(database.rows(RULE_ROWS)).containsExactly(RULES);
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

  /** The embedded default runs the same migration on H2 (an upgraded demo install has routes). */
  @Test
  void v61ConvertsTheSameRoutesOnTheEmbeddedDatabase() throws SQLException {
    String url =
        "jdbc:h2:mem:routing_v61_"
            + System.nanoTime()
            // as platform.EmbeddedDatabase opens it
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,USER"
            + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("57")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      for (String sql : ROUTED) {
        s.execute(sql);
      }
      Flyway.configure()
          .dataSource(url, "sa", "")
          .locations("classpath:db/migration")
          .load()
          .migrate();
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(RULE_ROWS)) {
        while (rs.next()) {
          List<String> values = new ArrayList<>();
          for (int i = 1; i <= 6; i++) {
            values.add(rs.getString(i));
          }
          rows.add(String.join(" | ", values));
        }
      }
      assertThat(rows).containsExactly(RULES);
      s.execute("SHUTDOWN");
    }
  }
}
