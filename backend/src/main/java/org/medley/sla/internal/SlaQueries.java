package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medley.coverage.Catalog;
import org.medley.sla.BusinessCalendar;

/** What people read about timers: one ticket's, the ones about to breach, compliance figures. */
@Singleton
class SlaQueries {

  static final Duration MAX_WINDOW = Duration.ofDays(31);
  static final Duration MAX_PERIOD = Duration.ofDays(3 * 366);

  private final TransactionOperations<Connection> tx;
  private final TimerStore store;
  private final Calendars calendars;
  private final Catalog catalog;
  private final Clock clock;

  SlaQueries(
      TransactionOperations<Connection> tx,
      TimerStore store,
      Calendars calendars,
      Catalog catalog,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.calendars = calendars;
    this.catalog = catalog;
    this.clock = clock;
  }

  /**
   * One timer as read: {@code remaining} is business time (negative when late, ISO-8601), {@code
   * dueAt} the wall-clock deadline a countdown runs to; a paused timer has no {@code dueAt}.
   */
  @Serdeable
  record TimerView(
      long id,
      TimerKind kind,
      Target target,
      @Nullable Long partnerId,
      TimerState state,
      boolean paused,
      String targetDuration,
      Instant startedAt,
      @Nullable Instant dueAt,
      @Nullable Instant pausedSince,
      @Nullable Instant endedAt,
      String remaining,
      int percentUsed,
      long calendarId,
      @Nullable Long policyId) {}

  @Serdeable
  record TicketSla(long ticketId, String ticketNumber, Instant now, List<TimerView> timers) {}

  TicketSla forTicket(long tenant, long ticketId) {
    Instant now = clock.instant();
    List<TimerRow> rows =
        tx.executeRead(status -> store.forTicket(status.getConnection(), tenant, ticketId));
    if (rows.isEmpty()) {
      throw new HttpStatusException(
          HttpStatus.NOT_FOUND, "No SLA timers for ticket " + ticketId + " in your organisation");
    }
    return new TicketSla(
        ticketId, rows.get(0).ticketNumber(), now, rows.stream().map(r -> view(r, now)).toList());
  }

  private TimerView view(TimerRow row, Instant now) {
    SlaTimer t = row.timer();
    BusinessCalendar calendar = calendars.byId(row.calendarId());
    Instant until = t.state().isOpen() || row.timer().runFrom() != null ? now : null;
    Duration remaining =
        until == null ? t.target().minus(t.elapsedBefore()) : t.remainingAt(calendar, until);
    int percent =
        until == null
            ? (int) (t.elapsedBefore().toMillis() * 100 / Math.max(1, t.target().toMillis()))
            : t.percentUsedAt(calendar, until);
    return new TimerView(
        row.id(),
        row.kind(),
        row.target(),
        row.partnerId(),
        t.state(),
        t.state() == TimerState.PAUSED,
        t.target().toString(),
        row.startedAt(),
        t.dueAt(),
        t.pausedSince(),
        t.endedAt(),
        remaining.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
        percent,
        row.calendarId(),
        row.policyId());
  }

  @Serdeable
  record AtRisk(
      long timerId,
      long ticketId,
      String ticketNumber,
      TimerKind kind,
      Target target,
      String priority,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      Instant dueAt,
      String remaining,
      int percentUsed) {}

  @Serdeable
  record BreachingSoon(Instant now, String within, List<AtRisk> items) {}

  BreachingSoon breachingSoon(long tenant, @Nullable Long groupId, Duration within, int limit) {
    if (within.isNegative() || within.compareTo(MAX_WINDOW) > 0) {
      throw InvalidInput.of("within", "between PT0S and P31D");
    }
    Instant now = clock.instant();
    List<TimerRow> rows =
        tx.executeRead(
            status -> {
              Connection c = status.getConnection();
              try (var s =
                  c.prepareStatement(
                      "SELECT "
                          + TimerStore.COLUMNS
                          + " FROM sla_timers WHERE tenant_id = ? AND state = 'RUNNING'"
                          + " AND due_at <= ?"
                          + (groupId == null ? "" : " AND group_id = ?")
                          + " ORDER BY due_at LIMIT ?")) {
                int i = 0;
                s.setLong(++i, tenant);
                s.setTimestamp(++i, Timestamp.from(now.plus(within)));
                if (groupId != null) {
                  s.setLong(++i, groupId);
                }
                s.setInt(++i, limit);
                return TimerStore.read(s);
              }
            });
    List<AtRisk> items = new ArrayList<>();
    for (TimerRow row : rows) {
      BusinessCalendar calendar = calendars.byId(row.calendarId());
      items.add(
          new AtRisk(
              row.id(),
              row.ticketId(),
              row.ticketNumber(),
              row.kind(),
              row.target(),
              row.dims().priority().name(),
              row.dims().groupId(),
              row.dims().assigneeId(),
              row.timer().dueAt(),
              row.timer()
                  .remainingAt(calendar, now)
                  .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                  .toString(),
              row.timer().percentUsedAt(calendar, now)));
    }
    return new BreachingSoon(now, within.toString(), items);
  }

  /** What compliance can be grouped by, with the column and the timers it counts. */
  enum Dimension {
    PRIORITY("priority", TimerKind.SLA),
    TIER("tier", TimerKind.SLA),
    APPLICATION("application_id", TimerKind.SLA),
    GROUP("group_id", TimerKind.SLA),
    /** Internal vs partner: who held the ticket when its timer finished. */
    PROVIDER(
        "CASE WHEN group_partner_id IS NULL THEN 'INTERNAL' ELSE 'PARTNER' END", TimerKind.SLA),
    /** OLA timers, per partner organisation. */
    PARTNER("partner_id", TimerKind.OLA);

    final String column;
    final TimerKind kind;

    Dimension(String column, TimerKind kind) {
      this.column = column;
      this.kind = kind;
    }

    static Dimension parse(String text) {
      for (Dimension d : values()) {
        if (d.name().equalsIgnoreCase(text)) {
          return d;
        }
      }
      throw InvalidInput.of("by", "one of priority, tier, application, group, provider, partner");
    }
  }

  @Serdeable
  record ComplianceRow(
      String key, @Nullable String label, long met, long breached, long total, double percentMet) {}

  @Serdeable
  record Compliance(
      Instant from,
      Instant to,
      String by,
      TimerKind kind,
      @Nullable Target target,
      ComplianceRow overall,
      List<ComplianceRow> rows) {}

  Compliance compliance(
      long tenant, Instant from, Instant to, String by, @Nullable String targetText) {
    if (!to.isAfter(from)) {
      throw InvalidInput.of("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
      throw InvalidInput.of("to", "at most three years after from");
    }
    Dimension dimension = Dimension.parse(by);
    Target target = null;
    if (targetText != null) {
      try {
        target = Target.valueOf(targetText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InvalidInput.of("target", "RESPONSE or RESOLUTION");
      }
    }
    Target chosen = target;
    List<ComplianceRow> rows =
        tx.executeRead(
            status -> {
              Connection c = status.getConnection();
              String sql =
                  "SELECT "
                      + dimension.column
                      + " AS k, SUM(CASE WHEN state = 'MET' THEN 1 ELSE 0 END) AS met,"
                      + " SUM(CASE WHEN state = 'BREACHED' THEN 1 ELSE 0 END) AS breached"
                      + " FROM sla_timers WHERE tenant_id = ? AND kind = ? AND ended_at >= ?"
                      + " AND ended_at < ? AND state IN ('MET', 'BREACHED')"
                      + (chosen == null ? "" : " AND target = ?")
                      + " GROUP BY "
                      + dimension.column
                      + " ORDER BY 1";
              try (var s = c.prepareStatement(sql)) {
                int i = 0;
                s.setLong(++i, tenant);
                s.setString(++i, dimension.kind.name());
                s.setTimestamp(++i, Timestamp.from(from));
                s.setTimestamp(++i, Timestamp.from(to));
                if (chosen != null) {
                  s.setString(++i, chosen.name());
                }
                List<ComplianceRow> list = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    String key = rs.getString("k");
                    list.add(
                        row(
                            key == null ? "NONE" : key,
                            label(tenant, dimension, key),
                            rs.getLong("met"),
                            rs.getLong("breached")));
                  }
                }
                return list;
              }
            });
    long met = rows.stream().mapToLong(ComplianceRow::met).sum();
    long breached = rows.stream().mapToLong(ComplianceRow::breached).sum();
    return new Compliance(
        from,
        to,
        dimension.name().toLowerCase(Locale.ROOT),
        dimension.kind,
        target,
        row("ALL", "All", met, breached),
        rows);
  }

  private String label(long tenant, Dimension dimension, String key) {
    if (key == null) {
      return dimension == Dimension.GROUP ? "Unassigned" : null;
    }
    return switch (dimension) {
      case PRIORITY, TIER -> key;
      case PROVIDER -> key.equals("INTERNAL") ? "Internal staff" : "Partners";
      case APPLICATION ->
          catalog
              .application(tenant, Long.parseLong(key))
              .map(Catalog.ApplicationRef::name)
              .orElse(null);
      case GROUP, PARTNER -> null; // no public lookup of group or organisation names yet
    };
  }

  private static ComplianceRow row(String key, String label, long met, long breached) {
    long total = met + breached;
    double percent = total == 0 ? 0 : Math.round(met * 1000.0 / total) / 10.0;
    return new ComplianceRow(key, label, met, breached, total, percent);
  }
}
