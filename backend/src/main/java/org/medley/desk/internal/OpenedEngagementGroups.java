package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medley.coverage.Tier;
import org.medley.desk.EngagementGroups;

/** {@link EngagementGroups}: written and audited like an admin's new group and its members. */
@Singleton
class OpenedEngagementGroups implements EngagementGroups {

  private static final int NAME_LENGTH = 100;

  private final SupportGroupStore store;
  private final Clock clock;

  OpenedEngagementGroups(SupportGroupStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public long open(
      long tenantId,
      long partnerId,
      String name,
      String tier,
      long calendarId,
      List<Long> memberStaffIds,
      String actor) {
    Instant now = clock.instant();
    String free = freeName(tenantId, name);
    long id =
        store.create(
            tenantId,
            new SupportGroupStore.Settings(
                free,
                Tier.valueOf(tier),
                partnerId,
                null,
                calendarId,
                false,
                AssignmentStrategy.SKILLED_ON_SHIFT,
                null),
            now);
    store.audit(tenantId, id, "CREATED", actor, now, "for an accepted proposal: " + free);
    for (long staffId : memberStaffIds) {
      store.putMember(id, staffId, false);
      store.audit(tenantId, id, "MEMBER_ADDED", actor, now, "staff " + staffId);
    }
    return id;
  }

  /** The name, or the name with " 2", " 3"… when a group (retired ones too) already has it. */
  private String freeName(long tenant, String wanted) {
    Set<String> taken = new HashSet<>();
    store.groups(tenant).forEach(g -> taken.add(g.name().toLowerCase(Locale.ROOT)));
    String base = wanted.length() > NAME_LENGTH - 4 ? wanted.substring(0, NAME_LENGTH - 4) : wanted;
    String name = wanted.length() > NAME_LENGTH ? base : wanted;
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + " " + n;
    }
    return name;
  }
}
