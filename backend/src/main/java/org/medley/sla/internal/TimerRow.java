package org.medley.sla.internal;

import java.time.Instant;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketSnapshot;

/**
 * A stored timer: whose it is, which policy and calendar it follows, its arithmetic ({@link
 * SlaTimer}) and the ticket's dimensions as of the last change. {@code id} is null until inserted.
 */
record TimerRow(
    Long id,
    long tenantId,
    long ticketId,
    String ticketNumber,
    TimerKind kind,
    Target target,
    Long policyId,
    Long partnerId,
    long calendarId,
    Instant startedAt,
    SlaTimer timer,
    Dimensions dims,
    long version) {

  /** What compliance is grouped by, and whom the sweep notifies. */
  record Dimensions(
      Priority priority,
      Tier tier,
      long applicationId,
      Long groupId,
      Long groupPartnerId,
      Long assigneeId) {

    static Dimensions of(TicketSnapshot ticket) {
      return new Dimensions(
          ticket.priority(),
          ticket.tier(),
          ticket.applicationId(),
          ticket.groupId(),
          ticket.partnerId(),
          ticket.assigneeId());
    }
  }

  TimerRow with(SlaTimer next) {
    return new TimerRow(
        id,
        tenantId,
        ticketId,
        ticketNumber,
        kind,
        target,
        policyId,
        partnerId,
        calendarId,
        startedAt,
        next,
        dims,
        version);
  }

  TimerRow with(Dimensions next) {
    return new TimerRow(
        id,
        tenantId,
        ticketId,
        ticketNumber,
        kind,
        target,
        policyId,
        partnerId,
        calendarId,
        startedAt,
        timer,
        next,
        version);
  }

  TimerRow retargeted(Long nextPolicyId, long nextCalendarId, SlaTimer next) {
    return new TimerRow(
        id,
        tenantId,
        ticketId,
        ticketNumber,
        kind,
        target,
        nextPolicyId,
        partnerId,
        nextCalendarId,
        startedAt,
        next,
        dims,
        version);
  }

  BreachEscalation.Holder holder() {
    return new BreachEscalation.Holder(
        ticketId, ticketNumber, dims.groupId(), dims.assigneeId(), dims.groupPartnerId());
  }
}
