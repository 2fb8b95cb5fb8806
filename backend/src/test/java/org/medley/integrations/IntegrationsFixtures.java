package org.medley.integrations;

import java.time.Instant;
import org.medley.desk.Priority;

/**
 * Stand-ins for connector classes, in the package the integrations rule of {@code ArchitectureTest}
 * covers, so that rule has a subject while the module itself is still empty.
 */
public final class IntegrationsFixtures {

  private IntegrationsFixtures() {}

  /** What the rule must refuse: a route that reads a backend type instead of the contract. */
  public static final class ReachesIntoTheDesk {
    public Priority priority;
  }

  /** What the rule must allow: a route on JDK types only. */
  public static final class KeepsToItself {
    public Instant at;
  }
}
