package org.medley.desk.internal;

import static org.medley.desk.TicketStatus.ASSIGNED;
import static org.medley.desk.TicketStatus.CANCELLED;
import static org.medley.desk.TicketStatus.CLOSED;
import static org.medley.desk.TicketStatus.IN_PROGRESS;
import static org.medley.desk.TicketStatus.NEW;
import static org.medley.desk.TicketStatus.PENDING;
import static org.medley.desk.TicketStatus.RESOLVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.medley.desk.TicketStatus;

/**
 * The status machine: {@code NEW → ASSIGNED → IN_PROGRESS ⇄ PENDING → RESOLVED → CLOSED}, or {@code
 * CANCELLED}. NEW and ASSIGNED are reached by (un)assigning, not by a transition; a resolved ticket
 * reopens to IN_PROGRESS within the reopen window; CLOSED and CANCELLED are final.
 */
final class TicketLifecycle {

  private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED =
      new EnumMap<>(TicketStatus.class);

  static {
    // A first-contact fix resolves a NEW ticket straight away.
    ALLOWED.put(NEW, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED));
    ALLOWED.put(ASSIGNED, EnumSet.of(IN_PROGRESS, PENDING, RESOLVED, CANCELLED));
    ALLOWED.put(IN_PROGRESS, EnumSet.of(PENDING, RESOLVED, CANCELLED));
    ALLOWED.put(PENDING, EnumSet.of(IN_PROGRESS, RESOLVED, CANCELLED));
    ALLOWED.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
    ALLOWED.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
    ALLOWED.put(CANCELLED, EnumSet.noneOf(TicketStatus.class));
  }

  /**
   * What a requester may do to their own ticket: confirm, reopen, or withdraw before work starts.
   */
  private static final Map<TicketStatus, Set<TicketStatus>> REQUESTER =
      Map.of(
          NEW, EnumSet.of(CANCELLED),
          ASSIGNED, EnumSet.of(CANCELLED),
          RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));

  private TicketLifecycle() {}

  static boolean allowed(TicketStatus from, TicketStatus to) {
    return ALLOWED.get(from).contains(to);
  }

  static boolean allowedForRequester(TicketStatus from, TicketStatus to) {
    return REQUESTER.getOrDefault(from, Set.of()).contains(to);
  }

  static Set<TicketStatus> targets(TicketStatus from) {
    return ALLOWED.get(from);
  }
}
