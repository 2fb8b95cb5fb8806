package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A notification as the bell lists it. */
@MappedEntity("notifications")
record NotificationRow(
    @Id long id,
    long recipientId,
    @Nullable Long ticketId,
    String kind,
    String message,
    Instant createdAt,
    @Nullable Instant readAt) {}
