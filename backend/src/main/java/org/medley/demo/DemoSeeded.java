package org.medley.demo;

import java.time.Instant;

/**
 * Published once the demo hospital's seed has committed, with the instant it is anchored to, before
 * Medley reports ready: features that act on time (the SLA sweep) catch up with the freshly seeded
 * live queue, so the first screen is consistent. Work that only derives from the rows listens to
 * {@link DemoServing} instead.
 */
public record DemoSeeded(Instant now) {}
