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
 * their models, their corrective orders' totals in the period and the stretches they were down. A
 * few queries whatever the fleet's size. Callers own the transaction.
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

  /**
   * A device's corrective orders opened in the period: those that found a fault or are open, those
   * whose fault could not be duplicated, and the labour and parts of all of them (a technician's
   * visit costs whatever it finds).
   */
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

  /** A model's facts the plan shows; read once per plan rather than joined to every device. */
  record ModelFacts(
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      @Nullable BigDecimal replacementCost) {}

  Map<Long, ModelFacts> models(long tenant) {
    return jdbc.prepareStatement(
        "SELECT id, manufacturer, model, device_class, risk, replacement_cost FROM device_models"
            + " WHERE tenant_id = ?",
        s -> {
          bindAll(s, tenant);
          Map<Long, ModelFacts> models = new HashMap<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              models.put(
                  r.getLong(1),
                  new ModelFacts(
                      r.getString(2),
                      r.getString(3),
                      r.getString(4),
                      RiskLevel.valueOf(r.getString(5)),
                      r.getBigDecimal(6)));
            }
          }
          return models;
        });
  }

  /**
   * The devices in service the caller sees that the filter keeps. Devices alone, not joined to
   * their models: MariaDB then led with the models and sorted every device (measured,
   * docs/benchmarks.md "Replacement plan and audit export"); a class is its models' ids.
   */
  List<DeviceFacts> devices(DeviceAccess access, Filter filter, Map<Long, ModelFacts> models) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId()));
    String where = where(access, filter, models, parameters);
    return jdbc.prepareStatement(
        "SELECT d.id, d.asset_tag, d.model_id, d.site, d.unit, d.status, d.acquired_on,"
            + " d.acquisition_cost, d.end_of_support FROM devices d WHERE d.tenant_id = ?"
            + where,
        s -> {
          bindAll(s, parameters);
          List<DeviceFacts> devices = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ModelFacts m = models.get(r.getLong(3));
              devices.add(
                  new DeviceFacts(
                      r.getLong(1),
                      r.getString(2),
                      r.getLong(3),
                      m.manufacturer(),
                      m.model(),
                      m.deviceClass(),
                      m.risk(),
                      r.getString(4),
                      r.getString(5),
                      DeviceStatus.valueOf(r.getString(6)),
                      day(r.getDate(7)),
                      r.getBigDecimal(8),
                      day(r.getDate(9)),
                      m.replacementCost()));
            }
          }
          return devices;
        });
  }

  /**
   * Per device of the tenant, its corrective orders opened in [from, to): those that found a fault
   * or are still open, those whose fault could not be duplicated, and their labour and parts. Not
   * narrowed to the caller's devices: the plan reads only those, and a join made MariaDB read every
   * order through the devices (6 s against 2.5 s for 1 million orders, docs/benchmarks.md).
   */
  Map<Long, Work> work(long tenant, Instant from, Instant to) {
    return jdbc.prepareStatement(
        "SELECT device_id, SUM(CASE WHEN status IN ('OPEN', 'DONE') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN status = 'COULD_NOT_DUPLICATE' THEN 1 ELSE 0 END),"
            + " SUM(COALESCE(labor_minutes, 0)), SUM(COALESCE(parts_cost, 0))"
            + " FROM work_orders WHERE tenant_id = ? AND kind = 'CORRECTIVE'"
            + " AND opened_at >= ? AND opened_at < ? GROUP BY device_id",
        s -> {
          bindAll(s, tenant, from, to);
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
   * Per device of the tenant, the stretches its orders had it out of use that reach into [from,
   * to): open ones run on (to null); a cancelled one without a completion time never held it. Not
   * narrowed to the caller's devices, for the same reason as {@link #work}.
   */
  Map<Long, List<Uptime.Down>> downs(long tenant, Instant from, Instant to) {
    return jdbc.prepareStatement(
        "SELECT device_id, opened_at, completed_at, status FROM work_orders"
            + " WHERE tenant_id = ? AND device_down = TRUE AND opened_at < ?"
            + " AND (completed_at IS NULL OR completed_at > ?)",
        s -> {
          bindAll(s, tenant, to, from);
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

  private static String where(
      DeviceAccess access, Filter f, Map<Long, ModelFacts> models, List<Object> parameters) {
    StringBuilder sql = new StringBuilder(" AND d.status <> 'RETIRED'");
    sql.append(access.sql(parameters));
    if (f.site() != null) {
      sql.append(" AND d.site = ?");
      parameters.add(f.site());
    }
    if (f.deviceClass() != null) {
      List<Long> ids =
          models.entrySet().stream()
              .filter(e -> e.getValue().deviceClass().equals(f.deviceClass()))
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      if (ids.isEmpty()) {
        return sql.append(" AND 1 = 0").toString();
      }
      sql.append(" AND d.model_id IN (").append(JdbcRows.marks(ids.size())).append(')');
      parameters.addAll(ids);
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
