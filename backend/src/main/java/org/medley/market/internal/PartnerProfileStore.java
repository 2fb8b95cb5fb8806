package org.medley.market.internal;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Partner profiles, one JSON document per partner and hospital. */
@Singleton
class PartnerProfileStore {

  record Stored(
      long partnerId,
      PartnerProfile.Document document,
      String updatedBy,
      Instant updatedAt,
      long version) {}

  private static final String SELECT =
      "SELECT partner_id, document, updated_by, updated_at, version FROM partner_profiles";

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  PartnerProfileStore(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<Stored> find(long tenant, long partner, boolean lock) {
    return jdbc.prepareStatement(
        SELECT + " WHERE tenant_id = ? AND partner_id = ?" + (lock ? " FOR UPDATE" : ""),
        s -> {
          s.setLong(1, tenant);
          s.setLong(2, partner);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(stored(rows)) : Optional.<Stored>empty();
          }
        });
  }

  Map<Long, Stored> all(long tenant) {
    return jdbc.prepareStatement(
        SELECT + " WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenant);
          Map<Long, Stored> found = new HashMap<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              Stored stored = stored(rows);
              found.put(stored.partnerId(), stored);
            }
          }
          return found;
        });
  }

  /**
   * The first saved profile, version 1 (version 0 is the empty profile every partner starts with);
   * false when another write made it meanwhile.
   */
  boolean insert(
      long tenant, long partner, PartnerProfile.Document document, String actor, Instant now) {
    return jdbc.prepareStatement(
            "INSERT INTO partner_profiles (tenant_id, partner_id, document, updated_by,"
                + " updated_at, version) SELECT ?,?,?,?,?,1 FROM (SELECT 1) x WHERE NOT EXISTS"
                + " (SELECT 1 FROM partner_profiles WHERE tenant_id = ? AND partner_id = ?)",
            s -> {
              s.setLong(1, tenant);
              s.setLong(2, partner);
              s.setString(3, write(document));
              s.setString(4, actor);
              s.setTimestamp(5, Timestamp.from(now));
              s.setLong(6, tenant);
              s.setLong(7, partner);
              return s.executeUpdate();
            })
        == 1;
  }

  /** Writes the document if the profile is still at {@code version}. */
  boolean update(
      long tenant,
      long partner,
      long version,
      PartnerProfile.Document document,
      String actor,
      Instant now) {
    return jdbc.prepareStatement(
            "UPDATE partner_profiles SET document = ?, updated_by = ?, updated_at = ?,"
                + " version = version + 1 WHERE tenant_id = ? AND partner_id = ? AND version = ?",
            s -> {
              s.setString(1, write(document));
              s.setString(2, actor);
              s.setTimestamp(3, Timestamp.from(now));
              s.setLong(4, tenant);
              s.setLong(5, partner);
              s.setLong(6, version);
              return s.executeUpdate();
            })
        == 1;
  }

  private Stored stored(ResultSet rows) throws SQLException {
    return new Stored(
        rows.getLong(1),
        read(rows.getString(2)),
        rows.getString(3),
        rows.getTimestamp(4).toInstant(),
        rows.getLong(5));
  }

  private String write(PartnerProfile.Document document) {
    try {
      return json.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PartnerProfile.Document read(String text) {
    try {
      return json.readValue(text, Argument.of(PartnerProfile.Document.class)).normalized();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
