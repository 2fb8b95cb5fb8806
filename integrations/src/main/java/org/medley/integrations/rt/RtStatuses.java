package org.medley.integrations.rt;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;

/**
 * How Medley's statuses and Request Tracker's default lifecycle ({@code new}, {@code open}, {@code
 * stalled}, {@code resolved}, {@code rejected}, {@code deleted}) map onto each other; a connector's
 * {@link DeskConnection.StatusMap} overrides either direction for a desk with its own lifecycle.
 *
 * <table>
 *   <caption>Medley → RT</caption>
 *   <tr><td>NEW</td><td>new</td></tr>
 *   <tr><td>ASSIGNED, IN_PROGRESS</td><td>open</td></tr>
 *   <tr><td>PENDING</td><td>stalled</td></tr>
 *   <tr><td>RESOLVED, CLOSED</td><td>resolved</td></tr>
 *   <tr><td>CANCELLED</td><td>rejected</td></tr>
 * </table>
 *
 * <table>
 *   <caption>RT → Medley</caption>
 *   <tr><td>open</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>stalled</td><td>ON_HOLD</td></tr>
 *   <tr><td>resolved</td><td>RESOLVED</td></tr>
 *   <tr><td>rejected</td><td>REJECTED</td></tr>
 *   <tr><td>deleted</td><td>CANCELLED</td></tr>
 * </table>
 *
 * {@code new} has no inbound meaning (a ticket RT moved back to new is still Medley's partner's).
 */
final class RtStatuses {

  private static final Map<String, String> OUTBOUND =
      Map.of(
          "NEW", "new",
          "ASSIGNED", "open",
          "IN_PROGRESS", "open",
          "PENDING", "stalled",
          "RESOLVED", "resolved",
          "CLOSED", "resolved",
          "CANCELLED", "rejected");

  private static final Map<String, DeskChange.Kind> INBOUND =
      Map.of(
          "open", DeskChange.Kind.IN_PROGRESS,
          "stalled", DeskChange.Kind.ON_HOLD,
          "resolved", DeskChange.Kind.RESOLVED,
          "rejected", DeskChange.Kind.REJECTED,
          "deleted", DeskChange.Kind.CANCELLED);

  private RtStatuses() {}

  /** RT's status for a Medley status, or empty when the desk keeps its own. */
  static Optional<String> outbound(DeskConnection connection, String medleyStatus) {
    if (medleyStatus == null) {
      return Optional.empty();
    }
    String key = medleyStatus.toUpperCase(Locale.ROOT);
    String mapped = connection.statusMap().outbound().get(key);
    return Optional.ofNullable(mapped != null ? mapped : OUTBOUND.get(key));
  }

  /** What an RT status means to Medley, or empty for a status Medley does not act on. */
  static Optional<DeskChange.Kind> inbound(DeskConnection connection, String rtStatus) {
    if (rtStatus == null) {
      return Optional.empty();
    }
    String key = rtStatus.toLowerCase(Locale.ROOT);
    String mapped = connection.statusMap().inbound().get(key);
    if (mapped != null) {
      try {
        return Optional.of(DeskChange.Kind.valueOf(mapped.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(INBOUND.get(key));
  }
}
