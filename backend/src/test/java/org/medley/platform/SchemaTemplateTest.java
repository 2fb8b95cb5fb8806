package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrated empty database the jar carries (built by the Maven build before the tests run) is
 * what the migrations make, so a new install that starts from it is the same as one migrated.
 */
class SchemaTemplateTest {

  @Test
  void theBuildShipsTheTemplate() {
    assertThat(SchemaTemplate.class.getResource(SchemaTemplate.RESOURCE))
        .as("db/embedded/medley.mv.db on the class path: `mvn process-classes` builds it")
        .isNotNull();
  }

  @Test
  void aNewDataDirectoryStartsFromATemplateFlywayFindsCurrent(@TempDir Path dir) {
    EmbeddedDatabase.defaultsFor(Map.of("MEDLEY_DATA_DIR", dir.toString()));

    assertThat(dir.resolve("medley.mv.db")).exists();
    Flyway flyway = SchemaTemplate.flyway(dir);
    flyway.validate();
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().applied()).hasSize(flyway.info().all().length);
  }

  @Test
  void theTemplateHoldsExactlyTheSchemaTheMigrationsMake(@TempDir Path dir) throws Exception {
    Path fromTemplate = dir.resolve("template");
    Path migrated = dir.resolve("migrated");
    assertThat(SchemaTemplate.layDown(EmbeddedDatabase.databaseFile(fromTemplate))).isTrue();
    SchemaTemplate.flyway(migrated).migrate();

    assertThat(schema(fromTemplate)).isEqualTo(schema(migrated)).isNotEmpty();
  }

  @Test
  void anExistingDatabaseIsNeverReplaced(@TempDir Path dir) throws Exception {
    Path database = EmbeddedDatabase.databaseFile(dir);
    Files.writeString(database, "a hospital's data");

    assertThat(SchemaTemplate.layDown(database)).isFalse();
    assertThat(Files.readString(database)).isEqualTo("a hospital's data");
    assertThat(dir.resolve("medley.mv.db.part")).doesNotExist();
  }

  /** Tables, columns, indexes and constraints, with their definitions, in a stable order. */
  private static List<String> schema(Path dataDir) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(EmbeddedDatabase.urlFor(dataDir), "sa", "");
        Statement s = c.createStatement()) {
      collect(
          s,
          "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable,"
              + " column_default, is_identity FROM information_schema.columns"
              + " WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'"
              + " ORDER BY table_name, ordinal_position",
          lines);
      collect(
          s,
          "SELECT i.table_name, i.index_name, i.index_type_name, c.column_name,"
              + " c.ordinal_position FROM information_schema.indexes i"
              + " JOIN information_schema.index_columns c ON c.index_name = i.index_name"
              + " AND c.table_name = i.table_name AND c.index_schema = i.index_schema"
              + " WHERE i.table_schema = 'public' ORDER BY i.table_name, i.index_name,"
              + " c.ordinal_position",
          lines);
      collect(
          s,
          "SELECT table_name, constraint_name, constraint_type FROM"
              + " information_schema.table_constraints WHERE table_schema = 'public'"
              + " ORDER BY table_name, constraint_name",
          lines);
      collect(
          s,
          "SELECT version, description, type, checksum, success FROM flyway_schema_history"
              + " ORDER BY installed_rank",
          lines);
    }
    return lines;
  }

  private static void collect(Statement s, String sql, List<String> into) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(rows.getString(i)).append(" | ");
        }
        into.add(line.toString());
      }
    }
  }
}
