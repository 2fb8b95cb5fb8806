package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
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
        null,
        false,
        AssignmentStrategy.SKILLED_ON_SHIFT,
        null,
        0,
        null);
  }
}
