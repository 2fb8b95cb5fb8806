package org.medley.desk;

import java.util.Optional;

/**
 * The ids partner desks give a ticket ({@code ticket_references}), for e-bonding: one per system on
 * a ticket, one ticket per id in a tenant, each change an audit line on the ticket.
 */
public interface ExternalReferences {

  /** The ticket's id in {@code system} (upper case, as stored), or empty. */
  Optional<String> externalId(long tenantId, long ticketId, String system);

  /** The tenant's ticket that {@code system} knows as {@code externalId}, or empty. */
  Optional<Long> ticketId(long tenantId, String system, String externalId);

  /**
   * Records {@code externalId} as the ticket's id in {@code system}, audited as done by {@code
   * actor}; the same id again changes nothing. Runs in the caller's transaction when there is one.
   */
  void record(long tenantId, long ticketId, String system, String externalId, String actor);
}
