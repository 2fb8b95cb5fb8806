package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.calendar.CalendarDirectory;
import org.medley.identity.OrganizationNames;
import org.medley.market.Engagements;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Engagements' OLA thresholds (one per engagement): list, define, change. Validated like SLA
 * policies, every change audited; running OLA timers keep the targets they started with.
 */
@Singleton
class OlaPolicies {

  private final TransactionOperations<Connection> tx;
  private final CalendarDirectory calendars;
  private final OrganizationNames organizations;
  private final Engagements engagements;
  private final Clock clock;

  OlaPolicies(
      TransactionOperations<Connection> tx,
      CalendarDirectory calendars,
      OrganizationNames organizations,
      Engagements engagements,
      Clock clock) {
    this.tx = tx;
    this.calendars = calendars;
    this.organizations = organizations;
    this.engagements = engagements;
    this.clock = clock;
  }

  /** An OLA as the API takes it; enums as strings so every mistake names its field. */
  @Serdeable
  record OlaInput(
      @Nullable Long engagementId,
      @Nullable Long calendarId,
      @Nullable String response,
      @Nullable String resolution,
      @Nullable List<String> pauseOn,
      @Nullable List<Integer> warnings,
      @Nullable List<String> breachActions,
      @Nullable Long version) {}

  List<OlaPolicy.View> list(long tenant) {
    List<Row> rows =
        tx.executeRead(
            status -> {
              List<Row> list = new ArrayList<>();
              try (var s =
                  status
                      .getConnection()
                      .prepareStatement(
                          "SELECT * FROM ola_policies WHERE tenant_id = ?"
                              + " ORDER BY partner_id, id")) {
                s.setLong(1, tenant);
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    list.add(new Row(OlaPolicy.of(rs), rs.getLong("version")));
                  }
                }
              }
              return list;
            });
    Map<Long, String> names =
        organizations.names(rows.stream().map(r -> r.ola.partnerId()).toList());
    return rows.stream()
        .map(
            r ->
                r.ola.view(
                    engagementName(tenant, r.ola.engagementId()),
                    names.get(r.ola.partnerId()),
                    r.version))
        .toList();
  }

  OlaPolicy.View view(long tenant, long id) {
    Row row = tx.executeRead(status -> find(status.getConnection(), tenant, id));
    return view(tenant, row);
  }

  OlaPolicy.View create(long tenant, String actor, OlaInput input) {
    OlaPolicy ola = validate(tenant, input, null);
    Row row =
        tx.executeWrite(
            status -> {
              Connection c = status.getConnection();
              if (OlaPolicy.forEngagement(c, tenant, ola.engagementId()).isPresent()) {
                throw new HttpStatusException(
                    HttpStatus.CONFLICT,
                    "This engagement already has an OLA; change it instead of adding another.");
              }
              Instant now = clock.instant();
              long id;
              try (var s =
                  c.prepareStatement(
                      "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id,"
                          + " calendar_id, response_ms, resolution_ms, pause_on, warnings,"
                          + " breach_actions, created_at, updated_at, version)"
                          + " VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                      Statement.RETURN_GENERATED_KEYS)) {
                int i = bind(s, tenant, ola);
                s.setTimestamp(++i, Timestamp.from(now));
                s.setTimestamp(++i, Timestamp.from(now));
                try {
                  s.executeUpdate();
                } catch (java.sql.SQLIntegrityConstraintViolationException e) {
                  // Another admin defined it a moment ago (uq_ola_policies_engagement).
                  throw new HttpStatusException(
                      HttpStatus.CONFLICT, "This engagement got an OLA meanwhile; reload it.");
                }
                try (ResultSet keys = s.getGeneratedKeys()) {
                  keys.next();
                  id = keys.getLong(1);
                }
              }
              Row created = find(c, tenant, id);
              PolicyAudit.record(
                  c, tenant, TimerKind.OLA, id, "CREATED", actor, now, created.ola.toString());
              return created;
            });
    return view(tenant, row);
  }

  OlaPolicy.View update(long tenant, String actor, long id, OlaInput input) {
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    Row row =
        tx.executeWrite(
            status -> {
              Connection c = status.getConnection();
              Row current = find(c, tenant, id);
              // The engagement an OLA belongs to is fixed: another engagement gets its own OLA.
              OlaPolicy ola = validate(tenant, input, current.ola);
              Instant now = clock.instant();
              try (var s =
                  c.prepareStatement(
                      "UPDATE ola_policies SET tenant_id = ?, engagement_id = ?, partner_id = ?,"
                          + " calendar_id = ?,"
                          + " response_ms = ?, resolution_ms = ?, pause_on = ?, warnings = ?,"
                          + " breach_actions = ?, updated_at = ?, version = version + 1"
                          + " WHERE id = ? AND tenant_id = ? AND version = ?")) {
                int i = bind(s, tenant, ola);
                s.setTimestamp(++i, Timestamp.from(now));
                s.setLong(++i, id);
                s.setLong(++i, tenant);
                s.setLong(++i, input.version());
                if (s.executeUpdate() == 0) {
                  throw new HttpStatusException(
                      HttpStatus.CONFLICT,
                      "Someone changed this OLA since you read it; reload and try again.");
                }
              }
              Row changed = find(c, tenant, id);
              PolicyAudit.record(
                  c, tenant, TimerKind.OLA, id, "CHANGED", actor, now, changed.ola.toString());
              return changed;
            });
    return view(tenant, row);
  }

  private record Row(OlaPolicy ola, long version) {}

  private OlaPolicy.View view(long tenant, Row row) {
    return row.ola.view(
        engagementName(tenant, row.ola.engagementId()),
        organizations.names(List.of(row.ola.partnerId())).get(row.ola.partnerId()),
        row.version);
  }

  private String engagementName(long tenant, long engagementId) {
    return engagements.byId(tenant, engagementId).map(Engagements.Ref::name).orElse(null);
  }

  private static Row find(Connection c, long tenant, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM ola_policies WHERE id = ? AND tenant_id = ?")) {
      s.setLong(1, id);
      s.setLong(2, tenant);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new HttpStatusException(HttpStatus.NOT_FOUND, "No OLA " + id);
        }
        return new Row(OlaPolicy.of(rs), rs.getLong("version"));
      }
    }
  }

  private static int bind(PreparedStatement s, long tenant, OlaPolicy ola) throws SQLException {
    int i = 0;
    s.setLong(++i, tenant);
    s.setLong(++i, ola.engagementId());
    s.setLong(++i, ola.partnerId());
    s.setLong(++i, ola.calendarId());
    s.setLong(++i, ola.response().toMillis());
    s.setLong(++i, ola.resolution().toMillis());
    s.setString(++i, ola.pauseOn().stored());
    s.setString(++i, TimerStore.warningsText(ola.warnings()));
    s.setString(
        ++i, String.join(",", ola.breachActions().stream().sorted().map(Enum::name).toList()));
    return i;
  }

  /**
   * Every mistake at once, each with its field. {@code current} is the OLA being changed, null when
   * defining one.
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
    if (in.calendarId() == null) {
      errors.add(new Problem.FieldError("calendarId", "required"));
    } else if (!calendars.exists(tenant, in.calendarId())) {
      errors.add(new Problem.FieldError("calendarId", "no such calendar"));
    }
    Duration response = Policies.target("response", in.response(), errors);
    Duration resolution = Policies.target("resolution", in.resolution(), errors);
    Policies.resolutionNotBeforeResponse(response, resolution, errors);
    PauseRule pauseOn = Policies.pauseRule(in.pauseOn(), errors);
    List<Integer> warnings = Policies.warnings(in.warnings(), errors);
    Set<BreachAction> actions =
        Policies.breachActions(
            in.breachActions() == null
                ? List.of("NOTIFY_GROUP_LEAD", "NOTIFY_PARTNER_MANAGER")
                : in.breachActions(),
            true,
            errors);
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new OlaPolicy(
        0, engagement, partner, in.calendarId(), response, resolution, pauseOn, warnings, actions);
  }
}
