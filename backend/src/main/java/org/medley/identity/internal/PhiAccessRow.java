package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One logged read of a PHI-flagged ticket, as compliance lists it. */
@MappedEntity("phi_access_log")
record PhiAccessRow(
    @Id long id,
    long tenantId,
    long accountId,
    String username,
    long organizationId,
    long ticketId,
    String ticketNumber,
    String fields,
    String channel,
    @Nullable String clientAddress,
    Instant at) {}
