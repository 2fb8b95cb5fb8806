package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Support groups as the marketplace sees them: which partner staffs each and which engagement
 * provides it. The engagement link is a column of the desk's groups, written only through here.
 */
public interface PartnerGroups {

  record Group(
      long id, String name, String tier, @Nullable Long partnerId, @Nullable Long engagementId) {}

  /** The tenant's partner-provided groups, by tier and name. */
  List<Group> partnerGroups(long tenantId);

  /** The tenant's groups among {@code ids}, by id; others' and unknown ids are left out. */
  Map<Long, Group> byId(long tenantId, Collection<Long> ids);

  /** The tenant's groups each of {@code engagementIds} provides, by tier and name. */
  Map<Long, List<Group>> providedBy(long tenantId, Collection<Long> engagementIds);

  /** The engagement providing the tenant's group; empty for internal and unprovided groups. */
  Optional<Long> engagementOf(long tenantId, long groupId);

  /** The engagement now provides exactly {@code groupIds} of the tenant (checked by the caller). */
  void provide(long tenantId, long engagementId, List<Long> groupIds);
}
