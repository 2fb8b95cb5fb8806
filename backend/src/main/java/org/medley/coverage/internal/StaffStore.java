package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.insert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.coverage.Shift;
import org.medley.identity.OrganizationNames;
import org.medley.platform.SqlLike;

/**
 * Staff members and their shifts: reads through {@link StaffRepository} with employers named by
 * identity, single-row writes that bump the tenant's revision. Callers own the transaction.
 *
 * <p>Partner organisations by name are read here, in {@link #partners()}, until identity offers
 * them as a port.
 */
@Singleton
class StaffStore {

  private static final Sort BY_NAME = Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"));

  private final JdbcOperations jdbc;
  private final StaffRepository staff;
  private final SnapshotStore snapshots;
  private final CoverageRevisions revisions;
  private final OrganizationNames organizations;

  StaffStore(
      JdbcOperations jdbc,
      StaffRepository staff,
      SnapshotStore snapshots,
      CoverageRevisions revisions,
      OrganizationNames organizations) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.snapshots = snapshots;
    this.revisions = revisions;
    this.organizations = organizations;
  }

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
    return staff
        .findByIdAndTenantId(id, tenant)
        .map(
            row ->
                row.person(
                    organizations.names(List.of(row.employerId())).get(row.employerId()),
                    snapshots.shifts(tenant, id).getOrDefault(id, List.of())));
  }

  Page<Snapshot.Person> staff(
      long tenant,
      @Nullable String q,
      @Nullable String team,
      @Nullable String kind,
      int page,
      int size) {
    PredicateSpecification<StaffRow> where = (root, cb) -> cb.equal(root.get("tenantId"), tenant);
    if (q != null && !q.isBlank()) {
      String pattern = SqlLike.contains(q.strip());
      where =
          where.and(
              (root, cb) ->
                  cb.or(
                      cb.like(cb.lower(root.get("name")), pattern, SqlLike.ESCAPE_CHARACTER),
                      cb.like(cb.lower(root.get("email")), pattern, SqlLike.ESCAPE_CHARACTER)));
    }
    if (team != null && !team.isBlank()) {
      String wanted = team.strip();
      where = where.and((root, cb) -> cb.equal(root.get("team"), wanted));
    }
    if (kind != null && !kind.isBlank()) {
      String wanted = kind.strip();
      where = where.and((root, cb) -> cb.equal(root.get("kind"), wanted));
    }
    Page<StaffRow> rows = staff.findAll(where, Pageable.from(page, size, BY_NAME));
    if (rows.getContent().isEmpty()) { // past the last page: no names or shifts to load
      return rows.map(row -> row.person(null, List.of()));
    }
    Map<Long, String> employers =
        organizations.names(rows.getContent().stream().map(StaffRow::employerId).toList());
    Map<Long, List<Shift>> shifts = snapshots.shifts(tenant, null);
    return rows.map(
        row ->
            row.person(employers.get(row.employerId()), shifts.getOrDefault(row.id(), List.of())));
  }

  /** Whether the person counts only between dates (contracted through an engagement). */
  boolean dated(long id) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM staff_members WHERE id = ?"
            + " AND (active_from IS NOT NULL OR active_until IS NOT NULL)",
        s -> {
          s.setLong(1, id);
          try (var rows = s.executeQuery()) {
            return rows.next();
          }
        });
  }

  Optional<Long> staffIdByEmail(long tenant, String email) {
    return staff.findIdByTenantIdAndEmail(tenant, email);
  }

  long insertStaff(long tenant, StaffFields f, Instant now) {
    long id =
        insert(
            jdbc,
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
    revisions.bump(tenant);
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
      revisions.bump(tenant);
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
    revisions.bump(tenant);
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
}
