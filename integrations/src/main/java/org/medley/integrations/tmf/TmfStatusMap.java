package org.medley.integrations.tmf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;

/**
 * TMF621 v4's ticket statuses (acknowledged, rejected, pending, held, inProgress, cancelled,
 * closed, resolved) against Medley's, both ways, on top of the connector's {@code statusMap}.
 * Medley's NEW and ASSIGNED have no counterpart to send (the desk acknowledges by itself), and
 * "acknowledged" means nothing to Medley.
 */
final class TmfStatusMap {

  private static final Map<String, String> OUTBOUND =
      Map.of(
          "IN_PROGRESS", "inProgress",
          "PENDING", "pending",
          "RESOLVED", "resolved",
          "CLOSED", "closed",
          "CANCELLED", "cancelled");

  private static final Map<String, DeskChange.Kind> INBOUND =
      Map.of(
          "inprogress", DeskChange.Kind.IN_PROGRESS,
          "pending", DeskChange.Kind.ON_HOLD,
          "held", DeskChange.Kind.ON_HOLD,
          "resolved", DeskChange.Kind.RESOLVED,
          "closed", DeskChange.Kind.RESOLVED,
          "cancelled", DeskChange.Kind.CANCELLED,
          "rejected", DeskChange.Kind.REJECTED);

  private final DeskConnection.StatusMap overrides;

  TmfStatusMap(DeskConnection.StatusMap overrides) {
    this.overrides = overrides;
  }

  /** The TMF status for Medley's {@code medleyStatus}; empty: leave the desk's status alone. */
  Optional<String> outbound(String medleyStatus) {
    if (medleyStatus == null) {
      return Optional.empty();
    }
    String override = overrides.outbound().get(medleyStatus);
    return Optional.ofNullable(
        override != null && !override.isBlank() ? override : OUTBOUND.get(medleyStatus));
  }

  /** What the desk's {@code status} means to Medley; empty: nothing. */
  Optional<DeskChange.Kind> inbound(String status) {
    if (status == null) {
      return Optional.empty();
    }
    String key = status.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> entry : overrides.inbound().entrySet()) {
      if (entry.getKey().strip().toLowerCase(Locale.ROOT).equals(key)) {
        try {
          return Optional.of(DeskChange.Kind.valueOf(entry.getValue().strip()));
        } catch (IllegalArgumentException e) {
          return Optional.empty(); // e.g. "IGNORE"
        }
      }
    }
    return Optional.ofNullable(INBOUND.get(key));
  }
}
