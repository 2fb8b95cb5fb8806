package org.medley.integrations.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a partner did in its own desk, for Medley to apply to its ticket. Read from a webhook
 * call or a poll; changes Medley made itself (by its integration user) are never reported, so
 * nothing echoes.
 *
 * @param deskEventId the desk's id of this event, unique per connector: Medley applies each once
 * @param externalId the desk's id of the ticket, as Medley recorded it when it created it there
 * @param text PUBLIC_REPLY and INTERNAL_NOTE: the comment; RESOLVED: the resolution; REJECTED and
 *     ON_HOLD: the reason; ASSIGNEE: the assignee's name
 * @param author who did it in the desk, for the ticket's timeline
 * @param deskStatus the desk's own status name, for the audit trail
 * @param at when the desk says it happened
 */
public record DeskChange(
    String deskEventId,
    String externalId,
    Kind kind,
    String text,
    String author,
    String deskStatus,
    Instant at) {

  public DeskChange {
    Objects.requireNonNull(deskEventId);
    Objects.requireNonNull(externalId);
    Objects.requireNonNull(kind);
  }

  public enum Kind {
    /** A reply for the requester: a PUBLIC comment. */
    PUBLIC_REPLY,
    /** An internal note: an INTERNAL comment. */
    INTERNAL_NOTE,
    /** The partner works on it: IN_PROGRESS. */
    IN_PROGRESS,
    /** On hold / stalled: PENDING(PARTNER). */
    ON_HOLD,
    /** Resolved, with the desk's resolution text. */
    RESOLVED,
    /** Cancelled or closed without a fix on the desk's side. */
    CANCELLED,
    /** The partner refuses the ticket: back to the hospital's group with the reason. */
    REJECTED,
    /** Someone in the desk took it. */
    ASSIGNEE
  }
}
