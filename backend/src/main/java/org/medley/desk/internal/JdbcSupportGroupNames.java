package org.medley.desk.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.desk.SupportGroupNames;

@Singleton
class JdbcSupportGroupNames implements SupportGroupNames {

  private final JdbcOperations jdbc;

  JdbcSupportGroupNames(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public Map<Long, String> names(long tenantId, Collection<Long> groupIds) {
    return byId(tenantId, groupIds, "name", String.class);
  }

  @Override
  @ReadOnly
  public Map<Long, Long> calendars(long tenantId, Collection<Long> groupIds) {
    return byId(tenantId, groupIds, "calendar_id", Long.class);
  }

  /** One column of the tenant's groups by id; nulls left out. */
  private <T> Map<Long, T> byId(
      long tenantId, Collection<Long> groupIds, String column, Class<T> type) {
    List<Long> ids = groupIds.stream().distinct().limit(10_000).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.prepareStatement(
        "SELECT id, "
            + column
            + " FROM support_groups WHERE tenant_id = ? AND id IN ("
            + "?,".repeat(ids.size() - 1)
            + "?)",
        statement -> {
          statement.setLong(1, tenantId);
          for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 2, ids.get(i));
          }
          Map<Long, T> values = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              T value = rows.getObject(2, type);
              if (value != null) {
                values.put(rows.getLong(1), value);
              }
            }
          }
          return values;
        });
  }
}
