package org.medley.desk.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.coverage.Catalog;
import org.medley.coverage.Tier;
import org.medley.desk.DeskActions;
import org.medley.desk.SlaDueChanged;
import org.medley.desk.SlaForecast;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.desk.TicketVisibility;
import org.medley.desk.internal.TicketGate.Context;
import org.medley.desk.internal.TicketViews.AuditView;
import org.medley.desk.internal.TicketViews.CommentView;
import org.medley.desk.internal.TicketViews.TicketPage;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.identity.PhiAccessLog;
import org.medley.outbox.Outbox;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * The service desk's use cases. Each public method is one transaction: it loads the ticket the
 * caller may see ({@link TicketGate}, which also logs reads of patient information), lets the
 * ticket decide, writes the ticket, its audit lines, notifications and outbox events, and publishes
 * a {@link TicketEvent} that SLA timers follow in the same transaction.
 *
 * <p>Writes on one ticket take turns: each locks the ticket's row before anything else ({@link
 * TicketStore#lock}), and a transaction the database still ends on a lock conflict runs again
 * ({@link RetryLockConflicts}). What only adds to a ticket (a note, a file, an audit line) needs no
 * version from the caller and never moves the ticket's.
 */
@Singleton
@RetryLockConflicts
class TicketDesk implements DeskActions, TicketVisibility {

  private final TicketStore store;
  private final TicketReads reads;
  private final TicketNumbers numbers;
  private final Catalog catalog;
  private final Notifications notifications;
  private final Outbox outbox;
  private final ApplicationEventPublisher<TicketEvent> events;
  private final Clock clock;
  private final Duration reopenWindow;
  private final TransactionOperations<Connection> transactions;
  private final SlaForecast slaForecast;
  private final WatcherStore watchers;
  private final TicketGate gate;
  private final Routing routing;
  private final TicketViewBuilder views;

  TicketDesk(
      TicketStore store,
      TicketReads reads,
      TicketNumbers numbers,
      Catalog catalog,
      Notifications notifications,
      Outbox outbox,
      ApplicationEventPublisher<TicketEvent> events,
      Clock clock,
      @Value("${medley.desk.reopen-window:P7D}") Duration reopenWindow,
      TransactionOperations<Connection> transactions,
      SlaForecast slaForecast,
      WatcherStore watchers,
      Routing routing,
      TicketGate gate,
      TicketViewBuilder views) {
    this.gate = gate;
    this.views = views;
    this.watchers = watchers;
    this.routing = routing;
    this.transactions = transactions;
    this.slaForecast = slaForecast;
    this.store = store;
    this.reads = reads;
    this.numbers = numbers;
    this.catalog = catalog;
    this.notifications = notifications;
    this.outbox = outbox;
    this.events = events;
    this.clock = clock;
    this.reopenWindow = reopenWindow;
  }

  record NewTicket(
      TicketType type,
      String title,
      String description,
      @Nullable Long applicationId, // null: "Other / I don't know", filed for triage
      int impact,
      int urgency,
      boolean phi,
      int affectedUsers) {}

  // ---- use cases ----

  /**
   * Files a ticket. The number is reserved before the ticket's transaction opens: reserving inside
   * it would hold one pooled connection while waiting for a second, which deadlocks a busy pool.
   */
  TicketView create(Caller caller, NewTicket draft) {
    String number = numbers.next(caller.tenantId(), draft.type());
    return transactions.executeWrite(status -> create(caller, draft, number));
  }

  private TicketView create(Caller caller, NewTicket draft, String number) {
    Context context = gate.context(caller);
    if (!context.access().filesTickets()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Your role cannot file tickets here.");
    }
    long tenant = caller.tenantId();
    Catalog.ApplicationRef application;
    long l1;
    if (draft.applicationId() == null) {
      application = catalog.triageApplication(tenant);
      l1 = routing.triageGroup(tenant);
    } else {
      application =
          catalog
              .application(tenant, draft.applicationId())
              .orElseThrow(() -> Refused.invalid("applicationId", "no such application"));
      l1 = routing.firstGroup(tenant, application.id(), Tier.L1);
    }
    Instant now = clock.instant();
    Ticket ticket =
        Ticket.open(
            tenant,
            number,
            draft.type(),
            draft.title().strip(),
            draft.description().strip(),
            application.id(),
            draft.impact(),
            draft.urgency(),
            context.actor().accountId(),
            draft.phi(),
            draft.affectedUsers(),
            l1,
            now);
    TicketStore.Group group = group(tenant, l1);
    List<Change> routed = new ArrayList<>();
    Ticket draftTicket = ticket;
    routing
        .autoAssignee(ticket, group)
        .ifPresent(person -> routed.addAll(draftTicket.assign(l1, Tier.L1, person, now)));
    Instant due =
        slaForecast.firstDue(ticket.snapshot(group.partnerId(), application.criticality()));
    ticket = ticket.withSlaDue(due);
    ticket = ticket.withId(store.insert(ticket));
    List<Change> changes = new ArrayList<>();
    changes.add(Change.action("CREATED", null));
    routed.forEach(c -> changes.add(c.withNote("auto-assigned")));
    store.audit(tenant, ticket.id(), context.actor(), now, named(tenant, changes));
    holdIfPartner(ticket, group, now);
    notifyAssignee(ticket, null, now);
    events.publishEvent(
        new TicketEvent.Opened(
            ticket.snapshot(group.partnerId(), application.criticality()), now, due));
    // Everything the answer shows is in hand: no need to read the names back.
    TicketReads.Names names =
        new TicketReads.Names(
            application.name(),
            group.name(),
            group.partnerId() != null,
            ticket.assigneeId() == null ? null : reads.staffName(ticket.assigneeId().toString()),
            caller.displayName());
    return views.of(context, ticket, names, List.of());
  }

  @Transactional
  TicketView get(Caller caller, long id) {
    Context context = gate.context(caller);
    return views.of(context, gate.visible(context, id));
  }

  @Transactional
  TicketPage list(Caller caller, TicketQuery query) {
    Context context = gate.context(caller);
    Long me = context.actor().staffId();
    List<Long> myGroups =
        me == null || query.queue() != TicketQuery.Queue.MY_GROUPS ? List.of() : reads.groupsOf(me);
    var listing = reads.list(context.access(), me, myGroups, query, clock.instant());
    gate.logReads(
        context,
        listing.items().stream()
            .filter(TicketViews.TicketSummary::phi)
            .map(t -> new PhiAccessLog.Read(t.id(), t.number(), context.phiFields("title")))
            .toList());
    List<TicketViews.TicketSummary> items =
        listing.items().stream().map(t -> t.withTitle(context.shown(t.title()))).toList();
    return new TicketPage(items, query.page(), query.size(), listing.total(), listing.totalExact());
  }

  /** {@code version} may be absent only for bulk edits, which apply to the ticket as it is. */
  record Patch(
      @Nullable Long version,
      Ticket.Edit edit,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      boolean unassign) {}

  @Transactional
  TicketView update(Caller caller, long id, Patch patch) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = workable(context, id, patch.version());
    EditRights.check(context, ticket, patch.edit());
    Instant now = clock.instant();
    TicketSnapshot before = snapshot(ticket);
    List<Change> changes = new ArrayList<>(ticket.edit(patch.edit(), now));
    if (patch.groupId() != null || patch.assigneeId() != null || patch.unassign()) {
      long groupId = patch.groupId() != null ? patch.groupId() : requireGroup(ticket);
      TicketStore.Group group = group(ticket.tenantId(), groupId);
      Long assignee = patch.unassign() ? null : patch.assigneeId();
      if (assignee != null && !store.member(groupId, assignee)) {
        throw Refused.invalid("assigneeId", "is not a member of " + group.name());
      }
      if (!context.access().mayAssignTo(group)) {
        throw Refused.invalid("groupId", "a partner can only assign within its own groups");
      }
      changes.addAll(ticket.assign(groupId, group.tier(), assignee, now));
      if (patch.groupId() != null && assignee == null) {
        changes.addAll(arrive(ticket, group, now));
      } else {
        holdIfPartner(ticket, group, now);
        notifyAssignee(ticket, before.assigneeId(), now);
      }
    }
    ticket = save(ticket, context.actor(), now, changes);
    publishChange(before, ticket, now);
    return views.of(context, ticket);
  }

  @Transactional
  TicketView transition(
      Caller caller, long id, Ticket.Transition request, @Nullable Long expectedVersion) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    checkVersion(ticket, expectedVersion);
    boolean worker = gate.canWork(context, ticket);
    boolean requester = context.access().requester(ticket);
    if (!worker && !requester) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "You can follow this ticket but not change its status.");
    }
    Instant now = clock.instant();
    TicketSnapshot before = snapshot(ticket);
    boolean waited = ticket.waitsForRequester();
    List<Change> changes =
        ticket.transition(request, !worker, context.actor().staffId(), reopenWindow, now);
    boolean acknowledged =
        worker && request.to() == TicketStatus.IN_PROGRESS && ticket.respond(now);
    if (ticket.status() == TicketStatus.RESOLVED) {
      notifications.notify(
          ticket.tenantId(),
          ticket.requesterId(),
          ticket.id(),
          "RESOLVED",
          ticket.number() + " was resolved: " + ticket.resolution(),
          now);
    } else if (before.status() == TicketStatus.RESOLVED && ticket.assigneeId() != null) {
      notifyStaff(ticket, ticket.assigneeId(), "REOPENED", ticket.number() + " was reopened", now);
    }
    if (worker && !waited && ticket.waitsForRequester()) {
      notifyNeedsYou(ticket, context.actor(), now);
    }
    if (before.assigneeId() == null && ticket.assigneeId() != null) {
      holdIfPartner(ticket, group(ticket.tenantId(), requireGroup(ticket)), now);
    }
    ticket = save(ticket, context.actor(), now, changes);
    publishChange(before, ticket, now);
    if (ticket.status() != before.status()) {
      watchers.tell(ticket, context.actor(), false, statusNotice(ticket), now);
    }
    if (acknowledged) {
      events.publishEvent(
          new TicketEvent.Responded(snapshot(ticket), now, TicketEvent.Response.ACKNOWLEDGED));
    }
    return views.of(context, ticket);
  }

  @Transactional
  CommentView comment(Caller caller, long id, String body, String visibility) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    boolean worker = gate.canWork(context, ticket);
    boolean requester = context.access().requester(ticket);
    if ("INTERNAL".equals(visibility) && !context.access().seesInternal()) {
      throw Refused.invalid("visibility", "only the hospital's desk writes INTERNAL notes");
    }
    if (!worker && !requester) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "You can read this ticket but not comment on it.");
    }
    if (!ticket.open() && ticket.status() != TicketStatus.RESOLVED) {
      throw Refused.conflict("A " + ticket.status() + " ticket takes no more comments.");
    }
    Instant now = clock.instant();
    TicketSnapshot before = snapshot(ticket);
    long commentId =
        store.addComment(ticket.tenantId(), id, context.actor(), visibility, body.strip(), now);
    CommentView comment =
        new CommentView(commentId, context.actor().name(), visibility, body.strip(), now);
    Change commented = Change.action("COMMENTED", visibility);
    watchers.tell(
        ticket,
        context.actor(),
        "INTERNAL".equals(visibility),
        ticket.number()
            + ": "
            + context.actor().name()
            + ("INTERNAL".equals(visibility) ? " added an internal note" : " commented"),
        now);
    List<Change> changes = new ArrayList<>();
    boolean replied = false;
    if (requester && !worker) {
      changes.addAll(ticket.customerReplied(now));
      if (ticket.assigneeId() != null) {
        notifyStaff(
            ticket,
            ticket.assigneeId(),
            "REQUESTER_REPLIED",
            ticket.number() + ": requester replied",
            now);
      }
    } else if ("PUBLIC".equals(visibility)) {
      replied = ticket.respond(now);
      if (ticket.waitsForRequester()) {
        // A reply while the ticket waits on her is a question she has to answer.
        notifyNeedsYou(ticket, context.actor(), now);
      } else if (ticket.requesterId() != context.actor().accountId()) {
        notifications.notify(
            ticket.tenantId(),
            ticket.requesterId(),
            ticket.id(),
            "COMMENT",
            ticket.number() + ": " + context.actor().name() + " replied",
            now);
      }
    }
    if (changes.isEmpty() && !replied) {
      // Only added to the ticket: its version stays, so an edit read before the note still applies.
      store.audit(ticket.tenantId(), id, context.actor(), now, List.of(commented));
      return comment;
    }
    changes.add(0, commented);
    ticket = save(ticket, context.actor(), now, changes);
    publishChange(before, ticket, now);
    if (replied) {
      events.publishEvent(
          new TicketEvent.Responded(snapshot(ticket), now, TicketEvent.Response.PUBLIC_REPLY));
    }
    return comment;
  }

  @Transactional
  List<CommentView> comments(Caller caller, long id) {
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    gate.logRead(context, ticket, "comments");
    return store.comments(ticket.id(), !context.access().seesInternal()).stream()
        .map(
            c ->
                new CommentView(
                    c.id(), c.authorName(), c.visibility(), context.shown(c.body()), c.createdAt()))
        .toList();
  }

  @Transactional
  List<AuditView> audit(Caller caller, long id) {
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    if (!context.access().readsAudit()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "The audit trail is for the desk.");
    }
    boolean internal = context.access().seesInternal();
    return store.auditTrail(ticket.id()).stream()
        .map(
            a ->
                new AuditView(
                    a.id(),
                    a.actorName(),
                    a.at(),
                    a.action(),
                    a.field(),
                    context.shown(a.oldValue()),
                    context.shown(a.newValue()),
                    internal ? a.note() : null))
        .toList();
  }

  @Transactional
  TicketView escalate(
      Caller caller, long id, String reason, @Nullable Long groupId, @Nullable Long version) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = workable(context, id, version);
    Tier next = ticket.nextTier();
    long target =
        groupId != null
            ? groupId
            : routing.firstGroup(ticket.tenantId(), ticket.applicationId(), next);
    TicketStore.Group group = group(ticket.tenantId(), target);
    if (group.tier() != next) {
      throw Refused.invalid(
          "groupId", group.name() + " works at " + group.tier() + ", not " + next);
    }
    Instant now = clock.instant();
    TicketSnapshot before = snapshot(ticket);
    List<Change> changes = new ArrayList<>(ticket.escalate(group.id(), next, reason, now));
    changes.addAll(arrive(ticket, group, now));
    ticket = save(ticket, context.actor(), now, changes);
    publishChange(before, ticket, now);
    return views.of(context, ticket);
  }

  @Transactional
  TicketView rate(Caller caller, long id, int rating, @Nullable String comment) {
    store.lock(caller.tenantId(), id);
    Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, id);
    if (!context.access().requester(ticket)) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Only the requester rates a ticket.");
    }
    Instant now = clock.instant();
    List<Change> changes = ticket.rate(rating, comment, now);
    ticket = save(ticket, context.actor(), now, changes);
    return views.of(context, ticket);
  }

  @Transactional
  List<TicketViews.GroupView> groups(Caller caller) {
    Context context = gate.context(caller);
    if (!context.access().worksTickets()) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, "Support groups are for the desk.");
    }
    return store.groups(caller.tenantId()).stream()
        .filter(context.access()::seesGroup)
        .map(
            g ->
                new TicketViews.GroupView(
                    g.id(), g.name(), g.tier(), g.partnerId() != null, g.autoAssign()))
        .toList();
  }

  @Transactional
  List<TicketViews.MemberView> members(Caller caller, long groupId) {
    boolean visible =
        groups(caller).stream().anyMatch(g -> g.id() == groupId); // same rules as the list
    if (!visible) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such support group.");
    }
    return reads.members(caller.tenantId(), groupId);
  }

  @Override
  @Transactional
  public boolean canSee(Caller caller, long ticketId) {
    return gate.seen(gate.context(caller), ticketId).isPresent();
  }

  // ---- DeskActions: changes made by other features without a person in front ----

  @Override
  @Transactional
  public void lockTicket(long tenantId, long ticketId) {
    store.lock(tenantId, ticketId);
  }

  @Override
  @Transactional
  public void escalate(long tenantId, long ticketId, String actorName, String reason) {
    Ticket ticket = store.lock(tenantId, ticketId).orElse(null);
    if (ticket == null || !ticket.open() || ticket.tier() == Tier.VENDOR) {
      return;
    }
    Actor actor = Actor.system(actorName);
    Tier next = ticket.nextTier();
    Long target = routing.escalationTarget(tenantId, ticket.applicationId(), next).orElse(null);
    Instant now = clock.instant();
    if (target == null) {
      store.audit(
          tenantId,
          ticketId,
          actor,
          now,
          List.of(Change.action("ESCALATION_SKIPPED", "no " + next + " group: " + reason)));
      return;
    }
    TicketStore.Group group = group(tenantId, target);
    TicketSnapshot before = snapshot(ticket);
    List<Change> changes = new ArrayList<>(ticket.escalate(group.id(), next, reason, now));
    changes.addAll(arrive(ticket, group, now));
    ticket = save(ticket, actor, now, changes);
    publishChange(before, ticket, now);
  }

  @Override
  @Transactional
  public void reassign(long tenantId, long ticketId, String actorName, String reason) {
    Ticket ticket = store.lock(tenantId, ticketId).orElse(null);
    if (ticket == null || !ticket.open() || ticket.groupId() == null) {
      return;
    }
    Actor actor = Actor.system(actorName);
    Instant now = clock.instant();
    TicketSnapshot before = snapshot(ticket);
    Long previous = ticket.assigneeId();
    TicketStore.Group group = group(tenantId, ticket.groupId());
    Long next = routing.assignee(ticket, group, previous).orElse(null);
    List<Change> changes = new ArrayList<>();
    for (Change change : ticket.assign(group.id(), group.tier(), next, now)) {
      changes.add(change.withNote(reason));
    }
    notifyAssignee(ticket, previous, now);
    ticket = save(ticket, actor, now, changes);
    publishChange(before, ticket, now);
  }

  @Override
  @Transactional
  public void tell(List<Notice> notices) {
    notifications.insertAll(notices, clock.instant());
  }

  /** The SLA feature reports each ticket's nearest running deadline; queues sort by it. */
  @EventListener
  void on(SlaDueChanged event) {
    store.setSlaDue(event.tenantId(), event.ticketId(), event.dueAt());
  }

  // ---- helpers ----

  private Ticket workable(Context context, long id, @Nullable Long expectedVersion) {
    Ticket ticket = gate.workable(context, id, "You can follow this ticket but not work on it.");
    checkVersion(ticket, expectedVersion);
    return ticket;
  }

  private static void checkVersion(Ticket ticket, @Nullable Long expected) {
    if (expected != null && expected != ticket.version()) {
      throw new StaleTicket(ticket.version());
    }
  }

  private long requireGroup(Ticket ticket) {
    if (ticket.groupId() == null) {
      throw Refused.invalid("groupId", "the ticket has no group yet: name one");
    }
    return ticket.groupId();
  }

  private TicketStore.Group group(long tenant, long groupId) {
    return store
        .group(tenant, groupId)
        .orElseThrow(() -> Refused.invalid("groupId", "no such support group"));
  }

  /**
   * A ticket reaches a group: a partner's group now holds it (and its desk hears of it through the
   * outbox); a group that assigns its own work picks a member.
   */
  private List<Change> arrive(Ticket ticket, TicketStore.Group group, Instant now) {
    holdIfPartner(ticket, group, now);
    Optional<Long> person = routing.autoAssignee(ticket, group);
    if (person.isEmpty()) {
      return List.of();
    }
    List<Change> changes =
        ticket.assign(group.id(), group.tier(), person.get(), now).stream()
            .map(c -> c.withNote("auto-assigned"))
            .toList();
    notifyAssignee(ticket, null, now);
    return changes;
  }

  private void holdIfPartner(Ticket ticket, TicketStore.Group group, Instant now) {
    if (group.partnerId() == null) {
      return;
    }
    store.hold(ticket.id(), group.partnerId(), now);
    outbox.append(
        ticket.tenantId(),
        "ticket",
        ticket.id(),
        "ticket.assigned-to-partner",
        new PartnerAssignment(
            ticket.id(),
            ticket.number(),
            group.partnerId(),
            group.id(),
            group.name(),
            ticket.tier().name(),
            ticket.priority().name(),
            ticket.phi()));
  }

  /** What a partner's desk needs to open its side; the text follows through the API, filtered. */
  @io.micronaut.serde.annotation.Serdeable
  record PartnerAssignment(
      long ticketId,
      String number,
      long partnerId,
      long groupId,
      String groupName,
      String tier,
      String priority,
      boolean phi) {}

  /** What a ticket's watchers read when its status changes. */
  private static String statusNotice(Ticket ticket) {
    return switch (ticket.status()) {
      case RESOLVED -> ticket.number() + " was resolved: " + ticket.resolution();
      case PENDING ->
          ticket.number()
              + " is waiting"
              + (ticket.pendingReason() == null
                  ? ""
                  : " on " + ticket.pendingReason().name().toLowerCase(java.util.Locale.ROOT));
      default ->
          ticket.number()
              + " is now "
              + ticket.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  private void notifyAssignee(Ticket ticket, @Nullable Long previous, Instant now) {
    if (ticket.assigneeId() != null && !ticket.assigneeId().equals(previous)) {
      notifyStaff(
          ticket,
          ticket.assigneeId(),
          "ASSIGNED",
          ticket.number() + " was assigned to you: " + ticket.title(),
          now);
    }
  }

  /** Tells the requester that the ticket waits on her answer (in the app, and by e-mail). */
  private void notifyNeedsYou(Ticket ticket, Actor actor, Instant now) {
    if (Long.valueOf(ticket.requesterId()).equals(actor.accountId())) {
      return; // she put her own ticket on hold: nothing to tell her
    }
    notifications.notify(
        ticket.tenantId(),
        ticket.requesterId(),
        ticket.id(),
        Notifications.NEEDS_YOU,
        "Needs you: "
            + ticket.number()
            + " "
            + ticket.title()
            + " — "
            + actor.name()
            + " is waiting for your answer",
        now);
  }

  private void notifyStaff(Ticket ticket, long staffId, String kind, String message, Instant now) {
    Long account = notifications.accountOfStaff(staffId);
    if (account != null) {
      notifications.notify(ticket.tenantId(), account, ticket.id(), kind, message, now);
    }
  }

  private Ticket save(Ticket ticket, Actor actor, Instant now, List<Change> changes) {
    if (!changes.isEmpty()) {
      long version =
          store
              .update(ticket)
              .orElseThrow(
                  () -> new StaleTicket(store.currentVersion(ticket.tenantId(), ticket.id())));
      store.audit(ticket.tenantId(), ticket.id(), actor, now, named(ticket.tenantId(), changes));
      return store
          .find(ticket.tenantId(), ticket.id())
          .filter(t -> t.version() == version)
          .orElseThrow();
    }
    return ticket;
  }

  /** Audit lines name groups and people as they were called at the time, not by id. */
  private List<Change> named(long tenant, List<Change> changes) {
    return changes.stream()
        .map(
            c ->
                switch (c.field() == null ? "" : c.field()) {
                  case "group" ->
                      new Change(
                          c.action(),
                          c.field(),
                          groupName(tenant, c.oldValue()),
                          groupName(tenant, c.newValue()),
                          c.note());
                  case "assignee" ->
                      new Change(
                          c.action(),
                          c.field(),
                          reads.staffName(c.oldValue()),
                          reads.staffName(c.newValue()),
                          c.note());
                  default -> c;
                })
        .toList();
  }

  private @Nullable String groupName(long tenant, @Nullable String id) {
    return id == null
        ? null
        : store.group(tenant, Long.parseLong(id)).map(TicketStore.Group::name).orElse(id);
  }

  private void publishChange(TicketSnapshot before, Ticket ticket, Instant now) {
    TicketSnapshot after = snapshot(ticket);
    if (!before.equals(after)) {
      events.publishEvent(new TicketEvent.Changed(before, after, now));
    }
  }

  private TicketSnapshot snapshot(Ticket ticket) {
    Long partner =
        ticket.groupId() == null
            ? null
            : store
                .group(ticket.tenantId(), ticket.groupId())
                .map(TicketStore.Group::partnerId)
                .orElse(null);
    int criticality =
        catalog
            .application(ticket.tenantId(), ticket.applicationId())
            .map(Catalog.ApplicationRef::criticality)
            .orElse(4);
    return ticket.snapshot(partner, criticality);
  }
}
