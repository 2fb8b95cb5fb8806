package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;
import org.medley.identity.OrganizationKind;
import org.medley.identity.Partners;
import org.medley.identity.PhiClearance;
import org.medley.platform.Refused;

/** Business associate agreements per partner, and the PHI clearance they grant. */
@Singleton
class BusinessAssociates implements PhiClearance {

  @Serdeable
  record Agreement(
      long id,
      long partnerId,
      String partnerName,
      String reference,
      LocalDate effectiveFrom,
      @Nullable LocalDate effectiveUntil,
      boolean inForce,
      String recordedBy,
      Instant recordedAt,
      @Nullable String endedBy,
      @Nullable Instant endedAt) {}

  /** A partner or a vendor the hospital may sign an agreement with ({@code kind} says which). */
  @Serdeable
  record Partner(long id, String name, OrganizationKind kind, @Nullable Agreement current) {}

  @Serdeable
  record Overview(List<Partner> partners, List<Agreement> agreements) {}

  private static final String SELECT =
      "SELECT a.id, a.partner_id, p.name, a.reference, a.effective_from, a.effective_until,"
          + " r.display_name, a.recorded_at, e.display_name, a.ended_at"
          + " FROM business_associate_agreements a"
          + " JOIN organizations p ON p.id = a.partner_id"
          + " JOIN user_accounts r ON r.id = a.recorded_by"
          + " LEFT JOIN user_accounts e ON e.id = a.ended_by";

  private final JdbcOperations jdbc;
  private final Clock clock;
  private final Hospitals hospitals;
  private final Partners partners;

  BusinessAssociates(JdbcOperations jdbc, Clock clock, Partners partners, Hospitals hospitals) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.partners = partners;
    this.hospitals = hospitals;
  }

  @Override
  public MinimumNecessary filter(long tenantId) {
    return hospitals.minimumNecessary(tenantId);
  }

  @Override
  @ReadOnly
  public boolean readsPhi(Caller caller) {
    if (caller.organizationId() == caller.tenantId()) {
      return true;
    }
    return jdbc.prepareStatement(
        "SELECT 1 FROM business_associate_agreements WHERE tenant_id = ? AND partner_id = ?"
            + " AND effective_from <= ? AND (effective_until IS NULL OR effective_until >= ?)"
            + " LIMIT 1",
        statement -> {
          Date today = Date.valueOf(today());
          statement.setLong(1, caller.tenantId());
          statement.setLong(2, caller.organizationId());
          statement.setDate(3, today);
          statement.setDate(4, today);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  @Override
  @ReadOnly
  public Optional<AgreementOnFile> agreementOf(long tenantId, long organizationId) {
    return agreements(
            tenantId, " WHERE a.tenant_id = ? AND a.partner_id = ?", tenantId, organizationId)
        .stream()
        .filter(Agreement::inForce)
        .findFirst()
        .map(a -> new AgreementOnFile(a.reference(), a.effectiveFrom(), a.effectiveUntil()));
  }

  @ReadOnly
  Overview overview(long tenantId) {
    List<Agreement> agreements = agreements(tenantId, " WHERE a.tenant_id = ?", tenantId);
    Map<Long, Agreement> current =
        agreements.stream()
            .filter(Agreement::inForce)
            .collect(Collectors.toMap(Agreement::partnerId, a -> a, (a, b) -> a));
    List<Partner> partners = new java.util.ArrayList<>();
    this.partners
        .of(tenantId)
        .forEach(
            p ->
                partners.add(
                    new Partner(p.id(), p.name(), OrganizationKind.PARTNER, current.get(p.id()))));
    this.partners
        .vendorsOf(tenantId)
        .forEach(
            v ->
                partners.add(
                    new Partner(v.id(), v.name(), OrganizationKind.VENDOR, current.get(v.id()))));
    return new Overview(partners, agreements);
  }

  @Transactional
  Agreement record(
      long tenantId,
      long accountId,
      long partnerId,
      String reference,
      LocalDate from,
      @Nullable LocalDate until) {
    if (until != null && until.isBefore(from)) {
      throw Refused.invalid("effectiveUntil", "must not be before effectiveFrom");
    }
    if (!partners.worksFor(tenantId, partnerId)
        && partners.vendorsOf(tenantId).stream().noneMatch(v -> v.id() == partnerId)) {
      throw Refused.invalid(
          "partnerId", "is not a partner or a vendor of this health system's directory");
    }
    long id =
        jdbc.execute(
            connection -> {
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "INSERT INTO business_associate_agreements (tenant_id, partner_id, reference,"
                          + " effective_from, effective_until, recorded_by, recorded_at) VALUES"
                          + " (?,?,?,?,?,?,?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, tenantId);
                statement.setLong(2, partnerId);
                statement.setString(3, reference.strip());
                statement.setDate(4, Date.valueOf(from));
                statement.setDate(5, until == null ? null : Date.valueOf(until));
                statement.setLong(6, accountId);
                statement.setTimestamp(7, Timestamp.from(clock.instant()));
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    return find(tenantId, id).orElseThrow();
  }

  /** Ends an agreement on the given day (the last day it covers); it stays on the record. */
  @Transactional
  Optional<Agreement> end(long tenantId, long accountId, long id, LocalDate lastDay) {
    Optional<Agreement> agreement = find(tenantId, id);
    if (agreement.isEmpty()) {
      return agreement;
    }
    if (lastDay.isBefore(agreement.get().effectiveFrom())) {
      throw Refused.invalid("effectiveUntil", "must not be before the agreement's effectiveFrom");
    }
    if (agreement.get().endedAt() != null) {
      throw Refused.invalid("effectiveUntil", "this agreement has already been ended");
    }
    jdbc.prepareStatement(
        "UPDATE business_associate_agreements SET effective_until = ?, ended_by = ?, ended_at = ?"
            + " WHERE tenant_id = ? AND id = ?",
        statement -> {
          statement.setDate(1, Date.valueOf(lastDay));
          statement.setLong(2, accountId);
          statement.setTimestamp(3, Timestamp.from(clock.instant()));
          statement.setLong(4, tenantId);
          statement.setLong(5, id);
          return statement.executeUpdate();
        });
    return find(tenantId, id);
  }

  private Optional<Agreement> find(long tenantId, long id) {
    return agreements(tenantId, " WHERE a.tenant_id = ? AND a.id = ?", tenantId, id).stream()
        .findFirst();
  }

  private List<Agreement> agreements(long tenantId, String where, Object... parameters) {
    LocalDate today = today();
    return jdbc.prepareStatement(
        SELECT + where + " ORDER BY p.name, a.effective_from DESC, a.id DESC",
        statement -> {
          for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
          }
          List<Agreement> found = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(agreement(rows, today));
            }
          }
          return found;
        });
  }

  private static Agreement agreement(ResultSet rows, LocalDate today) throws SQLException {
    LocalDate from = rows.getDate(5).toLocalDate();
    Date untilDate = rows.getDate(6);
    LocalDate until = untilDate == null ? null : untilDate.toLocalDate();
    Timestamp ended = rows.getTimestamp(10);
    return new Agreement(
        rows.getLong(1),
        rows.getLong(2),
        rows.getString(3),
        rows.getString(4),
        from,
        until,
        !from.isAfter(today) && (until == null || !until.isBefore(today)),
        rows.getString(7),
        rows.getTimestamp(8).toInstant(),
        rows.getString(9),
        ended == null ? null : ended.toInstant());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }
}
