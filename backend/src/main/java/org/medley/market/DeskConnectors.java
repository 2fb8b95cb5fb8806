package org.medley.market;

import java.util.List;
import java.util.Optional;

/**
 * The hospital's partner-desk connectors, as an engagement names one (implemented by e-bonding,
 * which market must not depend on): the desk a partner's tickets are kept in sync with.
 */
public interface DeskConnectors {

  /** A connector in brief: {@code kind} is its protocol's name (e.g. REQUEST_TRACKER). */
  record Desk(long id, String name, String kind) {}

  /** The tenant's connectors not deleted, by name. */
  List<Desk> desks(long tenantId);

  /** The tenant's connector, unless deleted (another tenant's reads as missing). */
  default Optional<Desk> desk(long tenantId, long connectorId) {
    return desks(tenantId).stream().filter(d -> d.id() == connectorId).findFirst();
  }

  /** Whether the tenant has this connector (not deleted). */
  default boolean exists(long tenantId, long connectorId) {
    return desk(tenantId, connectorId).isPresent();
  }
}
