package org.medley.desk.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.medley.identity.Caller;
import org.medley.identity.Role;

/**
 * Row-level access to tickets. Agents and admins see the tenant's desk; partner agents see tickets
 * their organisation's groups hold or held, without internal comments; requesters see their own
 * tickets, without internal comments. IT leaders and executives (oversight) file and follow their
 * own requests like requesters and may also open any ticket of the tenant to look behind a figure:
 * read only, public comments only, text through the minimum-necessary filter ({@link TicketGate}).
 * Everyone else sees none: a foreign ticket answers 404.
 *
 * <p>Every "may this caller do X to a ticket" question is one named method here; {@link TicketGate}
 * adds what needs the database (whether a partner's groups hold the ticket). {@code admin} marks an
 * administrator, a desk caller who also uses and manages every group's canned replies.
 */
record TicketAccess(Kind kind, long tenantId, long organizationId, long accountId, boolean admin) {

  enum Kind {
    DESK,
    PARTNER,
    REQUESTER,
    OVERSIGHT,
    NONE
  }

  static TicketAccess of(Caller caller, long accountId) {
    Kind kind;
    if (caller.has(Role.ADMIN) || caller.has(Role.AGENT)) {
      kind = Kind.DESK;
    } else if (caller.has(Role.PARTNER_AGENT)) {
      kind = Kind.PARTNER;
    } else if (caller.has(Role.IT_LEADER) || caller.has(Role.EXECUTIVE)) {
      kind = Kind.OVERSIGHT;
    } else if (caller.has(Role.END_USER)) {
      kind = Kind.REQUESTER;
    } else {
      kind = Kind.NONE;
    }
    return new TicketAccess(
        kind, caller.tenantId(), caller.organizationId(), accountId, caller.has(Role.ADMIN));
  }

  /** A condition on {@code tickets t} with its parameters, to follow a WHERE clause. */
  record RowFilter(String sql, List<Object> parameters) {}

  /** The tickets this caller sees, as {@link #canSee} says, for queries over many tickets. */
  RowFilter seenRows() {
    return switch (kind) {
      case DESK -> new RowFilter("", List.of());
      case PARTNER ->
          new RowFilter(
              " AND EXISTS (SELECT 1 FROM ticket_holders h WHERE h.organization_id = ? AND"
                  + " h.ticket_id = t.id)",
              List.of(organizationId));
      // Lists stay their own requests: oversight opens other tickets from a figure, one by one.
      case REQUESTER, OVERSIGHT -> new RowFilter(" AND t.requester_id = ?", List.of(accountId));
      case NONE -> new RowFilter(" AND 1 = 0", List.of());
    };
  }

  boolean canSee(Ticket ticket, boolean heldByOrganization) {
    if (ticket.tenantId() != tenantId) {
      return false;
    }
    return switch (kind) {
      case DESK -> true;
      case PARTNER -> heldByOrganization;
      case REQUESTER -> ticket.requesterId() == accountId;
      case OVERSIGHT -> true;
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

  /** A partner agent: it sees and works only what its organisation's groups hold or held. */
  boolean partner() {
    return kind == Kind.PARTNER;
  }

  /** Where its reads of patient information come from, as the PHI access log names it. */
  String channel() {
    return partner() ? "PARTNER_PORTAL" : "API";
  }

  /** Filing tickets is for the hospital's desk and its requesters, not for partners. */
  boolean filesTickets() {
    return kind == Kind.DESK || kind == Kind.REQUESTER || kind == Kind.OVERSIGHT;
  }

  /** Oversight reads every ticket through the minimum-necessary filter, its own requests too. */
  boolean oversight() {
    return kind == Kind.OVERSIGHT;
  }

  /** The desk and partner agents work tickets: support groups, links and watchers are theirs. */
  boolean worksTickets() {
    return kind == Kind.DESK || kind == Kind.PARTNER;
  }

  /** The desk sees every support group; a partner its own. */
  boolean seesGroup(SupportGroupStore.Group group) {
    return kind == Kind.DESK
        || (kind == Kind.PARTNER && Objects.equals(group.partnerId(), organizationId));
  }

  /** A partner assigns only within its own groups; the desk anywhere. */
  boolean mayAssignTo(SupportGroupStore.Group group) {
    return !partner() || Objects.equals(group.partnerId(), organizationId);
  }

  /** The audit trail is the desk's record; requesters follow comments and status instead. */
  boolean readsAudit() {
    return kind != Kind.REQUESTER;
  }

  /** The desk sees every ticket of the tenant, so it may be told another ticket's number. */
  boolean seesEveryTicket() {
    return kind == Kind.DESK;
  }

  /**
   * The PHI flag is the hospital's call: only its own staff (whose organisation is the health
   * system itself) set or clear it.
   */
  boolean setsPhiFlag() {
    return kind == Kind.DESK && organizationId == tenantId;
  }

  /** A partner adds and removes watchers of its own company only. */
  boolean mayNameAsWatcher(long personOrganizationId) {
    return !partner() || personOrganizationId == organizationId;
  }

  /**
   * Whose canned replies the caller uses: an admin every group's; the hospital's agents those of
   * the groups they are members of ({@code memberOf}, read only for them); a partner's agents those
   * of the groups their company provides.
   */
  boolean usesRepliesOf(SupportGroupStore.Group group, Supplier<List<Long>> memberOf) {
    return switch (kind) {
      case DESK -> admin || memberOf.get().contains(group.id());
      case PARTNER -> Objects.equals(group.partnerId(), organizationId);
      case REQUESTER, OVERSIGHT, NONE -> false;
    };
  }

  /** The caller's own groups, whose replies it is offered after those of the ticket's group. */
  List<Long> ownReplyGroups(
      Collection<SupportGroupStore.Group> all, Supplier<List<Long>> memberOf) {
    return switch (kind) {
      case DESK -> memberOf.get();
      case PARTNER ->
          all.stream()
              .filter(g -> Objects.equals(g.partnerId(), organizationId))
              .map(SupportGroupStore.Group::id)
              .sorted()
              .toList();
      case REQUESTER, OVERSIGHT, NONE -> List.of();
    };
  }

  /** Admins change any group's canned replies; otherwise the group's leads among their users. */
  boolean managesRepliesOf(
      SupportGroupStore.Group group, Supplier<List<Long>> memberOf, BooleanSupplier leadsGroup) {
    return admin || (usesRepliesOf(group, memberOf) && leadsGroup.getAsBoolean());
  }
}
