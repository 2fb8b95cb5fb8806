package org.medley.desk;

import java.util.Collection;
import java.util.Map;

/** Display names of a tenant's support groups, for features that report per group (SLA). */
public interface SupportGroupNames {

  /** Names of those of {@code groupIds} that belong to the tenant; others are left out. */
  Map<Long, String> names(long tenantId, Collection<Long> groupIds);
}
