package org.medley.market.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.identity.Partners;
import org.medley.market.Engagement;
import org.medley.market.EngagementStatus;

/**
 * The engagement tables in SQL; what an engagement points at in other features is read through
 * their ports ({@link EngagementDetails}). Every query names the tenant; callers own transactions.
 */
@Singleton
class EngagementStore implements Partners.Ties {

  private static final String COLUMNS =
      "e.id, e.partner_id, e.name, e.scope, e.starts_on, e.ends_on, e.ended_at, e.ended_by,"
          + " e.manager_account_id, e.staffing_request_id, r.title, e.created_by, e.created_at,"
          + " e.updated_at, e.version";

  private static final String FROM =
      " FROM engagements e LEFT JOIN staffing_requests r ON r.id = e.staffing_request_id";

  /**
   * The sort orders a list may ask for, mapped to SQL; id breaks ties so pages are stable. The
   * partner's name lives in identity: {@link Filter#partnersByName} orders by it.
   */
  static final Map<String, String> SORTS =
      Map.of(
          "startsOn", "e.starts_on",
          "endsOn", "e.ends_on",
          "name", "e.name",
          "partner", "FIELD(e.partner_id, %s)",
          "createdAt", "e.created_at");

  /** An engagement's own row; its partner, manager and groups are ids into other features. */
  record Row(
      long id,
      long partnerId,
      Engagement.Terms terms,
      Instant endedAt,
      String endedBy,
      Long managerId,
      EngagementApi.RequestRef staffingRequest,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    Engagement engagement() {
      return Engagement.restore(terms, endedAt);
    }
  }

  /**
   * Narrows a list: a partner, a status on {@code today}, or null for any; {@code partnersByName}
   * are the tenant's partner ids in name order, for the partner sort.
   */
  record Filter(
      Long partnerId, EngagementStatus status, LocalDate today, List<Long> partnersByName) {}

  private final JdbcOperations jdbc;

  EngagementStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long tenant,
      long partner,
      Engagement.Terms terms,
      Long manager,
      Long request,
      String createdBy,
      Instant now) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement s =
              connection.prepareStatement(
                  "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on,"
                      + " ends_on, manager_account_id, staffing_request_id, created_by,"
                      + " created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                  Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, tenant);
            s.setLong(2, partner);
            bindTerms(s, 3, terms, manager, request);
            s.setString(9, createdBy);
            s.setTimestamp(10, Timestamp.from(now));
            s.setTimestamp(11, Timestamp.from(now));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /** New terms if the row is still at {@code version}; false when someone changed it meanwhile. */
  boolean update(
      long tenant,
      long id,
      long version,
      Engagement.Terms terms,
      Long manager,
      Long request,
      Instant now) {
    return jdbc.prepareStatement(
            "UPDATE engagements SET name = ?, scope = ?, starts_on = ?, ends_on = ?,"
                + " manager_account_id = ?, staffing_request_id = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND tenant_id = ? AND version = ?",
            s -> {
              bindTerms(s, 1, terms, manager, request);
              s.setTimestamp(7, Timestamp.from(now));
              s.setLong(8, id);
              s.setLong(9, tenant);
              s.setLong(10, version);
              return s.executeUpdate();
            })
        == 1;
  }

  boolean end(long tenant, long id, long version, String actor, Instant at) {
    return jdbc.prepareStatement(
            "UPDATE engagements SET ended_at = ?, ended_by = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND tenant_id = ? AND version = ?",
            s -> {
              s.setTimestamp(1, Timestamp.from(at));
              s.setString(2, actor);
              s.setTimestamp(3, Timestamp.from(at));
              s.setLong(4, id);
              s.setLong(5, tenant);
              s.setLong(6, version);
              return s.executeUpdate();
            })
        == 1;
  }

  void audit(long id, Engagement.Event event, String actorName) {
    jdbc.prepareStatement(
        "INSERT INTO engagement_audit (engagement_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        s -> {
          s.setLong(1, id);
          s.setString(2, event.action());
          s.setString(3, clip(event.actor(), 100));
          s.setString(4, clip(actorName, 200));
          s.setTimestamp(5, Timestamp.from(event.at()));
          s.setString(6, event.detail() == null ? null : clip(event.detail(), 2000));
          return s.executeUpdate();
        });
  }

  /** One engagement of the tenant; {@code lock} holds it until the transaction ends. */
  Optional<Row> find(long tenant, long id, boolean lock) {
    return jdbc.prepareStatement(
        "SELECT "
            + COLUMNS
            + FROM
            + " WHERE e.tenant_id = ? AND e.id = ?"
            + (lock ? " FOR UPDATE" : ""),
        s -> {
          s.setLong(1, tenant);
          s.setLong(2, id);
          try (ResultSet rows = s.executeQuery()) {
            return rows.next() ? Optional.of(row(rows)) : Optional.<Row>empty();
          }
        });
  }

  record Slice(List<Row> rows, long total) {}

  /**
   * One page of the tenant's engagements. The status filter restates {@link Engagement#status} in
   * SQL so that the database pages; EngagementApiTest checks that both agree.
   */
  Slice list(long tenant, Filter filter, String sort, boolean descending, int page, int size) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(FROM + " WHERE e.tenant_id = ?");
    parameters.add(tenant);
    if (filter.partnerId() != null) {
      where.append(" AND e.partner_id = ?");
      parameters.add(filter.partnerId());
    }
    if (filter.status() != null) {
      Date today = Date.valueOf(filter.today());
      String running = "e.ended_at IS NULL AND (e.ends_on IS NULL OR e.ends_on >= ?)";
      switch (filter.status()) {
        case ENDED -> {
          where.append(" AND (e.ended_at IS NOT NULL OR e.ends_on < ?)");
          parameters.add(today);
        }
        case PLANNED -> {
          where.append(" AND ").append(running).append(" AND e.starts_on > ?");
          parameters.add(today);
          parameters.add(today);
        }
        case ACTIVE -> {
          where.append(" AND ").append(running).append(" AND e.starts_on <= ?");
          parameters.add(today);
          parameters.add(today);
        }
      }
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*)" + where,
            s -> {
              bind(s, parameters);
              try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    String direction = descending ? " DESC" : " ASC";
    List<Long> byName = filter.partnersByName();
    String order =
        sort.equals("partner")
            ? byName.isEmpty() ? "e.partner_id" : SORTS.get(sort).formatted(marks(byName.size()))
            : SORTS.get(sort);
    List<Row> rows =
        jdbc.prepareStatement(
            "SELECT "
                + COLUMNS
                + where
                + " ORDER BY "
                + order
                + direction
                + ", e.id"
                + direction
                + " LIMIT ? OFFSET ?",
            s -> {
              List<Object> all = new ArrayList<>(parameters);
              if (sort.equals("partner")) {
                all.addAll(byName);
              }
              bind(s, all);
              s.setInt(all.size() + 1, size);
              s.setLong(all.size() + 2, (long) page * size);
              List<Row> list = new ArrayList<>();
              try (ResultSet result = s.executeQuery()) {
                while (result.next()) {
                  list.add(row(result));
                }
              }
              return list;
            });
    return new Slice(rows, total);
  }

  List<EngagementApi.Event> history(long id) {
    return jdbc.prepareStatement(
        "SELECT action, actor, actor_name, at, detail FROM engagement_audit"
            + " WHERE engagement_id = ? ORDER BY at, id",
        s -> {
          s.setLong(1, id);
          List<EngagementApi.Event> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new EngagementApi.Event(
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

  /** The names of the tenant's engagements among {@code ids}. */
  Map<Long, String> names(long tenant, Collection<Long> ids) {
    Map<Long, String> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    List<Object> parameters = new ArrayList<>(List.of(tenant));
    parameters.addAll(ids);
    return jdbc.prepareStatement(
        "SELECT id, name FROM engagements WHERE tenant_id = ? AND id IN ("
            + marks(ids.size())
            + ")",
        s -> {
          bind(s, parameters);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result.put(rows.getLong(1), rows.getString(2));
            }
          }
          return result;
        });
  }

  /** A partner with an engagement here, ended or not, works for the tenant. */
  @Override
  @ReadOnly
  public Set<Long> organizationIds(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT DISTINCT partner_id FROM engagements WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenantId);
          Set<Long> ids = new HashSet<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getLong(1));
            }
          }
          return ids;
        });
  }

  private static Row row(ResultSet rows) throws SQLException {
    Date ends = rows.getDate(6);
    Timestamp ended = rows.getTimestamp(7);
    Long request = nullableLong(rows, 10);
    return new Row(
        rows.getLong(1),
        rows.getLong(2),
        new Engagement.Terms(
            rows.getString(3),
            rows.getString(4),
            rows.getDate(5).toLocalDate(),
            ends == null ? null : ends.toLocalDate()),
        ended == null ? null : ended.toInstant(),
        rows.getString(8),
        nullableLong(rows, 9),
        request == null ? null : new EngagementApi.RequestRef(request, rows.getString(11)),
        rows.getString(12),
        rows.getTimestamp(13).toInstant(),
        rows.getTimestamp(14).toInstant(),
        rows.getLong(15));
  }

  private static void bindTerms(
      PreparedStatement s, int from, Engagement.Terms t, Long manager, Long request)
      throws SQLException {
    s.setString(from, t.name());
    s.setString(from + 1, t.scope());
    s.setDate(from + 2, Date.valueOf(t.startsOn()));
    s.setDate(from + 3, t.endsOn() == null ? null : Date.valueOf(t.endsOn()));
    setLong(s, from + 4, manager);
    setLong(s, from + 5, request);
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  private static Long nullableLong(ResultSet rows, int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i) == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, parameters.get(i));
      }
    }
  }
}
