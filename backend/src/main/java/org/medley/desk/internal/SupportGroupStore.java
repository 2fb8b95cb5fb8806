package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.instant;
import static org.medley.platform.JdbcRows.nullableLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.coverage.Tier;

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

  private final JdbcOperations jdbc;

  /**
   * Groups are read on every ticket write and change only by migration or seed today, so they are
   * cached per node. An admin API that edits groups must clear this cache (and tell other nodes).
   */
  private final Cache<Long, Optional<Group>> groupCache =
      Caffeine.newBuilder().maximumSize(CACHED).build();

  SupportGroupStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  record Group(
      long id,
      long tenantId,
      String name,
      Tier tier,
      @Nullable Long partnerId,
      boolean autoAssign,
      @Nullable Long leadId,
      @Nullable Instant retiredAt) {

    /**
     * A retired group keeps its tickets' history but is no longer routed, escalated or assigned to.
     */
    boolean retired() {
      return retiredAt != null;
    }
  }

  Optional<Group> group(long tenantId, long groupId) {
    Optional<Group> group = groupCache.get(groupId, this::loadGroup);
    return group.filter(g -> g.tenantId() == tenantId);
  }

  private Optional<Group> loadGroup(long groupId) {
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, name, tier, partner_id, auto_assign, lead_id, retired_at FROM support_groups"
            + " WHERE id = ?",
        statement -> {
          statement.setLong(1, groupId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(group(rows)) : Optional.empty();
          }
        });
  }

  List<Group> groups(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, name, tier, partner_id, auto_assign, lead_id, retired_at FROM support_groups"
            + " WHERE tenant_id = ? ORDER BY tier, name",
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

  private static Group group(ResultSet rows) throws SQLException {
    return new Group(
        rows.getLong("id"),
        rows.getLong("tenant_id"),
        rows.getString("name"),
        Tier.valueOf(rows.getString("tier")),
        nullableLong(rows, "partner_id"),
        rows.getBoolean("auto_assign"),
        nullableLong(rows, "lead_id"),
        instant(rows, "retired_at"));
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
