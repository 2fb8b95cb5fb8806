package org.medley.coverage.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;

/** Catalog reads; writes go through {@link ApplicationStore}, which bumps the revision. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ApplicationRepository
    extends GenericRepository<ApplicationRow, Long>, JpaSpecificationExecutor<ApplicationRow> {

  Optional<ApplicationRow> findByIdAndTenantIdAndTriage(long id, long tenantId, boolean triage);

  Optional<Long> findIdByTenantIdAndName(long tenantId, String name);
}
