package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketFacts;
import org.medley.desk.TicketOutcomes;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;

/**
 * One ticket as the operations read model keeps it: where it sits now, when it was opened, left the
 * open set and was resolved (local days in the hospital's zone), and what its history counts for
 * ({@link TicketOutcomes}). Built from the desk's rows on a rebuild, and moved on by each ticket
 * event: both ways must end at the same fact (the property test holds them equal). {@code groupId}
 * 0: no group; {@code partnerId} 0: internal.
 */
record OpsFact(
    long ticketId,
    String number,
    Instant openedAt,
    LocalDate openedDay,
    LocalDateTime openedHour,
    Priority priority,
    Tier tier,
    Tier firstTier,
    long applicationId,
    long groupId,
    long partnerId,
    TicketStatus status,
    @Nullable Instant leftAt,
    @Nullable LocalDate leftDay,
    @Nullable LocalDate resolvedDay,
    int reopens,
    boolean handedOn,
    boolean escalated,
    @Nullable Integer rating) {

  boolean open() {
    return status.isOpen();
  }

  boolean resolved() {
    return resolvedDay != null
        && (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED);
  }

  boolean firstContact() {
    return resolved() && TicketOutcomes.firstContact(reopens, handedOn);
  }

  static LocalDate day(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }

  static LocalDateTime hour(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
  }

  /** Instants as the database keeps them (microseconds), so both ways compare equal. */
  static Instant stored(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  /** A ticket just opened. */
  static OpsFact opened(TicketSnapshot t, ZoneId zone) {
    Instant at = stored(t.createdAt());
    return new OpsFact(
        t.id(),
        t.number(),
        at,
        day(at, zone),
        hour(at, zone),
        t.priority(),
        t.tier(),
        t.tier(),
        t.applicationId(),
        t.groupId() == null ? 0 : t.groupId(),
        t.partnerId() == null ? 0 : t.partnerId(),
        t.status(),
        null,
        null,
        null,
        0,
        false,
        false,
        null);
  }

  /** This fact after {@code event} (which is about this ticket). */
  OpsFact after(TicketEvent event, ZoneId zone) {
    TicketSnapshot t = event.ticket();
    Instant leftAt = this.leftAt;
    LocalDate resolvedDay = this.resolvedDay;
    int reopens = this.reopens;
    boolean handedOn = this.handedOn;
    boolean escalated = this.escalated;
    Integer rating = this.rating;
    if (event instanceof TicketEvent.Changed changed) {
      TicketSnapshot before = changed.before();
      Instant at = stored(changed.at());
      if (TicketOutcomes.reopened(before, t)) {
        reopens++;
        leftAt = null;
        resolvedDay = null;
      }
      if (t.status() == TicketStatus.RESOLVED && before.status() != TicketStatus.RESOLVED) {
        leftAt = at;
        resolvedDay = day(at, zone);
      } else if (t.status() == TicketStatus.CANCELLED
          && before.status() != TicketStatus.CANCELLED) {
        leftAt = at;
      }
      handedOn |= TicketOutcomes.handedOn(before, t);
      escalated |= TicketOutcomes.escalated(before, t);
    } else if (event instanceof TicketEvent.Rated rated) {
      rating = rated.rating();
    }
    return new OpsFact(
        ticketId,
        number,
        openedAt,
        openedDay,
        openedHour,
        t.priority(),
        t.tier(),
        firstTier,
        t.applicationId(),
        t.groupId() == null ? 0 : t.groupId(),
        t.partnerId() == null ? 0 : t.partnerId(),
        t.status(),
        leftAt,
        leftAt == null ? null : day(leftAt, zone),
        resolvedDay,
        reopens,
        handedOn,
        escalated,
        rating);
  }

  /**
   * A ticket as the desk's rows tell it: it left the open set when resolved (still resolved or
   * closed) or, cancelled, when closed.
   */
  static OpsFact of(TicketFacts.Fact f, ZoneId zone) {
    Instant opened = stored(f.createdAt());
    Instant resolvedAt = f.resolvedAt() == null ? null : stored(f.resolvedAt());
    boolean resolved = f.status() == TicketStatus.RESOLVED || f.status() == TicketStatus.CLOSED;
    Instant leftAt =
        resolved
            ? resolvedAt
            : f.status() == TicketStatus.CANCELLED && f.closedAt() != null
                ? stored(f.closedAt())
                : null;
    return new OpsFact(
        f.id(),
        f.number(),
        opened,
        day(opened, zone),
        hour(opened, zone),
        f.priority(),
        f.tier(),
        f.firstTier(),
        f.applicationId(),
        f.groupId() == null ? 0 : f.groupId(),
        f.partnerId() == null ? 0 : f.partnerId(),
        f.status(),
        leftAt,
        leftAt == null ? null : day(leftAt, zone),
        resolved && resolvedAt != null ? day(resolvedAt, zone) : null,
        f.reopens(),
        f.handedOn(),
        f.escalated(),
        f.rating());
  }
}
