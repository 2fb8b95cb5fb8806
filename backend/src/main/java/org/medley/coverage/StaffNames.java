package org.medley.coverage;

import java.util.Collection;
import java.util.Map;

/** Names of a tenant's staff members, for features that show who did the work (HTM's audit). */
public interface StaffNames {

  /** Names of those of {@code staffIds} on the tenant's staff; others are left out. */
  Map<Long, String> names(long tenantId, Collection<Long> staffIds);
}
