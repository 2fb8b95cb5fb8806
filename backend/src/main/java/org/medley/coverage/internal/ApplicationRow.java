package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A catalog entry as the catalog API reads it; {@code aliases} as {@link Aliases} stores them. */
@MappedEntity("applications")
record ApplicationRow(
    @Id long id,
    long tenantId,
    String name,
    String vendor,
    @Nullable Long vendorId,
    String category,
    int criticality,
    String lifecycle,
    long calendarId,
    long version,
    String aliases,
    boolean triage) {

  Snapshot.App app() {
    return new Snapshot.App(
        id,
        name,
        vendor,
        vendorId,
        category,
        criticality,
        lifecycle,
        calendarId,
        version,
        Aliases.split(aliases));
  }
}
