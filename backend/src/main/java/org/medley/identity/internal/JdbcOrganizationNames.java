package org.medley.identity.internal;

import io.micronaut.data.exceptions.DataAccessException;
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
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;

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
  public long vendorNamed(String name) {
    String wanted = name.strip();
    Optional<Map.Entry<Long, String>> found = byName(wanted);
    if (found.isEmpty()) {
      try {
        JdbcRows.insert(
            jdbc,
            "INSERT INTO organizations (kind, name, created_at, time_zone) VALUES (?, ?, ?, 'UTC')",
            List.of("VENDOR", wanted, java.sql.Timestamp.from(java.time.Instant.now())));
      } catch (DataAccessException raced) {
        // Another request created it (or a non-vendor has the name): the read below decides.
      }
      found = byName(wanted);
    }
    Map.Entry<Long, String> vendor = found.orElseThrow();
    if (!"VENDOR".equals(vendor.getValue())) {
      throw Refused.conflict(
          "“" + wanted + "” is the name of a partner or a hospital, not of a vendor.");
    }
    return vendor.getKey();
  }

  /** The organisation with this name (any case): its id and kind. */
  private Optional<Map.Entry<Long, String>> byName(String name) {
    return jdbc.prepareStatement(
        "SELECT id, kind FROM organizations WHERE LOWER(name) = LOWER(?)",
        statement -> {
          statement.setString(1, name);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? Optional.of(Map.entry(rows.getLong(1), rows.getString(2)))
                : Optional.<Map.Entry<Long, String>>empty();
          }
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
