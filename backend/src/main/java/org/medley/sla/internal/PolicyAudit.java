package org.medley.sla.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Appends who created or changed an SLA policy or an OLA, in the transaction of the change, with
 * the policy as it reads afterwards.
 */
final class PolicyAudit {

  private PolicyAudit() {}

  static void record(
      Connection c,
      long tenant,
      TimerKind kind,
      long policyId,
      String action,
      String actor,
      Instant at,
      String detail)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "INSERT INTO sla_policy_audit (tenant_id, policy_kind, policy_id, action, actor, at,"
                + " detail) VALUES (?,?,?,?,?,?,?)")) {
      s.setLong(1, tenant);
      s.setString(2, kind.name());
      s.setLong(3, policyId);
      s.setString(4, action);
      s.setString(5, TimerStore.truncate(actor, 200));
      s.setTimestamp(6, Timestamp.from(at));
      s.setString(7, TimerStore.truncate(detail, 2000));
      s.executeUpdate();
    }
  }
}
