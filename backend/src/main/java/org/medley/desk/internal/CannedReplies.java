package org.medley.desk.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.platform.LockConflicts;
import org.medley.platform.Refused;

/**
 * A support group's canned replies. Who sees a group's replies: admins, the hospital's agents who
 * are members of the group, and the agents of the partner that provides the group; everyone else
 * gets 404, as for a group they cannot see. Who changes them: admins and the group's leads. The
 * text is filled in for a ticket here, on the server, so the minimum-necessary filter and the PHI
 * access log apply to it as to the ticket itself.
 */
@Singleton
class CannedReplies {

  /** Enough for a team's stock answers, small enough for a picker without paging. */
  static final int MAX_PER_GROUP = 200;

  private final TicketGate gate;
  private final SupportGroupStore supportGroups;
  private final TicketReads reads;
  private final Accounts accounts;
  private final CannedReplyStore store;
  private final Clock clock;

  CannedReplies(
      TicketGate gate,
      SupportGroupStore supportGroups,
      TicketReads reads,
      Accounts accounts,
      CannedReplyStore store,
      Clock clock) {
    this.gate = gate;
    this.supportGroups = supportGroups;
    this.reads = reads;
    this.accounts = accounts;
    this.store = store;
    this.clock = clock;
  }

  @Serdeable
  record CannedReplyView(
      long id,
      long groupId,
      String title,
      String body,
      long version,
      String updatedBy,
      Instant updatedAt) {}

  @Serdeable
  record CannedReplyList(
      List<CannedReplyView> items, boolean canManage, List<String> placeholders) {}

  @Serdeable
  record ExpandedReply(long id, long groupId, String groupName, String title, String text) {}

  record Draft(String title, String body) {}

  /** A group whose canned replies the caller reads, and whether the caller may change them. */
  @Serdeable
  record GroupChoice(long id, String name, boolean canManage) {}

  @ReadOnly
  List<GroupChoice> groups(Caller caller) {
    TicketGate.Context context = gate.context(caller);
    return supportGroups.groups(caller.tenantId()).stream()
        .filter(g -> mayUse(context, g))
        .map(g -> new GroupChoice(g.id(), g.name(), manages(context, g)))
        .toList();
  }

  @ReadOnly
  CannedReplyList list(Caller caller, long groupId) {
    TicketGate.Context context = gate.context(caller);
    SupportGroupStore.Group group = usable(context, groupId);
    return new CannedReplyList(
        store.ofGroups(caller.tenantId(), List.of(group.id())).stream()
            .map(CannedReplies::view)
            .toList(),
        manages(context, group),
        CannedText.PLACEHOLDERS);
  }

  @Transactional
  CannedReplyView create(Caller caller, long groupId, Draft draft) {
    TicketGate.Context context = gate.context(caller);
    SupportGroupStore.Group group = managed(context, groupId);
    Draft clean = checked(draft);
    if (store.count(group.id()) >= MAX_PER_GROUP) {
      throw Refused.conflict(
          group.name() + " already has " + MAX_PER_GROUP + " canned replies: delete one first.");
    }
    refuseTakenTitle(group, clean.title(), 0);
    Instant now = clock.instant();
    long id;
    try {
      id =
          store.insert(
              caller.tenantId(), group.id(), clean.title(), clean.body(), actor(context), now);
    } catch (DataAccessException e) {
      throw taken(e, group, clean.title());
    }
    store.audit(caller.tenantId(), group.id(), id, "CREATED", actor(context), now, detail(clean));
    return view(store.find(caller.tenantId(), group.id(), id).orElseThrow());
  }

  @Transactional
  CannedReplyView update(Caller caller, long groupId, long id, long version, Draft draft) {
    TicketGate.Context context = gate.context(caller);
    SupportGroupStore.Group group = managed(context, groupId);
    CannedReplyStore.Reply current = existing(caller, group, id);
    Draft clean = checked(draft);
    if (current.version() != version) {
      throw stale(current);
    }
    refuseTakenTitle(group, clean.title(), id);
    Instant now = clock.instant();
    try {
      if (!store.update(id, version, clean.title(), clean.body(), actor(context), now)) {
        throw stale(store.find(caller.tenantId(), group.id(), id).orElse(current));
      }
    } catch (DataAccessException e) {
      throw taken(e, group, clean.title());
    }
    store.audit(caller.tenantId(), group.id(), id, "CHANGED", actor(context), now, detail(clean));
    return view(store.find(caller.tenantId(), group.id(), id).orElseThrow());
  }

  @Transactional
  void delete(Caller caller, long groupId, long id) {
    TicketGate.Context context = gate.context(caller);
    SupportGroupStore.Group group = managed(context, groupId);
    CannedReplyStore.Reply current = existing(caller, group, id);
    store.delete(id);
    store.audit(
        caller.tenantId(),
        group.id(),
        id,
        "DELETED",
        actor(context),
        clock.instant(),
        detail(new Draft(current.title(), current.body())));
  }

  /**
   * The replies the caller may use on a ticket, filled in for it: the ticket's group's first, then
   * those of the caller's own groups. For the people who work the ticket only.
   */
  @Transactional
  List<ExpandedReply> forTicket(Caller caller, long ticketId) {
    TicketGate.Context context = gate.context(caller);
    Ticket ticket =
        gate.workable(context, ticketId, "Canned replies are for the people working this ticket.");
    Map<Long, SupportGroupStore.Group> groups =
        supportGroups.groups(caller.tenantId()).stream()
            .collect(Collectors.toMap(SupportGroupStore.Group::id, Function.identity()));
    Set<Long> usable = new LinkedHashSet<>();
    if (ticket.groupId() != null
        && groups.containsKey(ticket.groupId())
        && mayUse(context, groups.get(ticket.groupId()))) {
      usable.add(ticket.groupId());
    }
    own(context, groups.values()).forEach(usable::add);
    List<CannedReplyStore.Reply> replies = store.ofGroups(caller.tenantId(), usable);
    if (replies.isEmpty()) {
      return List.of();
    }
    CannedText.Values values =
        new CannedText.Values(
            accounts.account(ticket.requesterId()).map(Accounts.Account::displayName).orElse(""),
            ticket.number(),
            ticket.title(),
            context.actor().name());
    gate.logRead(context, ticket, "title", "requester");
    List<Long> order = new ArrayList<>(usable);
    return replies.stream()
        .sorted(
            Comparator.comparingInt((CannedReplyStore.Reply r) -> order.indexOf(r.groupId()))
                .thenComparing(CannedReplyStore.Reply::title))
        .map(
            r ->
                new ExpandedReply(
                    r.id(),
                    r.groupId(),
                    groups.get(r.groupId()).name(),
                    r.title(),
                    context.shown(CannedText.expand(r.body(), values))))
        .toList();
  }

  // ---- rights ----

  private SupportGroupStore.Group usable(TicketGate.Context context, long groupId) {
    return supportGroups
        .group(context.caller().tenantId(), groupId)
        .filter(g -> g.tenantId() == context.caller().tenantId())
        .filter(g -> mayUse(context, g))
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such support group."));
  }

  private SupportGroupStore.Group managed(TicketGate.Context context, long groupId) {
    SupportGroupStore.Group group = usable(context, groupId);
    if (!manages(context, group)) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "Only the group's leads and administrators change its replies.");
    }
    return group;
  }

  private boolean mayUse(TicketGate.Context context, SupportGroupStore.Group group) {
    return context.access().usesRepliesOf(group, memberOf(context));
  }

  private List<Long> own(TicketGate.Context context, Collection<SupportGroupStore.Group> all) {
    return context.access().ownReplyGroups(all, memberOf(context));
  }

  private boolean manages(TicketGate.Context context, SupportGroupStore.Group group) {
    Long staff = context.actor().staffId();
    return context
        .access()
        .managesRepliesOf(
            group, memberOf(context), () -> staff != null && store.leads(group.id(), staff));
  }

  /** The groups the caller is a member of, read when asked. */
  private Supplier<List<Long>> memberOf(TicketGate.Context context) {
    Long staff = context.actor().staffId();
    return () -> staff == null ? List.of() : reads.groupsOf(staff);
  }

  // ---- checks ----

  private static Draft checked(Draft draft) {
    String title = draft.title().strip();
    String body = draft.body().strip();
    if (title.isEmpty()) {
      throw Refused.invalid("title", "must not be blank");
    }
    if (body.isEmpty()) {
      throw Refused.invalid("body", "must not be blank");
    }
    Set<String> unknown = CannedText.unknown(body);
    if (!unknown.isEmpty()) {
      throw Refused.unprocessable(
          "body",
          "unknown placeholder"
              + (unknown.size() == 1 ? " " : "s ")
              + unknown.stream().map(u -> "{{" + u + "}}").collect(Collectors.joining(", "))
              + "; use "
              + CannedText.PLACEHOLDERS.stream()
                  .map(p -> "{{" + p + "}}")
                  .collect(Collectors.joining(", ")));
    }
    return new Draft(title, body);
  }

  private CannedReplyStore.Reply existing(Caller caller, SupportGroupStore.Group group, long id) {
    return store
        .find(caller.tenantId(), group.id(), id)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such canned reply."));
  }

  private void refuseTakenTitle(SupportGroupStore.Group group, String title, long exceptId) {
    if (store.titleTaken(group.id(), title, exceptId)) {
      throw Refused.conflict(
          group.name() + " already has a canned reply titled \"" + title + "\".");
    }
  }

  private static RuntimeException taken(
      DataAccessException e, SupportGroupStore.Group group, String title) {
    if (LockConflicts.among(e)) {
      return e;
    }
    // Another request saved the same title between our check and our write.
    return Refused.conflict(group.name() + " already has a canned reply titled \"" + title + "\".");
  }

  private static Refused stale(CannedReplyStore.Reply current) {
    return Refused.conflict(
        "Someone changed this canned reply (it is now at version "
            + current.version()
            + "). Reload it and apply your change again.");
  }

  private static String actor(TicketGate.Context context) {
    return context.actor().name();
  }

  private static String detail(Draft draft) {
    return draft.title() + "\n" + draft.body();
  }

  private static CannedReplyView view(CannedReplyStore.Reply r) {
    return new CannedReplyView(
        r.id(), r.groupId(), r.title(), r.body(), r.version(), r.updatedBy(), r.updatedAt());
  }
}
