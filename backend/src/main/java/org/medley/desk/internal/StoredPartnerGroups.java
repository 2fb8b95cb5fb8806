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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.desk.PartnerGroups;
import org.medley.identity.Partners;

/** {@link PartnerGroups}, and the partners the tenant's groups tie to it. */
@Singleton
class StoredPartnerGroups implements PartnerGroups, Partners.Ties {

  private static final String COLUMNS = "SELECT id, name, tier, partner_id";

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
                      rows.getObject(4, Long.class)));
            }
          }
          return list;
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
