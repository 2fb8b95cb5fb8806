package org.medley.desk.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.desk.PartnerGroups;
import org.medley.identity.Partners;

/** {@link PartnerGroups}, and the partners the tenant's groups tie to it. */
@Singleton
class StoredPartnerGroups implements PartnerGroups, Partners.Ties {

  private static final String COLUMNS = "SELECT id, name, tier, partner_id, engagement_id";

  private final JdbcOperations jdbc;

  StoredPartnerGroups(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public List<Group> partnerGroups(long tenantId) {
    return groups(
        " FROM support_groups WHERE tenant_id = ? AND partner_id IS NOT NULL ORDER BY tier, name",
        List.of(tenantId));
  }

  @Override
  @ReadOnly
  public Map<Long, Group> byId(long tenantId, Collection<Long> ids) {
    Map<Long, Group> result = new HashMap<>();
    if (!ids.isEmpty()) {
      List<Object> parameters = new ArrayList<>(List.of(tenantId));
      parameters.addAll(ids);
      groups(
              " FROM support_groups WHERE tenant_id = ? AND id IN (" + marks(ids.size()) + ")",
              parameters)
          .forEach(g -> result.put(g.id(), g));
    }
    return result;
  }

  @Override
  @ReadOnly
  public Map<Long, List<Group>> providedBy(long tenantId, Collection<Long> engagementIds) {
    Map<Long, List<Group>> result = new LinkedHashMap<>();
    if (!engagementIds.isEmpty()) {
      List<Object> parameters = new ArrayList<>(List.of(tenantId));
      parameters.addAll(engagementIds);
      groups(
              " FROM support_groups WHERE tenant_id = ? AND engagement_id IN ("
                  + marks(engagementIds.size())
                  + ") ORDER BY tier, name",
              parameters)
          .forEach(g -> result.computeIfAbsent(g.engagementId(), k -> new ArrayList<>()).add(g));
    }
    return result;
  }

  @Override
  @ReadOnly
  public Optional<Long> engagementOf(long tenantId, long groupId) {
    return byId(tenantId, List.of(groupId)).values().stream()
        .map(Group::engagementId)
        .filter(id -> id != null)
        .findFirst();
  }

  @Override
  public void provide(long tenantId, long engagementId, List<Long> groupIds) {
    List<Object> release = new ArrayList<>(List.of(engagementId, tenantId));
    String keep = "";
    if (!groupIds.isEmpty()) {
      keep = " AND id NOT IN (" + marks(groupIds.size()) + ")";
      release.addAll(groupIds);
    }
    update(
        "UPDATE support_groups SET engagement_id = NULL WHERE engagement_id = ? AND tenant_id = ?"
            + keep,
        release);
    if (!groupIds.isEmpty()) {
      List<Object> take = new ArrayList<>(List.of(engagementId, tenantId));
      take.addAll(groupIds);
      update(
          "UPDATE support_groups SET engagement_id = ? WHERE tenant_id = ? AND id IN ("
              + marks(groupIds.size())
              + ")",
          take);
    }
  }

  @Override
  @ReadOnly
  public Set<Long> organizationIds(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT DISTINCT partner_id FROM support_groups WHERE tenant_id = ?"
            + " AND partner_id IS NOT NULL",
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

  private List<Group> groups(String from, List<Object> parameters) {
    return jdbc.prepareStatement(
        COLUMNS + from,
        s -> {
          bind(s, parameters);
          List<Group> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Group(
                      rows.getLong(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getObject(4, Long.class),
                      rows.getObject(5, Long.class)));
            }
          }
          return list;
        });
  }

  private void update(String sql, List<Object> parameters) {
    jdbc.prepareStatement(
        sql,
        s -> {
          bind(s, parameters);
          return s.executeUpdate();
        });
  }

  private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setLong(i + 1, (Long) parameters.get(i));
    }
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }
}
