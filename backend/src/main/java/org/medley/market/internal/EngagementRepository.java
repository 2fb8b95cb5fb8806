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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementRepository extends CrudRepository<EngagementRow, Long> {

  /**
   * The tenant's engagements, of one partner and one status on {@code today} when those are given.
   * The status restates {@link org.medley.market.Engagement#status} so that the database pages;
   * EngagementApiTest checks that both agree. Micronaut Data sorts a native query's page by the
   * entity's alias, so the query uses it.
   */
  String FILTER =
      " FROM engagements engagement_row_ WHERE tenant_id = :tenantId"
          + " AND (:partnerId IS NULL OR partner_id = :partnerId)"
          + " AND (:status IS NULL"
          + " OR (:status = 'ENDED' AND (ended_at IS NOT NULL OR ends_on < :today))"
          + " OR (:status = 'PLANNED' AND ended_at IS NULL AND (ends_on IS NULL OR ends_on >= :today)"
          + " AND starts_on > :today)"
          + " OR (:status = 'ACTIVE' AND ended_at IS NULL AND (ends_on IS NULL OR ends_on >= :today)"
          + " AND starts_on <= :today))";

  @Query(value = "SELECT *" + FILTER, countQuery = "SELECT COUNT(*)" + FILTER)
  Page<EngagementRow> list(
      long tenantId,
      @Nullable Long partnerId,
      @Nullable String status,
      LocalDate today,
      Pageable pageable);

  /**
   * As {@link #list}, in the order of {@code partnersByName} (the partners' names live in
   * identity), then by id; {@code direction} 1 ascending, -1 descending.
   */
  @Query(
      value =
          "SELECT *"
              + FILTER
              + " ORDER BY FIELD(partner_id, :partnersByName) * :direction, id * :direction",
      countQuery = "SELECT COUNT(*)" + FILTER)
  Page<EngagementRow> listByPartner(
      long tenantId,
      @Nullable Long partnerId,
      @Nullable String status,
      LocalDate today,
      List<Long> partnersByName,
      int direction,
      Pageable pageable);

  Optional<EngagementRow> findByIdAndTenantId(long id, long tenantId);

  /** The row, locked until the transaction ends. */
  Optional<EngagementRow> findByIdAndTenantIdForUpdate(long id, long tenantId);

  List<EngagementRow> findByTenantIdAndIdInList(long tenantId, Collection<Long> id);

  /** The tenant's engagements that name the partner-desk connector, ended or not. */
  List<EngagementRow> findByTenantIdAndConnectorId(long tenantId, long connectorId);

  /** Every engagement of the tenant, ended or not. */
  List<EngagementRow> findByTenantId(long tenantId);

  /** The partners with an engagement here, ended or not. */
  @Query("SELECT DISTINCT partner_id FROM engagements WHERE tenant_id = :tenantId")
  List<Long> partnerIds(long tenantId);

  /** New terms if the row is still at {@code version}: 0 rows when someone changed it. */
  @Query(
      "UPDATE engagements SET name = :name, scope = :scope, starts_on = :startsOn,"
          + " ends_on = :endsOn, manager_account_id = :managerAccountId,"
          + " staffing_request_id = :staffingRequestId, connector_id = :connectorId,"
          + " updated_at = :now,"
          + " version = version + 1 WHERE id = :id AND tenant_id = :tenantId AND version = :version")
  long update(
      long tenantId,
      long id,
      long version,
      String name,
      String scope,
      LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable Long managerAccountId,
      @Nullable Long staffingRequestId,
      @Nullable Long connectorId,
      Instant now);

  /** Ended if the row is still at {@code version}: 0 rows when someone changed it. */
  @Query(
      "UPDATE engagements SET ended_at = :at, ended_by = :actor, updated_at = :at,"
          + " version = version + 1 WHERE id = :id AND tenant_id = :tenantId AND version = :version")
  long end(long tenantId, long id, long version, String actor, Instant at);
}
