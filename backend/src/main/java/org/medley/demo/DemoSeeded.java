package org.medley.demo;

import java.time.Instant;

/**
 * Published once the demo hospital's seed has committed, with the instant it is anchored to:
 * features that act on time (the SLA sweep) catch up with the freshly seeded live queue.
 */
public record DemoSeeded(Instant now) {}
