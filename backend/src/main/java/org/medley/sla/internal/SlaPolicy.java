package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import org.medley.desk.Priority;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketType;

/**
 * What an SLA promises to a kind of ticket: which tickets (null criteria match anything; an
 * engagement criterion matches while one of that engagement's groups holds the ticket), the terms
 * an OLA makes too (targets, pause rule, warnings, breach actions), what meets the response target,
 * and whether a re-target restarts the clock.
 */
record SlaPolicy(
    long id,
    String name,
    @Nullable TicketType ticketType,
    @Nullable Priority priority,
    @Nullable Integer criticality,
    @Nullable Long organizationId,
    @Nullable Long engagementId,
    PolicyTerms terms,
    ResponseMetBy responseMetBy,
    Retarget onRetarget,
    boolean active) {

  enum ResponseMetBy {
    /** An agent picks the ticket up, or writes the first public reply, whichever comes first. */
    EITHER,
    ACKNOWLEDGED,
    PUBLIC_REPLY
  }

  enum Retarget {
    /** Business time run so far counts against the new target. */
    CARRY_OVER,
    /** The new target starts from zero at the change. */
    RESTART
  }

  /**
   * Whether it applies to the ticket; {@code engagementId} is the active engagement whose group
   * holds the ticket (null: none), which the desk's snapshot does not carry.
   */
  boolean matches(TicketSnapshot ticket, @Nullable Long engagementId) {
    return active
        && (ticketType == null || ticketType == ticket.type())
        && (priority == null || priority == ticket.priority())
        && (criticality == null || criticality == ticket.applicationCriticality())
        && (organizationId == null || organizationId.equals(ticket.partnerId()))
        && (this.engagementId == null || this.engagementId.equals(engagementId));
  }

  /** How many criteria the policy names: the more, the more specific. */
  int specificity() {
    return (ticketType == null ? 0 : 1)
        + (priority == null ? 0 : 1)
        + (criticality == null ? 0 : 1)
        + (organizationId == null ? 0 : 1)
        + (engagementId == null ? 0 : 1);
  }
}
