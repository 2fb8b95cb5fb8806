package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffingRequestRepository extends CrudRepository<StaffingRequestRow, Long> {

  /** Micronaut Data sorts a native query's page by the entity's alias, so the query uses it. */
  String FILTER =
      " FROM staffing_requests staffing_request_row_ WHERE tenant_id = :tenantId"
          + " AND (:status IS NULL OR status = :status)"
          + " AND (:applicationId IS NULL OR EXISTS (SELECT 1 FROM staffing_request_applications l"
          + " WHERE l.request_id = staffing_request_row_.id AND l.application_id = :applicationId))"
          // A partner sees what was published to all partners or to it by name.
          + " AND (:partnerId IS NULL OR (status IN ('PUBLISHED', 'AWARDED') AND (audience = 'ALL'"
          + " OR EXISTS (SELECT 1 FROM staffing_request_partners p"
          + " WHERE p.request_id = staffing_request_row_.id AND p.partner_id = :partnerId))))";

  /** The tenant's requests, of one status and naming one application when those are given. */
  @Query(value = "SELECT *" + FILTER, countQuery = "SELECT COUNT(*)" + FILTER)
  Page<StaffingRequestRow> list(
      long tenantId,
      @Nullable String status,
      @Nullable Long applicationId,
      @Nullable Long partnerId,
      Pageable pageable);

  Optional<StaffingRequestRow> findByIdAndTenantId(long id, long tenantId);

  List<StaffingRequestRow> findByTenantIdAndIdInList(long tenantId, Collection<Long> id);

  /** The row, locked until the transaction ends. */
  Optional<StaffingRequestRow> findByIdAndTenantIdForUpdate(long id, long tenantId);

  /** The new status if the row is still at {@code version}: 0 rows when someone changed it. */
  @Query(
      "UPDATE staffing_requests SET status = :status, updated_at = :now, version = version + 1"
          + " WHERE id = :id AND version = :version")
  long changeStatus(long id, long version, String status, Instant now);
}
