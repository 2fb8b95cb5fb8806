package org.medley.sla.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
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

  SlaSweepSchedule(SlaSweep sweep) {
    this.sweep = sweep;
  }

  @Scheduled(
      fixedDelay = "${medley.sla.sweep.interval:15s}",
      initialDelay = "${medley.sla.sweep.initial-delay:20s}")
  void run() {
    try {
      int processed = sweep.sweep();
      if (processed > 0) {
        LOG.debug("SLA sweep processed {} timers", processed);
      }
    } catch (RuntimeException e) {
      LOG.warn("SLA sweep failed; the next one retries", e);
    }
  }
}
