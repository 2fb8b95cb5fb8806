package org.medley.desk.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The bell's reads; notifications are written in bulk by {@link Notifications#insertAll}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends GenericRepository<NotificationRow, Long> {

  List<NotificationRow> findByRecipientId(long recipientId, Pageable pageable);

  long countByRecipientIdAndReadAtIsNull(long recipientId);
}
