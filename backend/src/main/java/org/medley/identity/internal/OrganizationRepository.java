package org.medley.identity.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganizationRepository extends CrudRepository<Organization, Long> {

  boolean existsByName(String name);

  List<Organization> findByIdIn(Collection<Long> ids);
}
