package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import org.medley.integrations.api.DeskConnection;

/**
 * When Medley registers or removes its listener at a partner desk's event hub (TMF621's {@code POST
 * <basePath>/hub}), as a connector is created, changed or deleted. A connector listens when its
 * kind has a hub and its setting {@code hubSubscription} is not {@code false}; where it listens is
 * its hub address and the credentials Medley signs in with there.
 *
 * <ul>
 *   <li>It stops listening (deleted, set to {@code hubSubscription: false}), or listens elsewhere
 *       (another base URL or base path, other credentials): the registration at the old hub is
 *       removed, with the old connection.
 *   <li>It starts listening, listens elsewhere, or listens at the same hub but holds no
 *       registration there that is made or being made (a refused one, say): it registers.
 *   <li>Nothing else (its name, status map, retry settings) touches the hub.
 * </ul>
 */
final class HubRegistration {

  private HubRegistration() {}

  /** Where a connector listens: its hub's address and the credentials used there. */
  record Target(String hubUrl, DeskConnection.Auth auth) {}

  enum Step {
    /** Remove the registration made for the connector as it was. */
    UNSUBSCRIBE_BEFORE,
    /** Register the connector as it is now. */
    SUBSCRIBE_AFTER
  }

  /**
   * @param before where the connector listened before the change (null: it did not, or is new)
   * @param after where it listens after (null: it does not, or was deleted)
   * @param state the stored registration's state (null: none was ever asked for)
   */
  static List<Step> plan(
      @Nullable Target before, @Nullable Target after, @Nullable HubState state) {
    List<Step> steps = new ArrayList<>();
    boolean moved = before != null && after != null && !before.equals(after);
    if (before != null && (after == null || moved)) {
      steps.add(Step.UNSUBSCRIBE_BEFORE);
    }
    boolean held = state == HubState.SUBSCRIBED || state == HubState.SUBSCRIBING;
    if (after != null && (before == null || moved || !held)) {
      steps.add(Step.SUBSCRIBE_AFTER);
    }
    return steps;
  }

  /** Where a registration stands. */
  enum HubState {
    SUBSCRIBING,
    SUBSCRIBED,
    UNSUBSCRIBING,
    UNSUBSCRIBED,
    /** The hub refused the registration or its removal for good (a dead letter). */
    FAILED
  }
}
