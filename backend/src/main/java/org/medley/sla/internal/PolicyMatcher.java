package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
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

  /** {@code engagementId}: the active engagement whose group holds the ticket, or null. */
  static Optional<SlaPolicy> match(
      Collection<SlaPolicy> policies, TicketSnapshot ticket, @Nullable Long engagementId) {
    return policies.stream().filter(p -> p.matches(ticket, engagementId)).min(PREFERENCE);
  }
}
