package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.medley.desk.Priority;
import org.medley.desk.TicketType;

/** An SLA policy as the API shows it; the engagement criterion by name too. */
@Serdeable
record PolicyView(
    long id,
    String name,
    @Nullable TicketType ticketType,
    @Nullable Priority priority,
    @Nullable Integer criticality,
    @Nullable Long organizationId,
    @Nullable Long engagementId,
    @Nullable String engagementName,
    long calendarId,
    String response,
    String resolution,
    SlaPolicy.ResponseMetBy responseMetBy,
    List<String> pauseOn,
    List<Integer> warnings,
    List<BreachAction> breachActions,
    SlaPolicy.Retarget onRetarget,
    boolean active,
    long version) {

  static PolicyView of(SlaPolicy p, @Nullable String engagementName, long version) {
    PolicyTerms terms = p.terms();
    return new PolicyView(
        p.id(),
        p.name(),
        p.ticketType(),
        p.priority(),
        p.criticality(),
        p.organizationId(),
        p.engagementId(),
        engagementName,
        terms.calendarId(),
        terms.response().toString(),
        terms.resolution().toString(),
        p.responseMetBy(),
        terms.pauseOn().sorted(),
        terms.warnings(),
        terms.sortedActions(),
        p.onRetarget(),
        p.active(),
        version);
  }
}
