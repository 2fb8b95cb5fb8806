package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.bind;
import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.coverage.Shift;
import org.medley.platform.SqlLike;

/**
 * The coverage tables in SQL: bulk reads for the matrix, single-row writes for the CRUD API and
 * batch writes for imports. Every write bumps the tenant's revision in the same transaction, so any
 * node can tell whether its cached matrix is current. Callers own the transaction.
 *
 * <p>Employers are organisations (identity's table); until identity offers a lookup service, the
 * partner names are read here, in {@link #partners()} and the staff queries' join, and nowhere
 * else.
 */
@Singleton
class CoverageStore {

  private static final String APP_COLUMNS =
      "id, name, vendor, category, criticality, lifecycle, calendar_id, version, aliases";
  private static final String STAFF_COLUMNS =
      "s.id, s.name, s.email, s.kind, s.employer_id, o.name, s.team, s.zone,"
          + " s.weekly_capacity_hours, s.version";

  private final JdbcOperations jdbc;
  private final ApplicationEventPublisher<ApplicationWritten> applicationWrites;

  CoverageStore(
      JdbcOperations jdbc, ApplicationEventPublisher<ApplicationWritten> applicationWrites) {
    this.jdbc = jdbc;
    this.applicationWrites = applicationWrites;
  }

  // ---- revision

  long revision(long tenant) {
    return jdbc.prepareStatement(
        "SELECT revision FROM coverage_revisions WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenant);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0L;
          }
        });
  }

  void bump(long tenant) {
    jdbc.prepareStatement(
        "INSERT INTO coverage_revisions (tenant_id, revision) VALUES (?, 1)"
            + " ON DUPLICATE KEY UPDATE revision = revision + 1",
        s -> {
          s.setLong(1, tenant);
          return s.executeUpdate();
        });
  }

  // ---- bulk read

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
    long revision = revision(tenant);
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
                + " WHERE s.tenant_id = ? ORDER BY s.name, s.id",
            s -> {
              s.setLong(1, tenant);
              s.setFetchSize(2_000);
              List<Snapshot.Person> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(person(rows, shifts));
                }
              }
              return list;
            });
    List<Snapshot.Skill> skills =
        jdbc.prepareStatement(
            "SELECT k.staff_id, k.application_id, k.level"
                + (verified ? ", k.verified_at" : "")
                + " FROM skills k JOIN staff_members s ON s.id = k.staff_id WHERE s.tenant_id = ?",
            s -> {
              s.setLong(1, tenant);
              s.setFetchSize(10_000);
              List<Snapshot.Skill> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(
                      new Snapshot.Skill(
                          rows.getLong(1),
                          rows.getLong(2),
                          rows.getInt(3),
                          verified ? instant(rows, 4) : null));
                }
              }
              return list;
            });
    return new Snapshot(revision, apps, staff, skills);
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

  // ---- single rows

  Optional<Snapshot.App> application(long tenant, long id) {
    return jdbc.prepareStatement(
        "SELECT "
            + APP_COLUMNS
            + " FROM applications WHERE tenant_id = ? AND id = ? AND triage = FALSE",
        s -> {
          s.setLong(1, tenant);
          s.setLong(2, id);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(app(rows)) : Optional.empty();
          }
        });
  }

  record AppPage(List<Snapshot.App> items, long total) {}

  AppPage applications(
      long tenant, String q, String category, Integer criticality, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE tenant_id = ? AND triage = FALSE");
    List<Object> args = new ArrayList<>(List.of(tenant));
    if (q != null && !q.isBlank()) {
      // What people call it: the name, the vendor ("Epic") or an alias ("Hyperspace").
      where.append(
          " AND (LOWER(name) LIKE ?"
              + SqlLike.ESCAPE
              + " OR LOWER(vendor) LIKE ?"
              + SqlLike.ESCAPE
              + " OR LOWER(aliases) LIKE ?"
              + SqlLike.ESCAPE
              + ")");
      String pattern = SqlLike.contains(q.strip());
      args.addAll(List.of(pattern, pattern, pattern));
    }
    if (category != null && !category.isBlank()) {
      where.append(" AND category = ?");
      args.add(category.strip());
    }
    if (criticality != null) {
      where.append(" AND criticality = ?");
      args.add(criticality);
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM applications" + where,
            s -> {
              bindAll(s, args);
              try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Snapshot.App> items =
        jdbc.prepareStatement(
            "SELECT "
                + APP_COLUMNS
                + " FROM applications"
                + where
                + " ORDER BY name, id LIMIT ? OFFSET ?",
            s -> {
              List<Object> all = new ArrayList<>(args);
              all.add(size);
              all.add((long) page * size);
              bindAll(s, all);
              List<Snapshot.App> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(app(rows));
                }
              }
              return list;
            });
    return new AppPage(items, total);
  }

  Optional<Long> applicationIdByName(long tenant, String name) {
    return jdbc.prepareStatement(
        "SELECT id FROM applications WHERE tenant_id = ? AND name = ?",
        s -> {
          s.setLong(1, tenant);
          s.setString(2, name);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
          }
        });
  }

  long insertApplication(long tenant, ApplicationFields f, Instant now) {
    long id =
        insert(
            "INSERT INTO applications (tenant_id, name, vendor, category, criticality, lifecycle,"
                + " calendar_id, created_at, version, aliases) VALUES (?,?,?,?,?,?,?,?,0,?)",
            List.of(
                tenant,
                f.name(),
                f.vendor(),
                f.category(),
                f.criticality(),
                f.lifecycle(),
                f.calendarId(),
                Timestamp.from(now),
                f.aliases() == null ? "" : Aliases.join(f.aliases())));
    bump(tenant);
    return id;
  }

  /** False when the row is gone or its version moved on. */
  boolean updateApplication(long tenant, long id, long version, ApplicationFields f) {
    int changed =
        jdbc.prepareStatement(
            "UPDATE applications SET name = ?, vendor = ?, category = ?, criticality = ?,"
                + " lifecycle = ?, calendar_id = ?, aliases = COALESCE(?, aliases),"
                + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?",
            s -> {
              List<Object> args =
                  new ArrayList<>(
                      List.of(
                          f.name(),
                          f.vendor(),
                          f.category(),
                          f.criticality(),
                          f.lifecycle(),
                          f.calendarId()));
              args.add(f.aliases() == null ? null : Aliases.join(f.aliases()));
              args.addAll(List.of(tenant, id, version));
              bindAll(s, args);
              return s.executeUpdate();
            });
    if (changed > 0) {
      bump(tenant);
      applicationWrites.publishEvent(new ApplicationWritten(tenant, id));
    }
    return changed > 0;
  }

  boolean deleteApplication(long tenant, long id) {
    jdbc.prepareStatement(
        "DELETE FROM skills WHERE application_id IN (SELECT id FROM applications WHERE tenant_id = ? AND id = ?)",
        s -> {
          bindAll(s, List.of(tenant, id));
          return s.executeUpdate();
        });
    int deleted =
        jdbc.prepareStatement(
            "DELETE FROM applications WHERE tenant_id = ? AND id = ?",
            s -> {
              bindAll(s, List.of(tenant, id));
              return s.executeUpdate();
            });
    if (deleted > 0) {
      bump(tenant);
      applicationWrites.publishEvent(new ApplicationWritten(tenant, id));
    }
    return deleted > 0;
  }

  record ApplicationFields(
      String name,
      String vendor,
      String category,
      int criticality,
      String lifecycle,
      long calendarId,
      @Nullable List<String> aliases) {}

  // ---- staff

  record StaffFields(
      String name,
      String email,
      String kind,
      long employerId,
      String team,
      String zone,
      double capacityHours,
      List<Shift> shifts) {}

  Optional<Snapshot.Person> person(long tenant, long id) {
    Map<Long, List<Shift>> shifts = shifts(tenant, id);
    return jdbc.prepareStatement(
        "SELECT "
            + STAFF_COLUMNS
            + " FROM staff_members s JOIN organizations o ON o.id = s.employer_id"
            + " WHERE s.tenant_id = ? AND s.id = ?",
        s -> {
          s.setLong(1, tenant);
          s.setLong(2, id);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(person(rows, shifts)) : Optional.empty();
          }
        });
  }

  record StaffPage(List<Snapshot.Person> items, long total) {}

  StaffPage staff(long tenant, String q, String team, String kind, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE s.tenant_id = ?");
    List<Object> args = new ArrayList<>(List.of(tenant));
    if (q != null && !q.isBlank()) {
      where.append(
          " AND (LOWER(s.name) LIKE ?"
              + SqlLike.ESCAPE
              + " OR LOWER(s.email) LIKE ?"
              + SqlLike.ESCAPE
              + ")");
      String pattern = SqlLike.contains(q.strip());
      args.add(pattern);
      args.add(pattern);
    }
    if (team != null && !team.isBlank()) {
      where.append(" AND s.team = ?");
      args.add(team.strip());
    }
    if (kind != null && !kind.isBlank()) {
      where.append(" AND s.kind = ?");
      args.add(kind.strip());
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM staff_members s" + where,
            s -> {
              bindAll(s, args);
              try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Snapshot.Person> ids =
        jdbc.prepareStatement(
            "SELECT "
                + STAFF_COLUMNS
                + " FROM staff_members s JOIN organizations o ON o.id = s.employer_id"
                + where
                + " ORDER BY s.name, s.id LIMIT ? OFFSET ?",
            s -> {
              List<Object> all = new ArrayList<>(args);
              all.add(size);
              all.add((long) page * size);
              bindAll(s, all);
              List<Snapshot.Person> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(person(rows, Map.of()));
                }
              }
              return list;
            });
    if (ids.isEmpty()) {
      return new StaffPage(ids, total);
    }
    Map<Long, List<Shift>> shifts = shifts(tenant, null);
    List<Snapshot.Person> items = new ArrayList<>(ids.size());
    for (Snapshot.Person p : ids) {
      items.add(
          new Snapshot.Person(
              p.id(),
              p.name(),
              p.email(),
              p.kind(),
              p.employerId(),
              p.employer(),
              p.team(),
              p.zone(),
              p.capacityHours(),
              List.copyOf(shifts.getOrDefault(p.id(), List.of())),
              p.version()));
    }
    return new StaffPage(items, total);
  }

  Optional<Long> staffIdByEmail(long tenant, String email) {
    return jdbc.prepareStatement(
        "SELECT id FROM staff_members WHERE tenant_id = ? AND email = ?",
        s -> {
          s.setLong(1, tenant);
          s.setString(2, email);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
          }
        });
  }

  long insertStaff(long tenant, StaffFields f, Instant now) {
    long id =
        insert(
            "INSERT INTO staff_members (tenant_id, employer_id, name, email, kind, team, zone,"
                + " weekly_capacity_hours, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,0)",
            java.util.Arrays.asList(
                tenant,
                f.employerId(),
                f.name(),
                f.email(),
                f.kind(),
                f.team(),
                f.zone(),
                f.capacityHours(),
                Timestamp.from(now)));
    replaceShifts(id, f.shifts());
    bump(tenant);
    return id;
  }

  boolean updateStaff(long tenant, long id, long version, StaffFields f) {
    int changed =
        jdbc.prepareStatement(
            "UPDATE staff_members SET name = ?, email = ?, kind = ?, employer_id = ?, team = ?,"
                + " zone = ?, weekly_capacity_hours = ?, version = version + 1"
                + " WHERE tenant_id = ? AND id = ? AND version = ?",
            s -> {
              bindAll(
                  s,
                  java.util.Arrays.asList(
                      f.name(),
                      f.email(),
                      f.kind(),
                      f.employerId(),
                      f.team(),
                      f.zone(),
                      f.capacityHours(),
                      tenant,
                      id,
                      version));
              return s.executeUpdate();
            });
    if (changed > 0) {
      replaceShifts(id, f.shifts());
      bump(tenant);
    }
    return changed > 0;
  }

  boolean deleteStaff(long tenant, long id) {
    if (person(tenant, id).isEmpty()) {
      return false;
    }
    jdbc.prepareStatement(
        "DELETE FROM skills WHERE staff_id = ?",
        s -> {
          s.setLong(1, id);
          return s.executeUpdate();
        });
    jdbc.prepareStatement(
        "DELETE FROM shifts WHERE staff_id = ?",
        s -> {
          s.setLong(1, id);
          return s.executeUpdate();
        });
    jdbc.prepareStatement(
        "DELETE FROM staff_members WHERE tenant_id = ? AND id = ?",
        s -> {
          bindAll(s, List.of(tenant, id));
          return s.executeUpdate();
        });
    bump(tenant);
    return true;
  }

  void replaceShifts(long staffId, List<Shift> shifts) {
    jdbc.prepareStatement(
        "DELETE FROM shifts WHERE staff_id = ?",
        s -> {
          s.setLong(1, staffId);
          return s.executeUpdate();
        });
    if (shifts.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        "INSERT INTO shifts (staff_id, weekday, start_minute, end_minute) VALUES (?,?,?,?)",
        s -> {
          for (Shift shift : shifts) {
            s.setLong(1, staffId);
            s.setInt(2, shift.day().getValue());
            s.setInt(3, shift.from().toSecondOfDay() / 60);
            s.setInt(4, shift.to().toSecondOfDay() / 60);
            s.addBatch();
          }
          return s.executeBatch();
        });
  }

  /** Partner organisations by name (any tenant may contract any partner). */
  Map<String, Long> partners() {
    return jdbc.prepareStatement(
        "SELECT id, name FROM organizations WHERE kind = 'PARTNER'",
        s -> {
          Map<String, Long> result = new HashMap<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result.put(rows.getString(2), rows.getLong(1));
            }
          }
          return result;
        });
  }

  // ---- skills

  List<Snapshot.Skill> skills(long tenant, Long staffId, Long applicationId) {
    return jdbc.prepareStatement(
        "SELECT k.staff_id, k.application_id, k.level, k.verified_at FROM skills k"
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
          List<Snapshot.Skill> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Snapshot.Skill(
                      rows.getLong(1), rows.getLong(2), rows.getInt(3), instant(rows, 4)));
            }
          }
          return list;
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
    bump(tenant);
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
      bump(tenant);
    }
    return deleted > 0;
  }

  // ---- helpers

  private long insert(String sql, List<?> args) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement s =
              connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bindAll(s, args);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }
}
