package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.desk.PartnerGroups;
import org.medley.platform.JdbcRows;

/**
 * Which engagement provides which of the desk's partner groups: the market's own link table ({@code
 * engagement_groups}, one engagement per group at most), joined in memory with the groups the desk
 * describes.
 */
@Singleton
class ProvidedGroups {

  /** A partner's support group, and the engagement providing it (null: none). */
  record Group(
      long id, String name, String tier, @Nullable Long partnerId, @Nullable Long engagementId) {}

  private final JdbcOperations jdbc;
  private final PartnerGroups desk;

  ProvidedGroups(JdbcOperations jdbc, PartnerGroups desk) {
    this.jdbc = jdbc;
    this.desk = desk;
  }

  /** The tenant's partner-staffed groups, by tier and name. */
  @ReadOnly
  List<Group> partnerGroups(long tenant) {
    List<PartnerGroups.Group> groups = desk.partnerGroups(tenant);
    Map<Long, Long> providers = providers(tenant, groups.stream().map(g -> g.id()).toList());
    return groups.stream().map(g -> of(g, providers.get(g.id()))).toList();
  }

  /** The tenant's groups among {@code ids}, by id; others' and unknown ids are left out. */
  @ReadOnly
  Map<Long, Group> byId(long tenant, Collection<Long> ids) {
    Map<Long, PartnerGroups.Group> groups = desk.byId(tenant, ids);
    Map<Long, Long> providers = providers(tenant, groups.keySet());
    Map<Long, Group> result = new HashMap<>();
    groups.forEach((id, g) -> result.put(id, of(g, providers.get(id))));
    return result;
  }

  /** The groups each of the tenant's {@code engagementIds} provides, by tier and name. */
  @ReadOnly
  Map<Long, List<Group>> providedBy(long tenant, Collection<Long> engagementIds) {
    if (engagementIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Long> links = new HashMap<>();
    List<Object> parameters = new ArrayList<>(List.of(tenant));
    parameters.addAll(engagementIds);
    query(
        "SELECT group_id, engagement_id FROM engagement_groups WHERE tenant_id = ?"
            + " AND engagement_id IN ("
            + JdbcRows.marks(engagementIds.size())
            + ")",
        parameters,
        links);
    Map<Long, List<Group>> result = new LinkedHashMap<>();
    desk.byId(tenant, links.keySet()).values().stream()
        .sorted(
            java.util.Comparator.comparing(PartnerGroups.Group::tier)
                .thenComparing(PartnerGroups.Group::name))
        .forEach(
            g ->
                result
                    .computeIfAbsent(links.get(g.id()), k -> new ArrayList<>())
                    .add(of(g, links.get(g.id()))));
    return result;
  }

  /** The engagement providing each of the tenant's {@code groupIds} that one provides. */
  @ReadOnly
  Map<Long, Long> providers(long tenant, Collection<Long> groupIds) {
    Map<Long, Long> links = new HashMap<>();
    if (!groupIds.isEmpty()) {
      List<Object> parameters = new ArrayList<>(List.of(tenant));
      parameters.addAll(groupIds);
      query(
          "SELECT group_id, engagement_id FROM engagement_groups WHERE tenant_id = ?"
              + " AND group_id IN ("
              + JdbcRows.marks(groupIds.size())
              + ")",
          parameters,
          links);
    }
    return links;
  }

  /** The engagement providing the tenant's group; empty for internal and unprovided groups. */
  @ReadOnly
  Optional<Long> engagementOf(long tenant, long groupId) {
    return Optional.ofNullable(providers(tenant, List.of(groupId)).get(groupId));
  }

  /**
   * The engagement now provides exactly {@code groupIds} of the tenant, taking them from whichever
   * engagement had them (the caller checked that it may).
   */
  void provide(long tenant, long engagementId, List<Long> groupIds) {
    List<Object> release = new ArrayList<>(List.of(tenant, engagementId));
    String keep = "";
    if (!groupIds.isEmpty()) {
      keep = " AND group_id NOT IN (" + JdbcRows.marks(groupIds.size()) + ")";
      release.addAll(groupIds);
    }
    execute(
        "DELETE FROM engagement_groups WHERE tenant_id = ? AND engagement_id = ?" + keep, release);
    groupIds.forEach(group -> link(tenant, group, engagementId));
  }

  /** One group is now provided by the engagement, or (null) by none. */
  void link(long tenant, long groupId, @Nullable Long engagementId) {
    execute(
        "DELETE FROM engagement_groups WHERE tenant_id = ? AND group_id = ?",
        List.of(tenant, groupId));
    if (engagementId != null) {
      execute(
          "INSERT INTO engagement_groups (group_id, tenant_id, engagement_id) VALUES (?, ?, ?)",
          List.of(groupId, tenant, engagementId));
    }
  }

  private static Group of(PartnerGroups.Group g, @Nullable Long engagementId) {
    return new Group(g.id(), g.name(), g.tier(), g.partnerId(), engagementId);
  }

  private void query(String sql, List<Object> parameters, Map<Long, Long> into) {
    jdbc.prepareStatement(
        sql,
        s -> {
          JdbcRows.bindAll(s, parameters);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              into.put(rows.getLong(1), rows.getLong(2));
            }
          }
          return into;
        });
  }

  private void execute(String sql, List<?> parameters) {
    jdbc.prepareStatement(
        sql,
        s -> {
          JdbcRows.bindAll(s, parameters);
          return s.executeUpdate();
        });
  }
}
