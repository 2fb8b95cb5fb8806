package org.medley.desk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a support group may retire: only once nothing holds it, that is no open ticket sits in it
 * and no engagement in force provides it. Retiring keeps its history (closed tickets, audit) and
 * takes it out of routing, assignment and the pickers.
 */
final class GroupRetirement {

  private GroupRetirement() {}

  /** Why the group cannot retire yet, naming what holds it; empty when it may. */
  static Optional<String> refusal(String group, long openTickets, boolean activeEngagement) {
    List<String> holds = new ArrayList<>();
    List<String> first = new ArrayList<>();
    if (openTickets > 0) {
      holds.add(openTickets + (openTickets == 1 ? " open ticket" : " open tickets"));
      first.add("move " + (openTickets == 1 ? "it" : "them") + " to another group");
    }
    if (activeEngagement) {
      holds.add("an active engagement");
      first.add("take the group out of the engagement or end it");
    }
    if (holds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        group
            + " still has "
            + String.join(" and ", holds)
            + ": "
            + String.join(", and ", first)
            + " first.");
  }
}
