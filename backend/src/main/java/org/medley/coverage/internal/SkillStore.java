package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.bind;
import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medley.coverage.Certification;

/** Skill levels: read for drill-downs, written one by one or in import batches. */
@Singleton
class SkillStore {

  private final JdbcOperations jdbc;
  private final CoverageRevisions revisions;

  SkillStore(JdbcOperations jdbc, CoverageRevisions revisions) {
    this.jdbc = jdbc;
    this.revisions = revisions;
  }

  /** A skill as stored, with the certification it rests on, if any. */
  record Stored(Snapshot.Skill skill, @Nullable Certification certification) {}

  List<Stored> skills(long tenant, Long staffId, Long applicationId) {
    return jdbc.prepareStatement(
        "SELECT k.staff_id, k.application_id, k.level, k.verified_at, k.certification,"
            + " k.certification_expires_on FROM skills k"
            + " JOIN staff_members s ON s.id = k.staff_id WHERE s.tenant_id = ?"
            + (staffId == null ? "" : " AND k.staff_id = ?")
            + (applicationId == null ? "" : " AND k.application_id = ?")
            + " ORDER BY k.staff_id, k.application_id LIMIT 100000",
        s -> {
          int p = 1;
          s.setLong(p++, tenant);
          if (staffId != null) {
            s.setLong(p++, staffId);
          }
          if (applicationId != null) {
            s.setLong(p, applicationId);
          }
          List<Stored> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Stored(
                      new Snapshot.Skill(
                          rows.getLong(1), rows.getLong(2), rows.getInt(3), instant(rows, 4)),
                      certification(rows, 5)));
            }
          }
          return list;
        });
  }

  /** The certification in two columns (name, expiry) from {@code column}, or null. */
  @Nullable
  static Certification certification(ResultSet rows, int column) throws SQLException {
    String name = rows.getString(column);
    if (name == null) {
      return null;
    }
    java.sql.Date expires = rows.getDate(column + 1);
    return new Certification(name, expires == null ? null : expires.toLocalDate());
  }

  /**
   * Sets or clears the certification of a stored skill; its caller bumps the revision with the
   * skill.
   */
  void certify(long staffId, long applicationId, @Nullable Certification certification) {
    jdbc.prepareStatement(
        "UPDATE skills SET certification = ?, certification_expires_on = ?"
            + " WHERE staff_id = ? AND application_id = ?",
        s -> {
          s.setString(1, certification == null ? null : certification.name());
          s.setDate(
              2,
              certification == null || certification.expiresOn() == null
                  ? null
                  : java.sql.Date.valueOf(certification.expiresOn()));
          s.setLong(3, staffId);
          s.setLong(4, applicationId);
          return s.executeUpdate();
        });
  }

  /** Inserts or replaces skills; the caller has checked both ids belong to the tenant. */
  void putSkills(long tenant, List<Snapshot.Skill> skills) {
    if (skills.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        "INSERT INTO skills (staff_id, application_id, level, verified_at) VALUES (?,?,?,?)"
            + " ON DUPLICATE KEY UPDATE level = VALUES(level), verified_at = VALUES(verified_at)",
        s -> {
          int pending = 0;
          for (Snapshot.Skill skill : skills) {
            s.setLong(1, skill.staffId());
            s.setLong(2, skill.applicationId());
            s.setInt(3, skill.level());
            bind(s, 4, skill.verifiedAt());
            s.addBatch();
            if (++pending == 1_000) {
              s.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            s.executeBatch();
          }
          return null;
        });
    revisions.bump(tenant);
  }

  boolean deleteSkill(long tenant, long staffId, long applicationId) {
    int deleted =
        jdbc.prepareStatement(
            "DELETE FROM skills WHERE staff_id = ? AND application_id = ? AND staff_id IN"
                + " (SELECT id FROM staff_members WHERE tenant_id = ?)",
            s -> {
              bindAll(s, List.of(staffId, applicationId, tenant));
              return s.executeUpdate();
            });
    if (deleted > 0) {
      revisions.bump(tenant);
    }
    return deleted > 0;
  }
}
