package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A stored go-live event; its plan entries and audit trail are rows of their own. */
@MappedEntity("go_live_events")
record GoLiveRow(
    @Id @GeneratedValue Long id,
    long tenantId,
    long applicationId,
    GoLiveKind kind,
    String title,
    GoLiveStatus status,
    LocalDate startsOn,
    LocalDate endsOn,
    @Nullable String notes,
    @Nullable Long staffingRequestId,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
