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
import org.medley.coverage.ApplicationNames;

@Singleton
class JdbcApplicationNames implements ApplicationNames {

  /** The columns of an application that name it (read only). */
  @MappedEntity("applications")
  record Named(@Id Long id, long tenantId, String name) {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Repository extends GenericRepository<Named, Long> {

    List<Named> findByTenantIdAndIdInList(long tenantId, Collection<Long> id);
  }

  private final Repository repository;

  JdbcApplicationNames(Repository repository) {
    this.repository = repository;
  }

  @Override
  @ReadOnly
  public Map<Long, String> names(long tenantId, Collection<Long> applicationIds) {
    if (applicationIds.isEmpty()) {
      return Map.of();
    }
    return repository.findByTenantIdAndIdInList(tenantId, applicationIds).stream()
        .collect(Collectors.toMap(Named::id, Named::name));
  }
}
