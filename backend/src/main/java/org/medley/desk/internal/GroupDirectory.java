package org.medley.desk.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.GroupView;
import org.medley.desk.internal.TicketViews.MemberView;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.RetryLockConflicts;

/**
 * The support groups a caller works with (the desk all of them, a partner its own; retired groups
 * none) and their members with their open tickets, to pick an assignee from.
 */
@Singleton
@RetryLockConflicts
class GroupDirectory {

  private final TicketGate gate;
  private final SupportGroupStore groups;
  private final TicketReads reads;

  GroupDirectory(TicketGate gate, SupportGroupStore groups, TicketReads reads) {
    this.gate = gate;
    this.groups = groups;
    this.reads = reads;
  }

  @Transactional
  List<GroupView> groups(Caller caller) {
    Context context = gate.context(caller);
    if (!context.access().worksTickets()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Support groups are for the desk.");
    }
    return groups.activeGroups(caller.tenantId()).stream()
        .filter(context.access()::seesGroup)
        .map(g -> new GroupView(g.id(), g.name(), g.tier(), g.partnerId() != null, g.autoAssign()))
        .toList();
  }

  @Transactional
  List<MemberView> members(Caller caller, long groupId) {
    // Same rules as the list; an administrator also reads a retired group's members (its history).
    boolean visible =
        caller.has(Role.ADMIN)
            ? groups.group(caller.tenantId(), groupId).isPresent()
            : groups(caller).stream().anyMatch(g -> g.id() == groupId);
    if (!visible) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such support group.");
    }
    return reads.members(caller.tenantId(), groupId);
  }
}
