package org.medley.market;

import java.time.Instant;
import java.util.List;

/**
 * SLA and OLA compliance as the scorecards count it, the SLA feature's definition: of the timers
 * that finished in {@code [from, to)}, those met (stopped in time) and those breached (at their
 * deadline); running, paused and cancelled timers count nowhere. The SLA feature sits above the
 * marketplace, so the marketplace defines this port and the SLA feature implements it.
 */
public interface TimerCompliance {

  /** Finished timers of one kind for one holder. */
  record Counts(long holderId, long met, long breached) {}

  /**
   * SLA timers (response and resolution) per support group holding the ticket when each finished,
   * and OLA timers per engagement whose thresholds they ran on.
   */
  record Finished(List<Counts> slaByGroup, List<Counts> olaByEngagement) {}

  Finished finished(long tenantId, Instant from, Instant to);
}
