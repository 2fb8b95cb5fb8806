package org.medley.coverage.internal;

import java.time.Instant;
import java.util.Map;
import org.medley.coverage.TicketHistory;

/**
 * A tenant's ticket-history aggregates as computed at one instant: ticket volumes per application
 * ({@code [last 30 days, last 90 days]}), load in hours per person and week (most recent first),
 * and median turnarounds by application and person together ({@link #pairKey}), by application and
 * by person.
 */
record History(
    Instant computedAt,
    Map<Long, long[]> volumes,
    Map<Long, double[]> weeklyLoad,
    Map<Long, TicketHistory.Median> pairs,
    Map<Long, TicketHistory.Median> byApp,
    Map<Long, TicketHistory.Median> byPerson) {

  static long pairKey(long application, long staff) {
    return (application << 32) ^ staff;
  }
}
