package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.platform.Refused;

/** What people read about timers: one ticket's and the ones about to breach. */
@Singleton
class SlaQueries {

  static final Duration MAX_WINDOW = Duration.ofDays(31);

  private final TransactionOperations<Connection> tx;
  private final TimerStore store;
  private final CalendarDirectory calendars;
  private final Clock clock;

  SlaQueries(
      TransactionOperations<Connection> tx,
      TimerStore store,
      CalendarDirectory calendars,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** How far ahead {@code runsUntil} looks: readers ask again long before. */
  static final Duration RUNS_AHEAD = Duration.ofDays(1);

  /**
   * One timer as read: {@code remaining} is business time (negative when late, ISO-8601) as of the
   * answer's {@code now}, the one figure every screen shows; {@code runsUntil}, while the timer's
   * business clock runs (running, calendar open), until when it runs on at most (the calendar's
   * next closing, a day ahead at most), so a countdown ticks from {@code remaining} only so far;
   * null when the clock stands still. {@code dueAt} is the wall-clock deadline; a paused timer has
   * none.
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
      @Nullable Instant runsUntil,
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
    // A running timer counts on, as does a breached one not yet stopped (it counts how late).
    Instant runsUntil =
        t.runFrom() != null && !now.isBefore(t.runFrom())
            ? calendar.openUntil(now, now.plus(RUNS_AHEAD))
            : null;
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
        runsUntil,
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
      throw Refused.invalid("within", "between PT0S and P31D");
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
}
