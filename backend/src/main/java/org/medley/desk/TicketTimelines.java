package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.medley.coverage.Tier;

/**
 * Where tickets spent their time, from the audit trail: for read models that explain SLA breaches
 * (insight). Runs in the caller's transaction.
 */
public interface TicketTimelines {

  /** A stretch of a ticket's life with one status, pending reason and holding group. */
  record Span(
      Instant from,
      Instant to,
      TicketStatus status,
      @Nullable PendingReason reason,
      @Nullable Long groupId,
      @Nullable Long groupPartnerId,
      @Nullable Tier groupTier) {}

  /** Part of a ticket's life, {@code [from, to)}. */
  record Window(long ticketId, Instant from, Instant to) {}

  /**
   * The spans of each window, in order and clipped to it; windows on another tenant's tickets (or
   * none) are left out.
   */
  Map<Window, List<Span>> spans(long tenantId, Collection<Window> windows);

  /**
   * Titles of those of the tickets that are the tenant's, PHI-flagged ones left out: reading those
   * is audited per ticket, so a list shows their number only.
   */
  Map<Long, String> titles(long tenantId, Collection<Long> ticketIds);
}
