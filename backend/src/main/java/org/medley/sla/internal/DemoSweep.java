package org.medley.sla.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.medley.demo.DemoSeeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo seeds its live queue's timers as they were when each ticket was filed (DemoSlaTimers);
 * one sweep straight after the seed does what the engine would have done since: warnings at the
 * highest threshold passed, breaches at their deadlines with the policy's notices and escalations.
 * So the queue, the ticket's timers, the compliance figures and the notices agree from the first
 * screen, whether or not the periodic sweep runs.
 */
@Singleton
class DemoSweep {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSweep.class);

  private final SlaSweep sweep;

  DemoSweep(SlaSweep sweep) {
    this.sweep = sweep;
  }

  @EventListener
  void onSeeded(DemoSeeded event) {
    try {
      LOG.info("SLA sweep after the demo seed processed {} timers", sweep.sweep());
    } catch (Exception e) {
      // The periodic sweep catches up; a demo that starts matters more. (Exception: JDBC work in
      // event listeners can let a checked SQLException through undeclared.)
      LOG.warn("SLA sweep after the demo seed failed; the next periodic sweep retries", e);
    }
  }
}
