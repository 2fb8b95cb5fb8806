package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.medley.desk.GroupEngagements;
import org.medley.market.Engagements;

/** The desk's view of the engagements that may provide a support group. */
@Singleton
class EngagementsForGroups implements GroupEngagements {

  private final Engagements engagements;

  EngagementsForGroups(Engagements engagements) {
    this.engagements = engagements;
  }

  @Override
  public Optional<Engagement> engagement(long tenantId, long engagementId) {
    return engagements
        .byId(tenantId, engagementId)
        .map(e -> new Engagement(e.id(), e.partnerId(), e.name(), e.active()));
  }
}
