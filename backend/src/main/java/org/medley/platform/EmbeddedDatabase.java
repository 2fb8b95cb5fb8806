package org.medley.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * The zero-setup default: with no {@code MEDLEY_DB_URL}, Medley runs on an H2 file in MySQL mode
 * under {@code MEDLEY_DATA_DIR}, migrated by the same Flyway scripts as MySQL and MariaDB.
 *
 * <p>Commits are durable against a crash of the process once Medley serves: {@link
 * EmbeddedDurability} sets {@code WRITE_DELAY} to 0, which makes H2's MVStore write each committing
 * transaction's changes to the file before the commit returns (H2 2.3's {@code
 * TransactionStore.endTransaction} calls {@code MVStore.commit()} when the auto-commit delay is 0).
 * Until then (migrations, the demo seed) the database opens with H2's default 500 ms. With H2's
 * default of 500 ms a killed process lost every ticket of its last half second that had already
 * been answered 201, and handed their ids and numbers out again (CrashIT). The write reaches the
 * operating system, not the disk: H2 does not fsync on commit, so a power loss can still take the
 * last commits; a hospital that needs that runs on MySQL/MariaDB.
 */
public final class EmbeddedDatabase {

  static final String H2_OPTIONS =
      ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,USER;DB_CLOSE_ON_EXIT=FALSE"
          + ";WRITE_DELAY=500";

  private EmbeddedDatabase() {}

  /**
   * Datasource properties to add when the environment names no external database. On the first
   * start of an empty data directory it also lays down the migrated empty schema the jar carries
   * ({@link SchemaTemplate}), which saves that start every migration.
   */
  public static Map<String, Object> defaultsFor(Map<String, String> env) {
    String url = env.get("MEDLEY_DB_URL");
    if (url != null && !url.isBlank()) {
      return Map.of();
    }
    Path dataDir = Path.of(env.getOrDefault("MEDLEY_DATA_DIR", "./medley-data"));
    SchemaTemplate.layDown(databaseFile(dataDir));
    return Map.of("datasources.default.url", urlFor(dataDir));
  }

  /** The file H2 keeps the embedded database in: {@link #urlFor}'s name plus H2's suffix. */
  static Path databaseFile(Path dataDir) {
    return Path.of(base(dataDir) + ".mv.db");
  }

  private static Path base(Path dataDir) {
    return dataDir.toAbsolutePath().normalize().resolve("medley");
  }

  /** The JDBC URL of the embedded database under {@code dataDir}. */
  public static String urlFor(Path dataDir) {
    return "jdbc:h2:file:" + base(dataDir) + H2_OPTIONS;
  }
}
