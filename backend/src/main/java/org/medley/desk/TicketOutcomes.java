package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;
import org.medley.coverage.Tier;

/**
 * What a ticket's history counts for, in one place for the partner scorecards and the executives'
 * operations figures, so both show the same numbers. Each rule has its event form (one change at a
 * time, as read models follow the desk) and its SQL form over the desk's audit trail (as stored
 * figures and rebuilds read it); the two must agree.
 *
 * <ul>
 *   <li><b>handed on</b>: the ticket moved from one group to another, or was escalated;
 *   <li><b>escalated</b>: its tier went up (L1 → L2 → L3 → VENDOR), or it was sent to the vendor;
 *   <li><b>first-contact resolution</b>: resolved, never handed on and never reopened;
 *   <li><b>reopened</b>: resolved and reopened at least once.
 * </ul>
 */
public final class TicketOutcomes {

  /** SQL, for a ticket aliased {@code t}: it was handed on (see the class comment). */
  public static final String HANDED_ON_SQL =
      "EXISTS (SELECT 1 FROM ticket_audit a WHERE a.ticket_id = t.id AND ((a.field = 'group'"
          + " AND a.old_value IS NOT NULL) OR a.action IN ('ESCALATED', 'VENDOR_ESCALATED')))";

  /** SQL, for a ticket aliased {@code t}: it was escalated (see the class comment). */
  public static final String ESCALATED_SQL =
      "EXISTS (SELECT 1 FROM ticket_audit a WHERE a.ticket_id = t.id AND a.at > t.created_at"
          + " AND (a.action ="
          + " 'VENDOR_ESCALATED' OR (a.field = 'tier' AND "
          + rank("a.new_value")
          + " > "
          + rank("a.old_value")
          + ")))";

  /**
   * SQL, for a ticket aliased {@code t}: the tier it was opened at (routing when it is opened is
   * part of opening it, so only tier changes after that count).
   */
  public static final String FIRST_TIER_SQL =
      "COALESCE((SELECT a.old_value FROM ticket_audit a WHERE a.ticket_id = t.id AND a.field ="
          + " 'tier' AND a.at > t.created_at ORDER BY a.at, a.id LIMIT 1), t.tier)";

  private TicketOutcomes() {}

  private static String rank(String column) {
    return "(CASE "
        + column
        + " WHEN 'L1' THEN 1 WHEN 'L2' THEN 2 WHEN 'L3' THEN 3 WHEN 'VENDOR' THEN 4 ELSE 0 END)";
  }

  /** Whether the change {@code before → after} handed the ticket on. */
  public static boolean handedOn(TicketSnapshot before, TicketSnapshot after) {
    return (before.groupId() != null && !Objects.equals(before.groupId(), after.groupId()))
        || escalated(before, after);
  }

  /** Whether the change {@code before → after} escalated the ticket. */
  public static boolean escalated(TicketSnapshot before, TicketSnapshot after) {
    return after.tier().ordinal() > before.tier().ordinal();
  }

  /** First-contact resolution of a resolved ticket. */
  public static boolean firstContact(int reopens, boolean handedOn) {
    return reopens == 0 && !handedOn;
  }

  /** Whether a change reopened the ticket: it left RESOLVED for an open status. */
  public static boolean reopened(TicketSnapshot before, TicketSnapshot after) {
    return before.status() == TicketStatus.RESOLVED && after.status().isOpen();
  }

  /** Tiers in escalation order, for SQL that sorts or compares them. */
  public static int rank(@Nullable Tier tier) {
    return tier == null ? 0 : tier.ordinal() + 1;
  }
}
