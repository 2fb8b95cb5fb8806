package org.medley.desk.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medley.desk.internal.CannedReplyStore.Reply;

/**
 * Canned replies as groups list and check them; inserts and versioned updates stay in the store.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CannedReplyRepository extends GenericRepository<Reply, Long> {

  List<Reply> findByTenantIdAndGroupIdIn(long tenantId, Collection<Long> groupIds, Sort sort);

  Optional<Reply> findByIdAndTenantIdAndGroupId(long id, long tenantId, long groupId);

  int countByGroupId(long groupId);

  boolean existsByGroupIdAndTitleAndIdNotEqual(long groupId, String title, long id);

  void deleteById(long id);
}
