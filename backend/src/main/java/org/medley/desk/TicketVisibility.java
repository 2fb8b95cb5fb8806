package org.medley.desk;

import org.medley.identity.Caller;

/**
 * Whether a caller may see a ticket, by the desk's row-level rules (requesters their own, partners
 * what their groups hold or held, the desk everything in its tenant). Other features that show
 * something about a ticket ask here, so a ticket is hidden the same way everywhere.
 */
public interface TicketVisibility {

  boolean canSee(Caller caller, long ticketId);
}
