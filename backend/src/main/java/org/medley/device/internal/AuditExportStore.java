package org.medley.device.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;
import org.medley.platform.JdbcRows;

/**
 * What the audit export reads, a page of devices at a time (by asset tag) with their orders, so
 * that a site of any size is written without holding it. Callers own the transaction.
 */
@Singleton
class AuditExportStore {

  record AuditDevice(
      long id,
      String assetTag,
      String serial,
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      @Nullable String building,
      @Nullable String unit,
      @Nullable String room,
      DeviceStatus status) {}

  record AuditOrder(
      long id,
      long deviceId,
      WorkOrderKind kind,
      WorkOrderStatus status,
      String summary,
      @Nullable String ticketNumber,
      @Nullable LocalDate dueOn,
      @Nullable LocalDate windowEndsOn,
      Instant openedAt,
      @Nullable Instant completedAt,
      @Nullable Long technicianId,
      @Nullable String reason) {}

  private final JdbcOperations jdbc;

  AuditExportStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  long count(DeviceAccess access, String site) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId(), site));
    String seen = access.sql(parameters);
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM devices d WHERE d.tenant_id = ? AND d.site = ?" + seen,
        s -> {
          bindAll(s, parameters);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  /**
   * The next {@code limit} devices of the site after the asset tag (null: from the first), their
   * model's facts from {@code models}. Devices alone: joined to their models, MariaDB led with the
   * models and sorted the whole site for every page (0.28 s a page of 100,000 devices, against 0.02
   * s; docs/benchmarks.md).
   */
  List<AuditDevice> devices(
      DeviceAccess access,
      String site,
      @Nullable String after,
      int limit,
      Map<Long, ReplacementStore.ModelFacts> models) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId(), site));
    String seen = access.sql(parameters);
    String from = "";
    if (after != null) {
      from = " AND d.asset_tag > ?";
      parameters.add(after);
    }
    parameters.add(limit);
    return jdbc.prepareStatement(
        "SELECT d.id, d.asset_tag, d.serial, d.model_id, d.building, d.unit, d.room, d.status"
            + " FROM devices d WHERE d.tenant_id = ? AND d.site = ?"
            + seen
            + from
            + " ORDER BY d.asset_tag LIMIT ?",
        s -> {
          bindAll(s, parameters);
          List<AuditDevice> devices = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ReplacementStore.ModelFacts m = models.get(r.getLong(4));
              devices.add(
                  new AuditDevice(
                      r.getLong(1),
                      r.getString(2),
                      r.getString(3),
                      m.manufacturer(),
                      m.model(),
                      m.deviceClass(),
                      m.risk(),
                      r.getString(5),
                      r.getString(6),
                      r.getString(7),
                      DeviceStatus.valueOf(r.getString(8))));
            }
          }
          return devices;
        });
  }

  /**
   * The devices' orders the audit shows for the period: preventive ones due in it, corrective ones
   * opened in it, remediation opened in it or still open.
   */
  List<AuditOrder> orders(
      long tenant,
      List<Long> deviceIds,
      LocalDate fromDay,
      LocalDate toDay,
      Instant from,
      Instant to) {
    if (deviceIds.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenant);
    parameters.addAll(deviceIds);
    parameters.addAll(List.of(Date.valueOf(fromDay), Date.valueOf(toDay), from, to, from, to));
    return jdbc.prepareStatement(
        "SELECT w.id, w.device_id, w.kind, w.status, w.summary, w.ticket_number, w.due_on,"
            + " w.window_ends_on, w.opened_at, w.completed_at,"
            + " COALESCE(w.completed_by, w.assignee_id), w.reason"
            + " FROM work_orders w WHERE w.tenant_id = ? AND w.device_id IN ("
            + JdbcRows.marks(deviceIds.size())
            + ") AND ((w.kind = 'PREVENTIVE' AND w.due_on >= ? AND w.due_on <= ?)"
            + " OR (w.kind = 'CORRECTIVE' AND w.opened_at >= ? AND w.opened_at < ?)"
            + " OR (w.kind = 'REMEDIATION' AND (w.status = 'OPEN'"
            + " OR (w.opened_at >= ? AND w.opened_at < ?))))"
            + " ORDER BY w.device_id, w.id",
        s -> {
          bindAll(s, parameters);
          List<AuditOrder> orders = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Date due = r.getDate(7);
              Date window = r.getDate(8);
              orders.add(
                  new AuditOrder(
                      r.getLong(1),
                      r.getLong(2),
                      WorkOrderKind.valueOf(r.getString(3)),
                      WorkOrderStatus.valueOf(r.getString(4)),
                      r.getString(5),
                      r.getString(6),
                      due == null ? null : due.toLocalDate(),
                      window == null ? null : window.toLocalDate(),
                      JdbcRows.instant(r, 9),
                      JdbcRows.instant(r, 10),
                      JdbcRows.nullableLong(r, 11),
                      r.getString(12)));
            }
          }
          return orders;
        });
  }
}
