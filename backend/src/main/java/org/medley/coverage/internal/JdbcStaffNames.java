package org.medley.coverage.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medley.coverage.StaffNames;

@Singleton
class JdbcStaffNames implements StaffNames {

  /** The columns of a staff member that name them (read only). */
  @MappedEntity("staff_members")
  record Named(@Id Long id, long tenantId, String name) {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Repository extends GenericRepository<Named, Long> {

    List<Named> findByTenantIdAndIdInList(long tenantId, Collection<Long> id);
  }

  private final Repository repository;

  JdbcStaffNames(Repository repository) {
    this.repository = repository;
  }

  @Override
  @ReadOnly
  public Map<Long, String> names(long tenantId, Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return Map.of();
    }
    return repository.findByTenantIdAndIdInList(tenantId, staffIds).stream()
        .collect(Collectors.toMap(Named::id, Named::name));
  }
}
