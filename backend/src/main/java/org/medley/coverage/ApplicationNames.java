package org.medley.coverage;

import java.util.Collection;
import java.util.Map;

/** Display names of a tenant's applications, for features that list them (market's requests). */
public interface ApplicationNames {

  /** Names of those of {@code applicationIds} that belong to the tenant; others are left out. */
  Map<Long, String> names(long tenantId, Collection<Long> applicationIds);
}
