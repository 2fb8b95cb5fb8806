package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.medley.desk.GroupEngagements;
import org.medley.market.Engagements;

/** The desk's view of the engagements that may provide a support group. */
@Singleton
class EngagementsForGroups implements GroupEngagements {

  private final Engagements engagements;
  private final ProvidedGroups groups;

  EngagementsForGroups(Engagements engagements, ProvidedGroups groups) {
    this.engagements = engagements;
    this.groups = groups;
  }

  @Override
  public Optional<Engagement> engagement(long tenantId, long engagementId) {
    return engagements
        .byId(tenantId, engagementId)
        .map(e -> new Engagement(e.id(), e.partnerId(), e.name(), e.active()));
  }

  @Override
  public Map<Long, Long> providers(long tenantId, Collection<Long> groupIds) {
    return groups.providers(tenantId, groupIds);
  }

  @Override
  public void provide(long tenantId, long groupId, @Nullable Long engagementId) {
    groups.link(tenantId, groupId, engagementId);
  }
}
