package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What happened to a ticket. Published synchronously inside the transaction that made the change,
 * so a listener's writes (SLA timers, outbox rows) commit or roll back with it. Listen with
 * {@code @EventListener void on(TicketEvent event)} and switch over the cases.
 */
public sealed interface TicketEvent {

  TicketSnapshot ticket();

  Instant at();

  /**
   * A new ticket, already routed to its first group and stored with {@code slaDueAt}, the deadline
   * {@link SlaForecast} foresaw for it (null: none, or not asked).
   */
  record Opened(TicketSnapshot ticket, Instant at, @Nullable Instant slaDueAt)
      implements TicketEvent {

    public Opened(TicketSnapshot ticket, Instant at) {
      this(ticket, at, null);
    }
  }

  /** Any change of status, priority, tier, group, assignee or PHI flag. */
  record Changed(TicketSnapshot before, TicketSnapshot ticket, Instant at) implements TicketEvent {}

  /** An agent answered the requester: picked the ticket up, or wrote the first public reply. */
  record Responded(TicketSnapshot ticket, Instant at, Response how) implements TicketEvent {}

  /**
   * A comment was stored: a PUBLIC reply or an INTERNAL note, as written (partner desks filter the
   * text for themselves).
   */
  record Commented(
      TicketSnapshot ticket,
      Instant at,
      long commentId,
      PartnerDeskActions.Visibility visibility,
      String body,
      String authorName)
      implements TicketEvent {}

  /**
   * The ticket's title or description was edited ({@code fields} names which): nothing the SLA
   * follows, but partner desks that hold the ticket show the new title.
   */
  record Edited(TicketSnapshot ticket, Instant at, java.util.Set<String> fields)
      implements TicketEvent {

    public Edited {
      fields = java.util.Set.copyOf(fields);
    }
  }

  /**
   * A file was attached ({@code visibility} {@code PUBLIC} or {@code INTERNAL}); the bytes stay in
   * the desk's store, read through {@link TicketFiles} by whoever must send them on.
   */
  record Attached(
      TicketSnapshot ticket,
      Instant at,
      long attachmentId,
      String filename,
      String visibility,
      String uploadedBy)
      implements TicketEvent {}

  /** The requester rated the resolved ticket (1–5); a new rating replaces the last. */
  record Rated(TicketSnapshot ticket, Instant at, int rating) implements TicketEvent {}

  enum Response {
    ACKNOWLEDGED,
    PUBLIC_REPLY
  }
}
