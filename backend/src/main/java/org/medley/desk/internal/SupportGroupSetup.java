package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.StaffDirectory;
import org.medley.coverage.Tier;
import org.medley.desk.GroupEngagements;
import org.medley.desk.TicketStatus;
import org.medley.desk.internal.SupportGroupController.GroupInput;
import org.medley.desk.internal.SupportGroupController.GroupPage;
import org.medley.desk.internal.SupportGroupController.GroupSettings;
import org.medley.identity.Caller;
import org.medley.identity.OrganizationNames;
import org.medley.platform.JdbcRows;
import org.medley.platform.LockConflicts;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * An admin sets up the hospital's support groups: creates and changes them (name unique in the
 * tenant, a calendar of the tenant's, internal or provided by one of its engagements), retires them
 * once nothing holds them ({@link GroupRetirement}), and puts staff in them, some as leads. Every
 * change is a line of the group's audit trail; a change forgets the group in this node's cache at
 * once (other nodes within {@link SupportGroupStore#STALE_AT_MOST}).
 */
@Singleton
@RetryLockConflicts
class SupportGroupSetup {

  private final SupportGroupStore store;
  private final TicketReads reads;
  private final CalendarDirectory calendars;
  private final GroupEngagements engagements;
  private final StaffDirectory staff;
  private final OrganizationNames organizations;
  private final JdbcOperations jdbc;
  private final Clock clock;

  SupportGroupSetup(
      SupportGroupStore store,
      TicketReads reads,
      CalendarDirectory calendars,
      GroupEngagements engagements,
      StaffDirectory staff,
      OrganizationNames organizations,
      JdbcOperations jdbc,
      Clock clock) {
    this.store = store;
    this.reads = reads;
    this.calendars = calendars;
    this.engagements = engagements;
    this.staff = staff;
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The tenant's groups by tier and name, filtered by words in the name and tier; retired groups
   * only when asked for. A hospital has tens of groups, a few hundred at most, so the page is cut
   * from the tenant's list in memory.
   */
  @ReadOnly
  GroupPage list(
      Caller caller, @Nullable String q, @Nullable Tier tier, boolean retired, int page, int size) {
    long tenant = caller.tenantId();
    String words = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<SupportGroupStore.Group> matching =
        store.groups(tenant).stream()
            .filter(g -> retired || !g.retired())
            .filter(g -> tier == null || g.tier() == tier)
            .filter(g -> words.isEmpty() || g.name().toLowerCase(Locale.ROOT).contains(words))
            .toList();
    int from = (int) Math.min((long) page * size, matching.size());
    int to = Math.min(from + size, matching.size());
    return new GroupPage(views(tenant, matching.subList(from, to)), page, size, matching.size());
  }

  @Transactional
  GroupSettings create(Caller caller, GroupInput input) {
    long tenant = caller.tenantId();
    SupportGroupStore.Settings settings = settings(tenant, input);
    refuseTakenName(tenant, settings.name(), 0);
    Instant now = clock.instant();
    long id;
    try {
      id = store.create(tenant, settings, now);
    } catch (DataAccessException e) {
      throw taken(e, settings.name());
    }
    if (settings.engagementId() != null) {
      engagements.provide(tenant, id, settings.engagementId());
    }
    store.audit(tenant, id, "CREATED", actor(caller), now, describe(settings));
    return view(tenant, store.fresh(tenant, id).orElseThrow());
  }

  @Transactional
  GroupSettings change(Caller caller, long id, GroupInput input) {
    long tenant = caller.tenantId();
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    store.lock(id);
    SupportGroupStore.Group current = existing(tenant, id);
    if (current.version() != input.version()) {
      throw stale(current);
    }
    if (current.retired()) {
      throw Refused.conflict(current.name() + " is retired; retired groups are kept as they were.");
    }
    SupportGroupStore.Settings settings = settings(tenant, input);
    refuseTakenName(tenant, settings.name(), id);
    refuseForeignMembers(current, settings);
    Instant now = clock.instant();
    boolean written;
    try {
      written = store.update(tenant, id, input.version(), settings, now);
    } catch (DataAccessException e) {
      throw taken(e, settings.name());
    }
    if (!written) {
      throw stale(store.fresh(tenant, id).orElse(current));
    }
    Long engagementBefore = engagementOf(tenant, id);
    if (!Objects.equals(engagementBefore, settings.engagementId())) {
      engagements.provide(tenant, id, settings.engagementId());
    }
    store.audit(
        tenant, id, "CHANGED", actor(caller), now, difference(current, engagementBefore, settings));
    return view(tenant, store.fresh(tenant, id).orElseThrow());
  }

  @Transactional
  GroupSettings retire(Caller caller, long id) {
    long tenant = caller.tenantId();
    store.lock(id);
    SupportGroupStore.Group group = existing(tenant, id);
    if (group.retired()) {
      throw Refused.conflict(group.name() + " is already retired.");
    }
    Long provider = engagementOf(tenant, id);
    boolean engaged =
        provider != null
            && engagements
                .engagement(tenant, provider)
                .map(GroupEngagements.Engagement::active)
                .orElse(false);
    GroupRetirement.refusal(group.name(), openTickets(tenant, id), engaged)
        .ifPresent(
            why -> {
              throw Refused.conflict(why);
            });
    Instant now = clock.instant();
    if (!store.retire(tenant, id, group.version(), now)) {
      throw stale(store.fresh(tenant, id).orElse(group));
    }
    store.audit(tenant, id, "RETIRED", actor(caller), now, group.name() + " retired");
    return view(tenant, store.fresh(tenant, id).orElseThrow());
  }

  @Transactional
  List<TicketViews.MemberView> putMember(Caller caller, long id, long staffId, boolean lead) {
    long tenant = caller.tenantId();
    store.lock(id);
    SupportGroupStore.Group group = existing(tenant, id);
    if (group.retired()) {
      throw Refused.conflict(group.name() + " is retired; its members are kept as they were.");
    }
    Long employer = staff.employers(tenant, List.of(staffId)).get(staffId);
    if (employer == null) {
      throw Refused.invalid("staffId", "no staff member " + staffId + " works for this hospital");
    }
    if (group.partnerId() != null && !employer.equals(group.partnerId())) {
      throw Refused.invalid(
          "staffId",
          "is not staff of " + partnerName(group.partnerId()) + ", which provides " + group.name());
    }
    Optional<Boolean> before = store.leadFlag(id, staffId);
    if (store.putMember(id, staffId, lead)) {
      String action = before.isEmpty() ? "MEMBER_ADDED" : lead ? "LEAD_SET" : "LEAD_UNSET";
      store.audit(
          tenant,
          id,
          action,
          actor(caller),
          clock.instant(),
          "staff " + staffId + (lead ? " (lead)" : ""));
    }
    return reads.members(tenant, id);
  }

  @Transactional
  void removeMember(Caller caller, long id, long staffId) {
    long tenant = caller.tenantId();
    store.lock(id);
    existing(tenant, id);
    if (store.removeMember(id, staffId)) {
      store.audit(tenant, id, "MEMBER_REMOVED", actor(caller), clock.instant(), "staff " + staffId);
    }
  }

  /** How many of the tenant's active groups there are, for the setup checklist. */
  @ReadOnly
  long activeGroups(long tenant) {
    return store.activeGroups(tenant).size();
  }

  private @Nullable Long engagementOf(long tenant, long groupId) {
    return engagements.providers(tenant, List.of(groupId)).get(groupId);
  }

  private SupportGroupStore.Group existing(long tenant, long id) {
    return store
        .fresh(tenant, id)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such support group."));
  }

  /** The input checked against the tenant's calendars and engagements, every refusal at once. */
  private SupportGroupStore.Settings settings(long tenant, GroupInput input) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    if (input.calendarId() != null && !calendars.exists(tenant, input.calendarId())) {
      refusals.add(
          new Problem.FieldError(
              "calendarId", "no calendar " + input.calendarId() + " in this hospital"));
    }
    Long partner = null;
    if (input.engagementId() != null) {
      Optional<GroupEngagements.Engagement> engagement =
          engagements.engagement(tenant, input.engagementId());
      if (engagement.isEmpty()) {
        refusals.add(
            new Problem.FieldError(
                "engagementId", "no engagement " + input.engagementId() + " in this hospital"));
      } else {
        partner = engagement.get().partnerId();
      }
    }
    String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
    return new SupportGroupStore.Settings(
        input.name().strip(),
        input.tier(),
        partner,
        input.engagementId(),
        input.calendarId(),
        Boolean.TRUE.equals(input.autoAssign()),
        input.strategy() == null ? AssignmentStrategy.SKILLED_ON_SHIFT : input.strategy(),
        email);
  }

  /** A group a partner provides holds only that partner's staff. */
  private void refuseForeignMembers(
      SupportGroupStore.Group current, SupportGroupStore.Settings next) {
    if (next.partnerId() == null || next.partnerId().equals(current.partnerId())) {
      return;
    }
    List<Long> members = store.members(current.id());
    long others =
        staff.employers(current.tenantId(), members).values().stream()
            .filter(employer -> !employer.equals(next.partnerId()))
            .count();
    if (others > 0) {
      throw Refused.conflict(
          "engagementId",
          current.name()
              + " has "
              + others
              + (others == 1 ? " member who is not " : " members who are not ")
              + partnerName(next.partnerId())
              + "'s staff: remove them before the engagement provides the group");
    }
  }

  private void refuseTakenName(long tenant, String name, long exceptId) {
    Optional<SupportGroupStore.Group> holder =
        store.groups(tenant).stream()
            .filter(g -> g.id() != exceptId && g.name().equalsIgnoreCase(name))
            .findFirst();
    if (holder.isPresent()) {
      throw Refused.conflict(
          "name",
          holder.get().retired()
              ? "a retired group is called \"" + holder.get().name() + "\"; pick another name"
              : "a group called \"" + holder.get().name() + "\" already exists");
    }
  }

  private static RuntimeException taken(DataAccessException e, String name) {
    if (LockConflicts.among(e)) {
      return e;
    }
    // Another request took the same name between our check and our write.
    return Refused.conflict("name", "a group called \"" + name + "\" already exists");
  }

  private static Refused stale(SupportGroupStore.Group current) {
    return Refused.conflict(
        "version",
        "someone changed "
            + current.name()
            + " (it is now at version "
            + current.version()
            + "); reload it and apply your change again");
  }

  private long openTickets(long tenant, long groupId) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM tickets WHERE tenant_id = ? AND group_id = ? AND status IN "
            + TicketStatus.OPEN_SQL,
        statement -> {
          JdbcRows.bindAll(statement, tenant, groupId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  private Map<Long, Integer> memberCounts(long tenant) {
    return jdbc.prepareStatement(
        "SELECT m.group_id, COUNT(*) FROM group_members m JOIN support_groups g ON g.id ="
            + " m.group_id WHERE g.tenant_id = ? GROUP BY m.group_id",
        statement -> {
          statement.setLong(1, tenant);
          Map<Long, Integer> counts = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              counts.put(rows.getLong(1), rows.getInt(2));
            }
          }
          return counts;
        });
  }

  private GroupSettings view(long tenant, SupportGroupStore.Group group) {
    return views(tenant, List.of(group)).get(0);
  }

  private List<GroupSettings> views(long tenant, List<SupportGroupStore.Group> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    Map<Long, String> calendarNames =
        calendars.calendars(tenant).stream()
            .collect(
                Collectors.toMap(
                    CalendarDirectory.StoredCalendar::id, CalendarDirectory.StoredCalendar::name));
    Map<Long, String> partnerNames =
        organizations.names(
            groups.stream()
                .map(SupportGroupStore.Group::partnerId)
                .filter(Objects::nonNull)
                .toList());
    Map<Long, Long> providers =
        engagements.providers(tenant, groups.stream().map(SupportGroupStore.Group::id).toList());
    Map<Long, GroupEngagements.Engagement> engaged =
        providers.values().stream()
            .distinct()
            .map(e -> engagements.engagement(tenant, e))
            .flatMap(Optional::stream)
            .collect(Collectors.toMap(GroupEngagements.Engagement::id, Function.identity()));
    Map<Long, Integer> members = memberCounts(tenant);
    return groups.stream()
        .map(
            g -> {
              Long provider = providers.get(g.id());
              GroupEngagements.Engagement engagement =
                  provider == null ? null : engaged.get(provider);
              return new GroupSettings(
                  g.id(),
                  g.name(),
                  g.tier(),
                  g.partnerId() == null ? "INTERNAL" : "PARTNER",
                  g.partnerId(),
                  g.partnerId() == null ? null : partnerNames.get(g.partnerId()),
                  provider,
                  engagement == null ? null : engagement.name(),
                  engagement != null && engagement.active(),
                  g.calendarId(),
                  g.calendarId() == null ? null : calendarNames.get(g.calendarId()),
                  g.autoAssign(),
                  g.strategy(),
                  g.email(),
                  members.getOrDefault(g.id(), 0),
                  g.retiredAt(),
                  g.version());
            })
        .toList();
  }

  private String partnerName(long partnerId) {
    return organizations.names(List.of(partnerId)).getOrDefault(partnerId, "the partner");
  }

  private static String actor(Caller caller) {
    return caller.displayName() + " (" + caller.username() + ")";
  }

  private static String describe(SupportGroupStore.Settings s) {
    return "name="
        + s.name()
        + ", tier="
        + s.tier()
        + ", engagement="
        + s.engagementId()
        + ", calendar="
        + s.calendarId()
        + ", autoAssign="
        + s.autoAssign()
        + ", strategy="
        + s.strategy()
        + ", email="
        + s.email();
  }

  /** Each field that changed, as {@code field: before → after}. */
  static String difference(
      SupportGroupStore.Group before,
      @Nullable Long engagementBefore,
      SupportGroupStore.Settings after) {
    List<String> changed = new ArrayList<>();
    note(changed, "name", before.name(), after.name());
    note(changed, "tier", before.tier(), after.tier());
    note(changed, "engagement", engagementBefore, after.engagementId());
    note(changed, "calendar", before.calendarId(), after.calendarId());
    note(changed, "autoAssign", before.autoAssign(), after.autoAssign());
    note(changed, "strategy", before.strategy(), after.strategy());
    note(changed, "email", before.email(), after.email());
    return changed.isEmpty() ? "no change" : String.join("; ", changed);
  }

  private static void note(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field + ": " + before + " → " + after);
    }
  }
}
