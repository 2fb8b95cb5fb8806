package org.medley.sla.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who hears of a warning or a breach, and what is done to the ticket. A warning goes to the
 * assignee (to the group when nobody is assigned); a breach does what the policy lists. Pure: the
 * sweep stores the notices and calls the desk.
 */
final class BreachEscalation {

  private BreachEscalation() {}

  /** The ticket as the timer last saw it. */
  record Holder(long ticketId, String number, Long groupId, Long assigneeId, Long groupPartnerId) {}

  /**
   * A notice for one recipient: ASSIGNEE (a staff id), GROUP_LEAD (a group id), PARTNER_MANAGER
   * (one who answers for the engagement: a user account id) or PARTNER_AGENTS (a partner
   * organisation id: every agent of a partner whose engagement names no manager).
   */
  record Notice(String kind, int threshold, String recipient, Long recipientId, String message) {}

  enum DeskCall {
    ESCALATE,
    REASSIGN
  }

  record Effects(List<Notice> notices, List<DeskCall> deskCalls) {}

  static Effects warning(TimerKind kind, Target target, Holder holder, int percent) {
    String message =
        holder.number() + " has used " + percent + " % of its " + label(kind, target) + ".";
    Notice notice =
        holder.assigneeId() != null
            ? new Notice("WARNING", percent, "ASSIGNEE", holder.assigneeId(), message)
            : new Notice("WARNING", percent, "GROUP_LEAD", holder.groupId(), message);
    return new Effects(List.of(notice), List.of());
  }

  /**
   * What a breach does. {@code partnerManagers} are the user accounts that answer for the OLA's
   * engagement (its named manager and its partner's managers; empty for an SLA):
   * NOTIFY_PARTNER_MANAGER tells each of them, and only without any falls back to every agent of
   * the partner holding the ticket.
   */
  static Effects breach(
      TimerKind kind,
      Target target,
      Holder holder,
      Set<BreachAction> actions,
      List<Long> partnerManagers) {
    // The bell shows when; the message says which ticket and which target, in words.
    String message = "Breached: " + holder.number() + " missed its " + label(kind, target) + ".";
    List<Notice> notices = new ArrayList<>();
    List<DeskCall> calls = new ArrayList<>();
    for (BreachAction action : BreachAction.values()) {
      if (!actions.contains(action)) {
        continue;
      }
      switch (action) {
        case NOTIFY_ASSIGNEE -> {
          if (holder.assigneeId() != null) {
            notices.add(new Notice("BREACH", 100, "ASSIGNEE", holder.assigneeId(), message));
          }
        }
        case NOTIFY_GROUP_LEAD -> {
          if (holder.groupId() != null) {
            notices.add(new Notice("BREACH", 100, "GROUP_LEAD", holder.groupId(), message));
          }
        }
        case NOTIFY_PARTNER_MANAGER -> {
          if (!partnerManagers.isEmpty()) {
            partnerManagers.forEach(
                m -> notices.add(new Notice("BREACH", 100, "PARTNER_MANAGER", m, message)));
          } else if (holder.groupPartnerId() != null) {
            notices.add(
                new Notice("BREACH", 100, "PARTNER_AGENTS", holder.groupPartnerId(), message));
          }
        }
        case ESCALATE_TIER -> calls.add(DeskCall.ESCALATE);
        case REASSIGN -> calls.add(DeskCall.REASSIGN);
      }
    }
    return new Effects(notices, calls);
  }

  /** "partner response target (OLA)", "resolution target (SLA)". */
  private static String label(TimerKind kind, Target target) {
    String what = target == Target.RESPONSE ? "response target" : "resolution target";
    return kind == TimerKind.OLA ? "partner " + what + " (OLA)" : what + " (SLA)";
  }
}
