package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded H2 file itself: the database this repair exists for. */
class EmbeddedIdentitiesTest {

  @Test
  void anIdentityBehindItsRowsContinuesAfterTheHighestId(@TempDir Path dir) throws Exception {
    try (Connection c = DriverManager.getConnection(EmbeddedDatabase.urlFor(dir), "sa", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE notes (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(20))");
      s.execute("CREATE TABLE calm (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(20))");
      s.execute("INSERT INTO notes (body) VALUES ('a'), ('b'), ('c')");
      s.execute("INSERT INTO calm (body) VALUES ('a')");
      // What a crash can leave: rows on disk past the counter's last saved step.
      s.execute("ALTER TABLE notes ALTER COLUMN id RESTART WITH 2");

      assertThat(EmbeddedIdentities.catchUp(c)).isEqualTo(1);
      s.execute("INSERT INTO notes (body) VALUES ('d')", Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        assertThat(keys.getLong(1)).isEqualTo(4);
      }
      assertThat(EmbeddedIdentities.catchUp(c)).as("nothing left to repair").isZero();
    }
  }
}
