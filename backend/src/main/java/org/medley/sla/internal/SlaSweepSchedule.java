package org.medley.sla.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.medley.platform.FailedTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sweep on every node (it is safe to); {@code medley.sla.sweep.enabled=false} stops it.
 */
@Singleton
@Requires(property = "medley.sla.sweep.enabled", notEquals = "false")
class SlaSweepSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(SlaSweepSchedule.class);

  private final SlaSweep sweep;
  private final FailedTurns failures = new FailedTurns(LOG, "SLA sweep");

  SlaSweepSchedule(SlaSweep sweep) {
    this.sweep = sweep;
  }

  @Scheduled(
      fixedDelay = "${medley.sla.sweep.interval:15s}",
      initialDelay = "${medley.sla.sweep.initial-delay:20s}")
  void run() {
    try {
      int processed = sweep.sweep();
      failures.worked();
      if (processed > 0) {
        LOG.debug("SLA sweep processed {} timers", processed);
      }
    } catch (RuntimeException e) {
      failures.failed("the next one retries", e);
    }
  }
}
