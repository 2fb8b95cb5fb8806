package org.medley.sla.internal;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.DemoCalendars;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.desk.DemoTickets;
import org.medley.desk.DemoTickets.Ticket;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;

/**
 * Timers for the demo's ticket history, computed with the same arithmetic as live timers from each
 * ticket's created, resolved and closed times, so compliance figures mean something on the first
 * start. The seeded tickets carry no first-response time: one is drawn per ticket (most within the
 * target). Runs after the desk's seed (order 40).
 */
@Singleton
class DemoSlaTimers implements DemoContribution {

  private final DemoCalendars demoCalendars;

  DemoSlaTimers(DemoCalendars demoCalendars) {
    this.demoCalendars = demoCalendars;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    Connection c = context.connection();
    long tenant = context.tenantId();
    Instant now = context.now();
    Random random = context.random("sla-timers");
    Map<Long, BusinessCalendar> calendars = new HashMap<>();
    Map<Long, SlaPolicy> policies = new HashMap<>();
    for (Priority p : Priority.values()) {
      long id = context.id("sla-policy", p.name());
      policies.put(id, PolicyStore.byId(c, id).orElseThrow());
    }
    // Each demo partner has one engagement, so its OLA can be found by the partner of the group.
    Map<Long, OlaPolicy> olas = new HashMap<>();
    for (String partner : List.of("Northwind", "Apex")) {
      OlaStore.forEngagement(c, tenant, context.id("engagement", partner))
          .ifPresent(o -> olas.put(o.partnerId(), o));
    }
    try (var batch =
        context.batch(
            "INSERT INTO sla_timers (tenant_id, ticket_id, ticket_number, kind, target,"
                + " policy_id, partner_id, calendar_id, target_ms, warnings, state, started_at,"
                + " run_from, elapsed_ms, paused_since, warned_percent, due_at, next_check_at,"
                + " ended_at, priority, tier, application_id, group_id, group_partner_id,"
                + " assignee_id, version) VALUES"
                + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
      for (Ticket t : DemoTickets.seeded(context)) {
        SlaPolicy policy = policies.get(context.id("sla-policy", t.priority().name()));
        PolicyTerms terms = policy.terms();
        BusinessCalendar calendar = calendar(context, calendars, terms.calendarId());
        for (Target target : Target.values()) {
          SlaTimer timer =
              replay(calendar, terms.duration(target), terms.warnings(), t, target, random, now);
          add(
              batch,
              tenant,
              t,
              TimerKind.SLA,
              target,
              policy.id(),
              null,
              terms.calendarId(),
              timer);
        }
        OlaPolicy ola = t.partnerId() == null ? null : olas.get(t.partnerId());
        if (ola != null) {
          PolicyTerms olaTerms = ola.terms();
          BusinessCalendar olaCalendar = calendar(context, calendars, olaTerms.calendarId());
          for (Target target : Target.values()) {
            SlaTimer timer =
                replay(
                    olaCalendar,
                    olaTerms.duration(target),
                    olaTerms.warnings(),
                    t,
                    target,
                    random,
                    now);
            add(
                batch,
                tenant,
                t,
                TimerKind.OLA,
                target,
                ola.id(),
                ola.partnerId(),
                olaTerms.calendarId(),
                timer);
          }
        }
      }
    }
    // The history of seeded timers: when each started and how it ended.
    context.execute(
        "INSERT INTO sla_timer_history (timer_id, event, at, detail, recorded_at)"
            + " SELECT id, 'STARTED', started_at, 'demo history', ? FROM sla_timers WHERE tenant_id = ?",
        now,
        tenant);
    context.execute(
        "INSERT INTO sla_timer_history (timer_id, event, at, detail, recorded_at)"
            + " SELECT id, state, ended_at, 'demo history', ? FROM sla_timers"
            + " WHERE tenant_id = ? AND ended_at IS NOT NULL",
        now,
        tenant);
  }

  /** A ticket's timer as the live engine would have left it by {@code now}. */
  private static SlaTimer replay(
      BusinessCalendar calendar,
      Duration target,
      List<Integer> warnings,
      Ticket t,
      Target which,
      Random random,
      Instant now) {
    SlaTimer timer = SlaTimer.start(calendar, target, warnings, t.created(), false).timer();
    Instant end =
        which == Target.RESOLUTION ? t.resolved() : responded(calendar, target, t, random);
    if (t.status() == TicketStatus.CANCELLED) {
      Instant cancelled = t.closed() == null ? now : t.closed();
      SlaTimer settled = timer.check(calendar, cancelled).timer();
      return settled.state().isOpen() ? settled.cancel(cancelled).timer() : settled;
    }
    if (end != null && !end.isAfter(now)) {
      return timer.stop(calendar, end).timer();
    }
    if (t.status() == TicketStatus.PENDING) {
      // Waiting on the customer or a vendor since about halfway through its life so far.
      Instant pausedAt = t.created().plus(Duration.between(t.created(), now).dividedBy(2));
      timer = timer.pause(calendar, pausedAt).timer();
      return timer;
    }
    // Open work is left as it was when filed: the first sweep, right after the seed (DemoSweep),
    // warns and breaches it as it does live work, so its notices reach assignees, group leads and
    // partner managers.
    return timer;
  }

  /**
   * The ticket's own first response where the desk seeded one; otherwise one drawn: most well
   * inside the target, one in eight late.
   */
  private static Instant responded(
      BusinessCalendar calendar, Duration target, Ticket t, Random random) {
    if (t.status() == TicketStatus.NEW) {
      return null;
    }
    if (t.responded() != null) {
      return t.responded();
    }
    double share =
        random.nextInt(8) == 0 ? 1.1 + random.nextDouble() : 0.1 + random.nextDouble() * 0.8;
    Instant at =
        calendar.deadline(t.created(), Duration.ofMillis((long) (target.toMillis() * share)));
    return t.resolved() != null && t.resolved().isBefore(at) ? t.resolved() : at;
  }

  private static void add(
      DemoContext.Batch batch,
      long tenant,
      Ticket t,
      TimerKind kind,
      Target target,
      long policyId,
      Long partnerId,
      long calendarId,
      SlaTimer timer)
      throws SQLException {
    batch.add(
        tenant,
        t.id(),
        t.number(),
        kind.name(),
        target.name(),
        policyId,
        partnerId,
        calendarId,
        timer.target().toMillis(),
        TimerStore.warningsText(timer.warnings()),
        timer.state().name(),
        t.created(),
        timer.runFrom(),
        timer.elapsedBefore().toMillis(),
        timer.pausedSince(),
        timer.warnedPercent(),
        timer.dueAt(),
        timer.nextCheckAt(),
        timer.endedAt(),
        t.priority().name(),
        t.tier().name(),
        t.applicationId(),
        t.groupId(),
        t.partnerId(),
        t.assigneeId());
  }

  private BusinessCalendar calendar(DemoContext context, Map<Long, BusinessCalendar> cache, long id)
      throws SQLException {
    BusinessCalendar cached = cache.get(id);
    if (cached != null) {
      return cached;
    }
    BusinessCalendar calendar = demoCalendars.stored(context, id);
    cache.put(id, calendar);
    return calendar;
  }
}
