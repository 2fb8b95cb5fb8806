package org.medley.sla.internal;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.desk.Priority;
import org.medley.desk.TicketType;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;

/** The {@code sla_policies} table: a policy as stored, with the version that guards its edits. */
@Singleton
class PolicyStore {

  private static final String COLUMNS =
      "tenant_id, name, ticket_type, priority, criticality, organization_id, engagement_id,"
          + " response_met_by, on_retarget, active, "
          + PolicyTermsColumns.NAMES;

  record Stored(SlaPolicy policy, long version) {}

  /** One page, by priority (policies for any priority last), then name. */
  List<Stored> page(Connection c, long tenant, int page, int size) throws SQLException {
    List<Stored> items = new ArrayList<>();
    try (var s =
        c.prepareStatement(
            "SELECT * FROM sla_policies WHERE tenant_id = ? ORDER BY priority IS NULL,"
                + " priority, name LIMIT ? OFFSET ?")) {
      s.setLong(1, tenant);
      s.setInt(2, size);
      s.setLong(3, (long) page * size);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          items.add(new Stored(policy(rs), rs.getLong("version")));
        }
      }
    }
    return items;
  }

  long count(Connection c, long tenant) throws SQLException {
    try (var s = c.prepareStatement("SELECT COUNT(*) FROM sla_policies WHERE tenant_id = ?")) {
      s.setLong(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  Optional<Stored> find(Connection c, long tenant, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM sla_policies WHERE id = ? AND tenant_id = ?")) {
      s.setLong(1, id);
      s.setLong(2, tenant);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new Stored(policy(rs), rs.getLong("version")))
            : Optional.empty();
      }
    }
  }

  /** Any tenant's policy, for the timers that name it. */
  static Optional<SlaPolicy> byId(Connection c, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM sla_policies WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(policy(rs)) : Optional.empty();
      }
    }
  }

  List<SlaPolicy> active(Connection c, long tenant) throws SQLException {
    List<SlaPolicy> policies = new ArrayList<>();
    try (var s =
        c.prepareStatement("SELECT * FROM sla_policies WHERE tenant_id = ? AND active = TRUE")) {
      s.setLong(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          policies.add(policy(rs));
        }
      }
    }
    return policies;
  }

  /** Whether another policy of the tenant than {@code except} (null: none) has this name. */
  boolean nameTaken(Connection c, long tenant, String name, Long except) throws SQLException {
    try (var s =
        c.prepareStatement("SELECT id FROM sla_policies WHERE tenant_id = ? AND name = ?")) {
      s.setLong(1, tenant);
      s.setString(2, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && (except == null || rs.getLong(1) != except);
      }
    }
  }

  /** Stores a new policy at version 0; answers its id. */
  long insert(Connection c, long tenant, SlaPolicy policy, Instant now) throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO sla_policies ("
                + COLUMNS
                + ", version, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      int i = bind(s, tenant, policy);
      s.setTimestamp(++i, Timestamp.from(now));
      s.setTimestamp(++i, Timestamp.from(now));
      executeChecked(s);
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Changes the policy if it is still at {@code version}; false when someone changed it first. */
  boolean update(Connection c, long tenant, long id, long version, SlaPolicy policy, Instant now)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "UPDATE sla_policies SET tenant_id = ?, name = ?, ticket_type = ?, priority = ?,"
                + " criticality = ?, organization_id = ?, engagement_id = ?,"
                + " response_met_by = ?, on_retarget = ?, active = ?, "
                + PolicyTermsColumns.ASSIGNMENTS
                + ", updated_at = ?, version = version + 1"
                + " WHERE id = ? AND tenant_id = ? AND version = ?")) {
      int i = bind(s, tenant, policy);
      s.setTimestamp(++i, Timestamp.from(now));
      s.setLong(++i, id);
      s.setLong(++i, tenant);
      s.setLong(++i, version);
      return executeChecked(s) > 0;
    }
  }

  /** An unknown organisation is the client's mistake, not a server error. */
  private static int executeChecked(PreparedStatement s) throws SQLException {
    try {
      return s.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException e) {
      throw Refused.invalid("organizationId", "no such organisation");
    }
  }

  static SlaPolicy policy(ResultSet rs) throws SQLException {
    String type = rs.getString("ticket_type");
    String priority = rs.getString("priority");
    int criticality = rs.getInt("criticality");
    Integer crit = rs.wasNull() ? null : criticality;
    return new SlaPolicy(
        rs.getLong("id"),
        rs.getString("name"),
        type == null ? null : TicketType.valueOf(type),
        priority == null ? null : Priority.valueOf(priority),
        crit,
        JdbcRows.nullableLong(rs, "organization_id"),
        JdbcRows.nullableLong(rs, "engagement_id"),
        PolicyTermsColumns.read(rs),
        SlaPolicy.ResponseMetBy.valueOf(rs.getString("response_met_by")),
        SlaPolicy.Retarget.valueOf(rs.getString("on_retarget")),
        rs.getBoolean("active"));
  }

  /** Binds {@link #COLUMNS} from index 1; answers the last index bound. */
  private static int bind(PreparedStatement s, long tenant, SlaPolicy p) throws SQLException {
    int i = 0;
    s.setLong(++i, tenant);
    s.setString(++i, p.name());
    s.setString(++i, p.ticketType() == null ? null : p.ticketType().name());
    s.setString(++i, p.priority() == null ? null : p.priority().name());
    if (p.criticality() == null) {
      s.setNull(++i, Types.TINYINT);
    } else {
      s.setInt(++i, p.criticality());
    }
    JdbcRows.bind(s, ++i, p.organizationId());
    JdbcRows.bind(s, ++i, p.engagementId());
    s.setString(++i, p.responseMetBy().name());
    s.setString(++i, p.onRetarget().name());
    s.setBoolean(++i, p.active());
    return PolicyTermsColumns.bind(s, i, p.terms());
  }
}
