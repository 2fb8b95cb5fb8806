package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * The suite runs with {@code -Duser.timezone=America/New_York} (see the surefire configuration), as
 * a hospital's own server might: instants must still be stored as UTC and survive the hour that New
 * York's clocks repeat.
 */
class UtcStorageTest {

  @Test
  void instantsInTheRepeatedAutumnHourAreStoredAsUtcAndReadBackUnchanged() throws Exception {
    Instant daylight = Instant.parse("2026-11-01T05:30:00Z"); // 01:30 EDT
    Instant standard = Instant.parse("2026-11-01T06:30:00Z"); // 01:30 EST, an hour later
    List<String> stored = new ArrayList<>();
    List<Instant> read = new ArrayList<>();
    try (var c = TestApp.connection();
        var s = c.createStatement()) {
      s.execute("CREATE TEMPORARY TABLE utc_check (id INT PRIMARY KEY, at DATETIME(6))");
      try (var insert = c.prepareStatement("INSERT INTO utc_check VALUES (?, ?)")) {
        insert.setInt(1, 1);
        insert.setTimestamp(2, Timestamp.from(daylight));
        insert.executeUpdate();
        insert.setInt(1, 2);
        insert.setTimestamp(2, Timestamp.from(standard));
        insert.executeUpdate();
      }
      try (var rs = s.executeQuery("SELECT CAST(at AS CHAR), at FROM utc_check ORDER BY id")) {
        while (rs.next()) {
          stored.add(rs.getString(1));
          read.add(rs.getTimestamp(2).toInstant());
        }
      }
      s.execute("DROP TEMPORARY TABLE utc_check");
    }
    assertThat(stored).containsExactly("2026-11-01 05:30:00.000000", "2026-11-01 06:30:00.000000");
    assertThat(read).containsExactly(daylight, standard);
  }
}
