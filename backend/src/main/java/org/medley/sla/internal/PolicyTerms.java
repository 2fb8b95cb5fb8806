package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What an SLA policy and an OLA both promise: two targets in business time on a calendar, the
 * statuses that stop the clock, when to warn and what a breach does. Checked by {@link
 * PolicyTermsValidator}; stored in the same columns of both tables ({@link PolicyTermsColumns}).
 */
record PolicyTerms(
    long calendarId,
    Duration response,
    Duration resolution,
    PauseRule pauseOn,
    List<Integer> warnings,
    Set<BreachAction> breachActions) {

  static final List<Integer> DEFAULT_WARNINGS = List.of(50, 75, 90);

  Duration duration(Target target) {
    return target == Target.RESPONSE ? response : resolution;
  }

  /** Breach actions in a stable order, for storage and the API. */
  List<BreachAction> sortedActions() {
    return breachActions.stream().sorted().toList();
  }

  /** The terms as a client sends them: unchecked, null where left out. */
  record Draft(
      @Nullable Long calendarId,
      @Nullable String response,
      @Nullable String resolution,
      @Nullable List<String> pauseOn,
      @Nullable List<Integer> warnings,
      @Nullable List<String> breachActions) {}
}
