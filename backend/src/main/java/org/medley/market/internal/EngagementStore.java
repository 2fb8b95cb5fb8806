package org.medley.market.internal;

import static org.medley.platform.JdbcRows.bind;
import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.marks;
import static org.medley.platform.JdbcRows.nullableLong;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.market.Engagement;
import org.medley.market.EngagementStatus;

/**
 * The engagement tables in SQL, plus the reads of partners, their accounts, groups and staffing
 * requests an engagement points at (display names and checks, as the desk's read model joins them).
 * Every query names the tenant; callers own transactions.
 */
@Singleton
class EngagementStore {

  private static final String COLUMNS =
      "e.id, e.partner_id, o.name, e.name, e.scope, e.starts_on, e.ends_on, e.ended_at,"
          + " e.ended_by, e.manager_account_id, u.display_name, u.job_title, u.email,"
          + " e.staffing_request_id, r.title, e.created_by, e.created_at, e.updated_at, e.version";

  private static final String FROM =
      " FROM engagements e JOIN organizations o ON o.id = e.partner_id"
          + " LEFT JOIN user_accounts u ON u.id = e.manager_account_id"
          + " LEFT JOIN staffing_requests r ON r.id = e.staffing_request_id";

  /** The sort orders a list may ask for, mapped to SQL; id breaks ties so pages are stable. */
  static final Map<String, String> SORTS =
      Map.of(
          "startsOn", "e.starts_on",
          "endsOn", "e.ends_on",
          "name", "e.name",
          "partner", "o.name",
          "createdAt", "e.created_at");

  record Row(
      long id,
      long partnerId,
      String partnerName,
      Engagement.Terms terms,
      Instant endedAt,
      String endedBy,
      EngagementApi.PersonRef manager,
      EngagementApi.RequestRef staffingRequest,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      List<EngagementApi.GroupRef> groups) {

    Engagement engagement() {
      return Engagement.restore(terms, endedAt);
    }

    Row withGroups(List<EngagementApi.GroupRef> list) {
      return new Row(
          id,
          partnerId,
          partnerName,
          terms,
          endedAt,
          endedBy,
          manager,
          staffingRequest,
          createdBy,
          createdAt,
          updatedAt,
          version,
          list == null ? List.of() : List.copyOf(list));
    }
  }

  /** Narrows a list: a partner, a status on {@code today}, or null for any. */
  record Filter(Long partnerId, EngagementStatus status, LocalDate today) {}

  /** A group of the tenant as an engagement sees it. */
  record Group(long id, String name, String tier, Long partnerId, Long engagementId) {}

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

  /** The engagement now provides exactly {@code groupIds} (checked by the caller). */
  void provide(long tenant, long id, List<Long> groupIds) {
    List<Object> parameters = new ArrayList<>(List.of(id, tenant));
    StringBuilder release =
        new StringBuilder(
            "UPDATE support_groups SET engagement_id = NULL WHERE engagement_id = ?"
                + " AND tenant_id = ?");
    if (!groupIds.isEmpty()) {
      release.append(" AND id NOT IN (").append(marks(groupIds.size())).append(')');
      parameters.addAll(groupIds);
    }
    jdbc.prepareStatement(
        release.toString(),
        s -> {
          bindAll(s, parameters);
          return s.executeUpdate();
        });
    if (groupIds.isEmpty()) {
      return;
    }
    List<Object> take = new ArrayList<>(List.of(id, tenant));
    take.addAll(groupIds);
    jdbc.prepareStatement(
        "UPDATE support_groups SET engagement_id = ? WHERE tenant_id = ? AND id IN ("
            + marks(groupIds.size())
            + ")",
        s -> {
          bindAll(s, take);
          return s.executeUpdate();
        });
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
    Optional<Row> row =
        jdbc.prepareStatement(
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
    return row.map(r -> r.withGroups(groups(List.of(r.id())).get(r.id())));
  }

  /** The engagement providing a group of the tenant, if any. */
  Optional<Row> forGroup(long tenant, long groupId) {
    Optional<Row> row =
        jdbc.prepareStatement(
            "SELECT "
                + COLUMNS
                + FROM
                + " JOIN support_groups g ON g.engagement_id = e.id"
                + " WHERE g.id = ? AND g.tenant_id = ? AND e.tenant_id = ?",
            s -> {
              s.setLong(1, groupId);
              s.setLong(2, tenant);
              s.setLong(3, tenant);
              try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.<Row>empty();
              }
            });
    return row;
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
                + ", e.id"
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
    Map<Long, List<EngagementApi.GroupRef>> groups = groups(rows.stream().map(Row::id).toList());
    return new Slice(rows.stream().map(r -> r.withGroups(groups.get(r.id()))).toList(), total);
  }

  /** The groups each engagement provides, by tier and name. */
  Map<Long, List<EngagementApi.GroupRef>> groups(Collection<Long> engagementIds) {
    Map<Long, List<EngagementApi.GroupRef>> result = new HashMap<>();
    if (engagementIds.isEmpty()) {
      return result;
    }
    return jdbc.prepareStatement(
        "SELECT engagement_id, id, name, tier FROM support_groups WHERE engagement_id IN ("
            + marks(engagementIds.size())
            + ") ORDER BY tier, name",
        s -> {
          bindAll(s, new ArrayList<>(engagementIds));
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result
                  .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                  .add(
                      new EngagementApi.GroupRef(
                          rows.getLong(2), rows.getString(3), rows.getString(4)));
            }
          }
          return result;
        });
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

  // ---- what an engagement points at ----

  /**
   * The partner organisations working for the tenant: those with accounts, groups, contracted staff
   * or engagements in it. Organisations are shared by every health system on a Medley install, so a
   * partner no one here works with is not offered (nor accepted).
   */
  List<EngagementApi.PartnerRef> partners(long tenant, Long only) {
    String where =
        " WHERE o.kind = 'PARTNER'"
            + (only == null ? "" : " AND o.id = ?")
            + " AND (EXISTS (SELECT 1 FROM user_accounts a WHERE a.organization_id = o.id"
            + " AND a.tenant_id = ?) OR EXISTS (SELECT 1 FROM support_groups g WHERE"
            + " g.partner_id = o.id AND g.tenant_id = ?) OR EXISTS (SELECT 1 FROM staff_members m"
            + " WHERE m.employer_id = o.id AND m.tenant_id = ?) OR EXISTS (SELECT 1 FROM"
            + " engagements e WHERE e.partner_id = o.id AND e.tenant_id = ?))";
    List<Object> parameters = new ArrayList<>();
    if (only != null) {
      parameters.add(only);
    }
    parameters.addAll(List.of(tenant, tenant, tenant, tenant));
    return jdbc.prepareStatement(
        "SELECT o.id, o.name FROM organizations o" + where + " ORDER BY o.name",
        s -> {
          bindAll(s, parameters);
          List<EngagementApi.PartnerRef> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(new EngagementApi.PartnerRef(rows.getLong(1), rows.getString(2)));
            }
          }
          return list;
        });
  }

  /** Enabled accounts of the tenant employed by partners (one partner when {@code partner}). */
  List<EngagementApi.ManagerChoice> partnerAccounts(long tenant, Long partner) {
    return jdbc.prepareStatement(
        "SELECT a.id, a.display_name, a.job_title, a.organization_id FROM user_accounts a"
            + " JOIN organizations o ON o.id = a.organization_id WHERE a.tenant_id = ?"
            + " AND a.enabled AND o.kind = 'PARTNER'"
            + (partner == null ? "" : " AND a.organization_id = ?")
            + " ORDER BY a.display_name",
        s -> {
          s.setLong(1, tenant);
          if (partner != null) {
            s.setLong(2, partner);
          }
          List<EngagementApi.ManagerChoice> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new EngagementApi.ManagerChoice(
                      rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
            }
          }
          return list;
        });
  }

  /** The tenant's partner-provided groups, with the engagement holding each now. */
  List<EngagementApi.GroupChoice> partnerGroups(long tenant) {
    return jdbc.prepareStatement(
        "SELECT g.id, g.name, g.tier, g.partner_id, g.engagement_id, e.name FROM support_groups g"
            + " LEFT JOIN engagements e ON e.id = g.engagement_id WHERE g.tenant_id = ?"
            + " AND g.partner_id IS NOT NULL ORDER BY g.tier, g.name",
        s -> {
          s.setLong(1, tenant);
          List<EngagementApi.GroupChoice> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              long engagement = rows.getLong(5);
              list.add(
                  new EngagementApi.GroupChoice(
                      rows.getLong(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getLong(4),
                      rows.wasNull() ? null : engagement,
                      rows.getString(6)));
            }
          }
          return list;
        });
  }

  /** The tenant's groups among {@code ids}, by id; others' and unknown ids are left out. */
  Map<Long, Group> groupsById(long tenant, Collection<Long> ids) {
    Map<Long, Group> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    List<Object> parameters = new ArrayList<>(List.of(tenant));
    parameters.addAll(ids);
    return jdbc.prepareStatement(
        "SELECT id, name, tier, partner_id, engagement_id FROM support_groups WHERE tenant_id = ?"
            + " AND id IN ("
            + marks(ids.size())
            + ")",
        s -> {
          bindAll(s, parameters);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              result.put(
                  rows.getLong(1),
                  new Group(
                      rows.getLong(1),
                      rows.getString(2),
                      rows.getString(3),
                      nullableLong(rows, 4),
                      nullableLong(rows, 5)));
            }
          }
          return result;
        });
  }

  /** The tenant's staffing requests that are not cancelled, newest first. */
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

  private static Row row(ResultSet rows) throws SQLException {
    Date ends = rows.getDate(7);
    Timestamp ended = rows.getTimestamp(8);
    Long manager = nullableLong(rows, 10);
    Long request = nullableLong(rows, 14);
    return new Row(
        rows.getLong(1),
        rows.getLong(2),
        rows.getString(3),
        new Engagement.Terms(
            rows.getString(4),
            rows.getString(5),
            rows.getDate(6).toLocalDate(),
            ends == null ? null : ends.toLocalDate()),
        ended == null ? null : ended.toInstant(),
        rows.getString(9),
        manager == null
            ? null
            : new EngagementApi.PersonRef(
                manager, rows.getString(11), rows.getString(12), rows.getString(13)),
        request == null ? null : new EngagementApi.RequestRef(request, rows.getString(15)),
        rows.getString(16),
        rows.getTimestamp(17).toInstant(),
        rows.getTimestamp(18).toInstant(),
        rows.getLong(19),
        List.of());
  }

  private static void bindTerms(
      PreparedStatement s, int from, Engagement.Terms t, Long manager, Long request)
      throws SQLException {
    s.setString(from, t.name());
    s.setString(from + 1, t.scope());
    s.setDate(from + 2, Date.valueOf(t.startsOn()));
    s.setDate(from + 3, t.endsOn() == null ? null : Date.valueOf(t.endsOn()));
    bind(s, from + 4, manager);
    bind(s, from + 5, request);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
