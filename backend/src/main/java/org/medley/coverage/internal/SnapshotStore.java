package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.coverage.Certification;
import org.medley.coverage.Shift;

/**
 * The coverage tables read in bulk for the matrix: a tenant's whole catalog, staff with shifts, and
 * skills, in three streamed queries (infra/scripts/bench-coverage.sh: "after another node's
 * write").
 *
 * <p>Employers are organisations (identity's table). The matrix load still joins their names;
 * naming them through {@code OrganizationNames}, as the staff API does, waits for a run of that
 * benchmark.
 */
@Singleton
class SnapshotStore {

  private static final String APP_COLUMNS =
      "id, name, vendor, category, criticality, lifecycle, calendar_id, version, aliases, vendor_id";
  private static final String STAFF_COLUMNS =
      "s.id, s.name, s.email, s.kind, s.employer_id, o.name, s.team, s.zone,"
          + " s.weekly_capacity_hours, s.version";

  private final JdbcOperations jdbc;
  private final CoverageRevisions revisions;

  SnapshotStore(JdbcOperations jdbc, CoverageRevisions revisions) {
    this.jdbc = jdbc;
    this.revisions = revisions;
  }

  /** Tenants with a catalog. */
  List<Long> tenants() {
    return jdbc.prepareStatement(
        "SELECT DISTINCT tenant_id FROM applications WHERE triage = FALSE ORDER BY tenant_id",
        s -> {
          List<Long> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(rows.getLong(1));
            }
          }
          return list;
        });
  }

  /**
   * The tenant's catalog, staff with shifts, and skills. Without {@code verified}, skills come
   * without their verification dates, which the matrix does not show: converting 60,000 timestamps
   * was half the time of loading a large tenant.
   */
  Snapshot snapshot(long tenant, boolean verified) {
    return snapshot(tenant, verified, null);
  }

  /**
   * The same, with only the staff who count on {@code activeOn} (the hospital's date): contracted
   * people whose engagement has not started or has ended are left out, with their skills.
   */
  Snapshot snapshot(long tenant, boolean verified, java.time.LocalDate activeOn) {
    String active =
        activeOn == null
            ? ""
            : " AND (s.active_from IS NULL OR s.active_from <= ?)"
                + " AND (s.active_until IS NULL OR s.active_until >= ?)";
    long revision = revisions.revision(tenant);
    List<Snapshot.App> apps =
        jdbc.prepareStatement(
            "SELECT "
                + APP_COLUMNS
                + " FROM applications WHERE tenant_id = ? AND triage = FALSE ORDER BY name",
            s -> {
              s.setLong(1, tenant);
              s.setFetchSize(2_000);
              List<Snapshot.App> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(app(rows));
                }
              }
              return list;
            });
    Map<Long, List<Shift>> shifts = shifts(tenant, null);
    List<Snapshot.Person> staff =
        jdbc.prepareStatement(
            "SELECT "
                + STAFF_COLUMNS
                + " FROM staff_members s JOIN organizations o ON o.id = s.employer_id"
                + " WHERE s.tenant_id = ?"
                + active
                + " ORDER BY s.name, s.id",
            s -> {
              s.setLong(1, tenant);
              bindActive(s, activeOn);
              s.setFetchSize(2_000);
              List<Snapshot.Person> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(person(rows, shifts));
                }
              }
              return list;
            });
    List<Snapshot.Certified> certified = new ArrayList<>();
    List<Snapshot.Skill> skills =
        jdbc.prepareStatement(
            "SELECT k.staff_id, k.application_id, k.level, k.certification,"
                + " k.certification_expires_on"
                + (verified ? ", k.verified_at" : "")
                + " FROM skills k JOIN staff_members s ON s.id = k.staff_id WHERE s.tenant_id = ?"
                + active,
            s -> {
              s.setLong(1, tenant);
              bindActive(s, activeOn);
              s.setFetchSize(10_000);
              List<Snapshot.Skill> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  var skill =
                      new Snapshot.Skill(
                          rows.getLong(1),
                          rows.getLong(2),
                          rows.getInt(3),
                          verified ? instant(rows, 6) : null);
                  list.add(skill);
                  Certification certification = SkillStore.certification(rows, 4);
                  if (certification != null) {
                    certified.add(
                        new Snapshot.Certified(
                            skill.staffId(), skill.applicationId(), skill.level(), certification));
                  }
                }
              }
              return list;
            });
    return new Snapshot(revision, apps, staff, skills, certified);
  }

  private static void bindActive(java.sql.PreparedStatement s, java.time.LocalDate activeOn)
      throws SQLException {
    if (activeOn != null) {
      s.setDate(2, java.sql.Date.valueOf(activeOn));
      s.setDate(3, java.sql.Date.valueOf(activeOn));
    }
  }

  /** Shifts of the tenant's staff, or of one person. */
  Map<Long, List<Shift>> shifts(long tenant, Long staffId) {
    return jdbc.prepareStatement(
        "SELECT h.staff_id, h.weekday, h.start_minute, h.end_minute FROM shifts h"
            + " JOIN staff_members s ON s.id = h.staff_id WHERE s.tenant_id = ?"
            + (staffId == null ? "" : " AND s.id = ?")
            + " ORDER BY h.staff_id, h.weekday, h.start_minute",
        s -> {
          s.setLong(1, tenant);
          if (staffId != null) {
            s.setLong(2, staffId);
          }
          s.setFetchSize(10_000);
          Map<Long, List<Shift>> result = new HashMap<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result
                  .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Shift(
                          DayOfWeek.of(rows.getInt(2)),
                          LocalTime.ofSecondOfDay(rows.getInt(3) * 60L),
                          LocalTime.ofSecondOfDay(rows.getInt(4) * 60L)));
            }
          }
          return result;
        });
  }

  private static Snapshot.App app(ResultSet rows) throws SQLException {
    return new Snapshot.App(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getObject(10) == null ? null : rows.getLong(10),
        rows.getString(4),
        rows.getInt(5),
        rows.getString(6),
        rows.getLong(7),
        rows.getLong(8),
        Aliases.split(rows.getString(9)));
  }

  private static Snapshot.Person person(ResultSet rows, Map<Long, List<Shift>> shifts)
      throws SQLException {
    long id = rows.getLong(1);
    return new Snapshot.Person(
        id,
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getLong(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        rows.getDouble(9),
        List.copyOf(shifts.getOrDefault(id, List.of())),
        rows.getLong(10));
  }
}
