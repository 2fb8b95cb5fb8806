package org.medley.identity.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

/**
 * The log's listing, filtered by what compliance asks for. Rows are appended in bulk by {@link
 * StoredPhiAccessLog#record}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PhiAccessRepository
    extends GenericRepository<PhiAccessRow, Long>, JpaSpecificationExecutor<PhiAccessRow> {}
