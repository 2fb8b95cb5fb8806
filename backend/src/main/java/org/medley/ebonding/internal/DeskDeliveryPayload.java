package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.medley.integrations.api.DeskUpdate;

/**
 * The payload of an {@code ebonding.deliver} outbox event: a {@link DeskUpdate} without the desk's
 * ticket id (known only at delivery, after the CREATE before it came back), plus the connector and
 * tenant. Text has already passed the partner's minimum-necessary filter. An ATTACHMENT names the
 * file ({@code attachmentId}); the delivery loads its bytes, so the outbox row stays small, and
 * {@code phiCleared} records whether the partner was under a business associate agreement when the
 * file was attached.
 */
@Serdeable
record DeskDeliveryPayload(
    long tenantId,
    long connectorId,
    long ticketId,
    String ticketNumber,
    DeskUpdate.Kind kind,
    @Nullable String title,
    @Nullable String description,
    @Nullable String priority,
    @Nullable String status,
    @Nullable String pendingReason,
    @Nullable String text,
    @Nullable String resolutionCode,
    @Nullable String author,
    Instant at,
    @Nullable Long attachmentId,
    @Nullable Boolean phiCleared) {

  static final String TYPE = "ebonding.deliver";

  /** {@code desk:<connectorId>:<ticketId>}: one desk's updates of one ticket go in order. */
  static String orderingKey(long connectorId, long ticketId) {
    return connectorPrefix(connectorId) + ticketId;
  }

  static String connectorPrefix(long connectorId) {
    return "desk:" + connectorId + ":";
  }

  /**
   * The update as the gateway takes it; {@code externalId} null only for CREATE, {@code file} only
   * for ATTACHMENT.
   */
  DeskUpdate update(
      UUID eventId,
      DeskUpdate.Kind kind,
      @Nullable String externalId,
      @Nullable org.medley.integrations.api.DeskFile file) {
    return new DeskUpdate(
        eventId,
        ticketId,
        ticketNumber,
        externalId,
        kind,
        title,
        description,
        priority,
        status,
        pendingReason,
        text,
        resolutionCode,
        author,
        at,
        file);
  }
}
