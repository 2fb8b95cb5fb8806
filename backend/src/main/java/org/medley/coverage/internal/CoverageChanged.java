package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import org.medley.calendar.CalendarDirectory;

/**
 * A write to a tenant's coverage data, published inside its transaction and applied to this node's
 * cached matrix once it committed. {@code revision} is the tenant's coverage revision the write
 * bumped to; {@code calendar} the calendar an application now names, for a model that does not know
 * it yet.
 */
record CoverageChanged(
    long tenant,
    long revision,
    CoverageModel.Change change,
    @Nullable CalendarDirectory.StoredCalendar calendar) {}
