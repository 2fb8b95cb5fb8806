package org.medley.sla.internal;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code ola_policies} table: an OLA as stored, with the version that guards its edits. */
@Singleton
class OlaStore {

  record Stored(OlaPolicy ola, long version) {}

  List<Stored> list(Connection c, long tenant) throws SQLException {
    List<Stored> list = new ArrayList<>();
    try (var s =
        c.prepareStatement(
            "SELECT * FROM ola_policies WHERE tenant_id = ? ORDER BY partner_id, id")) {
      s.setLong(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(new Stored(ola(rs), rs.getLong("version")));
        }
      }
    }
    return list;
  }

  Optional<Stored> find(Connection c, long tenant, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM ola_policies WHERE id = ? AND tenant_id = ?")) {
      s.setLong(1, id);
      s.setLong(2, tenant);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new Stored(ola(rs), rs.getLong("version")))
            : Optional.empty();
      }
    }
  }

  static Optional<OlaPolicy> forEngagement(Connection c, long tenant, long engagementId)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "SELECT * FROM ola_policies WHERE tenant_id = ? AND engagement_id = ?")) {
      s.setLong(1, tenant);
      s.setLong(2, engagementId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(ola(rs)) : Optional.empty();
      }
    }
  }

  /** Any tenant's OLA, for the timers that name it. */
  static Optional<OlaPolicy> byId(Connection c, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM ola_policies WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(ola(rs)) : Optional.empty();
      }
    }
  }

  /** Stores a new OLA at version 0; answers its id, empty when its engagement has one already. */
  Optional<Long> insert(Connection c, long tenant, OlaPolicy ola, Instant now) throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, "
                + PolicyTermsColumns.NAMES
                + ", created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
            Statement.RETURN_GENERATED_KEYS)) {
      int i = bind(s, tenant, ola);
      s.setTimestamp(++i, Timestamp.from(now));
      s.setTimestamp(++i, Timestamp.from(now));
      try {
        s.executeUpdate();
      } catch (SQLIntegrityConstraintViolationException e) {
        return Optional.empty(); // uq_ola_policies_engagement
      }
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return Optional.of(keys.getLong(1));
      }
    }
  }

  /** Changes the OLA if it is still at {@code version}; false when someone changed it first. */
  boolean update(Connection c, long tenant, long id, long version, OlaPolicy ola, Instant now)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "UPDATE ola_policies SET tenant_id = ?, engagement_id = ?, partner_id = ?, "
                + PolicyTermsColumns.ASSIGNMENTS
                + ", updated_at = ?, version = version + 1"
                + " WHERE id = ? AND tenant_id = ? AND version = ?")) {
      int i = bind(s, tenant, ola);
      s.setTimestamp(++i, Timestamp.from(now));
      s.setLong(++i, id);
      s.setLong(++i, tenant);
      s.setLong(++i, version);
      return s.executeUpdate() > 0;
    }
  }

  private static OlaPolicy ola(ResultSet rs) throws SQLException {
    return new OlaPolicy(
        rs.getLong("id"),
        rs.getLong("engagement_id"),
        rs.getLong("partner_id"),
        PolicyTermsColumns.read(rs));
  }

  private static int bind(PreparedStatement s, long tenant, OlaPolicy ola) throws SQLException {
    int i = 0;
    s.setLong(++i, tenant);
    s.setLong(++i, ola.engagementId());
    s.setLong(++i, ola.partnerId());
    return PolicyTermsColumns.bind(s, i, ola.terms());
  }
}
