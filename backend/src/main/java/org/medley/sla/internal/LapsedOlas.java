package org.medley.sla.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.calendar.BusinessCalendar;
import org.medley.market.Engagements;

/**
 * An OLA holds only while its engagement is in force. A ticket's next change notices an engagement
 * that has ended ({@link TimerKeeper}); a ticket nobody touches would run its OLA on against a
 * contract that no longer exists. So each sweep finds the OLA policies with timers still counting
 * whose engagement is not active today (ended by a person, past its last day, or moved to start
 * later), and the sweep cancels those timers, saying why: a cancelled timer counts in no compliance
 * figure, so the partner is neither credited nor blamed for time after its contract.
 */
final class LapsedOlas {

  private LapsedOlas() {}

  /** An OLA policy of an engagement no longer in force, and why its timers stop. */
  record Lapsed(long tenantId, long policyId, String reason) {}

  /**
   * Still counting: running or paused, or breached but not yet stopped. Read on {@code
   * ix_sla_timers_open_ola}, so the sweep never scans finished timers.
   */
  static final String COUNTING =
      " kind = 'OLA' AND (state IN ('RUNNING', 'PAUSED') OR (state = 'BREACHED' AND run_from IS"
          + " NOT NULL))";

  /** The OLA policies with timers still counting whose engagement is not active today. */
  static List<Lapsed> find(Connection c, Engagements engagements) throws SQLException {
    Map<Long, Long> tenantByPolicy = new LinkedHashMap<>();
    try (var s =
        c.prepareStatement(
            "SELECT DISTINCT policy_id, tenant_id FROM sla_timers WHERE" + COUNTING)) {
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          tenantByPolicy.put(rows.getLong(1), rows.getLong(2));
        }
      }
    }
    List<Lapsed> lapsed = new ArrayList<>();
    for (var entry : tenantByPolicy.entrySet()) {
      long tenant = entry.getValue();
      Optional<OlaPolicy> ola = OlaStore.byId(c, entry.getKey());
      Optional<Engagements.Ref> engagement =
          ola.flatMap(o -> engagements.byId(tenant, o.engagementId()));
      if (engagement.isEmpty()) {
        lapsed.add(new Lapsed(tenant, entry.getKey(), "its engagement no longer exists"));
      } else if (!engagement.get().active()) {
        lapsed.add(
            new Lapsed(
                tenant,
                entry.getKey(),
                "engagement \"" + engagement.get().name() + "\" is no longer in force"));
      }
    }
    return lapsed;
  }

  /** The tickets with timers of the policy still counting. */
  static List<Long> tickets(Connection c, long policyId) throws SQLException {
    List<Long> tickets = new ArrayList<>();
    try (var s =
        c.prepareStatement(
            "SELECT DISTINCT ticket_id FROM sla_timers WHERE policy_id = ? AND" + COUNTING)) {
      s.setLong(1, policyId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          tickets.add(rows.getLong(1));
        }
      }
    }
    return tickets;
  }

  /**
   * What the end of its engagement does to one OLA timer: a counting one is cancelled; one already
   * breached stays breached and stops growing late. Every event names the reason.
   */
  static SlaTimer.Step stop(SlaTimer timer, BusinessCalendar calendar, Instant at, String reason) {
    SlaTimer.Step step = timer.state().isOpen() ? timer.cancel(at) : timer.stop(calendar, at);
    return new SlaTimer.Step(
        step.timer(),
        step.events().stream()
            .map(
                e ->
                    new SlaTimer.Event(
                        e.name(), e.at(), e.detail() == null ? reason : e.detail() + "; " + reason))
            .toList());
  }
}
