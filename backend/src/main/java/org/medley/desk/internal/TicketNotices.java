package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import org.medley.desk.TicketStatus;

/**
 * Who hears of a ticket's change, in the transaction of the change: the requester of replies, of a
 * question waiting on her and of resolution; an assignee of new work, of a reopening and of her
 * requester's reply; the ticket's watchers of status changes and comments. The texts are written
 * here, so every way to make a change tells it the same way.
 */
@Singleton
class TicketNotices {

  private final Notifications notifications;
  private final WatcherStore watchers;

  TicketNotices(Notifications notifications, WatcherStore watchers) {
    this.notifications = notifications;
    this.watchers = watchers;
  }

  /** Tells a new assignee (not {@code previous}, who had it already) of the work. */
  void assigned(Ticket ticket, @Nullable Long previous, Instant now) {
    if (ticket.assigneeId() != null && !ticket.assigneeId().equals(previous)) {
      toStaff(
          ticket,
          ticket.assigneeId(),
          "ASSIGNED",
          ticket.number() + " was assigned to you: " + ticket.title(),
          now);
    }
  }

  /** The requester hears of resolution; the assignee of a resolved ticket reopened. */
  void transitioned(TicketStatus before, Ticket ticket, Instant now) {
    if (ticket.status() == TicketStatus.RESOLVED) {
      toRequester(
          ticket, "RESOLVED", ticket.number() + " was resolved: " + ticket.resolution(), now);
    } else if (before == TicketStatus.RESOLVED && ticket.assigneeId() != null) {
      toStaff(ticket, ticket.assigneeId(), "REOPENED", ticket.number() + " was reopened", now);
    }
  }

  /** Tells the requester that the ticket waits on her answer (in the app, and by e-mail). */
  void needsYou(Ticket ticket, Actor actor, Instant now) {
    if (Long.valueOf(ticket.requesterId()).equals(actor.accountId())) {
      return; // she put her own ticket on hold: nothing to tell her
    }
    toRequester(
        ticket,
        Notifications.NEEDS_YOU,
        "Needs you: "
            + ticket.number()
            + " "
            + ticket.title()
            + " — "
            + actor.name()
            + " is waiting for your answer",
        now);
  }

  /** A public reply from the desk reaches the requester, unless she wrote it herself. */
  void replied(Ticket ticket, Actor actor, Instant now) {
    if (!Long.valueOf(ticket.requesterId()).equals(actor.accountId())) {
      toRequester(ticket, "COMMENT", ticket.number() + ": " + actor.name() + " replied", now);
    }
  }

  /** The requester answered: her assignee hears of it. */
  void requesterReplied(Ticket ticket, Instant now) {
    if (ticket.assigneeId() != null) {
      toStaff(
          ticket,
          ticket.assigneeId(),
          "REQUESTER_REPLIED",
          ticket.number() + ": requester replied",
          now);
    }
  }

  /** What a ticket's watchers read when its status changes. */
  void statusChanged(Ticket ticket, Actor actor, Instant now) {
    watchers.tell(ticket, actor, false, statusNotice(ticket), now);
  }

  /** Watchers hear of a comment; of an internal note only those who may read it. */
  void commented(Ticket ticket, Actor actor, boolean internal, Instant now) {
    watchers.tell(
        ticket,
        actor,
        internal,
        ticket.number()
            + ": "
            + actor.name()
            + (internal ? " added an internal note" : " commented"),
        now);
  }

  private static String statusNotice(Ticket ticket) {
    return switch (ticket.status()) {
      case RESOLVED -> ticket.number() + " was resolved: " + ticket.resolution();
      case PENDING ->
          ticket.number()
              + " is waiting"
              + (ticket.pendingReason() == null
                  ? ""
                  : " on " + ticket.pendingReason().name().toLowerCase(Locale.ROOT));
      default ->
          ticket.number()
              + " is now "
              + ticket.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private void toRequester(Ticket ticket, String kind, String message, Instant now) {
    notifications.notify(ticket.tenantId(), ticket.requesterId(), ticket.id(), kind, message, now);
  }

  private void toStaff(Ticket ticket, long staffId, String kind, String message, Instant now) {
    Long account = notifications.accountOfStaff(staffId);
    if (account != null) {
      notifications.notify(ticket.tenantId(), account, ticket.id(), kind, message, now);
    }
  }
}
