package org.medley.device.internal;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.device.Advisory;
import org.medley.device.AdvisoryRouting;
import org.medley.device.AdvisorySeverity;
import org.medley.device.WorkOrderStatus;

/**
 * The demo hospital's open advisory, filed twelve days ago against the Connex Spot Monitors on
 * firmware 2.4.0 to 2.4.2 (Northwind's contract: its people see it too), routed to biomed and IT.
 * Three devices in five are patched by both groups; one in five only by biomed, so IT's order still
 * holds it among the remaining. Also which models recover remotely (the infusion pumps and spot
 * monitors, through their vendors' device servers) and the hospital's HTM groups, if not set yet.
 */
@Singleton
class AdvisoryDemo implements DemoContribution {

  static final String CVE = "CVE-2024-31987";

  /** Models whose devices come back over the network: the rest are on the outage playbook. */
  private static final List<String> REMOTE =
      List.of("Alaris 8015 PC Unit", "Spectrum IQ", "Plum 360", "Connex Spot Monitor");

  @Override
  public int order() {
    return 80; // after the fleet (70) and its work orders (75), whose seed sets the HTM groups
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    Instant now = context.now();
    long biomed = context.id("group", "Clinical Engineering");
    long it = context.id("group", "Security Operations");
    if (!exists(context, "SELECT 1 FROM htm_settings WHERE tenant_id = ?", tenant)) {
      context.execute(
          "INSERT INTO htm_settings (tenant_id, biomed_group_id, it_group_id, updated_at)"
              + " VALUES (?,?,?,?)",
          tenant,
          biomed,
          it,
          now);
    }
    for (String model : REMOTE) {
      context.execute(
          "UPDATE device_models SET remote_recovery = TRUE WHERE tenant_id = ? AND model = ?",
          tenant,
          model);
    }
    long monitors =
        id(
            context,
            "SELECT id FROM device_models WHERE tenant_id = ? AND model = 'Connex Spot Monitor'",
            tenant);
    Advisory advisory =
        new Advisory(
            CVE,
            "Connex Spot Monitor: unauthenticated access to the service interface",
            AdvisorySeverity.HIGH,
            List.of(monitors),
            "2.4.0",
            "2.4.2",
            "Update to firmware 2.4.3 or later through the device server; until then keep the"
                + " monitors on the clinical device VLAN and block TCP 7711 from other networks.",
            AdvisoryRouting.BOTH);
    Instant filed = now.minus(Duration.ofDays(12));
    long id =
        AdvisoryStore.insert(
            context.connection(), tenant, advisory, context.id("user", "leader"), filed);
    var groups = new AdvisoryStore.HtmGroups(biomed, it);
    AdvisoryStore.fanOut(context.connection(), tenant, id, advisory, groups, filed);
    AdvisoryStore.opened(context.connection(), id, filed);
    Timestamp done = Timestamp.from(now.minus(Duration.ofDays(3)));
    context.execute(
        "UPDATE work_orders SET status = ?, completed_at = ?, updated_at = ?, labor_minutes = 15,"
            + " note = 'Firmware 2.4.3 installed; alarms and NIBP verified'"
            + " WHERE advisory_id = ? AND (MOD(device_id, 5) < 3"
            + " OR (MOD(device_id, 5) = 3 AND group_id = ?))",
        WorkOrderStatus.DONE.name(),
        done,
        done,
        id,
        biomed);
  }

  private static boolean exists(DemoContext context, String sql, long tenant) throws SQLException {
    try (PreparedStatement s = context.connection().prepareStatement(sql)) {
      s.setLong(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static long id(DemoContext context, String sql, long tenant) throws SQLException {
    try (PreparedStatement s = context.connection().prepareStatement(sql)) {
      s.setLong(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
