package org.medley.desk.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.CommentView;
import org.medley.identity.Caller;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * The conversation on a ticket: public replies between the desk and the requester, and the desk's
 * internal notes. A requester's reply takes her ticket off hold; the desk's first public reply is
 * its response (the SLA's first-response target). A note that changes nothing else leaves the
 * ticket's version as it was, so an edit read before it still applies.
 */
@Singleton
@RetryLockConflicts
class TicketComments {

  private final TicketStore store;
  private final TicketGate gate;
  private final TicketNotices notices;
  private final TicketWrites writes;
  private final Clock clock;
  private final ApplicationEventPublisher<CommentAdded> added;

  TicketComments(
      TicketStore store,
      TicketGate gate,
      TicketNotices notices,
      TicketWrites writes,
      Clock clock,
      ApplicationEventPublisher<CommentAdded> added) {
    this.store = store;
    this.gate = gate;
    this.notices = notices;
    this.writes = writes;
    this.clock = clock;
    this.added = added;
  }

  @Transactional
  CommentView comment(Caller caller, long id, String body, String visibility) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    boolean worker = gate.canWork(context, ticket);
    boolean requester = context.access().requester(ticket);
    boolean internal = "INTERNAL".equals(visibility);
    if (internal && !context.access().seesInternal()) {
      throw Refused.invalid("visibility", "only the hospital's desk writes INTERNAL notes");
    }
    if (!worker && !requester) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "You can read this ticket but not comment on it.");
    }
    if (!ticket.open() && ticket.status() != TicketStatus.RESOLVED) {
      throw Refused.conflict("A " + ticket.status() + " ticket takes no more comments.");
    }
    Instant now = clock.instant();
    TicketSnapshot before = writes.snapshot(ticket);
    long commentId =
        store.addComment(ticket.tenantId(), id, context.actor(), visibility, body.strip(), now);
    CommentView comment =
        new CommentView(commentId, context.actor().name(), visibility, body.strip(), now);
    Change commented = Change.action("COMMENTED", visibility);
    notices.commented(ticket, context.actor(), internal, now);
    List<Change> changes = new ArrayList<>();
    boolean replied = false;
    if (requester && !worker) {
      changes.addAll(ticket.customerReplied(now));
      notices.requesterReplied(ticket, now);
    } else if ("PUBLIC".equals(visibility)) {
      replied = ticket.respond(now);
      if (ticket.waitsForRequester()) {
        // A reply while the ticket waits on her is a question she has to answer.
        notices.needsYou(ticket, context.actor(), now);
      } else {
        notices.replied(ticket, context.actor(), now);
      }
    }
    if (changes.isEmpty() && !replied) {
      writes.audit(ticket.tenantId(), id, context.actor(), now, List.of(commented));
      added.publishEvent(new CommentAdded(before, commentId, visibility, now));
      return comment;
    }
    changes.add(0, commented);
    ticket = writes.save(ticket, context.actor(), now, changes);
    writes.publishChange(before, ticket, now);
    if (replied) {
      writes.publish(
          new TicketEvent.Responded(
              writes.snapshot(ticket), now, TicketEvent.Response.PUBLIC_REPLY));
    }
    added.publishEvent(new CommentAdded(writes.snapshot(ticket), commentId, visibility, now));
    return comment;
  }

  @Transactional
  List<CommentView> comments(Caller caller, long id) {
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    gate.logRead(context, ticket, "comments");
    return store.comments(ticket.id(), !context.access().seesInternal()).stream()
        .map(
            c ->
                new CommentView(
                    c.id(), c.authorName(), c.visibility(), context.shown(c.body()), c.createdAt()))
        .toList();
  }
}
