package org.medley.calendar.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CalendarRepository extends CrudRepository<CalendarRow, Long> {

  Optional<CalendarRow> findByIdAndTenantId(long id, long tenantId);

  Page<CalendarRow> findByTenantIdAndNameIlikeOrderByName(
      long tenantId, String pattern, Pageable pageable);

  boolean existsByTenantIdAndName(long tenantId, String name);

  List<CalendarRow> findByTenantIdOrderByName(long tenantId);
}
