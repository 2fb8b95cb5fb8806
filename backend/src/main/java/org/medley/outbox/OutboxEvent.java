package org.medley.outbox;

import java.util.UUID;

/** One stored event as the relay hands it to its handler. */
public record OutboxEvent(
    long id,
    UUID eventId,
    long tenantId,
    String aggregateType,
    long aggregateId,
    String type,
    String payload,
    int attempts) {}
