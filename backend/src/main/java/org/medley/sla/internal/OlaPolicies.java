package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.calendar.CalendarDirectory;
import org.medley.identity.OrganizationNames;
import org.medley.market.Engagements;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Engagements' OLA thresholds (one per engagement): list, define, change. Their terms are checked
 * as SLA policies' are, every change audited; running OLA timers keep the targets they started
 * with.
 */
@Singleton
class OlaPolicies {

  private final TransactionOperations<Connection> tx;
  private final OlaStore store;
  private final CalendarDirectory calendars;
  private final OrganizationNames organizations;
  private final Engagements engagements;
  private final Clock clock;

  OlaPolicies(
      TransactionOperations<Connection> tx,
      OlaStore store,
      CalendarDirectory calendars,
      OrganizationNames organizations,
      Engagements engagements,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.calendars = calendars;
    this.organizations = organizations;
    this.engagements = engagements;
    this.clock = clock;
  }

  List<OlaView> list(long tenant) {
    List<OlaStore.Stored> rows =
        tx.executeRead(status -> store.list(status.getConnection(), tenant));
    Map<Long, String> names =
        organizations.names(rows.stream().map(r -> r.ola().partnerId()).toList());
    return rows.stream()
        .map(
            r ->
                OlaView.of(
                    r.ola(),
                    engagementName(tenant, r.ola().engagementId()),
                    names.get(r.ola().partnerId()),
                    r.version()))
        .toList();
  }

  OlaView view(long tenant, long id) {
    return view(tenant, tx.executeRead(status -> find(status.getConnection(), tenant, id)));
  }

  OlaView create(long tenant, String actor, OlaInput input) {
    OlaPolicy ola = validate(tenant, input, null);
    OlaStore.Stored row =
        tx.executeWrite(
            status -> {
              Connection c = status.getConnection();
              if (OlaStore.forEngagement(c, tenant, ola.engagementId()).isPresent()) {
                throw new HttpStatusException(
                    HttpStatus.CONFLICT,
                    "This engagement already has an OLA; change it instead of adding another.");
              }
              Instant now = clock.instant();
              long id =
                  store
                      .insert(c, tenant, ola, now)
                      .orElseThrow(
                          // Another admin defined it a moment ago.
                          () ->
                              new HttpStatusException(
                                  HttpStatus.CONFLICT,
                                  "This engagement got an OLA meanwhile; reload it."));
              OlaStore.Stored created = find(c, tenant, id);
              PolicyAudit.record(
                  c, tenant, TimerKind.OLA, id, "CREATED", actor, now, created.ola().toString());
              return created;
            });
    return view(tenant, row);
  }

  OlaView update(long tenant, String actor, long id, OlaInput input) {
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    OlaStore.Stored row =
        tx.executeWrite(
            status -> {
              Connection c = status.getConnection();
              OlaStore.Stored current = find(c, tenant, id);
              // The engagement an OLA belongs to is fixed: another engagement gets its own OLA.
              OlaPolicy ola = validate(tenant, input, current.ola());
              Instant now = clock.instant();
              if (!store.update(c, tenant, id, input.version(), ola, now)) {
                throw new HttpStatusException(
                    HttpStatus.CONFLICT,
                    "Someone changed this OLA since you read it; reload and try again.");
              }
              OlaStore.Stored changed = find(c, tenant, id);
              PolicyAudit.record(
                  c, tenant, TimerKind.OLA, id, "CHANGED", actor, now, changed.ola().toString());
              return changed;
            });
    return view(tenant, row);
  }

  private OlaView view(long tenant, OlaStore.Stored row) {
    OlaPolicy ola = row.ola();
    return OlaView.of(
        ola,
        engagementName(tenant, ola.engagementId()),
        organizations.names(List.of(ola.partnerId())).get(ola.partnerId()),
        row.version());
  }

  private String engagementName(long tenant, long engagementId) {
    return engagements.byId(tenant, engagementId).map(Engagements.Ref::name).orElse(null);
  }

  private OlaStore.Stored find(Connection c, long tenant, long id) throws SQLException {
    return store
        .find(c, tenant, id)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No OLA " + id));
  }

  /**
   * Every mistake at once, each with its field: the engagement here, the terms by the validator.
   * {@code current} is the OLA being changed, null when defining one.
   */
  private OlaPolicy validate(long tenant, OlaInput in, @Nullable OlaPolicy current) {
    List<Problem.FieldError> errors = new ArrayList<>();
    long engagement = current == null ? 0 : current.engagementId();
    long partner = current == null ? 0 : current.partnerId();
    if (current == null) {
      Optional<Engagements.Ref> ref =
          in.engagementId() == null
              ? Optional.empty()
              : engagements.byId(tenant, in.engagementId());
      if (in.engagementId() == null) {
        errors.add(new Problem.FieldError("engagementId", "required"));
      } else if (ref.isEmpty()) {
        errors.add(new Problem.FieldError("engagementId", "no such engagement"));
      } else {
        engagement = ref.get().id();
        partner = ref.get().partnerId();
      }
    } else if (in.engagementId() != null && in.engagementId() != current.engagementId()) {
      errors.add(
          new Problem.FieldError("engagementId", "cannot change; define an OLA for the other"));
    }
    PolicyTerms terms =
        PolicyTermsValidator.validate(
            in.terms(), TimerKind.OLA, calendar -> calendars.exists(tenant, calendar), errors);
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new OlaPolicy(0, engagement, partner, terms);
  }
}
