package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Support groups as the marketplace sees them: which partner staffs each. Which engagement provides
 * a group is the marketplace's own record.
 */
public interface PartnerGroups {

  record Group(long id, String name, String tier, @Nullable Long partnerId) {}

  /** The tenant's partner-provided groups, by tier and name. */
  List<Group> partnerGroups(long tenantId);

  /** The tenant's groups among {@code ids}, by id; others' and unknown ids are left out. */
  Map<Long, Group> byId(long tenantId, Collection<Long> ids);
}
