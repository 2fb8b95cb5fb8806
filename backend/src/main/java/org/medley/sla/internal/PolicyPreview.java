package org.medley.sla.internal;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What a policy with these targets would promise a ticket opened at {@code start}. */
@Serdeable
record PolicyPreview(Instant start, Instant responseDue, Instant resolutionDue, String calendar) {}
