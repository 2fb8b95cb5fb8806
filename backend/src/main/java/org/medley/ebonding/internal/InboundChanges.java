package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.medley.desk.ExternalReferences;
import org.medley.desk.PartnerDeskActions;
import org.medley.desk.PartnerDeskActions.StatusHistory;
import org.medley.desk.PartnerDeskActions.Visibility;
import org.medley.desk.PendingReason;
import org.medley.desk.TicketStatus;
import org.medley.ebonding.DeskChangeClaim;
import org.medley.integrations.api.DeskChange;
import org.medley.market.Engagements;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * Applies what a partner did in its own desk to Medley's ticket, once per desk event: the event's
 * row in {@code desk_inbound_events} is written first, in the transaction of the change, so a
 * replay finds it and writes nothing else. Replies and notes always merge; status changes follow
 * {@link StatusConflict}; a change the ticket refuses (resolving a closed ticket) is kept as an
 * INTERNAL note and counted as ignored, never retried, and so is a status change from a desk that
 * no longer holds the ticket (returned to the hospital, reassigned). Everything runs as the desk's
 * change ({@link DeskOrigin}), so nothing of it is sent back to that desk.
 */
@Singleton
class InboundChanges {

  /** What became of one desk change. */
  enum Outcome {
    /** Applied to the ticket. */
    APPLIED,
    /** Applied before (same connector, same desk event id): nothing written. */
    DUPLICATE,
    /** Not applied (the ticket refused it, or Medley's later status won); kept as a note. */
    IGNORED,
    /** No ticket of the tenant has this desk id: nothing written. */
    UNKNOWN_TICKET
  }

  /** Longest actor name the audit trail keeps. */
  private static final int MAX_ACTOR = 200;

  private final ExternalReferences references;
  private final Engagements engagements;
  private final PartnerDeskActions desk;
  private final InboundEventStore events;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final List<DeskChangeClaim> claims;

  InboundChanges(
      ExternalReferences references,
      Engagements engagements,
      PartnerDeskActions desk,
      InboundEventStore events,
      TransactionOperations<Connection> transactions,
      Clock clock,
      List<DeskChangeClaim> claims) {
    this.claims = claims;
    this.references = references;
    this.engagements = engagements;
    this.desk = desk;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Applies one change of {@code connector}'s desk; safe to repeat. */
  @RetryLockConflicts
  public Outcome apply(ConnectorDirectory.Connector connector, DeskChange change) {
    Optional<Long> ticket =
        references.ticketId(connector.tenantId(), connector.refSystem(), change.externalId());
    if (ticket.isEmpty()) {
      // Nothing recorded: the desk's retry applies it once Medley knows the desk's id.
      return Outcome.UNKNOWN_TICKET;
    }
    Applying applying = new Applying(connector, ticket.get(), change);
    return DeskOrigin.applying(
        connector.id(),
        () -> {
          try {
            return transactions.executeWrite(status -> applying.apply());
          } catch (Refused refused) {
            return transactions.executeWrite(status -> applying.keepAsNote(refused));
          }
        });
  }

  /** One change on its way to one ticket. */
  private final class Applying {

    private final ConnectorDirectory.Connector connector;
    private final long ticketId;
    private final DeskChange change;
    private final String key;
    private final String actor;

    Applying(ConnectorDirectory.Connector connector, long ticketId, DeskChange change) {
      this.connector = connector;
      this.ticketId = ticketId;
      this.change = change;
      this.key = InboundEventStore.key(change.deskEventId());
      this.actor = actor(connector, change);
    }

    Outcome apply() {
      if (!received()) {
        return Outcome.DUPLICATE;
      }
      for (DeskChangeClaim claim : claims) {
        if (claim.claim(connector.tenantId(), connector.id(), ticketId, actor, change)) {
          events.outcome(connector.id(), key, Outcome.APPLIED);
          return Outcome.APPLIED;
        }
      }
      StatusHistory ticket = history();
      Outcome outcome =
          switch (change.kind()) {
            case PUBLIC_REPLY -> comment(Visibility.PUBLIC, change.text());
            case INTERNAL_NOTE -> comment(Visibility.INTERNAL, change.text());
            case ASSIGNEE ->
                comment(
                    Visibility.INTERNAL,
                    "Taken by " + orElse(change.author(), change.text()) + " in " + deskName());
            case IN_PROGRESS, ON_HOLD, RESOLVED, CANCELLED, REJECTED -> status(ticket);
          };
      events.outcome(connector.id(), key, outcome);
      return outcome;
    }

    /** The ticket refused the change (its transaction rolled back): a note says what came. */
    Outcome keepAsNote(Refused refused) {
      if (!received()) {
        return Outcome.DUPLICATE;
      }
      if (!settled(history().status())) {
        note(
            describe() + " in " + deskName() + ", but Medley did not apply it: " + reason(refused));
      }
      events.outcome(connector.id(), key, Outcome.IGNORED);
      return Outcome.IGNORED;
    }

    private boolean received() {
      return events.receive(connector.id(), key, connector.tenantId(), ticketId, clock.instant());
    }

    private StatusHistory history() {
      return desk.statusHistory(connector.tenantId(), ticketId)
          .orElseThrow(() -> Refused.notFound("ticketId", "the ticket is gone"));
    }

    private Outcome status(StatusHistory ticket) {
      if (!settled(ticket.status()) && !heldByThisDesk(ticket)) {
        // Moved on to another group (returned, reassigned): the desk's word no longer decides.
        note(
            describe()
                + " in "
                + deskName()
                + ", but the ticket is no longer with "
                + deskName()
                + ", so it stays "
                + ticket.status()
                + "."
                + (blank(change.text()) ? "" : "\n\n" + change.text().strip()));
        return Outcome.IGNORED;
      }
      switch (StatusConflict.judge(ticket, change.at(), deskName())) {
        case FINAL -> {
          return Outcome.IGNORED; // a closed ticket takes not even a note
        }
        case NOTE -> {
          var medleys = StatusConflict.lastChangeElsewhere(ticket, deskName()).orElseThrow();
          note(
              describe()
                  + " in "
                  + deskName()
                  + " at "
                  + change.at()
                  + ", before the ticket became "
                  + medleys.to()
                  + " ("
                  + medleys.actor()
                  + ", "
                  + medleys.at()
                  + "), so it stays "
                  + ticket.status()
                  + "."
                  + (blank(change.text()) ? "" : "\n\n" + change.text().strip()));
          return Outcome.IGNORED;
        }
        case APPLY -> {
          move();
          return Outcome.APPLIED;
        }
      }
      throw new IllegalStateException("unreachable");
    }

    private boolean heldByThisDesk(StatusHistory ticket) {
      return ticket.groupId() != null
          && engagements
              .forGroup(connector.tenantId(), ticket.groupId())
              .map(Engagements.Ref::connectorId)
              .filter(id -> id == connector.id())
              .isPresent();
    }

    private void move() {
      long tenant = connector.tenantId();
      switch (change.kind()) {
        case IN_PROGRESS ->
            desk.transition(
                tenant, ticketId, actor, TicketStatus.IN_PROGRESS, null, null, change.text());
        case ON_HOLD -> {
          desk.transition(
              tenant, ticketId, actor, TicketStatus.PENDING, PendingReason.PARTNER, null, null);
          if (!blank(change.text())) {
            note("On hold in " + deskName() + ": " + change.text().strip());
          }
        }
        case RESOLVED ->
            desk.transition(
                tenant, ticketId, actor, TicketStatus.RESOLVED, null, null, change.text());
        case CANCELLED ->
            desk.transition(
                tenant, ticketId, actor, TicketStatus.CANCELLED, null, null, change.text());
        case REJECTED ->
            desk.returnToHospital(
                tenant, ticketId, actor, orElse(change.text(), "Rejected in " + deskName()));
        default -> throw new IllegalStateException("not a status change: " + change.kind());
      }
    }

    private Outcome comment(Visibility visibility, @Nullable String text) {
      if (blank(text)) {
        throw Refused.invalid("text", "the desk's comment has no text");
      }
      desk.comment(connector.tenantId(), ticketId, actor, visibility, text);
      return Outcome.APPLIED;
    }

    private void note(String text) {
      desk.comment(connector.tenantId(), ticketId, actor, Visibility.INTERNAL, text);
    }

    private String deskName() {
      return connector.connection().name();
    }

    private String describe() {
      String who = blank(change.author()) ? "The partner" : change.author().strip();
      String what =
          switch (change.kind()) {
            case PUBLIC_REPLY -> "replied";
            case INTERNAL_NOTE -> "added a note";
            case IN_PROGRESS -> "started work";
            case ON_HOLD -> "put the ticket on hold";
            case RESOLVED -> "resolved the ticket";
            case CANCELLED -> "cancelled the ticket";
            case REJECTED -> "handed the ticket back";
            case ASSIGNEE -> "took the ticket";
          };
      return who + " " + what;
    }
  }

  /** {@code "<desk>"} or {@code "<desk>: <desk user>"}, as the timeline names the change. */
  static String actor(ConnectorDirectory.Connector connector, DeskChange change) {
    String name = connector.connection().name();
    String actor = blank(change.author()) ? name : name + ": " + change.author().strip();
    return actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR);
  }

  /** CLOSED and CANCELLED tickets take nothing more, not even a note. */
  private static boolean settled(TicketStatus status) {
    return status == TicketStatus.CLOSED || status == TicketStatus.CANCELLED;
  }

  private static String reason(Refused refused) {
    return refused.errors().isEmpty()
        ? refused.getMessage()
        : refused.errors().stream()
            .map(e -> e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse(refused.getMessage());
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  private static String orElse(@Nullable String text, String fallback) {
    return blank(text) ? fallback : text.strip();
  }
}
