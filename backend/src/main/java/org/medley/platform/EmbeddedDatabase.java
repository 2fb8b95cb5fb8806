package org.medley.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * The zero-setup default: with no {@code MEDLEY_DB_URL}, Medley runs on an H2 file in MySQL mode
 * under {@code MEDLEY_DATA_DIR}, migrated by the same Flyway scripts as MySQL and MariaDB.
 */
public final class EmbeddedDatabase {

  static final String H2_OPTIONS =
      ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,USER;DB_CLOSE_ON_EXIT=FALSE";

  private EmbeddedDatabase() {}

  /** Datasource properties to add when the environment names no external database. */
  public static Map<String, Object> defaultsFor(Map<String, String> env) {
    String url = env.get("MEDLEY_DB_URL");
    if (url != null && !url.isBlank()) {
      return Map.of();
    }
    String dataDir = env.getOrDefault("MEDLEY_DATA_DIR", "./medley-data");
    return Map.of("datasources.default.url", urlFor(Path.of(dataDir)));
  }

  static String urlFor(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("medley") + H2_OPTIONS;
  }
}
