package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.Map;
import org.medley.identity.Caller;

/**
 * What vendor escalation does to a ticket: reads it as the agent may work it (for the case mail),
 * and hands it to the vendor tier, waiting for the vendor. Both take the desk's access rules: a
 * ticket the caller cannot see is 404, one they may only follow 403.
 */
public interface VendorDesk {

  /** A ticket as a vendor case names it. */
  record VendorTicket(
      long id,
      String number,
      String title,
      String description,
      long applicationId,
      Priority priority,
      TicketStatus status,
      @Nullable PendingReason pendingReason,
      boolean phi,
      long version) {}

  /** The ticket the agent may work; reading a PHI-flagged one is logged as any read is. */
  VendorTicket workable(Caller caller, long ticketId);

  /** The tenant's tickets by id, for lists the caller's role already lets them read. */
  Map<Long, VendorTicket> tickets(long tenantId, Collection<Long> ticketIds);

  /**
   * Takes the ticket's write turn, then hands it to the VENDOR tier (to the VENDOR group routing
   * names, else it stays with its group) and makes it wait for the vendor (PENDING(VENDOR), so the
   * SLA pauses as its policy says). {@code note} goes on the audit line; a ticket that already
   * waits for the vendor only gets the note. Refused for a stale {@code version} (409) or a ticket
   * that is resolved, closed or cancelled.
   */
  VendorTicket awaitVendor(Caller caller, long ticketId, @Nullable Long version, String note);
}
