package org.medley.market.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.marks;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.market.StaffingKind;
import org.medley.market.StaffingRequest;
import org.medley.market.StaffingStatus;

/** The staffing-request tables in SQL. Every query names the tenant; callers own transactions. */
@Singleton
class StaffingRequestStore {

  private static final String COLUMNS =
      "r.id, r.title, r.kind, r.status, r.minimum_level, r.people_needed, r.hours_per_week,"
          + " r.support_window, r.starts_on, r.ends_on, r.notes, r.rationale, r.created_by,"
          + " r.created_at, r.updated_at, r.version";

  /** The sort orders a list may ask for, mapped to SQL; id breaks ties so pages are stable. */
  static final Map<String, String> SORTS =
      Map.of(
          "createdAt", "r.created_at",
          "startsOn", "r.starts_on",
          "minimumLevel", "r.minimum_level",
          "hoursPerWeek", "r.hours_per_week",
          "title", "r.title");

  record Row(
      long id,
      StaffingRequest.Terms terms,
      StaffingStatus status,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      List<Api.ApplicationRef> applications) {}

  record Filter(StaffingStatus status, Long applicationId) {}

  private final JdbcOperations jdbc;

  StaffingRequestStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long tenant, StaffingRequest.Terms t, String createdBy, Instant now) {
    List<Object> values =
        Arrays.asList(
            tenant,
            t.title(),
            t.kind().name(),
            StaffingStatus.OPEN.name(),
            t.minimumLevel(),
            t.peopleNeeded(),
            t.hoursPerWeek(),
            t.supportWindow(),
            Date.valueOf(t.startsOn()),
            t.endsOn() == null ? null : Date.valueOf(t.endsOn()),
            t.notes(),
            t.rationale(),
            createdBy,
            Timestamp.from(now),
            Timestamp.from(now));
    long id =
        jdbc.execute(
            connection -> {
              try (PreparedStatement s =
                  connection.prepareStatement(
                      "INSERT INTO staffing_requests (tenant_id, title, kind, status,"
                          + " minimum_level, people_needed, hours_per_week, support_window,"
                          + " starts_on, ends_on, notes, rationale, created_by, created_at,"
                          + " updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                      Statement.RETURN_GENERATED_KEYS)) {
                bindAll(s, values);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
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
    return jdbc.prepareStatement(
        "SELECT "
            + COLUMNS
            + " FROM staffing_requests r WHERE r.tenant_id = ? AND r.id = ?"
            + (lock ? " FOR UPDATE" : ""),
        s -> {
          s.setLong(1, tenant);
          s.setLong(2, id);
          try (ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
              return Optional.empty();
            }
            Row row = row(rows);
            return Optional.of(withApplications(row, applications(List.of(id)).get(id)));
          }
        });
  }

  boolean changeStatus(long id, long version, StaffingStatus status, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE staffing_requests SET status = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ? AND version = ?",
            s -> {
              s.setString(1, status.name());
              s.setTimestamp(2, Timestamp.from(now));
              s.setLong(3, id);
              s.setLong(4, version);
              return s.executeUpdate();
            })
        == 1;
  }

  record Slice(List<Row> rows, long total) {}

  /** One page of the tenant's requests; one WHERE clause serves both the count and the page. */
  Slice list(long tenant, Filter filter, String sort, boolean descending, int page, int size) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" FROM staffing_requests r WHERE r.tenant_id = ?");
    parameters.add(tenant);
    if (filter.status() != null) {
      where.append(" AND r.status = ?");
      parameters.add(filter.status().name());
    }
    if (filter.applicationId() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM staffing_request_applications l"
              + " WHERE l.request_id = r.id AND l.application_id = ?)");
      parameters.add(filter.applicationId());
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*)" + where,
            s -> {
              bindAll(s, parameters);
              try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    String direction = descending ? " DESC" : " ASC";
    List<Row> rows =
        jdbc.prepareStatement(
            "SELECT "
                + COLUMNS
                + where
                + " ORDER BY "
                + SORTS.get(sort)
                + direction
                + ", r.id"
                + direction
                + " LIMIT ? OFFSET ?",
            s -> {
              bindAll(s, parameters);
              s.setInt(parameters.size() + 1, size);
              s.setLong(parameters.size() + 2, (long) page * size);
              List<Row> list = new ArrayList<>();
              try (ResultSet result = s.executeQuery()) {
                while (result.next()) {
                  list.add(row(result));
                }
              }
              return list;
            });
    Map<Long, List<Api.ApplicationRef>> apps = applications(rows.stream().map(Row::id).toList());
    return new Slice(rows.stream().map(r -> withApplications(r, apps.get(r.id()))).toList(), total);
  }

  /** The applications each request names, by name. */
  Map<Long, List<Api.ApplicationRef>> applications(Collection<Long> requestIds) {
    Map<Long, List<Api.ApplicationRef>> result = new HashMap<>();
    if (requestIds.isEmpty()) {
      return result;
    }
    return jdbc.prepareStatement(
        "SELECT l.request_id, a.id, a.name FROM staffing_request_applications l"
            + " JOIN applications a ON a.id = l.application_id WHERE l.request_id IN ("
            + marks(requestIds.size())
            + ") ORDER BY a.name",
        s -> {
          int i = 1;
          for (long id : requestIds) {
            s.setLong(i++, id);
          }
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result
                  .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                  .add(new Api.ApplicationRef(rows.getLong(2), rows.getString(3)));
            }
          }
          return result;
        });
  }

  List<Api.Event> history(long requestId) {
    return jdbc.prepareStatement(
        "SELECT action, actor, actor_name, at, detail FROM staffing_request_audit"
            + " WHERE request_id = ? ORDER BY at, id",
        s -> {
          s.setLong(1, requestId);
          List<Api.Event> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Api.Event(
                      rows.getString(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getTimestamp(4).toInstant(),
                      rows.getString(5)));
            }
          }
          return list;
        });
  }

  private static Row withApplications(Row row, List<Api.ApplicationRef> apps) {
    List<Api.ApplicationRef> refs = apps == null ? List.of() : List.copyOf(apps);
    var t = row.terms();
    var terms =
        new StaffingRequest.Terms(
            t.title(),
            t.kind(),
            refs.stream().map(Api.ApplicationRef::id).toList(),
            t.minimumLevel(),
            t.peopleNeeded(),
            t.hoursPerWeek(),
            t.supportWindow(),
            t.startsOn(),
            t.endsOn(),
            t.notes(),
            t.rationale());
    return new Row(
        row.id(),
        terms,
        row.status(),
        row.createdBy(),
        row.createdAt(),
        row.updatedAt(),
        row.version(),
        refs);
  }

  private static Row row(ResultSet rows) throws SQLException {
    Date ends = rows.getDate(10);
    var terms =
        new StaffingRequest.Terms(
            rows.getString(2),
            StaffingKind.valueOf(rows.getString(3)),
            List.of(),
            rows.getInt(5),
            rows.getInt(6),
            rows.getDouble(7),
            rows.getString(8),
            rows.getDate(9).toLocalDate(),
            ends == null ? null : ends.toLocalDate(),
            rows.getString(11),
            rows.getString(12));
    return new Row(
        rows.getLong(1),
        terms,
        StaffingStatus.valueOf(rows.getString(4)),
        rows.getString(13),
        rows.getTimestamp(14).toInstant(),
        rows.getTimestamp(15).toInstant(),
        rows.getLong(16),
        List.of());
  }
}
