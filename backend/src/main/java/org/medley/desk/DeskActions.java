package org.medley.desk;

/**
 * What other features may do to a ticket without a user in front of it (an SLA breach escalates or
 * reassigns). Each call is recorded in the ticket's audit trail as done by {@code actor}, a system
 * name such as {@code "sla"}.
 */
public interface DeskActions {

  /** Moves the ticket one tier up (L1 → L2 → L3 → VENDOR); at VENDOR nothing changes. */
  void escalate(long tenantId, long ticketId, String actor, String reason);

  /** Gives the ticket back to its group's auto-assignment, away from its current assignee. */
  void reassign(long tenantId, long ticketId, String actor, String reason);
}
