package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.coverage.Certification;
import org.medley.coverage.StaffCertifications;
import org.medley.platform.JdbcRows;

@Singleton
class JdbcStaffCertifications implements StaffCertifications {

  private final JdbcOperations jdbc;

  JdbcStaffCertifications(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public Map<Long, Map<String, Certification>> byRow(long tenantId, Collection<Long> staffIds) {
    List<Long> ids = staffIds.stream().distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenantId);
    parameters.addAll(ids);
    return jdbc.prepareStatement(
        "SELECT k.staff_id, a.name, k.certification, k.certification_expires_on FROM skills k"
            + " JOIN staff_members s ON s.id = k.staff_id"
            + " JOIN applications a ON a.id = k.application_id"
            + " WHERE s.tenant_id = ? AND k.certification IS NOT NULL AND k.staff_id IN ("
            + JdbcRows.marks(ids.size())
            + ")",
        s -> {
          bindAll(s, parameters);
          Map<Long, Map<String, Certification>> held = new HashMap<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              held.computeIfAbsent(r.getLong(1), id -> new HashMap<>())
                  .put(r.getString(2), SkillStore.certification(r, 3));
            }
          }
          return held;
        });
  }
}
