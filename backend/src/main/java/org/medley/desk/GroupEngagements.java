package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The partner engagements that may provide a support group, as the desk needs to know them when an
 * admin sets a group up or retires it. Which engagement provides a group is the marketplace's
 * record: the desk sits below the marketplace, so it defines this port and the marketplace
 * implements it.
 */
public interface GroupEngagements {

  /** An engagement in brief: its partner, and whether it is in force today. */
  record Engagement(long id, long partnerId, String name, boolean active) {}

  /** The tenant's engagement, or empty (another tenant's reads as missing). */
  Optional<Engagement> engagement(long tenantId, long engagementId);

  /** The engagement providing each of the tenant's {@code groupIds} that one provides. */
  Map<Long, Long> providers(long tenantId, Collection<Long> groupIds);

  /**
   * The engagement now provides the tenant's group, or (null) none does: what an admin sets on the
   * group. The caller checked that the engagement is the tenant's.
   */
  void provide(long tenantId, long groupId, @Nullable Long engagementId);
}
