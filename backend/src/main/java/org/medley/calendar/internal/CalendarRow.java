package org.medley.calendar.internal;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A stored calendar; {@code definition} is the calendar JSON as the API took it. */
@MappedEntity("calendars")
record CalendarRow(
    @Id @GeneratedValue Long id,
    long tenantId,
    String name,
    String zone,
    String definition,
    Instant createdAt) {}
