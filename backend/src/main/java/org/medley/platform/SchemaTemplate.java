package org.medley.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import org.flywaydb.core.Flyway;

/**
 * The embedded database of a new install, already migrated: built once by the Maven build (this
 * class's {@link #main}, the same Flyway scripts, the same H2 as at run time) and shipped in the
 * jar. {@link EmbeddedDatabase} lays it down on the first start of an empty data directory, so that
 * start runs no migrations: Flyway then only finds the schema current, as on a restart. Without the
 * template on the class path (a test run from compiled classes only), Flyway migrates as before.
 */
public final class SchemaTemplate {

  /** Where the build puts the template, on the class path. */
  static final String RESOURCE = "/db/embedded/medley.mv.db";

  private SchemaTemplate() {}

  /** Builds the template: {@code args[0]} is the file to write. */
  public static void main(String[] args) throws IOException, SQLException {
    Path target = Path.of(args[0]);
    Path work = Files.createTempDirectory("medley-schema-template");
    try {
      flyway(work).migrate();
      try (Connection connection =
              DriverManager.getConnection(EmbeddedDatabase.urlFor(work), "sa", "");
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      }
      Files.createDirectories(target.getParent());
      Files.copy(work.resolve("medley.mv.db"), target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Flyway on the embedded database under {@code dataDir}, with Medley's migrations. */
  static Flyway flyway(Path dataDir) {
    return Flyway.configure()
        .dataSource(EmbeddedDatabase.urlFor(dataDir), "sa", "")
        .locations("classpath:db/migration")
        .load();
  }

  /**
   * Writes the template to {@code database} when there is no database there yet and the jar carries
   * one; returns whether it did. Copied beside it first and then moved, so a start killed half-way
   * leaves either no database or a whole one.
   */
  static boolean layDown(Path database) {
    if (Files.exists(database)) {
      return false;
    }
    try (InputStream template = SchemaTemplate.class.getResourceAsStream(RESOURCE)) {
      if (template == null) {
        return false;
      }
      Files.createDirectories(database.getParent());
      Path part = database.resolveSibling(database.getFileName() + ".part");
      Files.copy(template, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, database, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the embedded database at " + database, e);
    }
  }
}
