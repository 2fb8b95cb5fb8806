package org.medley.desk.internal;

import org.medley.identity.Caller;
import org.medley.identity.Role;

/**
 * Row-level access to tickets. Agents and admins see the tenant's desk; partner agents see tickets
 * their organisation's groups hold or held, without internal comments; requesters see their own
 * tickets, without internal comments. Everyone else sees none: a foreign ticket answers 404.
 */
record TicketAccess(Kind kind, long tenantId, long organizationId, long accountId) {

  enum Kind {
    DESK,
    PARTNER,
    REQUESTER,
    NONE
  }

  static TicketAccess of(Caller caller, long accountId) {
    Kind kind;
    if (caller.has(Role.ADMIN) || caller.has(Role.AGENT)) {
      kind = Kind.DESK;
    } else if (caller.has(Role.PARTNER_AGENT)) {
      kind = Kind.PARTNER;
    } else if (caller.has(Role.END_USER)) {
      kind = Kind.REQUESTER;
    } else {
      kind = Kind.NONE;
    }
    return new TicketAccess(kind, caller.tenantId(), caller.organizationId(), accountId);
  }

  boolean canSee(Ticket ticket, boolean heldByOrganization) {
    if (ticket.tenantId() != tenantId) {
      return false;
    }
    return switch (kind) {
      case DESK -> true;
      case PARTNER -> heldByOrganization;
      case REQUESTER -> ticket.requesterId() == accountId;
      case NONE -> false;
    };
  }

  /**
   * Working a ticket (assign, pend, resolve, internal notes) is for the desk and the partner
   * holding it.
   */
  boolean canWork(Ticket ticket, boolean currentlyHeldByOrganization) {
    return kind == Kind.DESK || (kind == Kind.PARTNER && currentlyHeldByOrganization);
  }

  /**
   * Internal comments are the hospital desk's own notes: partners and requesters never see them.
   */
  boolean seesInternal() {
    return kind == Kind.DESK;
  }

  boolean requester(Ticket ticket) {
    return ticket.requesterId() == accountId;
  }
}
