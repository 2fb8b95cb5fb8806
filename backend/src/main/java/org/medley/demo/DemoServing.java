package org.medley.demo;

import java.time.Instant;

/**
 * Published once the demo hospital seeded by this start is being served (or right after {@link
 * DemoSeeded} with {@code medley.demo.derive-after-ready=false}): features build what derives from
 * the seeded rows — read models, plans, masked search copies — off the path to readiness. Until
 * they finish (seconds) those views show less; every seeded row is already there.
 */
public record DemoServing(Instant now) {}
