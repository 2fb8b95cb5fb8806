package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.instant;
import static org.medley.platform.JdbcRows.nullableLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.coverage.Tier;
import org.medley.platform.Changes;
import org.medley.platform.JdbcRows;

/**
 * Support groups and their members, in SQL (routing rules: {@link RoutingRuleStore}). Callers hold
 * the transaction.
 */
@Singleton
class SupportGroupStore {

  /**
   * Groups kept per node: a few hundred per health system, so this holds many tenants' while
   * bounding what a node serving a great many keeps; an evicted one is read again.
   */
  static final int CACHED = 10_000;

  /**
   * How long another node may keep serving a group after an admin changed it here: this node
   * forgets a group it wrote at once; the others read it again at most this long after (see
   * docs/decisions.md, "Support group cache").
   */
  static final Duration STALE_AT_MOST = Duration.ofSeconds(30);

  private final JdbcOperations jdbc;

  /**
   * Groups are read on every ticket write, so they are cached per node for {@link #STALE_AT_MOST}.
   */
  private final Cache<Long, Optional<Group>> groupCache =
      Caffeine.newBuilder().maximumSize(CACHED).expireAfterWrite(STALE_AT_MOST).build();

  private static final String TOPIC = "support-groups";

  private final Changes changes;

  SupportGroupStore(JdbcOperations jdbc, Changes changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  /** Another node changed one of the tenant's groups (kept by id: all are dropped, they reload). */
  @EventListener
  void on(Changes.Changed change) {
    if (TOPIC.equals(change.topic())) {
      groupCache.invalidateAll();
    }
  }

  /**
   * A support group as stored. {@code partnerId} is set for a group a partner staffs, null for an
   * internal one (which engagement provides it is the marketplace's record).
   */
  record Group(
      long id,
      long tenantId,
      String name,
      Tier tier,
      @Nullable Long partnerId,
      @Nullable Long calendarId,
      boolean autoAssign,
      AssignmentStrategy strategy,
      @Nullable String email,
      long version,
      @Nullable Instant retiredAt) {

    /**
     * A retired group keeps its tickets' history but is no longer routed, escalated or assigned to.
     */
    boolean retired() {
      return retiredAt != null;
    }
  }

  /**
   * What an admin sets on a group; the store writes it as given (the caller checked it), all but
   * the engagement, which the caller passes on to the marketplace.
   */
  record Settings(
      String name,
      Tier tier,
      @Nullable Long partnerId,
      @Nullable Long engagementId,
      long calendarId,
      boolean autoAssign,
      AssignmentStrategy strategy,
      @Nullable String email) {}

  private static final String COLUMNS =
      "SELECT id, tenant_id, name, tier, partner_id, calendar_id, auto_assign,"
          + " assignment_strategy, email, version, retired_at FROM support_groups";

  Optional<Group> group(long tenantId, long groupId) {
    Optional<Group> group = groupCache.get(groupId, this::loadGroup);
    return group.filter(g -> g.tenantId() == tenantId);
  }

  /** The group as the database has it now, bypassing this node's cache (for admin writes). */
  Optional<Group> fresh(long tenantId, long groupId) {
    return loadGroup(groupId).filter(g -> g.tenantId() == tenantId);
  }

  private Optional<Group> loadGroup(long groupId) {
    return jdbc.prepareStatement(
        COLUMNS + " WHERE id = ?",
        statement -> {
          statement.setLong(1, groupId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(group(rows)) : Optional.empty();
          }
        });
  }

  /** The tenant's groups, retired ones too, by tier and name. */
  List<Group> groups(long tenantId) {
    return jdbc.prepareStatement(
        COLUMNS + " WHERE tenant_id = ? ORDER BY tier, name",
        statement -> {
          statement.setLong(1, tenantId);
          List<Group> groups = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              groups.add(group(rows));
            }
          }
          return groups;
        });
  }

  /** The tenant's groups still in service, by tier and name. */
  List<Group> activeGroups(long tenantId) {
    return groups(tenantId).stream().filter(g -> !g.retired()).toList();
  }

  private static Group group(ResultSet rows) throws SQLException {
    return new Group(
        rows.getLong("id"),
        rows.getLong("tenant_id"),
        rows.getString("name"),
        Tier.valueOf(rows.getString("tier")),
        nullableLong(rows, "partner_id"),
        nullableLong(rows, "calendar_id"),
        rows.getBoolean("auto_assign"),
        AssignmentStrategy.valueOf(rows.getString("assignment_strategy")),
        rows.getString("email"),
        rows.getLong("version"),
        instant(rows, "retired_at"));
  }

  /** A new group; returns its id. A taken name fails with the unique key's exception. */
  long create(long tenantId, Settings settings, Instant now) {
    List<Object> values = new ArrayList<>(List.of(tenantId));
    values.addAll(values(settings));
    values.add(now);
    values.add(now);
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, calendar_id,"
            + " auto_assign, assignment_strategy, email, created_at, updated_at, version)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
        values);
  }

  /** Writes the settings if the group is still at {@code version}; false when it is not. */
  boolean update(long tenantId, long groupId, long version, Settings settings, Instant now) {
    List<Object> values = new ArrayList<>(values(settings));
    values.addAll(List.of(now, tenantId, groupId, version));
    boolean written =
        execute(
                "UPDATE support_groups SET name = ?, tier = ?, provider = ?, partner_id = ?,"
                    + " calendar_id = ?, auto_assign = ?,"
                    + " assignment_strategy = ?, email = ?, updated_at = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND id = ? AND version = ?",
                values)
            == 1;
    groupCache.invalidate(groupId);
    changes.announce(TOPIC, tenantId);
    return written;
  }

  /** Marks the group retired if it is still at {@code version}; false when it is not. */
  boolean retire(long tenantId, long groupId, long version, Instant now) {
    boolean written =
        execute(
                "UPDATE support_groups SET retired_at = ?, updated_at = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND id = ? AND version = ? AND retired_at IS NULL",
                List.of(now, now, tenantId, groupId, version))
            == 1;
    groupCache.invalidate(groupId);
    changes.announce(TOPIC, tenantId);
    return written;
  }

  /** Takes the group's row lock, so member changes of one group take their turn. */
  void lock(long groupId) {
    jdbc.prepareStatement(
        "SELECT id FROM support_groups WHERE id = ? FOR UPDATE",
        statement -> {
          statement.setLong(1, groupId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  private static List<Object> values(Settings s) {
    List<Object> values = new ArrayList<>();
    values.add(s.name());
    values.add(s.tier().name());
    values.add(s.partnerId() == null ? "INTERNAL" : "PARTNER");
    values.add(s.partnerId());
    values.add(s.calendarId());
    values.add(s.autoAssign());
    values.add(s.strategy().name());
    values.add(s.email());
    return values;
  }

  private int execute(String sql, List<?> values) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          JdbcRows.bindAll(statement, values);
          return statement.executeUpdate();
        });
  }

  /** Adds the member, or changes whether they lead; true when something changed. */
  boolean putMember(long groupId, long staffId, boolean lead) {
    Optional<Boolean> current = leadFlag(groupId, staffId);
    if (current.isPresent() && current.get() == lead) {
      return false;
    }
    if (current.isPresent()) {
      execute(
          "UPDATE group_members SET lead = ? WHERE group_id = ? AND staff_id = ?",
          List.of(lead, groupId, staffId));
    } else {
      execute(
          "INSERT INTO group_members (group_id, staff_id, lead) VALUES (?,?,?)",
          List.of(groupId, staffId, lead));
    }
    return true;
  }

  /** Whether the staff member is in the group and, if so, whether they lead it. */
  Optional<Boolean> leadFlag(long groupId, long staffId) {
    return jdbc.prepareStatement(
        "SELECT lead FROM group_members WHERE group_id = ? AND staff_id = ?",
        statement -> {
          JdbcRows.bindAll(statement, groupId, staffId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty();
          }
        });
  }

  /** Removes the member; false when they were not in the group. */
  boolean removeMember(long groupId, long staffId) {
    return execute(
            "DELETE FROM group_members WHERE group_id = ? AND staff_id = ?",
            List.of(groupId, staffId))
        == 1;
  }

  /** One line of a group's audit trail. */
  void audit(long tenantId, long groupId, String action, String actor, Instant at, String detail) {
    execute(
        "INSERT INTO support_group_audit (tenant_id, group_id, action, actor, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        List.of(tenantId, groupId, action, clip(actor, 200), at, clip(detail, 2000)));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  List<Long> members(long groupId) {
    return jdbc.prepareStatement(
        "SELECT staff_id FROM group_members WHERE group_id = ? ORDER BY staff_id",
        statement -> {
          statement.setLong(1, groupId);
          List<Long> members = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              members.add(rows.getLong(1));
            }
          }
          return members;
        });
  }

  boolean member(long groupId, long staffId) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM group_members WHERE group_id = ? AND staff_id = ?",
        statement -> {
          statement.setLong(1, groupId);
          statement.setLong(2, staffId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }
}
