package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.market.Engagements;
import org.medley.platform.JdbcRows;

/**
 * Which of the tenant's devices a caller sees: the hospital's own people every one; a partner's
 * people (anyone whose organisation is not the hospital, or who holds a partner-only role) only the
 * devices whose support contract names one of their organisation's engagements.
 *
 * @param engagementIds null: every device; otherwise the engagements whose devices are seen
 */
record DeviceAccess(long tenantId, @Nullable List<Long> engagementIds) {

  static DeviceAccess of(Caller caller, Engagements engagements) {
    boolean partner =
        caller.organizationId() != caller.tenantId()
            || caller.roles().stream().anyMatch(Role::partnerOnly);
    if (!partner) {
      return new DeviceAccess(caller.tenantId(), null);
    }
    return new DeviceAccess(
        caller.tenantId(),
        engagements.ofPartner(caller.tenantId(), caller.organizationId()).stream()
            .map(Engagements.Ref::id)
            .toList());
  }

  /** A condition on {@code devices d} to follow a WHERE clause, and its parameters. */
  String sql(List<Object> parameters) {
    if (engagementIds == null) {
      return "";
    }
    if (engagementIds.isEmpty()) {
      return " AND 1 = 0";
    }
    parameters.addAll(new ArrayList<>(engagementIds));
    return " AND d.contract_engagement_id IN (" + JdbcRows.marks(engagementIds.size()) + ")";
  }
}
