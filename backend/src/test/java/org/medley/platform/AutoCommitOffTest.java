package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.jdbc.DataSourceResolver;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * Pooled connections come with auto-commit off (no "set autocommit" round trips around each
 * transaction), so a write outside a transaction would be rolled back when its connection goes
 * back. The suite's guard turns that into a failure; this holds the guard to it.
 */
class AutoCommitOffTest {

  @Test
  void aWriteLeftUncommittedFailsTheConnectionsReturn() throws Exception {
    var pool =
        TestApp.context()
            .getBean(DataSourceResolver.class)
            .resolve(TestApp.context().getBean(DataSource.class));
    var connection = pool.getConnection();
    assertThat(connection.getAutoCommit()).isFalse();
    try (var s = connection.createStatement()) {
      // A real table: InnoDB does not count temporary tables' rows as modified.
      s.executeUpdate(
          "INSERT INTO organizations (kind, name, created_at)"
              + " VALUES ('PARTNER', 'Never committed', CURRENT_TIMESTAMP)");
    }
    assertThatThrownBy(connection::close)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("Uncommitted writes")
        .hasMessageContaining("AutoCommitOffTest");
    try (var c = TestApp.connection();
        var s = c.createStatement();
        var rows =
            s.executeQuery("SELECT COUNT(*) FROM organizations WHERE name = 'Never committed'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("rolled back by the pool").isZero();
    }
  }

  @Test
  void aCommittedWriteReturnsQuietly() throws Exception {
    var pool =
        TestApp.context()
            .getBean(DataSourceResolver.class)
            .resolve(TestApp.context().getBean(DataSource.class));
    var connection = pool.getConnection();
    try (var s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO organizations (kind, name, created_at)"
              + " VALUES ('PARTNER', 'Committed once', CURRENT_TIMESTAMP)");
      connection.commit();
      s.executeUpdate("DELETE FROM organizations WHERE name = 'Committed once'");
      connection.commit();
    }
    connection.close();
    assertThat(connection.isClosed()).isTrue();
  }
}
