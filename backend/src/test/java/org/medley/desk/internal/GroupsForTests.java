package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import org.medley.coverage.Tier;

/** Support groups as stored, with the settings routing tests do not care about left at defaults. */
final class GroupsForTests {

  private GroupsForTests() {}

  static SupportGroupStore.Group group(
      long id, long tenant, String name, Tier tier, @Nullable Long partner) {
    return new SupportGroupStore.Group(
        id,
        tenant,
        name,
        tier,
        partner,
        null,
        false,
        AssignmentStrategy.SKILLED_ON_SHIFT,
        null,
        0,
        null);
  }

  static SupportGroupStore.Group retired(SupportGroupStore.Group g, Instant at) {
    return new SupportGroupStore.Group(
        g.id(),
        g.tenantId(),
        g.name(),
        g.tier(),
        g.partnerId(),
        g.calendarId(),
        g.autoAssign(),
        g.strategy(),
        g.email(),
        g.version(),
        at);
  }
}
