package org.medley.integrations.jsm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;

/**
 * How Jira Service Management's workflow names meet Medley's statuses, both ways, on top of the
 * connector's {@code statusMap}.
 *
 * <p>Outbound, Medley moves a request by a <em>transition</em> (JSM has no "set status"): each
 * Medley status names the transitions that lead there in the stock JSM IT-support workflow, tried
 * in order; {@code statusMap.outbound} replaces them with the desk's own transition name. Medley
 * statuses with no entry (NEW, ASSIGNED) leave the desk's status alone.
 *
 * <p>Inbound, a status the request reached (its name, case-insensitive) means a {@link
 * DeskChange.Kind}; {@code statusMap.inbound} adds or replaces names. "Waiting for support" and
 * "Open" mean nothing to Medley: the partner has not started yet.
 */
final class JsmStatusMap {

  private static final Map<String, List<String>> TRANSITIONS =
      Map.of(
          "IN_PROGRESS", List.of("In progress", "Start progress"),
          "PENDING", List.of("Pending", "Waiting for support"),
          "RESOLVED", List.of("Resolve this issue", "Resolved", "Resolve"),
          "CANCELLED", List.of("Cancel request", "Cancel", "Canceled"));

  private static final Map<String, DeskChange.Kind> STATUSES =
      Map.ofEntries(
          Map.entry("in progress", DeskChange.Kind.IN_PROGRESS),
          Map.entry("work in progress", DeskChange.Kind.IN_PROGRESS),
          Map.entry("pending", DeskChange.Kind.ON_HOLD),
          Map.entry("waiting for customer", DeskChange.Kind.ON_HOLD),
          Map.entry("waiting for partner", DeskChange.Kind.ON_HOLD),
          Map.entry("waiting for vendor", DeskChange.Kind.ON_HOLD),
          Map.entry("resolved", DeskChange.Kind.RESOLVED),
          Map.entry("done", DeskChange.Kind.RESOLVED),
          Map.entry("closed", DeskChange.Kind.RESOLVED),
          Map.entry("canceled", DeskChange.Kind.CANCELLED),
          Map.entry("cancelled", DeskChange.Kind.CANCELLED),
          Map.entry("declined", DeskChange.Kind.REJECTED),
          Map.entry("rejected", DeskChange.Kind.REJECTED));

  /** What each Medley status means as a desk change, to recognise "already there". */
  private static final Map<String, DeskChange.Kind> MEDLEY_MEANING =
      Map.of(
          "IN_PROGRESS", DeskChange.Kind.IN_PROGRESS,
          "PENDING", DeskChange.Kind.ON_HOLD,
          "RESOLVED", DeskChange.Kind.RESOLVED,
          "CANCELLED", DeskChange.Kind.CANCELLED);

  private final DeskConnection.StatusMap overrides;

  JsmStatusMap(DeskConnection.StatusMap overrides) {
    this.overrides = overrides;
  }

  /** The transition names that take a request to {@code medleyStatus}; empty: leave it. */
  List<String> transitionsTo(String medleyStatus) {
    if (medleyStatus == null) {
      return List.of();
    }
    String override = overrides.outbound().get(medleyStatus);
    if (override != null && !override.isBlank()) {
      return List.of(override);
    }
    return TRANSITIONS.getOrDefault(medleyStatus, List.of());
  }

  /** What the desk's status {@code name} means to Medley; empty: nothing. */
  Optional<DeskChange.Kind> meaning(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> entry : overrides.inbound().entrySet()) {
      if (entry.getKey().strip().toLowerCase(Locale.ROOT).equals(key)) {
        return kind(entry.getValue());
      }
    }
    return Optional.ofNullable(STATUSES.get(key));
  }

  /** Whether the desk's status {@code name} already means Medley's {@code medleyStatus}. */
  boolean alreadyThere(String name, String medleyStatus) {
    DeskChange.Kind wanted = MEDLEY_MEANING.get(medleyStatus);
    return wanted != null && meaning(name).filter(wanted::equals).isPresent();
  }

  private static Optional<DeskChange.Kind> kind(String name) {
    try {
      return Optional.of(DeskChange.Kind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // e.g. "IGNORE": the connector wants this status left alone
    }
  }
}
