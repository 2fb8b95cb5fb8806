package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GoLiveRepository extends CrudRepository<GoLiveRow, Long> {

  /** Micronaut Data sorts a native query's page by the entity's alias, so the query uses it. */
  String FILTER =
      " FROM go_live_events go_live_row_ WHERE tenant_id = :tenantId"
          + " AND (:status IS NULL OR status = :status)"
          + " AND (:applicationId IS NULL OR application_id = :applicationId)";

  @Query(value = "SELECT *" + FILTER, countQuery = "SELECT COUNT(*)" + FILTER)
  Page<GoLiveRow> list(
      long tenantId, @Nullable String status, @Nullable Long applicationId, Pageable pageable);

  Optional<GoLiveRow> findByIdAndTenantId(long id, long tenantId);

  /** The row, locked until the transaction ends. */
  Optional<GoLiveRow> findByIdAndTenantIdForUpdate(long id, long tenantId);

  /** The tenant's events that are not cancelled and started before {@code before}. */
  @Query(
      "SELECT * FROM go_live_events WHERE tenant_id = :tenantId AND status <> 'CANCELLED'"
          + " AND starts_on < :before ORDER BY starts_on DESC LIMIT 500")
  List<GoLiveRow> past(long tenantId, LocalDate before);

  /** The event's terms if the row is still at {@code version}: 0 rows when someone changed it. */
  @Query(
      "UPDATE go_live_events SET application_id = :applicationId, kind = :kind, title = :title,"
          + " starts_on = :startsOn, ends_on = :endsOn, notes = :notes, updated_at = :now,"
          + " version = version + 1 WHERE id = :id AND version = :version")
  long changeTerms(
      long id,
      long version,
      long applicationId,
      String kind,
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      @Nullable String notes,
      Instant now);

  @Query(
      "UPDATE go_live_events SET status = :status, updated_at = :now, version = version + 1"
          + " WHERE id = :id AND version = :version")
  long changeStatus(long id, long version, String status, Instant now);

  @Query(
      "UPDATE go_live_events SET staffing_request_id = :requestId, updated_at = :now,"
          + " version = version + 1 WHERE id = :id")
  long linkRequest(long id, long requestId, Instant now);
}
