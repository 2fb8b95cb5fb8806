package org.medley.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/** The demo hospital on the real MariaDB: the size the README promises, seeded exactly once. */
class DemoHospitalTest {

  private long count(String sql) throws SQLException {
    try (Connection c = TestApp.connection();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void seedsAMidSizeHealthSystem() throws SQLException {
    assertThat(count("SELECT COUNT(*) FROM applications")).isBetween(55L, 65L);
    assertThat(count("SELECT COUNT(*) FROM staff_members WHERE kind = 'INTERNAL'")).isEqualTo(40);
    // BusinessAssociatesTest adds its own "Harbor IT Partners …" to the shared database.
    assertThat(
            count(
                "SELECT COUNT(*) FROM organizations WHERE kind = 'PARTNER'"
                    + " AND name NOT LIKE 'Harbor IT Partners%'"))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(DISTINCT employer_id) FROM staff_members WHERE kind = 'CONTRACTED'"))
        .isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM calendars")).isGreaterThanOrEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM skills")).isGreaterThan(300);
    assertThat(
            count(
                "SELECT COUNT(*) FROM support_groups WHERE provider = 'PARTNER'"
                    + " AND name NOT LIKE 'Harbor IT Partners%'"))
        .isEqualTo(2);
  }

  @Test
  void eachPartnerWorksUnderAnEngagementThatOwnsItsGroupAndItsOla() throws SQLException {
    String demoPartners =
        "(SELECT id FROM organizations WHERE name IN ('Northwind Managed Services',"
            + " 'Apex Clinical IT Staffing'))";
    assertThat(count("SELECT COUNT(*) FROM engagements WHERE partner_id IN " + demoPartners))
        .isEqualTo(2);
    // Running today, each naming a manager of its own partner.
    assertThat(
            count(
                "SELECT COUNT(*) FROM engagements e JOIN user_accounts u ON u.id ="
                    + " e.manager_account_id AND u.organization_id = e.partner_id WHERE"
                    + " e.starts_on <= CURRENT_DATE AND e.ends_on >= CURRENT_DATE AND e.ended_at"
                    + " IS NULL AND e.partner_id IN "
                    + demoPartners))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM support_groups g JOIN engagements e ON e.id = g.engagement_id"
                    + " AND e.partner_id = g.partner_id WHERE g.partner_id IN "
                    + demoPartners))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM ola_policies o JOIN engagements e ON e.id = o.engagement_id"
                    + " AND e.partner_id = o.partner_id WHERE o.partner_id IN "
                    + demoPartners))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT COUNT(*) FROM support_groups WHERE provider = 'INTERNAL' AND"
                    + " engagement_id IS NOT NULL"))
        .isZero();
  }

  @Test
  void ticketsSpreadOverTheLastNinetyDaysWithALiveQueue() throws SQLException {
    assertThat(count("SELECT COUNT(*) FROM tickets")).isGreaterThan(3000);
    long distinctDays = count("SELECT COUNT(DISTINCT CAST(created_at AS DATE)) FROM tickets");
    assertThat(distinctDays).isGreaterThanOrEqualTo(88);
    assertThat(
            count(
                "SELECT COUNT(*) FROM tickets WHERE status IN ('NEW','ASSIGNED','IN_PROGRESS','PENDING')"))
        .isGreaterThan(20);
    assertThat(count("SELECT COUNT(*) FROM tickets WHERE status = 'CLOSED'")).isGreaterThan(2000);
    assertThat(
            count(
                "SELECT COUNT(*) FROM tickets WHERE status = 'PENDING' AND pending_reason IS NULL"))
        .isZero();
    // numbers are unique, and the sequence is past every number already issued (new tickets
    // reserve blocks from it, so numbers may skip but never repeat)
    assertThat(count("SELECT COUNT(DISTINCT number) FROM tickets"))
        .isEqualTo(count("SELECT COUNT(*) FROM tickets"));
    assertThat(count("SELECT MAX(next_value) FROM ticket_sequences WHERE type = 'INCIDENT'"))
        .isGreaterThan(
            count(
                "SELECT MAX(CAST(SUBSTRING(number, 5) AS SIGNED)) FROM tickets"
                    + " WHERE type = 'INCIDENT'"));
  }

  @Test
  void priorityFollowsTheMatrixInSeededTickets() throws SQLException {
    assertThat(
            count(
                "SELECT COUNT(*) FROM tickets WHERE (impact + urgency = 2 AND priority <> 'P1')"
                    + " OR (impact + urgency = 3 AND priority <> 'P2')"
                    + " OR (impact + urgency = 4 AND priority <> 'P3')"
                    + " OR (impact + urgency >= 5 AND priority <> 'P4')"))
        .isZero();
  }

  @Test
  void secondSeedDoesNothing() throws SQLException {
    long before = count("SELECT COUNT(*) FROM tickets");
    assertThat(TestApp.context().getBean(DemoSeeder.class).seedIfEmpty()).isFalse();
    assertThat(count("SELECT COUNT(*) FROM tickets")).isEqualTo(before);
  }

  @Test
  void instantsKeepTheirMicroseconds() throws SQLException {
    // MySQL Connector/J against MariaDB drops fractional seconds; the MariaDB driver must not.
    Instant precise = Instant.parse("2026-03-08T07:00:00.123456Z");
    try (Connection c = TestApp.connection()) {
      c.setAutoCommit(false);
      try (var insert =
          c.prepareStatement(
              "INSERT INTO demo_seeds (name, seed, seeded_at) VALUES ('precision-probe', 0, ?)")) {
        insert.setTimestamp(1, Timestamp.from(precise));
        insert.executeUpdate();
      }
      try (var rs =
          c.createStatement()
              .executeQuery("SELECT seeded_at FROM demo_seeds WHERE name = 'precision-probe'")) {
        rs.next();
        assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(precise);
      }
      c.rollback();
    }
  }

  @Test
  void theLiveQueueIsRecent() throws SQLException {
    try (Connection c = TestApp.connection();
        var rs =
            c.createStatement()
                .executeQuery("SELECT MAX(created_at) FROM tickets WHERE status = 'NEW'")) {
      rs.next();
      Instant newest = rs.getTimestamp(1).toInstant();
      assertThat(Duration.between(newest, Instant.now())).isLessThan(Duration.ofDays(1));
    }
  }
}
