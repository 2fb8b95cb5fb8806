package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * How a connector is doing, as its operations page colours it: FAILING while it holds dead letters
 * or its latest word was an error; DEGRADED while an update has waited longer than {@link #SLOW}
 * (the desk is slow or retrying); OK otherwise. A desk that pushes its events through a hub
 * listener is FAILING while its hub refused Medley's registration, and at best DEGRADED while the
 * registration is being retried after an error.
 */
enum ConnectorHealth {
  OK,
  DEGRADED,
  FAILING;

  /** An update waiting this long means the desk is not keeping up. */
  static final Duration SLOW = Duration.ofMinutes(1);

  static ConnectorHealth of(
      long deadLetters,
      @Nullable Duration oldestPending,
      @Nullable Instant lastSync,
      @Nullable Instant lastErrorAt) {
    boolean errorIsLatest =
        lastErrorAt != null && (lastSync == null || lastErrorAt.isAfter(lastSync));
    if (deadLetters > 0 || errorIsLatest) {
      return FAILING;
    }
    if (oldestPending != null && oldestPending.compareTo(SLOW) > 0) {
      return DEGRADED;
    }
    return OK;
  }

  /** This health, given where the connector's hub registration stands (null: it has none). */
  ConnectorHealth with(@Nullable HubRegistration.HubState hub, @Nullable String hubError) {
    if (hub == HubRegistration.HubState.FAILED) {
      return FAILING;
    }
    if (this == OK && hubError != null) {
      return DEGRADED;
    }
    return this;
  }
}
