package org.medley.desk;

import java.util.Optional;

/**
 * The partner engagements that may provide a support group, as the desk needs to know them when an
 * admin sets a group up or retires it. The desk sits below the marketplace, so it defines this port
 * and the marketplace implements it.
 */
public interface GroupEngagements {

  /** An engagement in brief: its partner, and whether it is in force today. */
  record Engagement(long id, long partnerId, String name, boolean active) {}

  /** The tenant's engagement, or empty (another tenant's reads as missing). */
  Optional<Engagement> engagement(long tenantId, long engagementId);
}
