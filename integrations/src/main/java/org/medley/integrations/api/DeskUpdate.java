package org.medley.integrations.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of a Medley ticket to carry to the partner desk that holds it, as the outbox hands it
 * over. Text has already passed the minimum-necessary filter where the partner needs it. Delivery
 * is at least once: {@code eventId} is the idempotency key a desk that supports one receives, and
 * the protocols make repeats harmless where the desk does not (a create first looks the ticket up
 * by its Medley number).
 *
 * @param externalId the desk's id of the ticket; null only for {@link Kind#CREATE}
 * @param title CREATE and UPDATE: the ticket's title
 * @param description CREATE: the ticket's description; UPDATE: the new description when it was
 *     edited (null: unchanged)
 * @param priority CREATE and UPDATE: {@code P1}…{@code P4}
 * @param status CREATE and UPDATE: the Medley status ({@code ASSIGNED}, {@code IN_PROGRESS}, {@code
 *     PENDING}, …)
 * @param pendingReason with status {@code PENDING}: {@code CUSTOMER}, {@code VENDOR}, {@code
 *     PARTNER}, {@code CHANGE}
 * @param text PUBLIC_COMMENT and INTERNAL_NOTE: the comment; RESOLVE: the resolution; CANCEL: why
 * @param resolutionCode RESOLVE: Medley's resolution code
 * @param author who wrote or did it, as Medley names them
 * @param file ATTACHMENT: the file, bytes loaded at delivery
 */
public record DeskUpdate(
    UUID eventId,
    long ticketId,
    String ticketNumber,
    String externalId,
    Kind kind,
    String title,
    String description,
    String priority,
    String status,
    String pendingReason,
    String text,
    String resolutionCode,
    String author,
    Instant at,
    DeskFile file) {

  /** An update that carries no file. */
  public DeskUpdate(
      UUID eventId,
      long ticketId,
      String ticketNumber,
      String externalId,
      Kind kind,
      String title,
      String description,
      String priority,
      String status,
      String pendingReason,
      String text,
      String resolutionCode,
      String author,
      Instant at) {
    this(
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
        null);
  }

  public DeskUpdate {
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(ticketNumber);
    if (kind != Kind.CREATE && externalId == null) {
      throw new IllegalArgumentException(kind + " needs the desk's ticket id");
    }
    if (kind == Kind.ATTACHMENT && file == null) {
      throw new IllegalArgumentException("ATTACHMENT needs its file");
    }
  }

  public enum Kind {
    /** Open the ticket in the desk; the answer carries the desk's id. */
    CREATE,
    /** A reply the requester sees (RT correspond, ServiceNow comments, JSM public comment). */
    PUBLIC_COMMENT,
    /** A note for agents only (RT comment, ServiceNow work_notes, JSM internal comment). */
    INTERNAL_NOTE,
    /** Title, description, priority or status changed. */
    UPDATE,
    /** Resolved in Medley, with the resolution text and code. */
    RESOLVE,
    /** Cancelled in Medley, or taken back from the partner: the desk closes its side. */
    CANCEL,
    /**
     * A file added to the ticket in Medley, {@code author} the one who attached it. Only files a
     * partner may see travel (PUBLIC ones; on a PHI ticket only under a business associate
     * agreement).
     */
    ATTACHMENT
  }

  /** The same update for a ticket the desk now knows by {@code externalId}. */
  public DeskUpdate withExternalId(String externalId) {
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
