package org.medley.sla.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
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
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.desk.Priority;
import org.medley.desk.TicketType;
import org.medley.market.Engagements;
import org.medley.platform.JdbcRows;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** SLA policies of a tenant: define, change, list, and preview what they would promise. */
@Singleton
class Policies {

  static final Duration MAX_TARGET = Duration.ofDays(366);

  /**
   * Every ticket opening and change matches the tenant's active policies, and they change a few
   * times a year: they are kept per tenant. An edit through this node counts from its commit; one
   * through another node within this time.
   */
  static final Duration ACTIVE_KEPT_FOR = Duration.ofSeconds(10);

  private final Cache<Long, List<SlaPolicy>> activeByTenant =
      Caffeine.newBuilder().expireAfterWrite(ACTIVE_KEPT_FOR).maximumSize(10_000).build();

  private final TransactionOperations<Connection> tx;
  private final CalendarDirectory calendars;
  private final Engagements engagements;
  private final Clock clock;

  Policies(
      TransactionOperations<Connection> tx,
      CalendarDirectory calendars,
      Engagements engagements,
      Clock clock) {
    this.tx = tx;
    this.calendars = calendars;
    this.engagements = engagements;
    this.clock = clock;
  }

  /** A policy as the API takes it; enums as strings so every mistake names its field. */
  @Serdeable
  record PolicyInput(
      @Nullable String name,
      @Nullable String ticketType,
      @Nullable String priority,
      @Nullable Integer criticality,
      @Nullable Long organizationId,
      @Nullable Long engagementId,
      @Nullable Long calendarId,
      @Nullable String response,
      @Nullable String resolution,
      @Nullable String responseMetBy,
      @Nullable List<String> pauseOn,
      @Nullable List<Integer> warnings,
      @Nullable List<String> breachActions,
      @Nullable String onRetarget,
      @Nullable Boolean active,
      @Nullable Long version) {}

  @Serdeable
  record PolicyView(
      long id,
      String name,
      @Nullable TicketType ticketType,
      @Nullable Priority priority,
      @Nullable Integer criticality,
      @Nullable Long organizationId,
      @Nullable Long engagementId,
      @Nullable String engagementName,
      long calendarId,
      String response,
      String resolution,
      SlaPolicy.ResponseMetBy responseMetBy,
      List<String> pauseOn,
      List<Integer> warnings,
      List<BreachAction> breachActions,
      SlaPolicy.Retarget onRetarget,
      boolean active,
      long version) {

    static PolicyView of(SlaPolicy p, @Nullable String engagementName, long version) {
      return new PolicyView(
          p.id(),
          p.name(),
          p.ticketType(),
          p.priority(),
          p.criticality(),
          p.organizationId(),
          p.engagementId(),
          engagementName,
          p.calendarId(),
          p.response().toString(),
          p.resolution().toString(),
          p.responseMetBy(),
          p.pauseOn().sorted(),
          p.warnings(),
          p.breachActions().stream().sorted().toList(),
          p.onRetarget(),
          p.active(),
          version);
    }
  }

  record Listing(List<PolicyView> items, long total) {}

  Listing list(long tenant, int page, int size) {
    return tx.executeRead(
        status -> {
          Connection c = status.getConnection();
          List<PolicyView> items = new ArrayList<>();
          try (var s =
              c.prepareStatement(
                  "SELECT * FROM sla_policies WHERE tenant_id = ? ORDER BY priority IS NULL,"
                      + " priority, name LIMIT ? OFFSET ?")) {
            s.setLong(1, tenant);
            s.setInt(2, size);
            s.setLong(3, (long) page * size);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                items.add(view(tenant, policy(rs), rs.getLong("version")));
              }
            }
          }
          long total;
          try (var s =
              c.prepareStatement("SELECT COUNT(*) FROM sla_policies WHERE tenant_id = ?")) {
            s.setLong(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          return new Listing(items, total);
        });
  }

  PolicyView view(long tenant, long id) {
    return tx.executeRead(status -> find(status.getConnection(), tenant, id));
  }

  PolicyView create(long tenant, String actor, PolicyInput input) {
    SlaPolicy policy = validate(tenant, input, 0);
    try {
      return insert(tenant, actor, policy);
    } finally {
      forget(tenant);
    }
  }

  private PolicyView insert(long tenant, String actor, SlaPolicy policy) {
    return tx.executeWrite(
        status -> {
          Connection c = status.getConnection();
          requireUniqueName(c, tenant, policy.name(), null);
          Instant now = clock.instant();
          try (var s =
              c.prepareStatement(
                  "INSERT INTO sla_policies (tenant_id, name, ticket_type, priority, criticality,"
                      + " organization_id, engagement_id, calendar_id, response_ms, resolution_ms,"
                      + " response_met_by, pause_on, warnings, breach_actions, on_retarget, active,"
                      + " version, created_at, updated_at)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(s, tenant, policy);
            s.setTimestamp(++i, Timestamp.from(now));
            s.setTimestamp(++i, Timestamp.from(now));
            executeChecked(s);
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              PolicyView created = find(c, tenant, keys.getLong(1));
              PolicyAudit.record(
                  c,
                  tenant,
                  TimerKind.SLA,
                  created.id(),
                  "CREATED",
                  actor,
                  now,
                  created.toString());
              return created;
            }
          }
        });
  }

  PolicyView update(long tenant, String actor, long id, PolicyInput input) {
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    SlaPolicy policy = validate(tenant, input, id);
    try {
      return change(tenant, actor, id, input.version(), policy);
    } finally {
      forget(tenant);
    }
  }

  private PolicyView change(long tenant, String actor, long id, long version, SlaPolicy policy) {
    return tx.executeWrite(
        status -> {
          Connection c = status.getConnection();
          find(c, tenant, id);
          requireUniqueName(c, tenant, policy.name(), id);
          Instant now = clock.instant();
          try (var s =
              c.prepareStatement(
                  "UPDATE sla_policies SET tenant_id = ?, name = ?, ticket_type = ?, priority = ?,"
                      + " criticality = ?, organization_id = ?, engagement_id = ?, calendar_id = ?,"
                      + " response_ms = ?,"
                      + " resolution_ms = ?, response_met_by = ?, pause_on = ?, warnings = ?,"
                      + " breach_actions = ?, on_retarget = ?, active = ?, updated_at = ?,"
                      + " version = version + 1 WHERE id = ? AND tenant_id = ? AND version = ?")) {
            int i = bind(s, tenant, policy);
            s.setTimestamp(++i, Timestamp.from(now));
            s.setLong(++i, id);
            s.setLong(++i, tenant);
            s.setLong(++i, version);
            if (executeChecked(s) == 0) {
              throw new HttpStatusException(
                  HttpStatus.CONFLICT,
                  "Someone changed this policy since you read it; reload and try again.");
            }
          }
          PolicyView changed = find(c, tenant, id);
          PolicyAudit.record(
              c, tenant, TimerKind.SLA, id, "CHANGED", actor, now, changed.toString());
          return changed;
        });
  }

  /** What a policy with these targets would promise a ticket opened at {@code start}. */
  @Serdeable
  record Preview(Instant start, Instant responseDue, Instant resolutionDue, String calendar) {}

  Preview preview(
      long tenant, @Nullable Long calendarId, String response, String resolution, Instant start) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Duration responseTarget = target("response", response, errors);
    Duration resolutionTarget = target("resolution", resolution, errors);
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
    return new Preview(
        start,
        calendar.deadline(start, responseTarget),
        calendar.deadline(start, resolutionTarget),
        calendar.name());
  }

  /** Active policies of a tenant, for matching (a handful per tenant). */
  List<SlaPolicy> active(Connection c, long tenant) throws SQLException {
    try {
      return activeByTenant.get(tenant, t -> load(c, t));
    } catch (DataAccessException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Drops the tenant's kept active policies. Called after a policy write commits (a read racing the
   * write may load the old ones; the cache then keeps them until {@link #ACTIVE_KEPT_FOR}).
   */
  void forget(long tenant) {
    activeByTenant.invalidate(tenant);
  }

  private List<SlaPolicy> load(Connection c, long tenant) {
    try {
      return List.copyOf(readActive(c, tenant));
    } catch (SQLException e) {
      throw new DataAccessException("Could not read the active SLA policies", e);
    }
  }

  private List<SlaPolicy> readActive(Connection c, long tenant) throws SQLException {
    List<SlaPolicy> policies = new ArrayList<>();
    try (var s =
        c.prepareStatement("SELECT * FROM sla_policies WHERE tenant_id = ? AND active = TRUE")) {
      s.setLong(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          policies.add(policy(rs));
        }
      }
    }
    return policies;
  }

  SlaPolicy byId(Connection c, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM sla_policies WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no SLA policy " + id);
        }
        return policy(rs);
      }
    }
  }

  private PolicyView view(long tenant, SlaPolicy policy, long version) {
    String engagement =
        policy.engagementId() == null
            ? null
            : engagements
                .byId(tenant, policy.engagementId())
                .map(Engagements.Ref::name)
                .orElse(null);
    return PolicyView.of(policy, engagement, version);
  }

  private PolicyView find(Connection c, long tenant, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM sla_policies WHERE id = ? AND tenant_id = ?")) {
      s.setLong(1, id);
      s.setLong(2, tenant);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new HttpStatusException(HttpStatus.NOT_FOUND, "No SLA policy " + id);
        }
        return view(tenant, policy(rs), rs.getLong("version"));
      }
    }
  }

  /** An unknown organisation is the client's mistake, not a server error. */
  private static int executeChecked(PreparedStatement s) throws SQLException {
    try {
      return s.executeUpdate();
    } catch (java.sql.SQLIntegrityConstraintViolationException e) {
      throw Refused.invalid("organizationId", "no such organisation");
    }
  }

  private static void requireUniqueName(Connection c, long tenant, String name, Long except)
      throws SQLException {
    try (var s =
        c.prepareStatement("SELECT id FROM sla_policies WHERE tenant_id = ? AND name = ?")) {
      s.setLong(1, tenant);
      s.setString(2, name);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next() && (except == null || rs.getLong(1) != except)) {
          throw new HttpStatusException(
              HttpStatus.CONFLICT, "A policy named \"" + name + "\" already exists.");
        }
      }
    }
  }

  static SlaPolicy policy(ResultSet rs) throws SQLException {
    String type = rs.getString("ticket_type");
    String priority = rs.getString("priority");
    int criticality = rs.getInt("criticality");
    Integer crit = rs.wasNull() ? null : criticality;
    Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
    for (String a : rs.getString("breach_actions").split(",")) {
      if (!a.isBlank()) {
        actions.add(BreachAction.valueOf(a.strip()));
      }
    }
    return new SlaPolicy(
        rs.getLong("id"),
        rs.getString("name"),
        type == null ? null : TicketType.valueOf(type),
        priority == null ? null : Priority.valueOf(priority),
        crit,
        JdbcRows.nullableLong(rs, "organization_id"),
        JdbcRows.nullableLong(rs, "engagement_id"),
        rs.getLong("calendar_id"),
        Duration.ofMillis(rs.getLong("response_ms")),
        Duration.ofMillis(rs.getLong("resolution_ms")),
        SlaPolicy.ResponseMetBy.valueOf(rs.getString("response_met_by")),
        PauseRule.parse(rs.getString("pause_on")),
        TimerStore.warnings(rs.getString("warnings")),
        actions,
        SlaPolicy.Retarget.valueOf(rs.getString("on_retarget")),
        rs.getBoolean("active"));
  }

  private static int bind(PreparedStatement s, long tenant, SlaPolicy p) throws SQLException {
    int i = 0;
    s.setLong(++i, tenant);
    s.setString(++i, p.name());
    s.setString(++i, p.ticketType() == null ? null : p.ticketType().name());
    s.setString(++i, p.priority() == null ? null : p.priority().name());
    if (p.criticality() == null) {
      s.setNull(++i, Types.TINYINT);
    } else {
      s.setInt(++i, p.criticality());
    }
    JdbcRows.bind(s, ++i, p.organizationId());
    JdbcRows.bind(s, ++i, p.engagementId());
    s.setLong(++i, p.calendarId());
    s.setLong(++i, p.response().toMillis());
    s.setLong(++i, p.resolution().toMillis());
    s.setString(++i, p.responseMetBy().name());
    s.setString(++i, p.pauseOn().stored());
    s.setString(++i, TimerStore.warningsText(p.warnings()));
    s.setString(
        ++i, String.join(",", p.breachActions().stream().sorted().map(Enum::name).toList()));
    s.setString(++i, p.onRetarget().name());
    s.setBoolean(++i, p.active());
    return i;
  }

  /** Every mistake at once, each with its field. */
  private SlaPolicy validate(long tenant, PolicyInput in, long id) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty()) {
      errors.add(new Problem.FieldError("name", "required"));
    } else if (name.length() > 100) {
      errors.add(new Problem.FieldError("name", "at most 100 characters"));
    }
    TicketType type = enumOf(TicketType.class, "ticketType", in.ticketType(), errors);
    Priority priority = enumOf(Priority.class, "priority", in.priority(), errors);
    if (in.criticality() != null && (in.criticality() < 1 || in.criticality() > 4)) {
      errors.add(new Problem.FieldError("criticality", "1 to 4, or null for any"));
    }
    if (in.engagementId() != null && engagements.byId(tenant, in.engagementId()).isEmpty()) {
      errors.add(new Problem.FieldError("engagementId", "no such engagement"));
    }
    if (in.calendarId() == null) {
      errors.add(new Problem.FieldError("calendarId", "required"));
    } else if (!calendars.exists(tenant, in.calendarId())) {
      errors.add(new Problem.FieldError("calendarId", "no such calendar"));
    }
    Duration response = target("response", in.response(), errors);
    Duration resolution = target("resolution", in.resolution(), errors);
    resolutionNotBeforeResponse(response, resolution, errors);
    SlaPolicy.ResponseMetBy metBy =
        in.responseMetBy() == null
            ? SlaPolicy.ResponseMetBy.EITHER
            : enumOf(SlaPolicy.ResponseMetBy.class, "responseMetBy", in.responseMetBy(), errors);
    PauseRule pauseOn = pauseRule(in.pauseOn(), errors);
    List<Integer> warnings = warnings(in.warnings(), errors);
    Set<BreachAction> actions =
        breachActions(
            in.breachActions() == null
                ? List.of("NOTIFY_ASSIGNEE", "NOTIFY_GROUP_LEAD")
                : in.breachActions(),
            false,
            errors);
    SlaPolicy.Retarget retarget =
        in.onRetarget() == null
            ? SlaPolicy.Retarget.CARRY_OVER
            : enumOf(SlaPolicy.Retarget.class, "onRetarget", in.onRetarget(), errors);
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
        in.calendarId(),
        response,
        resolution,
        metBy,
        pauseOn,
        warnings,
        actions,
        retarget,
        in.active() == null || in.active());
  }

  /**
   * Warning thresholds: up to five whole percentages from 1 to 99, each above the one before (so no
   * repeats); null means 50/75/90. A null inside the list is what the SPA sends for an entry it
   * could not read as a number ("abc").
   */
  static List<Integer> warnings(List<Integer> given, List<Problem.FieldError> errors) {
    if (given == null) {
      return SlaPolicy.DEFAULT_WARNINGS;
    }
    if (given.size() > 5) {
      errors.add(new Problem.FieldError("warnings", "at most 5 thresholds"));
      return SlaPolicy.DEFAULT_WARNINGS;
    }
    int before = errors.size();
    Integer previous = null;
    for (int i = 0; i < given.size(); i++) {
      Integer w = given.get(i);
      // Messages say which entry: the SPA shows them all under one "50, 75, 90" input.
      String entry = "entry " + (i + 1);
      String field = "warnings[" + i + "]";
      if (w == null) {
        errors.add(
            new Problem.FieldError(field, entry + " is not a whole percentage from 1 to 99"));
      } else if (w < 1 || w > 99) {
        errors.add(new Problem.FieldError(field, entry + " (" + w + ") is not from 1 to 99"));
      } else if (previous != null && w <= previous) {
        errors.add(
            new Problem.FieldError(
                field, entry + " (" + w + ") must be above " + previous + ": thresholds rise"));
      }
      if (w != null) {
        previous = w;
      }
    }
    // List.copyOf refuses nulls (the old 500): copy only a list known to hold none.
    return errors.size() > before ? SlaPolicy.DEFAULT_WARNINGS : List.copyOf(given);
  }

  /**
   * A promise to resolve sooner than to respond cannot be kept: the resolution target is at least
   * the response target. Shared by SLA and OLA policies.
   */
  static void resolutionNotBeforeResponse(
      @Nullable Duration response, @Nullable Duration resolution, List<Problem.FieldError> errors) {
    if (response != null && resolution != null && resolution.compareTo(response) < 0) {
      errors.add(
          new Problem.FieldError(
              "resolution", "must not be shorter than the response target (" + response + ")"));
    }
  }

  /** Breach actions by name; NOTIFY_PARTNER_MANAGER only where {@code ola}. */
  static Set<BreachAction> breachActions(
      List<String> names, boolean ola, List<Problem.FieldError> errors) {
    Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
    if (names.size() > 10) {
      errors.add(new Problem.FieldError("breachActions", "at most 10 actions"));
      return actions;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) == null) {
        errors.add(new Problem.FieldError("breachActions[" + i + "]", "required"));
        continue;
      }
      BreachAction action =
          enumOf(BreachAction.class, "breachActions[" + i + "]", names.get(i), errors);
      if (action == BreachAction.NOTIFY_PARTNER_MANAGER && !ola) {
        errors.add(
            new Problem.FieldError(
                "breachActions[" + i + "]", "NOTIFY_PARTNER_MANAGER is for OLAs"));
      } else if (action != null) {
        actions.add(action);
      }
    }
    return actions;
  }

  /** Statuses that pause a timer; null means the default. */
  static PauseRule pauseRule(List<String> given, List<Problem.FieldError> errors) {
    List<String> tokens = given == null ? PauseRule.DEFAULT.sorted() : given;
    if (tokens.size() > 20) {
      errors.add(new Problem.FieldError("pauseOn", "at most 20 statuses"));
      return PauseRule.DEFAULT;
    }
    List<String> problems = PauseRule.problems(tokens);
    problems.forEach(m -> errors.add(new Problem.FieldError("pauseOn", m)));
    return problems.isEmpty() ? new PauseRule(new LinkedHashSet<>(tokens)) : PauseRule.DEFAULT;
  }

  static Duration target(String field, String text, List<Problem.FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new Problem.FieldError(field, "required, an ISO-8601 duration such as PT4H"));
      return null;
    }
    try {
      Duration d = Duration.parse(text.length() > 40 ? "x" : text);
      if (d.isNegative() || d.isZero() || d.compareTo(MAX_TARGET) > 0) {
        errors.add(new Problem.FieldError(field, "must be more than PT0S and at most P366D"));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(field, "not an ISO-8601 duration such as PT4H or P3D"));
      return null;
    }
  }

  static <E extends Enum<E>> E enumOf(
      Class<E> type, String field, String value, List<Problem.FieldError> errors) {
    if (value == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    errors.add(new Problem.FieldError(field, "one of " + String.join(", ", names)));
    return null;
  }
}
