package org.medley.desk;

import java.util.Collection;
import java.util.Map;

/**
 * Display names of a tenant's support groups, for features that report per group (SLA), and the
 * calendars they work to, for features that plan work around them (preventive maintenance).
 */
public interface SupportGroupNames {

  /** Names of those of {@code groupIds} that belong to the tenant; others are left out. */
  Map<Long, String> names(long tenantId, Collection<Long> groupIds);

  /** The calendar id of each of {@code groupIds} that belongs to the tenant and has one. */
  Map<Long, Long> calendars(long tenantId, Collection<Long> groupIds);
}
