package org.medley.market;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * Engagements as other features see them: the SLA feature runs a partner group's OLA against its
 * engagement's thresholds and tells the engagement's manager of a breach.
 */
public interface Engagements {

  /**
   * An engagement in brief. {@code managerAccountId} is the partner's service manager's user
   * account, null when the engagement names none; {@code active} whether it is in force today;
   * {@code connectorId} the partner's desk Medley keeps its tickets in sync with, null for none.
   */
  record Ref(
      long id,
      long partnerId,
      String name,
      @Nullable Long managerAccountId,
      boolean active,
      @Nullable Long connectorId) {}

  /** The tenant's engagement, or empty (another tenant's reads as missing). */
  Optional<Ref> byId(long tenantId, long engagementId);

  /**
   * The user accounts that answer for the tenant's engagement, each once: the manager it names,
   * then every enabled account of its partner holding the partner-manager role here. Empty for
   * another tenant's engagement.
   */
  List<Long> managers(long tenantId, long engagementId);

  /** The engagement that provides the tenant's group, active or not; empty for internal groups. */
  Optional<Ref> forGroup(long tenantId, long groupId);

  /**
   * The tenant's engagements, active or planned, whose partner desk is the connector (e-bonding
   * keeps a connector an engagement still relies on).
   */
  List<Ref> relyingOnConnector(long tenantId, long connectorId);

  /**
   * The partner's engagements with the tenant, ended or not (a device's support contract names one;
   * the partner sees the devices of all of them).
   */
  List<Ref> ofPartner(long tenantId, long partnerId);
}
