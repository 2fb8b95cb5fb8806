package org.medley.sla.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.desk.SlaDueChanged;
import org.medley.desk.SlaForecast;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.market.Engagements;

/**
 * Drives a ticket's timers from the desk's events, inside the desk's transaction: opening starts
 * the SLA timers (and an OLA's while an active engagement's group holds the ticket), the first
 * response and the resolution stop them, pending statuses pause them, a priority or policy change
 * (a move into or out of an engagement's group included) re-targets them, cancelling cancels them,
 * a reopen runs the resolution timer on.
 */
@Singleton
class TimerKeeper implements SlaForecast {

  private final TransactionOperations<Connection> tx;
  private final ApplicationEventPublisher<SlaDueChanged> dues;
  private final TimerStore store;
  private final ActivePolicies active;
  private final CalendarDirectory calendars;
  private final Engagements engagements;
  private final Settlements settlements;

  TimerKeeper(
      TransactionOperations<Connection> tx,
      ApplicationEventPublisher<SlaDueChanged> dues,
      TimerStore store,
      ActivePolicies active,
      CalendarDirectory calendars,
      Engagements engagements,
      Settlements settlements) {
    this.settlements = settlements;
    this.tx = tx;
    this.dues = dues;
    this.store = store;
    this.active = active;
    this.calendars = calendars;
    this.engagements = engagements;
  }

  /**
   * The engagement in force whose group holds the ticket, or null. Internal groups have none, so
   * tickets in them (most new tickets) cost no lookup.
   */
  private Engagements.Ref engagementOf(TicketSnapshot ticket) {
    if (ticket.partnerId() == null || ticket.groupId() == null) {
      return null;
    }
    return engagements
        .forGroup(ticket.tenantId(), ticket.groupId())
        .filter(Engagements.Ref::active)
        .orElse(null);
  }

  /** The SLA timers an opening would start, computed as {@link #apply} will, and not stored. */
  @Override
  @Nullable
  public Instant firstDue(TicketSnapshot opening) {
    return tx.executeWrite(
        status -> {
          Instant start = opening.createdAt().truncatedTo(ChronoUnit.MICROS);
          Work work = new Work(status.getConnection(), opening, start, List.of());
          startSla(work, start);
          if (work.engagement() != null) {
            startOla(work, work.engagement(), start);
          }
          return nearestDue(work.inserts.stream().map(PendingInsert::row).toList());
        });
  }

  @EventListener
  void on(TicketEvent event) {
    if (event instanceof TicketEvent.Commented
        || event instanceof TicketEvent.Edited
        || event instanceof TicketEvent.Attached
        || event instanceof TicketEvent.Rated) {
      return; // moves no timer: a first reply comes as Responded
    }
    tx.executeWrite(
        status -> {
          apply(status.getConnection(), event);
          return null;
        });
  }

  /** What one event does to one ticket's timers: rows to insert, rows to update, history. */
  private final class Work {
    final Connection c;
    final TicketSnapshot ticket;
    final Instant at;
    final List<TimerRow> existing;
    final List<TimerRow> changed = new ArrayList<>();
    final List<PendingInsert> inserts = new ArrayList<>();
    final List<TimerStore.HistoryRow> history = new ArrayList<>();
    final Map<Long, SlaPolicy> policyCache = new HashMap<>();
    private boolean engagementKnown;
    private Engagements.Ref engagement;

    Work(Connection c, TicketSnapshot ticket, Instant at, List<TimerRow> existing) {
      this.c = c;
      this.ticket = ticket;
      this.at = at;
      this.existing = new ArrayList<>(existing);
    }

    /** The ticket's engagement as of this event, looked up once and only when needed. */
    Engagements.Ref engagement() {
      if (!engagementKnown) {
        engagement = engagementOf(ticket);
        engagementKnown = true;
      }
      return engagement;
    }

    Long engagementId() {
      return engagement() == null ? null : engagement().id();
    }

    SlaPolicy policy(long id) throws SQLException {
      SlaPolicy cached = policyCache.get(id);
      if (cached == null) {
        cached =
            PolicyStore.byId(c, id)
                .orElseThrow(() -> new IllegalStateException("no SLA policy " + id));
        policyCache.put(id, cached);
      }
      return cached;
    }

    /** Replaces a row with its next state and records the events. */
    void step(int index, TimerRow row, SlaTimer.Step step) {
      TimerRow next = row.with(step.timer());
      existing.set(index, next);
      if (!step.events().isEmpty() || !next.equals(row)) {
        changed.removeIf(r -> r.id().equals(row.id()));
        changed.add(next);
      }
      step.events().forEach(e -> history.add(new TimerStore.HistoryRow(row.id(), e)));
    }
  }

  private record PendingInsert(TimerRow row, List<SlaTimer.Event> events) {}

  void apply(Connection c, TicketEvent event) throws SQLException {
    TicketSnapshot ticket = event.ticket();
    // A ticket opened in this very transaction has no timers yet: nothing to read (and a locking
    // read of its empty range would take a gap lock that concurrent openings' inserts deadlock on:
    // measured, 8,000 of 10,000 creations failed under 32 clients). Later events lock.
    List<TimerRow> locked =
        event instanceof TicketEvent.Opened ? List.of() : store.lockForTicket(c, ticket.id());
    // An opened ticket was stored with the deadline firstDue foresaw: no news if the timers agree.
    Instant dueBefore =
        event instanceof TicketEvent.Opened opened ? opened.slaDueAt() : nearestDue(locked);
    // Stored instants have microseconds (DATETIME(6)): compute with what will be read back.
    Work work = new Work(c, ticket, event.at().truncatedTo(ChronoUnit.MICROS), locked);
    if (event instanceof TicketEvent.Opened) {
      startSla(work, ticket.createdAt().truncatedTo(ChronoUnit.MICROS));
      if (work.engagement() != null) {
        startOla(work, work.engagement(), work.at);
      }
    } else if (event instanceof TicketEvent.Responded responded) {
      respond(work, responded.how());
    } else if (event instanceof TicketEvent.Changed changed) {
      change(work, changed.before(), changed.ticket());
    }
    store.update(c, work.changed);
    List<TimerRow> after = new ArrayList<>(work.existing);
    List<TimerRow> saved = store.insert(c, work.inserts.stream().map(PendingInsert::row).toList());
    for (int i = 0; i < saved.size(); i++) {
      long id = saved.get(i).id();
      after.add(saved.get(i));
      work.inserts.get(i).events().forEach(e -> work.history.add(new TimerStore.HistoryRow(id, e)));
    }
    store.history(c, work.history);
    settlements.publish(locked, after);
    Instant dueAfter = nearestDue(after);
    if (!java.util.Objects.equals(dueBefore, dueAfter)) {
      dues.publishEvent(new SlaDueChanged(ticket.tenantId(), ticket.id(), dueAfter));
    }
  }

  /**
   * The deadline the queue shows and sorts by: the earliest of every timer still counting, SLA and
   * partner OLA alike, including one already breached but not yet stopped (its deadline has passed,
   * so the queue shows the ticket as breached); null when none counts.
   */
  static Instant nearestDue(List<TimerRow> rows) {
    Instant nearest = null;
    for (TimerRow row : rows) {
      SlaTimer t = row.timer();
      boolean counting =
          t.state() == TimerState.RUNNING
              || (t.state() == TimerState.BREACHED && t.runFrom() != null);
      Instant due = t.dueAt();
      if (counting && due != null && (nearest == null || due.isBefore(nearest))) {
        nearest = due;
      }
    }
    return nearest;
  }

  private void startSla(Work work, Instant start) throws SQLException {
    Optional<SlaPolicy> match =
        PolicyMatcher.match(
            active.of(work.c, work.ticket.tenantId()), work.ticket, work.engagementId());
    if (match.isEmpty() || !work.ticket.status().isOpen()) {
      return;
    }
    SlaPolicy policy = match.get();
    PolicyTerms terms = policy.terms();
    BusinessCalendar calendar = calendars.byId(terms.calendarId());
    boolean paused = terms.pauseOn().pauses(work.ticket);
    for (Target target : Target.values()) {
      SlaTimer.Step step =
          SlaTimer.start(calendar, terms.duration(target), terms.warnings(), start, paused);
      work.inserts.add(
          new PendingInsert(
              newRow(work, TimerKind.SLA, target, policy.id(), null, terms.calendarId(), start)
                  .with(step.timer()),
              step.events()));
    }
  }

  private void startOla(Work work, Engagements.Ref engagement, Instant start) throws SQLException {
    Optional<OlaPolicy> ola =
        OlaStore.forEngagement(work.c, work.ticket.tenantId(), engagement.id());
    if (ola.isEmpty() || !work.ticket.status().isOpen()) {
      return;
    }
    OlaPolicy policy = ola.get();
    PolicyTerms terms = policy.terms();
    BusinessCalendar calendar = calendars.byId(terms.calendarId());
    boolean paused = terms.pauseOn().pauses(work.ticket);
    for (Target target : Target.values()) {
      SlaTimer.Step step =
          SlaTimer.start(calendar, terms.duration(target), terms.warnings(), start, paused);
      work.inserts.add(
          new PendingInsert(
              newRow(
                      work,
                      TimerKind.OLA,
                      target,
                      policy.id(),
                      engagement.partnerId(),
                      terms.calendarId(),
                      start)
                  .with(step.timer()),
              step.events()));
    }
  }

  private static TimerRow newRow(
      Work work,
      TimerKind kind,
      Target target,
      long policyId,
      Long partnerId,
      long calendarId,
      Instant start) {
    return new TimerRow(
        null,
        work.ticket.tenantId(),
        work.ticket.id(),
        work.ticket.number(),
        kind,
        target,
        policyId,
        partnerId,
        calendarId,
        start,
        null,
        TimerRow.Dimensions.of(work.ticket),
        0);
  }

  private void respond(Work work, TicketEvent.Response how) throws SQLException {
    for (int i = 0; i < work.existing.size(); i++) {
      TimerRow row = work.existing.get(i);
      if (row.target() != Target.RESPONSE || !row.timer().state().isOpen()) {
        continue;
      }
      boolean counts =
          row.kind() == TimerKind.OLA
              ? row.partnerId().equals(work.ticket.partnerId())
              : metBy(work.policy(row.policyId()).responseMetBy(), how);
      if (counts) {
        work.step(i, row, row.timer().stop(calendars.byId(row.calendarId()), work.at));
      }
    }
  }

  private static boolean metBy(SlaPolicy.ResponseMetBy rule, TicketEvent.Response how) {
    return switch (rule) {
      case EITHER -> true;
      case ACKNOWLEDGED -> how == TicketEvent.Response.ACKNOWLEDGED;
      case PUBLIC_REPLY -> how == TicketEvent.Response.PUBLIC_REPLY;
    };
  }

  private void change(Work work, TicketSnapshot before, TicketSnapshot after) throws SQLException {
    // Open timers follow the ticket's dimensions; finished ones keep those they finished with.
    TimerRow.Dimensions dims = TimerRow.Dimensions.of(after);
    for (int i = 0; i < work.existing.size(); i++) {
      TimerRow row = work.existing.get(i);
      if (row.timer().state().isOpen() && !row.dims().equals(dims)) {
        TimerRow next = row.with(dims);
        work.existing.set(i, next);
        work.changed.removeIf(r -> r.id().equals(row.id()));
        work.changed.add(next);
      }
    }
    TicketStatus status = after.status();
    if (status == TicketStatus.CANCELLED) {
      forEachOpen(work, null, (i, row) -> work.step(i, row, row.timer().cancel(work.at)));
      return;
    }
    boolean wasDone = isDone(before.status());
    if (isDone(status)) {
      if (!wasDone) {
        // Resolving answers the requester too: an open response timer stops with it.
        forEachOpen(
            work,
            null,
            (i, row) ->
                work.step(i, row, row.timer().stop(calendars.byId(row.calendarId()), work.at)));
      }
      return;
    }
    if (wasDone) {
      for (int i = 0; i < work.existing.size(); i++) {
        TimerRow row = work.existing.get(i);
        if (row.kind() == TimerKind.SLA && row.target() == Target.RESOLUTION) {
          work.step(i, row, row.timer().reopen(calendars.byId(row.calendarId()), work.at));
        }
      }
    }
    // The engagement before the change: the same as after while the group stays, else looked up.
    Long engagementBefore =
        java.util.Objects.equals(before.groupId(), after.groupId())
            ? work.engagementId()
            : Optional.ofNullable(engagementOf(before)).map(Engagements.Ref::id).orElse(null);
    retarget(work, before, after, engagementBefore);
    pauseOrResumeSla(work);
    ola(work, engagementBefore);
  }

  private void retarget(
      Work work, TicketSnapshot before, TicketSnapshot after, Long engagementBefore)
      throws SQLException {
    boolean matchInputsChanged =
        before.priority() != after.priority()
            || before.type() != after.type()
            || before.applicationCriticality() != after.applicationCriticality()
            || !java.util.Objects.equals(before.partnerId(), after.partnerId())
            || !java.util.Objects.equals(engagementBefore, work.engagementId());
    if (!matchInputsChanged) {
      return;
    }
    Optional<SlaPolicy> match =
        PolicyMatcher.match(active.of(work.c, after.tenantId()), after, work.engagementId());
    boolean hasSla = work.existing.stream().anyMatch(r -> r.kind() == TimerKind.SLA);
    if (!hasSla) {
      if (match.isPresent()) {
        startSla(work, work.at);
      }
      return;
    }
    if (match.isEmpty()) {
      return; // no policy applies any more: the timers keep the promise already made
    }
    SlaPolicy policy = match.get();
    PolicyTerms terms = policy.terms();
    BusinessCalendar newCalendar = calendars.byId(terms.calendarId());
    for (int i = 0; i < work.existing.size(); i++) {
      TimerRow row = work.existing.get(i);
      if (row.kind() != TimerKind.SLA
          || !row.timer().state().isOpen()
          || row.policyId() == policy.id()) {
        continue;
      }
      SlaTimer.Step step =
          row.timer()
              .retarget(
                  calendars.byId(row.calendarId()),
                  newCalendar,
                  terms.duration(row.target()),
                  terms.warnings(),
                  work.at,
                  policy.onRetarget() == SlaPolicy.Retarget.RESTART);
      TimerRow moved = row.retargeted(policy.id(), terms.calendarId(), step.timer());
      work.existing.set(i, moved);
      work.changed.removeIf(r -> r.id().equals(row.id()));
      work.changed.add(moved);
      step.events().forEach(e -> work.history.add(new TimerStore.HistoryRow(row.id(), e)));
    }
  }

  private void pauseOrResumeSla(Work work) throws SQLException {
    for (int i = 0; i < work.existing.size(); i++) {
      TimerRow row = work.existing.get(i);
      if (row.kind() != TimerKind.SLA || !row.timer().state().isOpen()) {
        continue;
      }
      boolean pause = work.policy(row.policyId()).terms().pauseOn().pauses(work.ticket);
      pauseOrResume(work, i, row, pause);
    }
  }

  private void pauseOrResume(Work work, int i, TimerRow row, boolean pause) {
    BusinessCalendar calendar = calendars.byId(row.calendarId());
    TimerState state = row.timer().state();
    if (pause && state == TimerState.RUNNING) {
      work.step(i, row, row.timer().pause(calendar, work.at));
    } else if (!pause && state == TimerState.PAUSED) {
      work.step(i, row, row.timer().resume(calendar, work.at));
    }
  }

  /**
   * OLA timers follow the engagement holding the ticket: leaving its groups (for another
   * engagement's, an internal group, or when it has ended) stops them, on time unless already
   * breached; arriving in an active engagement's group starts its OLA.
   */
  private void ola(Work work, Long engagementBefore) throws SQLException {
    Long engagementAfter = work.engagementId();
    for (int i = 0; i < work.existing.size(); i++) {
      TimerRow row = work.existing.get(i);
      if (row.kind() != TimerKind.OLA || !row.timer().state().isOpen()) {
        continue;
      }
      Optional<OlaPolicy> ola = OlaStore.byId(work.c, row.policyId());
      if (ola.isEmpty() || !Long.valueOf(ola.get().engagementId()).equals(engagementAfter)) {
        work.step(i, row, row.timer().stop(calendars.byId(row.calendarId()), work.at));
      } else {
        pauseOrResume(work, i, row, ola.get().terms().pauseOn().pauses(work.ticket));
      }
    }
    if (engagementAfter != null && !engagementAfter.equals(engagementBefore)) {
      startOla(work, work.engagement(), work.at);
    }
  }

  @FunctionalInterface
  private interface RowAction {
    void apply(int index, TimerRow row) throws SQLException;
  }

  private static void forEachOpen(Work work, TimerKind kind, RowAction action) throws SQLException {
    for (int i = 0; i < work.existing.size(); i++) {
      TimerRow row = work.existing.get(i);
      if (row.timer().state().isOpen() && (kind == null || row.kind() == kind)) {
        action.apply(i, row);
      }
    }
  }

  private static boolean isDone(TicketStatus status) {
    return status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
  }
}
