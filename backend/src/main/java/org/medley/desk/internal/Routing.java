package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.coverage.Catalog;
import org.medley.coverage.StaffDirectory;
import org.medley.coverage.Tier;
import org.medley.desk.TicketType;
import org.medley.identity.Accounts;
import org.medley.platform.Refused;

/**
 * Where a ticket goes: the group that first takes it, the group an escalation hands it to (both as
 * the hospital's {@link RoutingRules} say), and the member a group that assigns its own work picks.
 * It decides only; the use cases ({@link TicketIntake}, {@link TicketEscalation}, through {@link
 * Handover}) write what it decided.
 */
@Singleton
class Routing {

  private final SupportGroupStore groups;
  private final RoutingTables tables;
  private final TicketStore tickets;
  private final StaffDirectory staff;
  private final Catalog catalog;
  private final Accounts accounts;
  private final Clock clock;

  Routing(
      SupportGroupStore groups,
      RoutingTables tables,
      TicketStore tickets,
      StaffDirectory staff,
      Catalog catalog,
      Accounts accounts,
      Clock clock) {
    this.groups = groups;
    this.tables = tables;
    this.tickets = tickets;
    this.staff = staff;
    this.catalog = catalog;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * The L1 group that takes a new ticket; {@code application} is null for one filed without an
   * application ("Other / I don't know"), which the hospital's own first L1 group triages unless a
   * rule or the L1 default says otherwise. Refused when no group can take it.
   */
  long firstGroup(
      long tenant,
      TicketType type,
      Catalog.@Nullable ApplicationRef application,
      int impact,
      String title,
      @Nullable Long requesterId) {
    RoutingRules rules = tables.of(tenant);
    RoutingRules.Draft draft = draft(rules, Tier.L1, type, application, impact, title, requesterId);
    return decide(tenant, rules, Tier.L1, draft)
        .group()
        .map(SupportGroupStore.Group::id)
        .orElseThrow(
            () ->
                Refused.conflict(
                    application == null
                        ? "No internal L1 support group triages tickets without an application;"
                            + " an admin must create one first."
                        : "No L1 support group is configured; an admin must create one first."));
  }

  /** Where a person's escalation goes; refused when no group at the next tier can take it. */
  long escalationGroup(Ticket ticket, Tier next) {
    return escalationTarget(ticket, next)
        .orElseThrow(
            () ->
                Refused.conflict(
                    "No "
                        + next
                        + " support group is configured; an admin must create one first."));
  }

  /**
   * Where an escalation goes: the escalation target of the ticket's group, else the next tier's
   * rules; empty when no group at that tier can take it.
   */
  Optional<Long> escalationTarget(Ticket ticket, Tier next) {
    long tenant = ticket.tenantId();
    RoutingRules rules = tables.of(tenant);
    Catalog.ApplicationRef application =
        catalog.application(tenant, ticket.applicationId()).orElse(null);
    RoutingRules.Draft draft =
        draft(
            rules,
            next,
            ticket.type(),
            application,
            ticket.impact(),
            ticket.title(),
            ticket.requesterId());
    Optional<SupportGroupStore.Group> from =
        ticket.groupId() == null ? Optional.empty() : groups.group(tenant, ticket.groupId());
    RoutingRules.Decision decision =
        from.isPresent()
            ? rules.escalate(
                from.get(),
                next,
                draft,
                id -> groups.group(tenant, id),
                () -> groups.groups(tenant))
            : decide(tenant, rules, next, draft);
    return decision.group().map(SupportGroupStore.Group::id);
  }

  /** What the rules decide for a draft at a tier, with the rules that were passed over. */
  RoutingRules.Decision preview(
      long tenant,
      Tier tier,
      TicketType type,
      Catalog.@Nullable ApplicationRef application,
      int impact,
      String title,
      @Nullable Long requesterId) {
    RoutingRules rules = tables.of(tenant);
    return decide(
        tenant, rules, tier, draft(rules, tier, type, application, impact, title, requesterId));
  }

  private RoutingRules.Decision decide(
      long tenant, RoutingRules rules, Tier tier, RoutingRules.Draft draft) {
    return rules.decide(tier, draft, id -> groups.group(tenant, id), () -> groups.groups(tenant));
  }

  /** The requester's department and location are read only when a rule of the tier asks. */
  private RoutingRules.Draft draft(
      RoutingRules rules,
      Tier tier,
      TicketType type,
      Catalog.@Nullable ApplicationRef application,
      int impact,
      String title,
      @Nullable Long requesterId) {
    Accounts.Account requester =
        requesterId != null && rules.readsRequester(tier)
            ? accounts.account(requesterId).orElse(null)
            : null;
    return new RoutingRules.Draft(
        type,
        application == null ? null : application.id(),
        application == null ? null : application.category(),
        impact,
        title,
        requester == null ? null : requester.department(),
        requester == null ? null : requester.location());
  }

  /**
   * Who takes a ticket arriving in a group: nobody when the group does not assign its own work or
   * the ticket already has an assignee.
   */
  Optional<Long> autoAssignee(Ticket ticket, SupportGroupStore.Group group) {
    if (!group.autoAssign() || group.retired() || ticket.assigneeId() != null) {
      return Optional.empty();
    }
    return assignee(ticket, group, null);
  }

  /**
   * The member of the group {@link AssignmentPolicy} picks by the group's strategy, leaving out
   * {@code exclude}. Fewest open tickets reads only the members' load.
   */
  Optional<Long> assignee(Ticket ticket, SupportGroupStore.Group group, @Nullable Long exclude) {
    List<Long> members = new ArrayList<>(groups.members(group.id()));
    if (exclude != null) {
      members.remove(exclude);
    }
    if (members.isEmpty()) {
      return Optional.empty();
    }
    long tenant = ticket.tenantId();
    if (group.strategy() == AssignmentStrategy.FEWEST_OPEN_TICKETS) {
      Map<Long, Integer> load = tickets.openLoad(tenant, members);
      return AssignmentPolicy.choose(
          group.strategy(), group.tier(), candidates(members, Set.of(), Map.of(), load, Map.of()));
    }
    Set<Long> onShift = staff.onShift(tenant, members, clock.instant());
    Map<Long, Integer> levels = staff.skillLevels(tenant, ticket.applicationId(), members);
    Map<Long, Double> capacity = staff.weeklyCapacityHours(tenant, members);
    Map<Long, Integer> load = tickets.openLoad(tenant, members);
    return AssignmentPolicy.choose(
        group.strategy(), group.tier(), candidates(members, onShift, levels, load, capacity));
  }

  /** A member nothing is known about counts as unskilled, idle and without capacity. */
  static List<AssignmentPolicy.Candidate> candidates(
      List<Long> members,
      Set<Long> onShift,
      Map<Long, Integer> levels,
      Map<Long, Integer> load,
      Map<Long, Double> capacity) {
    return members.stream()
        .map(
            m ->
                new AssignmentPolicy.Candidate(
                    m,
                    onShift.contains(m),
                    levels.getOrDefault(m, 0),
                    load.getOrDefault(m, 0),
                    capacity.getOrDefault(m, 0.0)))
        .toList();
  }
}
