package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.medley.coverage.StaffDirectory;
import org.medley.coverage.Tier;
import org.medley.platform.Refused;

/**
 * Where a ticket goes: the group that first takes it, the group an escalation hands it to, and the
 * member a group that assigns its own work picks. It decides only; the use cases ({@link
 * TicketIntake}, {@link TicketEscalation}, through {@link Handover}) write what it decided.
 */
@Singleton
class Routing {

  private final SupportGroupStore groups;
  private final TicketStore tickets;
  private final StaffDirectory staff;
  private final Clock clock;

  Routing(SupportGroupStore groups, TicketStore tickets, StaffDirectory staff, Clock clock) {
    this.groups = groups;
    this.tickets = tickets;
    this.staff = staff;
    this.clock = clock;
  }

  /**
   * The group that triages a ticket whose reporter does not know the application ("Other / I don't
   * know"): the hospital's own first L1 group by name. A partner's L1 desk (an overnight desk)
   * never triages: working out what a ticket is about is the hospital's job. Riverside's is
   * "Service Desk".
   */
  long triageGroup(long tenant) {
    return triage(groups.activeGroups(tenant))
        .map(SupportGroupStore.Group::id)
        .orElseThrow(
            () ->
                Refused.conflict(
                    "No internal L1 support group triages tickets without an application;"
                        + " an admin must create one first."));
  }

  /** The group that works the application at a tier; refused when the tenant has none there. */
  long firstGroup(long tenant, long applicationId, Tier tier) {
    return groupAt(tenant, applicationId, tier)
        .orElseThrow(
            () ->
                Refused.conflict(
                    "No "
                        + tier
                        + " support group is configured; an admin must create one first."));
  }

  /** Where an automatic escalation goes; empty when the tenant has no group at that tier. */
  Optional<Long> escalationTarget(long tenant, long applicationId, Tier next) {
    return groupAt(tenant, applicationId, next);
  }

  private Optional<Long> groupAt(long tenant, long applicationId, Tier tier) {
    return groupAt(
        active(tenant, groups.route(applicationId)), () -> groups.activeGroups(tenant), tier);
  }

  /** The route without the groups retired since it was written: they take no new tickets. */
  private Map<Tier, Long> active(long tenant, Map<Tier, Long> route) {
    Map<Tier, Long> active = new EnumMap<>(Tier.class);
    route.forEach(
        (tier, group) -> {
          if (groups.group(tenant, group).filter(g -> !g.retired()).isPresent()) {
            active.put(tier, group);
          }
        });
    return active;
  }

  /**
   * The application's own group for the tier, or else the tenant's first group at that tier. The
   * groups are read only when the application names none.
   */
  static Optional<Long> groupAt(
      Map<Tier, Long> route, Supplier<List<SupportGroupStore.Group>> groups, Tier tier) {
    Long routed = route.get(tier);
    if (routed != null) {
      return Optional.of(routed);
    }
    return groups.get().stream()
        .filter(g -> g.tier() == tier)
        .map(SupportGroupStore.Group::id)
        .findFirst();
  }

  static Optional<SupportGroupStore.Group> triage(List<SupportGroupStore.Group> groups) {
    return groups.stream()
        .filter(g -> g.tier() == Tier.L1 && g.partnerId() == null)
        .min(
            Comparator.comparing(SupportGroupStore.Group::name)
                .thenComparing(SupportGroupStore.Group::id));
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
