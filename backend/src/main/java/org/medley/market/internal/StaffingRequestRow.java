package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import org.medley.market.StaffingKind;
import org.medley.market.StaffingStatus;

/** A stored staffing request; the applications it names are rows of their own. */
@MappedEntity("staffing_requests")
record StaffingRequestRow(
    @Id @GeneratedValue Long id,
    long tenantId,
    String title,
    StaffingKind kind,
    StaffingStatus status,
    int minimumLevel,
    int peopleNeeded,
    double hoursPerWeek,
    String supportWindow,
    LocalDate startsOn,
    @Nullable LocalDate endsOn,
    @Nullable String notes,
    @Nullable String rationale,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
