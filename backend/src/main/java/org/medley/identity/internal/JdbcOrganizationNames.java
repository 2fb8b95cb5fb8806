package org.medley.identity.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.identity.OrganizationKind;
import org.medley.identity.OrganizationNames;

@Singleton
class JdbcOrganizationNames implements OrganizationNames {

  private final JdbcOperations jdbc;

  JdbcOrganizationNames(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public Map<Long, String> names(Collection<Long> ids) {
    List<Long> distinct = ids.stream().distinct().limit(10_000).toList();
    if (distinct.isEmpty()) {
      return Map.of();
    }
    return jdbc.prepareStatement(
        "SELECT id, name FROM organizations WHERE id IN ("
            + "?,".repeat(distinct.size() - 1)
            + "?)",
        statement -> {
          for (int i = 0; i < distinct.size(); i++) {
            statement.setLong(i + 1, distinct.get(i));
          }
          Map<Long, String> names = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              names.put(rows.getLong(1), rows.getString(2));
            }
          }
          return names;
        });
  }

  @Override
  @ReadOnly
  public Optional<OrganizationKind> kind(long id) {
    return jdbc.prepareStatement(
        "SELECT kind FROM organizations WHERE id = ?",
        statement -> {
          statement.setLong(1, id);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? Optional.of(OrganizationKind.valueOf(rows.getString(1)))
                : Optional.empty();
          }
        });
  }
}
