package org.medley.ebonding;

import org.medley.integrations.api.DeskChange;

/**
 * The seam for desk changes that are not a partner's: a feature that sent a ticket to a desk for
 * its own purpose (a vendor case) claims the desk's changes to it before they would be applied as
 * the partner's. Asked once per change, after the change was keyed (so a claimed change is handled
 * once), inside that transaction; the first that returns true has taken it.
 */
public interface DeskChangeClaim {

  /**
   * Whether this feature takes the change (and has handled it, in the caller's transaction).
   *
   * @param ticketId the ticket the desk's id names
   * @param actor who made the change, as the audit trail names them (desk and user)
   */
  boolean claim(long tenantId, long connectorId, long ticketId, String actor, DeskChange change);
}
