package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V85's month cells from the day cells and the breach days from the breaches, so an upgraded
 * hospital's figures carry on without a rebuild. In Java because a breach's day is the local date
 * of its deadline in the hospital's time zone, which SQL cannot convert without time-zone tables.
 */
public class V86__insight_rollup_backfill extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT tenant_id, local_day, kind, target, priority, tier, application_id,"
                    + " group_id, provider_id, partner_id, met, breached FROM insight_sla_days");
        PreparedStatement write =
            c.prepareStatement(
                "INSERT INTO insight_sla_months (tenant_id, month_start, kind, target, priority,"
                    + " tier, application_id, group_id, provider_id, partner_id, met, breached)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                    + " met = met + VALUES(met), breached = breached + VALUES(breached)");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        for (int i = 1; i <= 12; i++) {
          write.setObject(i, rows.getObject(i));
        }
        write.setDate(2, Date.valueOf(rows.getDate(2).toLocalDate().withDayOfMonth(1)));
        write.executeUpdate();
      }
    }
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT b.tenant_id, b.breached_at, b.kind, b.cause, b.target, b.priority, b.tier,"
                    + " b.application_id, b.group_id, b.provider_id, b.cause_ms, o.time_zone"
                    + " FROM insight_sla_breaches b JOIN organizations o ON o.id = b.tenant_id");
        PreparedStatement write =
            c.prepareStatement(
                "INSERT INTO insight_sla_breach_days (tenant_id, local_day, kind, cause, target,"
                    + " priority, tier, application_id, group_id, provider_id, breaches, cause_ms)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,1,?) ON DUPLICATE KEY UPDATE"
                    + " breaches = breaches + 1, cause_ms = cause_ms + VALUES(cause_ms)");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        for (int i = 1; i <= 11; i++) {
          write.setObject(i, rows.getObject(i));
        }
        ZoneId zone = ZoneId.of(rows.getString(12));
        write.setDate(2, Date.valueOf(rows.getTimestamp(2).toInstant().atZone(zone).toLocalDate()));
        write.executeUpdate();
      }
    }
  }
}
