package org.medley.sla.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.medley.desk.TicketSnapshot;

/**
 * Which SLA policy governs a ticket: of the active policies whose criteria all match, the most
 * specific (most criteria named); between equally specific ones, the oldest (lowest id), so adding
 * a policy never silently changes which of two older ones applies.
 */
final class PolicyMatcher {

  private static final Comparator<SlaPolicy> PREFERENCE =
      Comparator.comparingInt(SlaPolicy::specificity).reversed().thenComparingLong(SlaPolicy::id);

  private PolicyMatcher() {}

  static Optional<SlaPolicy> match(Collection<SlaPolicy> policies, TicketSnapshot ticket) {
    return policies.stream().filter(p -> p.matches(ticket)).min(PREFERENCE);
  }
}
