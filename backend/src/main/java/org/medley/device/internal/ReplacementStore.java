package org.medley.device.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;
import org.medley.platform.JdbcRows;

/**
 * What the replacement plan reads: the devices in service (retired ones are replaced already),
 * their work orders' totals in the period and the stretches they were down. Three queries whatever
 * the fleet's size. Callers own the transaction.
 */
@Singleton
class ReplacementStore {

  /** The labour rate when the hospital has not set one: V91's default. */
  static final BigDecimal DEFAULT_LABOR_RATE = new BigDecimal("85.00");

  /** The plan's filters; null means any. */
  record Filter(@Nullable String site, @Nullable String deviceClass, @Nullable Long modelId) {}

  record DeviceFacts(
      long id,
      String assetTag,
      long modelId,
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      String site,
      @Nullable String unit,
      DeviceStatus status,
      @Nullable LocalDate acquiredOn,
      @Nullable BigDecimal acquisitionCost,
      @Nullable LocalDate endOfSupport,
      @Nullable BigDecimal modelReplacementCost) {}

  /** A device's work in the period: corrective orders (not cancelled, fault found), CND, cost. */
  record Work(int corrective, int couldNotDuplicate, int laborMinutes, BigDecimal partsCost) {
    static final Work NONE = new Work(0, 0, 0, BigDecimal.ZERO);
  }

  private final JdbcOperations jdbc;

  ReplacementStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  BigDecimal laborRate(long tenant) {
    return jdbc.prepareStatement(
        "SELECT labor_rate FROM htm_settings WHERE tenant_id = ?",
        s -> {
          bindAll(s, tenant);
          try (ResultSet r = s.executeQuery()) {
            return r.next() && r.getBigDecimal(1) != null ? r.getBigDecimal(1) : DEFAULT_LABOR_RATE;
          }
        });
  }

  List<DeviceFacts> devices(DeviceAccess access, Filter filter) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId()));
    String where = where(access, filter, parameters);
    return jdbc.prepareStatement(
        "SELECT d.id, d.asset_tag, d.model_id, m.manufacturer, m.model, m.device_class, m.risk,"
            + " d.site, d.unit, d.status, d.acquired_on, d.acquisition_cost, d.end_of_support,"
            + " m.replacement_cost FROM devices d JOIN device_models m ON m.id = d.model_id"
            + " WHERE d.tenant_id = ?"
            + where,
        s -> {
          bindAll(s, parameters);
          List<DeviceFacts> devices = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              devices.add(
                  new DeviceFacts(
                      r.getLong(1),
                      r.getString(2),
                      r.getLong(3),
                      r.getString(4),
                      r.getString(5),
                      r.getString(6),
                      RiskLevel.valueOf(r.getString(7)),
                      r.getString(8),
                      r.getString(9),
                      DeviceStatus.valueOf(r.getString(10)),
                      day(r.getDate(11)),
                      r.getBigDecimal(12),
                      day(r.getDate(13)),
                      r.getBigDecimal(14)));
            }
          }
          return devices;
        });
  }

  /**
   * Per device, the orders of [from, to): corrective ones opened in it that found a fault or are
   * still open, "could not duplicate" ones opened in it, and the labour and parts of corrective
   * orders completed in it.
   */
  Map<Long, Work> work(DeviceAccess access, Filter filter, Instant from, Instant to) {
    List<Object> parameters =
        new ArrayList<>(List.of(from, to, from, to, from, to, from, to, access.tenantId()));
    String where = where(access, filter, parameters);
    parameters.addAll(List.of(to, from, from));
    String openedIn = "w.opened_at >= ? AND w.opened_at < ?";
    String repairDone = "w.kind = 'CORRECTIVE' AND w.completed_at >= ? AND w.completed_at < ?";
    return jdbc.prepareStatement(
        "SELECT w.device_id,"
            + " SUM(CASE WHEN w.kind = 'CORRECTIVE' AND w.status IN ('OPEN', 'DONE') AND "
            + openedIn
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN w.status = 'COULD_NOT_DUPLICATE' AND "
            + openedIn
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + repairDone
            + " THEN COALESCE(w.labor_minutes, 0) ELSE 0 END),"
            + " SUM(CASE WHEN "
            + repairDone
            + " THEN COALESCE(w.parts_cost, 0) ELSE 0 END)"
            + " FROM work_orders w JOIN devices d ON d.id = w.device_id"
            + " JOIN device_models m ON m.id = d.model_id WHERE d.tenant_id = ?"
            + where
            + " AND w.opened_at < ? AND (w.opened_at >= ? OR w.completed_at >= ?)"
            + " GROUP BY w.device_id",
        s -> {
          bindAll(s, parameters);
          Map<Long, Work> work = new HashMap<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              BigDecimal parts = r.getBigDecimal(5);
              work.put(
                  r.getLong(1),
                  new Work(
                      r.getInt(2),
                      r.getInt(3),
                      r.getInt(4),
                      parts == null ? BigDecimal.ZERO : parts));
            }
          }
          return work;
        });
  }

  /**
   * Per device, the stretches its orders had it out of use that reach into [from, to): open ones
   * run on (to null); a cancelled one without a completion time never held it.
   */
  Map<Long, List<Uptime.Down>> downs(DeviceAccess access, Filter filter, Instant from, Instant to) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId()));
    String where = where(access, filter, parameters);
    parameters.addAll(List.of(to, from));
    return jdbc.prepareStatement(
        "SELECT w.device_id, w.opened_at, w.completed_at, w.status"
            + " FROM work_orders w JOIN devices d ON d.id = w.device_id"
            + " JOIN device_models m ON m.id = d.model_id WHERE d.tenant_id = ?"
            + where
            + " AND w.device_down = TRUE AND w.opened_at < ?"
            + " AND (w.completed_at IS NULL OR w.completed_at > ?)",
        s -> {
          bindAll(s, parameters);
          Map<Long, List<Uptime.Down>> downs = new HashMap<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Instant completed = JdbcRows.instant(r, 3);
              if (completed == null && !"OPEN".equals(r.getString(4))) {
                continue;
              }
              downs
                  .computeIfAbsent(r.getLong(1), id -> new ArrayList<>())
                  .add(new Uptime.Down(JdbcRows.instant(r, 2), completed));
            }
          }
          return downs;
        });
  }

  /** The sites of the devices the caller sees, in order. */
  List<String> sites(DeviceAccess access) {
    return distinct(
        "SELECT DISTINCT d.site FROM devices d WHERE d.tenant_id = ?", "d.site", access);
  }

  /** The classes of the devices the caller sees, in order. */
  List<String> deviceClasses(DeviceAccess access) {
    return distinct(
        "SELECT DISTINCT m.device_class FROM devices d JOIN device_models m ON m.id = d.model_id"
            + " WHERE d.tenant_id = ?",
        "m.device_class",
        access);
  }

  private List<String> distinct(String select, String column, DeviceAccess access) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId()));
    String seen = access.sql(parameters);
    return jdbc.prepareStatement(
        select + seen + " ORDER BY " + column,
        s -> {
          bindAll(s, parameters);
          List<String> values = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              values.add(r.getString(1));
            }
          }
          return values;
        });
  }

  private static String where(DeviceAccess access, Filter f, List<Object> parameters) {
    StringBuilder sql = new StringBuilder(" AND d.status <> 'RETIRED'");
    sql.append(access.sql(parameters));
    if (f.site() != null) {
      sql.append(" AND d.site = ?");
      parameters.add(f.site());
    }
    if (f.deviceClass() != null) {
      sql.append(" AND m.device_class = ?");
      parameters.add(f.deviceClass());
    }
    if (f.modelId() != null) {
      sql.append(" AND d.model_id = ?");
      parameters.add(f.modelId());
    }
    return sql.toString();
  }

  private static @Nullable LocalDate day(@Nullable Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
