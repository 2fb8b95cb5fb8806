package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * Many notices in one call (as a sweep sends them) reach each audience's accounts on the real
 * database: a staff member, a group's lead (not its other members), a partner's agents.
 */
class DeskNoticesTest {

  @Test
  void aBatchOfNoticesReachesEveryAudienceOnce() throws SQLException {
    long tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    long ticket = TestApp.queryLong("SELECT MIN(id) FROM tickets WHERE tenant_id = " + tenant);
    long dana =
        TestApp.queryLong(
            "SELECT s.id FROM staff_members s JOIN user_accounts u ON u.id = s.user_account_id"
                + " WHERE u.username = 'agent'");
    long leader =
        TestApp.queryLong(
            "SELECT s.id FROM staff_members s JOIN user_accounts u ON u.id = s.user_account_id"
                + " WHERE u.username <> 'agent' ORDER BY s.id LIMIT 1");
    long northwind =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Northwind Managed Services'");
    long group;
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO support_groups (tenant_id, name, tier, provider, auto_assign, created_at)"
              + " VALUES ("
              + tenant
              + ", 'Notice test "
              + UUID.randomUUID()
              + "', 'L2', 'INTERNAL', FALSE, CURRENT_TIMESTAMP(6))",
          Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        group = keys.getLong(1);
      }
      s.executeUpdate(
          "INSERT INTO group_members (group_id, staff_id, lead) VALUES ("
              + group
              + ", "
              + leader
              + ", TRUE), ("
              + group
              + ", "
              + dana
              + ", FALSE)");
    }
    String kind = "SLA_TEST" + (System.nanoTime() % 100000);
    List<DeskActions.Notice> notices = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      notices.add(
          new DeskActions.Notice(
              tenant, ticket, DeskActions.Audience.STAFF, dana, kind, "staff " + i));
    }
    notices.add(
        new DeskActions.Notice(
            tenant, ticket, DeskActions.Audience.GROUP_LEADS, group, kind, "group"));
    notices.add(
        new DeskActions.Notice(
            tenant, ticket, DeskActions.Audience.PARTNER, northwind, kind, "partner"));
    // Another health system's id for the same partner reaches nobody here.
    notices.add(
        new DeskActions.Notice(
            tenant + 100_000, ticket, DeskActions.Audience.PARTNER, northwind, kind, "foreign"));

    TestApp.context().getBean(DeskActions.class).tell(notices);

    assertThat(count(kind, "staff %")).isEqualTo(30);
    assertThat(count(kind, "group")).as("the lead only").isEqualTo(1);
    assertThat(
            TestApp.queryLong(
                "SELECT recipient_id FROM notifications WHERE kind = '"
                    + kind
                    + "' AND message = 'group'"))
        .isEqualTo(
            TestApp.queryLong("SELECT user_account_id FROM staff_members WHERE id = " + leader));
    assertThat(count(kind, "partner"))
        .isEqualTo(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM user_accounts WHERE enabled AND organization_id = "
                    + northwind
                    + " AND tenant_id = "
                    + tenant))
        .isPositive();
    assertThat(count(kind, "foreign")).isZero();
  }

  private static long count(String kind, String message) throws SQLException {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM notifications WHERE kind = '"
            + kind
            + "' AND message LIKE '"
            + message
            + "'");
  }
}
