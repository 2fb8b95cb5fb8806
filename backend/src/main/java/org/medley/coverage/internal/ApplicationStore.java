package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.insert;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.platform.SqlLike;

/**
 * The application catalog: reads through {@link ApplicationRepository}, single-row writes that bump
 * the tenant's revision and tell listeners. Callers own the transaction.
 */
@Singleton
class ApplicationStore {

  private static final Sort BY_NAME = Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"));

  private final JdbcOperations jdbc;
  private final ApplicationRepository applications;
  private final CoverageRevisions revisions;
  private final ApplicationEventPublisher<ApplicationWritten> applicationWrites;

  ApplicationStore(
      JdbcOperations jdbc,
      ApplicationRepository applications,
      CoverageRevisions revisions,
      ApplicationEventPublisher<ApplicationWritten> applicationWrites) {
    this.jdbc = jdbc;
    this.applications = applications;
    this.revisions = revisions;
    this.applicationWrites = applicationWrites;
  }

  Optional<Snapshot.App> application(long tenant, long id) {
    return applications.findByIdAndTenantIdAndTriage(id, tenant, false).map(ApplicationRow::app);
  }

  Page<Snapshot.App> applications(
      long tenant,
      @Nullable String q,
      @Nullable String category,
      @Nullable Integer criticality,
      int page,
      int size) {
    PredicateSpecification<ApplicationRow> where =
        (root, cb) ->
            cb.and(cb.equal(root.get("tenantId"), tenant), cb.equal(root.get("triage"), false));
    if (q != null && !q.isBlank()) {
      // What people call it: the name, the vendor ("Epic") or an alias ("Hyperspace").
      String pattern = SqlLike.contains(q.strip());
      where =
          where.and(
              (root, cb) ->
                  cb.or(
                      cb.like(cb.lower(root.get("name")), pattern, SqlLike.ESCAPE_CHARACTER),
                      cb.like(cb.lower(root.get("vendor")), pattern, SqlLike.ESCAPE_CHARACTER),
                      cb.like(cb.lower(root.get("aliases")), pattern, SqlLike.ESCAPE_CHARACTER)));
    }
    if (category != null && !category.isBlank()) {
      String wanted = category.strip();
      where = where.and((root, cb) -> cb.equal(root.get("category"), wanted));
    }
    if (criticality != null) {
      where = where.and((root, cb) -> cb.equal(root.get("criticality"), criticality));
    }
    return applications.findAll(where, Pageable.from(page, size, BY_NAME)).map(ApplicationRow::app);
  }

  Optional<Long> applicationIdByName(long tenant, String name) {
    return applications.findIdByTenantIdAndName(tenant, name);
  }

  long insertApplication(long tenant, ApplicationFields f, Instant now) {
    long id =
        insert(
            jdbc,
            "INSERT INTO applications (tenant_id, name, vendor, vendor_id, category, criticality,"
                + " lifecycle, calendar_id, created_at, version, aliases) VALUES"
                + " (?,?,?,?,?,?,?,?,?,0,?)",
            java.util.Arrays.asList(
                tenant,
                f.name(),
                f.vendor(),
                f.vendorId(),
                f.category(),
                f.criticality(),
                f.lifecycle(),
                f.calendarId(),
                Timestamp.from(now),
                f.aliases() == null ? "" : Aliases.join(f.aliases())));
    revisions.bump(tenant);
    return id;
  }

  /** False when the row is gone or its version moved on. */
  boolean updateApplication(long tenant, long id, long version, ApplicationFields f) {
    int changed =
        jdbc.prepareStatement(
            "UPDATE applications SET name = ?, vendor = ?, vendor_id = ?, category = ?,"
                + " criticality = ?,"
                + " lifecycle = ?, calendar_id = ?, aliases = COALESCE(?, aliases),"
                + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?",
            s -> {
              List<Object> args =
                  new ArrayList<>(
                      java.util.Arrays.asList(
                          f.name(),
                          f.vendor(),
                          f.vendorId(),
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
      revisions.bump(tenant);
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
      revisions.bump(tenant);
      applicationWrites.publishEvent(new ApplicationWritten(tenant, id));
    }
    return deleted > 0;
  }

  record ApplicationFields(
      String name,
      String vendor,
      @Nullable Long vendorId,
      String category,
      int criticality,
      String lifecycle,
      long calendarId,
      @Nullable List<String> aliases) {}
}
