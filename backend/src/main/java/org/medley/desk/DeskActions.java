package org.medley.desk;

import java.util.List;

/**
 * What other features may do to a ticket without a user in front of it (an SLA breach escalates or
 * reassigns). Each call is recorded in the ticket's audit trail as done by {@code actor}, a system
 * name such as {@code "sla"}.
 */
public interface DeskActions {

  /**
   * Takes the ticket's write turn (its row lock) until the caller's transaction ends, as every desk
   * write does first. A feature that locks rows of its own and then changes the ticket calls this
   * before locking them, so both sides take locks in the same order and cannot deadlock.
   */
  void lockTicket(long tenantId, long ticketId);

  /** Moves the ticket one tier up (L1 → L2 → L3 → VENDOR); at VENDOR nothing changes. */
  void escalate(long tenantId, long ticketId, String actor, String reason);

  /** Gives the ticket back to its group's auto-assignment, away from its current assignee. */
  void reassign(long tenantId, long ticketId, String actor, String reason);

  /**
   * Who hears of something about a ticket, named by the id of a staff member, group, partner or
   * user account.
   */
  enum Audience {
    /** One staff member (id: staff id). */
    STAFF,
    /** A support group's leads, or all its members when none is marked (id: group id). */
    GROUP_LEADS,
    /** A partner organisation's agents in this health system (id: organisation id). */
    PARTNER,
    /** One person by user account, e.g. a partner's service manager (id: account id). */
    ACCOUNT
  }

  /** Something to tell an audience about a ticket, in the app. */
  record Notice(
      long tenantId,
      long ticketId,
      Audience audience,
      long audienceId,
      String kind,
      String message) {}

  /**
   * In-app notifications for everyone in each notice's audience who can sign in, in the caller's
   * transaction; one round trip per kind of audience, however many notices (a sweep sends
   * thousands).
   */
  void tell(List<Notice> notices);
}
