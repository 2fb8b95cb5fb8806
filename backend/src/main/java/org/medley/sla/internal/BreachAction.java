package org.medley.sla.internal;

/** What happens when a timer breaches. */
enum BreachAction {
  NOTIFY_ASSIGNEE,
  NOTIFY_GROUP_LEAD,
  ESCALATE_TIER,
  REASSIGN,
  /** OLA only: the partner organisation's service manager hears of its own breach. */
  NOTIFY_PARTNER_MANAGER
}
