package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * "The partners of this hospital" on a hospital of its own: a partner counts through any of its
 * ties here (an account, an agreement, a group, contracted staff, an engagement), and not through
 * another hospital's, nor does a vendor or the hospital itself.
 */
class PartnersTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static long hospital;
  private static long other;
  private static long foreign;

  @BeforeAll
  static void fixtures() throws SQLException {
    try (Connection c = TestApp.connection()) {
      hospital = organization(c, "HEALTH_SYSTEM", "Partners Test Hospital");
      other = organization(c, "HEALTH_SYSTEM", "Partners Other Hospital");
      long admin = account(c, hospital, hospital, "admin");
      account(c, organization(c, "PARTNER", "Account Partner"), hospital, "agent");
      account(c, organization(c, "VENDOR", "Vendor With Account"), hospital, "vendor");
      insert(
          c,
          "INSERT INTO business_associate_agreements (tenant_id, partner_id, reference,"
              + " effective_from, recorded_by, recorded_at) VALUES (?, ?, 'BAA', '2026-01-01', ?,"
              + " CURRENT_TIMESTAMP(6))",
          hospital,
          organization(c, "PARTNER", "Agreement Partner"),
          admin);
      group(c, hospital, organization(c, "PARTNER", "Group Partner"));
      insert(
          c,
          "INSERT INTO staff_members (tenant_id, employer_id, name, kind, zone,"
              + " weekly_capacity_hours, created_at) VALUES (?, ?, 'Contractor', 'CONTRACTED',"
              + " 'UTC', 40, CURRENT_TIMESTAMP(6))",
          hospital,
          organization(c, "PARTNER", "Staff Partner"));
      insert(
          c,
          "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on, created_by,"
              + " created_at, updated_at) VALUES (?, ?, 'Contract', 'Scope', '2026-01-01',"
              + " 'test', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))",
          hospital,
          organization(c, "PARTNER", "Engagement Partner"));
      foreign = organization(c, "PARTNER", "Foreign Partner");
      group(c, other, foreign);
      account(c, foreign, other, "foreign");
    }
  }

  /** DemoHospitalTest counts every partner organisation: leave none behind. */
  @AfterAll
  static void removeFixtures() throws SQLException {
    String mine = "(SELECT id FROM organizations WHERE name LIKE '% " + RUN + "')";
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "business_associate_agreements",
              "engagements",
              "staff_members",
              "support_groups",
              "user_accounts")) {
        s.executeUpdate("DELETE FROM " + table + " WHERE tenant_id IN " + mine);
      }
      s.executeUpdate("DELETE FROM organizations WHERE name LIKE '% " + RUN + "'");
    }
  }

  @Test
  void aPartnerCountsThroughAnyOfItsTiesToThisHospitalOnly() {
    Partners partners = TestApp.context().getBean(Partners.class);

    assertThat(partners.of(hospital).stream().map(Partners.Partner::name).toList())
        .isEqualTo(
            List.of(
                "Account Partner " + RUN,
                "Agreement Partner " + RUN,
                "Engagement Partner " + RUN,
                "Group Partner " + RUN,
                "Staff Partner " + RUN));
    assertThat(partners.worksFor(hospital, foreign)).isFalse();
    assertThat(partners.worksFor(hospital, hospital)).isFalse();
    assertThat(partners.worksFor(other, foreign)).isTrue();
    assertThat(partners.of(other)).extracting(Partners.Partner::id).containsExactly(foreign);
  }

  private static long organization(Connection c, String kind, String name) throws SQLException {
    return insert(
        c,
        "INSERT INTO organizations (kind, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP(6))",
        kind,
        name + " " + RUN);
  }

  private static long account(Connection c, long employer, long tenant, String username)
      throws SQLException {
    return insert(
        c,
        "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name, roles,"
            + " created_at) VALUES (?, ?, ?, 'Test', 'agent', CURRENT_TIMESTAMP(6))",
        employer,
        tenant,
        "partners-" + username + "-" + RUN);
  }

  private static void group(Connection c, long tenant, long partner) throws SQLException {
    insert(
        c,
        "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, created_at)"
            + " VALUES (?, ?, 'L2', 'PARTNER', ?, CURRENT_TIMESTAMP(6))",
        tenant,
        "Partner Desk " + RUN,
        partner);
  }

  private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
    try (var statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
