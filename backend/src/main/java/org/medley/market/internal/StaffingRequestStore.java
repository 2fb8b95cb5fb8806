package org.medley.market.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.coverage.ApplicationNames;
import org.medley.market.StaffingRequest;
import org.medley.market.StaffingStatus;

/**
 * The staffing-request tables: requests through {@link StaffingRequestRepository}, the applications
 * they name and their audit trail in SQL. Every read names the tenant; callers own transactions.
 */
@Singleton
class StaffingRequestStore {

  record Row(
      long id,
      StaffingRequest.Terms terms,
      StaffingStatus status,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      List<Api.ApplicationRef> applications) {}

  /** {@code partnerId}: only what was published to that partner. */
  record Filter(StaffingStatus status, Long applicationId, Long partnerId) {}

  private final StaffingRequestRepository requests;
  private final ApplicationNames applicationNames;
  private final JdbcOperations jdbc;

  StaffingRequestStore(
      StaffingRequestRepository requests, ApplicationNames applicationNames, JdbcOperations jdbc) {
    this.requests = requests;
    this.applicationNames = applicationNames;
    this.jdbc = jdbc;
  }

  long insert(long tenant, StaffingRequest.Terms t, String createdBy, Instant now) {
    long id =
        requests
            .save(
                new StaffingRequestRow(
                    null,
                    tenant,
                    t.title(),
                    t.kind(),
                    StaffingStatus.OPEN,
                    t.minimumLevel(),
                    t.peopleNeeded(),
                    t.hoursPerWeek(),
                    t.supportWindow(),
                    t.startsOn(),
                    t.endsOn(),
                    t.notes(),
                    t.rationale(),
                    createdBy,
                    now,
                    now,
                    0))
            .id();
    jdbc.prepareStatement(
        "INSERT INTO staffing_request_applications (request_id, application_id) VALUES (?, ?)",
        s -> {
          for (long app : t.applicationIds()) {
            s.setLong(1, id);
            s.setLong(2, app);
            s.addBatch();
          }
          return s.executeBatch();
        });
    return id;
  }

  void audit(long requestId, StaffingRequest.Event event, String actorName) {
    jdbc.prepareStatement(
        "INSERT INTO staffing_request_audit (request_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        s -> {
          s.setLong(1, requestId);
          s.setString(2, event.action());
          s.setString(3, event.actor());
          s.setString(4, actorName);
          s.setTimestamp(5, Timestamp.from(event.at()));
          s.setString(6, event.detail());
          return s.executeUpdate();
        });
  }

  /** One request of the tenant; {@code lock} holds it until the transaction ends. */
  Optional<Row> find(long tenant, long id, boolean lock) {
    return (lock
            ? requests.findByIdAndTenantIdForUpdate(id, tenant)
            : requests.findByIdAndTenantId(id, tenant))
        .map(r -> rows(tenant, List.of(r)).get(0));
  }

  boolean changeStatus(long id, long version, StaffingStatus status, Instant now) {
    return requests.changeStatus(id, version, status.name(), now) == 1;
  }

  record Slice(List<Row> rows, long total) {}

  /**
   * One page of the tenant's requests, sorted by {@code sort}, a property of {@link
   * StaffingRequestRow} (the controller admits only those it offers); id breaks ties.
   */
  Slice list(long tenant, Filter filter, String sort, boolean descending, int page, int size) {
    Page<StaffingRequestRow> found =
        requests.list(
            tenant,
            filter.status() == null ? null : filter.status().name(),
            filter.applicationId(),
            filter.partnerId(),
            Api.Page.request(page, size, sort, descending));
    return new Slice(rows(tenant, found.getContent()), found.getTotalSize());
  }

  /** The tenant's staffing requests that are not cancelled (the one when {@code only}). */
  List<EngagementApi.RequestRef> openRequests(long tenant, Long only) {
    return jdbc.prepareStatement(
        "SELECT id, title FROM staffing_requests WHERE tenant_id = ? AND status <> 'CANCELLED'"
            + (only == null ? "" : " AND id = ?")
            + " ORDER BY created_at DESC, id DESC LIMIT 200",
        s -> {
          s.setLong(1, tenant);
          if (only != null) {
            s.setLong(2, only);
          }
          List<EngagementApi.RequestRef> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(new EngagementApi.RequestRef(rows.getLong(1), rows.getString(2)));
            }
          }
          return list;
        });
  }

  /** The rows with the applications each request names, by name. */
  private List<Row> rows(long tenant, List<StaffingRequestRow> found) {
    Map<Long, List<Long>> links =
        applicationIds(found.stream().map(StaffingRequestRow::id).toList());
    Map<Long, String> names =
        applicationNames.names(
            tenant, links.values().stream().flatMap(List::stream).distinct().toList());
    return found.stream()
        .map(
            r -> {
              List<Api.ApplicationRef> apps =
                  links.getOrDefault(r.id(), List.of()).stream()
                      .filter(names::containsKey)
                      .map(id -> new Api.ApplicationRef(id, names.get(id)))
                      .sorted(Comparator.comparing(Api.ApplicationRef::name))
                      .toList();
              return new Row(
                  r.id(),
                  new StaffingRequest.Terms(
                      r.title(),
                      r.kind(),
                      apps.stream().map(Api.ApplicationRef::id).toList(),
                      r.minimumLevel(),
                      r.peopleNeeded(),
                      r.hoursPerWeek(),
                      r.supportWindow(),
                      r.startsOn(),
                      r.endsOn(),
                      r.notes(),
                      r.rationale()),
                  r.status(),
                  r.createdBy(),
                  r.createdAt(),
                  r.updatedAt(),
                  r.version(),
                  apps);
            })
        .toList();
  }

  /** The applications each request names. */
  private Map<Long, List<Long>> applicationIds(Collection<Long> requestIds) {
    Map<Long, List<Long>> result = new HashMap<>();
    if (requestIds.isEmpty()) {
      return result;
    }
    return jdbc.prepareStatement(
        "SELECT request_id, application_id FROM staffing_request_applications"
            + " WHERE request_id IN ("
            + String.join(",", Collections.nCopies(requestIds.size(), "?"))
            + ")",
        s -> {
          int i = 1;
          for (long id : requestIds) {
            s.setLong(i++, id);
          }
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
            }
          }
          return result;
        });
  }

  List<Api.Event> history(long requestId) {
    return AuditTrails.read(jdbc, "staffing_request_audit", "request_id", requestId);
  }
}
