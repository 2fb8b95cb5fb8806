package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.desk.Priority;
import org.medley.desk.TicketType;
import org.medley.market.Engagements;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** SLA policies of a tenant: define, change, list, and preview what they would promise. */
@Singleton
class Policies {

  private final TransactionOperations<Connection> tx;
  private final PolicyStore store;
  private final ActivePolicies active;
  private final CalendarDirectory calendars;
  private final Engagements engagements;
  private final Clock clock;

  Policies(
      TransactionOperations<Connection> tx,
      PolicyStore store,
      ActivePolicies active,
      CalendarDirectory calendars,
      Engagements engagements,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.active = active;
    this.calendars = calendars;
    this.engagements = engagements;
    this.clock = clock;
  }

  record Listing(List<PolicyView> items, long total) {}

  Listing list(long tenant, int page, int size) {
    return tx.executeRead(
        status -> {
          Connection c = status.getConnection();
          List<PolicyView> items =
              store.page(c, tenant, page, size).stream().map(p -> view(tenant, p)).toList();
          return new Listing(items, store.count(c, tenant));
        });
  }

  PolicyView view(long tenant, long id) {
    return tx.executeRead(status -> find(status.getConnection(), tenant, id));
  }

  PolicyView create(long tenant, String actor, PolicyInput input) {
    SlaPolicy policy = validate(tenant, input, 0);
    try {
      return tx.executeWrite(
          status -> {
            Connection c = status.getConnection();
            requireUniqueName(c, tenant, policy.name(), null);
            Instant now = clock.instant();
            PolicyView created = find(c, tenant, store.insert(c, tenant, policy, now));
            PolicyAudit.record(
                c, tenant, TimerKind.SLA, created.id(), "CREATED", actor, now, created.toString());
            return created;
          });
    } finally {
      active.forget(tenant);
    }
  }

  PolicyView update(long tenant, String actor, long id, PolicyInput input) {
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    SlaPolicy policy = validate(tenant, input, id);
    try {
      return tx.executeWrite(
          status -> {
            Connection c = status.getConnection();
            find(c, tenant, id);
            requireUniqueName(c, tenant, policy.name(), id);
            Instant now = clock.instant();
            if (!store.update(c, tenant, id, input.version(), policy, now)) {
              throw new HttpStatusException(
                  HttpStatus.CONFLICT,
                  "Someone changed this policy since you read it; reload and try again.");
            }
            PolicyView changed = find(c, tenant, id);
            PolicyAudit.record(
                c, tenant, TimerKind.SLA, id, "CHANGED", actor, now, changed.toString());
            return changed;
          });
    } finally {
      active.forget(tenant);
    }
  }

  PolicyPreview preview(
      long tenant, @Nullable Long calendarId, String response, String resolution, Instant start) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Duration responseTarget = PolicyTermsValidator.target("response", response, errors);
    Duration resolutionTarget = PolicyTermsValidator.target("resolution", resolution, errors);
    if (calendarId == null) {
      errors.add(new Problem.FieldError("calendarId", "required"));
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    BusinessCalendar calendar =
        calendars
            .calendar(tenant, calendarId)
            .orElseThrow(
                () -> new HttpStatusException(HttpStatus.NOT_FOUND, "No calendar " + calendarId))
            .calendar();
    return new PolicyPreview(
        start,
        calendar.deadline(start, responseTarget),
        calendar.deadline(start, resolutionTarget),
        calendar.name());
  }

  private PolicyView find(Connection c, long tenant, long id) throws SQLException {
    return view(
        tenant,
        store
            .find(c, tenant, id)
            .orElseThrow(
                () -> new HttpStatusException(HttpStatus.NOT_FOUND, "No SLA policy " + id)));
  }

  private PolicyView view(long tenant, PolicyStore.Stored stored) {
    Long engagementId = stored.policy().engagementId();
    String engagement =
        engagementId == null
            ? null
            : engagements.byId(tenant, engagementId).map(Engagements.Ref::name).orElse(null);
    return PolicyView.of(stored.policy(), engagement, stored.version());
  }

  private void requireUniqueName(Connection c, long tenant, String name, Long except)
      throws SQLException {
    if (store.nameTaken(c, tenant, name, except)) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT, "A policy named \"" + name + "\" already exists.");
    }
  }

  /** Every mistake at once, each with its field: the criteria here, the terms by the validator. */
  private SlaPolicy validate(long tenant, PolicyInput in, long id) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty()) {
      errors.add(new Problem.FieldError("name", "required"));
    } else if (name.length() > 100) {
      errors.add(new Problem.FieldError("name", "at most 100 characters"));
    }
    TicketType type =
        PolicyTermsValidator.enumOf(TicketType.class, "ticketType", in.ticketType(), errors);
    Priority priority =
        PolicyTermsValidator.enumOf(Priority.class, "priority", in.priority(), errors);
    if (in.criticality() != null && (in.criticality() < 1 || in.criticality() > 4)) {
      errors.add(new Problem.FieldError("criticality", "1 to 4, or null for any"));
    }
    if (in.engagementId() != null && engagements.byId(tenant, in.engagementId()).isEmpty()) {
      errors.add(new Problem.FieldError("engagementId", "no such engagement"));
    }
    PolicyTerms terms =
        PolicyTermsValidator.validate(
            in.terms(), TimerKind.SLA, calendar -> calendars.exists(tenant, calendar), errors);
    SlaPolicy.ResponseMetBy metBy =
        in.responseMetBy() == null
            ? SlaPolicy.ResponseMetBy.EITHER
            : PolicyTermsValidator.enumOf(
                SlaPolicy.ResponseMetBy.class, "responseMetBy", in.responseMetBy(), errors);
    SlaPolicy.Retarget retarget =
        in.onRetarget() == null
            ? SlaPolicy.Retarget.CARRY_OVER
            : PolicyTermsValidator.enumOf(
                SlaPolicy.Retarget.class, "onRetarget", in.onRetarget(), errors);
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new SlaPolicy(
        id,
        name,
        type,
        priority,
        in.criticality(),
        in.organizationId(),
        in.engagementId(),
        terms,
        metBy,
        retarget,
        in.active() == null || in.active());
  }
}
