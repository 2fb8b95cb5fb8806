package org.medley.integrations.servicenow;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;

/**
 * ServiceNow's incident states and hold reasons as the Table API writes them (choice values of
 * {@code incident.state} and {@code incident.hold_reason}), and what they mean to Medley.
 *
 * <table>
 *   <caption>Medley → ServiceNow</caption>
 *   <tr><td>NEW</td><td>1 New</td></tr>
 *   <tr><td>ASSIGNED, IN_PROGRESS, PENDING(PARTNER)</td><td>2 In Progress (the partner is the
 *       one to act)</td></tr>
 *   <tr><td>PENDING(CUSTOMER)</td><td>3 On Hold, hold_reason 1 Awaiting Caller</td></tr>
 *   <tr><td>PENDING(VENDOR)</td><td>3 On Hold, hold_reason 4 Awaiting Vendor</td></tr>
 *   <tr><td>PENDING(CHANGE)</td><td>3 On Hold, hold_reason 5 Awaiting Change</td></tr>
 *   <tr><td>RESOLVED</td><td>6 Resolved</td></tr>
 *   <tr><td>CLOSED</td><td>7 Closed</td></tr>
 *   <tr><td>CANCELLED</td><td>8 Canceled</td></tr>
 * </table>
 *
 * <table>
 *   <caption>ServiceNow → Medley</caption>
 *   <tr><td>2 In Progress</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>3 On Hold</td><td>ON_HOLD, the hold reason's label as the reason</td></tr>
 *   <tr><td>6 Resolved, 7 Closed</td><td>RESOLVED with close_notes</td></tr>
 *   <tr><td>8 Canceled</td><td>CANCELLED; REJECTED when close_code is the connector's {@code
 *       rejectCode} (default {@code Rejected})</td></tr>
 * </table>
 *
 * A connector's status map overrides both: outbound by Medley status name to a state value, inbound
 * by state value or lower-case label ({@code "6"} or {@code "resolved"}) to a {@link
 * DeskChange.Kind} name.
 */
final class IncidentStates {

  static final int NEW = 1;
  static final int IN_PROGRESS = 2;
  static final int ON_HOLD = 3;
  static final int RESOLVED = 6;
  static final int CLOSED = 7;
  static final int CANCELED = 8;

  private static final Map<Integer, String> LABELS =
      Map.of(
          NEW, "New",
          IN_PROGRESS, "In Progress",
          ON_HOLD, "On Hold",
          RESOLVED, "Resolved",
          CLOSED, "Closed",
          CANCELED, "Canceled");

  private static final Map<String, Integer> HOLD_REASONS =
      Map.of("CUSTOMER", 1, "VENDOR", 4, "CHANGE", 5);

  private static final Map<Integer, String> HOLD_LABELS =
      Map.of(
          1, "Awaiting Caller",
          2, "Awaiting Evidence",
          3, "Awaiting Problem",
          4, "Awaiting Vendor",
          5, "Awaiting Change");

  /** A state to write: the state value and, for On Hold, the hold reason. */
  record Target(int state, Integer holdReason) {}

  private IncidentStates() {}

  static String label(int state) {
    return LABELS.getOrDefault(state, String.valueOf(state));
  }

  static String holdLabel(int reason) {
    return HOLD_LABELS.getOrDefault(reason, "On hold (" + reason + ")");
  }

  /** The state for a Medley status, or empty for a status the incident does not follow. */
  static Optional<Target> outbound(DeskConnection connection, String status, String pendingReason) {
    if (status == null) {
      return Optional.empty();
    }
    String key = status.toUpperCase(Locale.ROOT);
    String mapped = connection.statusMap().outbound().get(key);
    if (mapped != null) {
      try {
        int state = Integer.parseInt(mapped.strip());
        return Optional.of(new Target(state, state == ON_HOLD ? holdReason(pendingReason) : null));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return switch (key) {
      case "NEW" -> Optional.of(new Target(NEW, null));
      case "ASSIGNED", "IN_PROGRESS" -> Optional.of(new Target(IN_PROGRESS, null));
      case "PENDING" ->
          "PARTNER".equalsIgnoreCase(pendingReason) || pendingReason == null
              ? Optional.of(new Target(IN_PROGRESS, null))
              : Optional.of(new Target(ON_HOLD, holdReason(pendingReason)));
      case "RESOLVED" -> Optional.of(new Target(RESOLVED, null));
      case "CLOSED" -> Optional.of(new Target(CLOSED, null));
      case "CANCELLED" -> Optional.of(new Target(CANCELED, null));
      default -> Optional.empty();
    };
  }

  private static Integer holdReason(String pendingReason) {
    return pendingReason == null
        ? 1
        : HOLD_REASONS.getOrDefault(pendingReason.toUpperCase(Locale.ROOT), 1);
  }

  /**
   * What a state means to Medley, or empty for a state Medley does not act on (New).
   *
   * @param closeCode the incident's close code, which tells a rejection from a cancellation
   */
  static Optional<DeskChange.Kind> inbound(DeskConnection connection, int state, String closeCode) {
    var overrides = connection.statusMap().inbound();
    String mapped = overrides.get(String.valueOf(state));
    if (mapped == null) {
      mapped = overrides.get(label(state).toLowerCase(Locale.ROOT));
    }
    if (mapped != null) {
      try {
        return Optional.of(DeskChange.Kind.valueOf(mapped.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        return Optional.empty();
      }
    }
    return switch (state) {
      case IN_PROGRESS -> Optional.of(DeskChange.Kind.IN_PROGRESS);
      case ON_HOLD -> Optional.of(DeskChange.Kind.ON_HOLD);
      case RESOLVED, CLOSED -> Optional.of(DeskChange.Kind.RESOLVED);
      case CANCELED ->
          Optional.of(
              closeCode != null
                      && closeCode.equalsIgnoreCase(connection.setting("rejectCode", "Rejected"))
                  ? DeskChange.Kind.REJECTED
                  : DeskChange.Kind.CANCELLED);
      default -> Optional.empty();
    };
  }
}
