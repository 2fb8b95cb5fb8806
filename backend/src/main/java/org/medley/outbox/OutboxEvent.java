package org.medley.outbox;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored event as the relay hands it to its handler.
 *
 * @param orderingKey events sharing it are delivered one at a time in id order (null: unordered)
 * @param createdAt when the transaction that wrote it ran (commit-to-delivery is measured from it)
 */
public record OutboxEvent(
    long id,
    UUID eventId,
    long tenantId,
    String aggregateType,
    long aggregateId,
    String type,
    String payload,
    int attempts,
    @Nullable String orderingKey,
    Instant createdAt) {}
