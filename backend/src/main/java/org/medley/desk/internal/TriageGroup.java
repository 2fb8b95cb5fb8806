package org.medley.desk.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medley.desk.Tier;

/**
 * Where a ticket goes when its reporter does not know the application ("Other / I don't know"): the
 * service desk's triage group, which is the hospital's own first L1 group by name. A partner's L1
 * desk (an overnight desk) never triages: working out what a ticket is about is the hospital's job.
 * Riverside's is "Service Desk".
 */
final class TriageGroup {

  private TriageGroup() {}

  static Optional<TicketStore.Group> of(List<TicketStore.Group> groups) {
    return groups.stream()
        .filter(g -> g.tier() == Tier.L1 && g.partnerId() == null)
        .min(Comparator.comparing(TicketStore.Group::name).thenComparing(TicketStore.Group::id));
  }
}
