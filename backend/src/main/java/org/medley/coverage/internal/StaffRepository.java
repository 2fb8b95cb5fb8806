package org.medley.coverage.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;

/** Staff reads; writes go through {@link StaffStore}, which bumps the revision. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffRepository
    extends GenericRepository<StaffRow, Long>, JpaSpecificationExecutor<StaffRow> {

  Optional<StaffRow> findByIdAndTenantId(long id, long tenantId);

  Optional<Long> findIdByTenantIdAndEmail(long tenantId, String email);
}
