package org.medley.market.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.identity.Partners;
import org.medley.market.Engagement;
import org.medley.market.EngagementStatus;

/**
 * The engagement tables: engagements through {@link EngagementRepository}, their audit trail in
 * SQL. What an engagement points at in other features is read through their ports ({@link
 * EngagementDetails}). Every read names the tenant; callers own transactions.
 */
@Singleton
class EngagementStore implements Partners.Ties {

  /**
   * Narrows a list: a partner, a status on {@code today}, or null for any; {@code partnersByName}
   * are the tenant's partner ids in name order, for the partner sort.
   */
  record Filter(
      Long partnerId, EngagementStatus status, LocalDate today, List<Long> partnersByName) {}

  record Slice(List<EngagementRow> rows, long total) {}

  private final EngagementRepository engagements;
  private final JdbcOperations jdbc;

  EngagementStore(EngagementRepository engagements, JdbcOperations jdbc) {
    this.engagements = engagements;
    this.jdbc = jdbc;
  }

  long insert(
      long tenant,
      long partner,
      Engagement.Terms terms,
      Long manager,
      Long request,
      Long connector,
      String createdBy,
      Instant now) {
    return insert(tenant, partner, terms, manager, request, connector, createdBy, now, null, null);
  }

  /** An engagement accepted through the marketplace: its proposal and agreement reference too. */
  long insert(
      long tenant,
      long partner,
      Engagement.Terms terms,
      Long manager,
      Long request,
      Long connector,
      String createdBy,
      Instant now,
      Long proposal,
      String agreementReference) {
    return engagements
        .save(
            new EngagementRow(
                null,
                tenant,
                partner,
                terms.name(),
                terms.scope(),
                terms.startsOn(),
                terms.endsOn(),
                null,
                null,
                manager,
                request,
                connector,
                createdBy,
                now,
                now,
                0,
                proposal,
                agreementReference))
        .id();
  }

  /** New terms if the row is still at {@code version}; false when someone changed it meanwhile. */
  boolean update(
      long tenant,
      long id,
      long version,
      Engagement.Terms terms,
      Long manager,
      Long request,
      Long connector,
      Instant now) {
    return engagements.update(
            tenant,
            id,
            version,
            terms.name(),
            terms.scope(),
            terms.startsOn(),
            terms.endsOn(),
            manager,
            request,
            connector,
            now)
        == 1;
  }

  boolean end(long tenant, long id, long version, String actor, Instant at) {
    return engagements.end(tenant, id, version, actor, at) == 1;
  }

  void audit(long id, Engagement.Event event, String actorName) {
    jdbc.prepareStatement(
        "INSERT INTO engagement_audit (engagement_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        s -> {
          s.setLong(1, id);
          s.setString(2, event.action());
          s.setString(3, clip(event.actor(), 100));
          s.setString(4, clip(actorName, 200));
          s.setTimestamp(5, Timestamp.from(event.at()));
          s.setString(6, event.detail() == null ? null : clip(event.detail(), 2000));
          return s.executeUpdate();
        });
  }

  /** The tenant's engagements whose partner desk is the connector, ended or not. */
  /** The agreement the engagement works under (null: none named). */
  void agreement(long id, String reference) {
    jdbc.prepareStatement(
        "UPDATE engagements SET agreement_reference = ? WHERE id = ?",
        s -> {
          s.setString(1, reference);
          s.setLong(2, id);
          return s.executeUpdate();
        });
  }

  /** Engagements in force on {@code today}, per partner. */
  Map<Long, Integer> activeCounts(long tenant, java.time.LocalDate today) {
    return jdbc.prepareStatement(
        "SELECT partner_id, COUNT(*) FROM engagements WHERE tenant_id = ? AND ended_at IS NULL"
            + " AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) GROUP BY partner_id",
        s -> {
          s.setLong(1, tenant);
          s.setDate(2, java.sql.Date.valueOf(today));
          s.setDate(3, java.sql.Date.valueOf(today));
          Map<Long, Integer> counts = new java.util.HashMap<>();
          try (var rows = s.executeQuery()) {
            while (rows.next()) {
              counts.put(rows.getLong(1), rows.getInt(2));
            }
          }
          return counts;
        });
  }

  List<EngagementRow> namingConnector(long tenant, long connectorId) {
    return engagements.findByTenantIdAndConnectorId(tenant, connectorId);
  }

  /** Every engagement of the tenant, ended or not. */
  List<EngagementRow> all(long tenant) {
    return engagements.findByTenantId(tenant);
  }

  /** One engagement of the tenant; {@code lock} holds it until the transaction ends. */
  Optional<EngagementRow> find(long tenant, long id, boolean lock) {
    return lock
        ? engagements.findByIdAndTenantIdForUpdate(id, tenant)
        : engagements.findByIdAndTenantId(id, tenant);
  }

  /**
   * One page of the tenant's engagements, sorted by {@code sort}: a property of {@link
   * EngagementRow} (the controller admits only those it offers) or "partner"; id breaks ties.
   */
  Slice list(long tenant, Filter filter, String sort, boolean descending, int page, int size) {
    String status = filter.status() == null ? null : filter.status().name();
    Page<EngagementRow> found;
    if (sort.equals("partner")) {
      found =
          engagements.listByPartner(
              tenant,
              filter.partnerId(),
              status,
              filter.today(),
              // FIELD needs one id at least; with no partners every row ranks alike.
              filter.partnersByName().isEmpty() ? List.of(0L) : filter.partnersByName(),
              descending ? -1 : 1,
              Pageable.from(page, size));
    } else {
      found =
          engagements.list(
              tenant,
              filter.partnerId(),
              status,
              filter.today(),
              Api.Page.request(page, size, sort, descending));
    }
    return new Slice(found.getContent(), found.getTotalSize());
  }

  List<EngagementApi.Event> history(long id) {
    return jdbc.prepareStatement(
        "SELECT action, actor, actor_name, at, detail FROM engagement_audit"
            + " WHERE engagement_id = ? ORDER BY at, id",
        s -> {
          s.setLong(1, id);
          List<EngagementApi.Event> list = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new EngagementApi.Event(
                      rows.getString(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getTimestamp(4).toInstant(),
                      rows.getString(5)));
            }
          }
          return list;
        });
  }

  /** The names of the tenant's engagements among {@code ids}. */
  Map<Long, String> names(long tenant, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return engagements.findByTenantIdAndIdInList(tenant, ids).stream()
        .collect(Collectors.toMap(EngagementRow::id, EngagementRow::name));
  }

  /** A partner with an engagement here, ended or not, works for the tenant. */
  @Override
  @ReadOnly
  public Set<Long> organizationIds(long tenantId) {
    return new HashSet<>(engagements.partnerIds(tenantId));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
