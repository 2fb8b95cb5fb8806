package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import org.medley.coverage.Tier;

/**
 * A ticket as other features see it in desk events: the fields SLA policies, OLAs and read models
 * decide on. {@code partnerId} is the partner organisation providing the ticket's current group
 * (null for an internal group).
 */
public record TicketSnapshot(
    long tenantId,
    long id,
    String number,
    TicketType type,
    Priority priority,
    TicketStatus status,
    @Nullable PendingReason pendingReason,
    Tier tier,
    @Nullable Long groupId,
    @Nullable Long partnerId,
    @Nullable Long assigneeId,
    long applicationId,
    int applicationCriticality,
    long requesterId,
    boolean phi,
    Instant createdAt) {}
