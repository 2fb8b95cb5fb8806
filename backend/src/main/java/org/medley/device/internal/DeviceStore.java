package org.medley.device.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.device.Device;
import org.medley.device.DeviceModel;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlLike;
import org.medley.platform.SqlRows;

/** The device tables. Callers own the transaction. */
@Singleton
class DeviceStore {

  /** The list's filters; null means any. */
  record Filter(
      @Nullable String q,
      @Nullable String site,
      @Nullable String unit,
      @Nullable DeviceStatus status,
      @Nullable Long modelId,
      @Nullable Boolean connected) {}

  /** Sort keys of the API and the columns they order by (then by id, so pages are stable). */
  static final Map<String, String> SORTS =
      Map.of(
          "assetTag", "d.asset_tag",
          "serial", "d.serial",
          "model", "m.model",
          "site", "d.site",
          "unit", "d.unit",
          "status", "d.status",
          "acquiredOn", "d.acquired_on",
          "endOfSupport", "d.end_of_support");

  /** A stored device's key: its id and version. */
  record Key(long id, long version) {}

  private static final String COLUMNS =
      "tenant_id, model_id, asset_tag, serial, site, building, unit, room, department, status,"
          + " connected, ip_address, mac_address, firmware, contract_vendor,"
          + " contract_engagement_id, contract_ends_on, acquired_on, acquisition_cost,"
          + " end_of_support, created_at, updated_at, version";

  private static final int COLUMN_COUNT = 23;

  private static final String SELECT =
      "SELECT d.id, d.model_id, m.manufacturer, m.model, m.device_class, m.risk, d.asset_tag,"
          + " d.serial, d.site, d.building, d.unit, d.room, d.department, d.status, d.connected,"
          + " d.ip_address, d.mac_address, d.firmware, d.contract_vendor,"
          + " d.contract_engagement_id, d.contract_ends_on, d.acquired_on, d.acquisition_cost,"
          + " d.end_of_support, d.created_at, d.updated_at, d.version"
          + " FROM devices d JOIN device_models m ON m.id = d.model_id WHERE d.tenant_id = ?";

  private final JdbcOperations jdbc;

  DeviceStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  // ---- models

  List<DeviceApi.ModelView> models(long tenant) {
    return jdbc.prepareStatement(
        modelSelect() + " GROUP BY m.id ORDER BY m.manufacturer, m.model, m.id",
        s -> {
          bindAll(s, tenant);
          return modelViews(s);
        });
  }

  Optional<DeviceApi.ModelView> model(long tenant, long id) {
    return jdbc.prepareStatement(
        modelSelect() + " AND m.id = ? GROUP BY m.id",
        s -> {
          bindAll(s, tenant, id);
          return modelViews(s).stream().findFirst();
        });
  }

  /** The tenant's model ids by lower-case "manufacturer|model". */
  Map<String, Long> modelIds(long tenant) {
    return jdbc.prepareStatement(
        "SELECT id, manufacturer, model FROM device_models WHERE tenant_id = ?",
        s -> {
          bindAll(s, tenant);
          Map<String, Long> ids = new HashMap<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              ids.put(modelKey(rows.getString(2), rows.getString(3)), rows.getLong(1));
            }
          }
          return ids;
        });
  }

  static String modelKey(String manufacturer, String model) {
    return manufacturer.strip().toLowerCase(Locale.ROOT)
        + "|"
        + model.strip().toLowerCase(Locale.ROOT);
  }

  /** The risk of the class's riskiest model (LOW when it has none). */
  RiskLevel classRisk(long tenant, String deviceClass) {
    return jdbc.prepareStatement(
        "SELECT DISTINCT risk FROM device_models WHERE tenant_id = ? AND device_class = ?",
        s -> {
          s.setLong(1, tenant);
          s.setString(2, deviceClass);
          RiskLevel highest = RiskLevel.LOW;
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              RiskLevel risk = RiskLevel.valueOf(r.getString(1));
              if (risk.compareTo(highest) > 0) {
                highest = risk;
              }
            }
          }
          return highest;
        });
  }

  long insertModel(long tenant, DeviceModel m, boolean remoteRecovery, Instant now) {
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO device_models (tenant_id, manufacturer, model, device_class, risk,"
            + " pm_interval_months, pm_procedure, remote_recovery, replacement_cost, created_at,"
            + " updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
        Arrays.asList(
            tenant,
            m.manufacturer(),
            m.model(),
            m.deviceClass(),
            m.risk().name(),
            m.pmIntervalMonths(),
            m.pmProcedure(),
            remoteRecovery,
            m.replacementCost(),
            Timestamp.from(now),
            Timestamp.from(now)));
  }

  /** False when the row is gone or its version moved on. */
  boolean updateModel(
      long tenant, long id, long version, DeviceModel m, boolean remoteRecovery, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE device_models SET manufacturer = ?, model = ?, device_class = ?, risk = ?,"
                + " pm_interval_months = ?, pm_procedure = ?, remote_recovery = ?,"
                + " replacement_cost = ?, updated_at = ?,"
                + " version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?",
            s -> {
              bindAll(
                  s,
                  Arrays.asList(
                      m.manufacturer(),
                      m.model(),
                      m.deviceClass(),
                      m.risk().name(),
                      m.pmIntervalMonths(),
                      m.pmProcedure(),
                      remoteRecovery,
                      m.replacementCost(),
                      Timestamp.from(now),
                      tenant,
                      id,
                      version));
              return s.executeUpdate();
            })
        > 0;
  }

  private static String modelSelect() {
    return "SELECT m.id, m.manufacturer, m.model, m.device_class, m.risk, m.pm_interval_months,"
        + " m.pm_procedure, m.version, COUNT(d.id), m.remote_recovery, m.replacement_cost"
        + " FROM device_models m"
        + " LEFT JOIN devices d ON d.model_id = m.id WHERE m.tenant_id = ?";
  }

  private static List<DeviceApi.ModelView> modelViews(PreparedStatement s) throws SQLException {
    List<DeviceApi.ModelView> views = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        views.add(
            new DeviceApi.ModelView(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                RiskLevel.valueOf(r.getString(5)),
                JdbcRows.nullableInt(r, "pm_interval_months"),
                r.getString(7),
                r.getBigDecimal(11),
                r.getLong(9),
                r.getLong(8),
                r.getBoolean(10)));
      }
    }
    return views;
  }

  // ---- devices

  DeviceApi.Page<DeviceApi.DeviceView> list(
      DeviceAccess access, Filter filter, String sort, boolean descending, int page, int size) {
    List<Object> parameters = new ArrayList<>();
    String where = where(access, filter, parameters);
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM devices d JOIN device_models m ON m.id = d.model_id"
                + " WHERE d.tenant_id = ?"
                + where,
            s -> {
              bindAll(s, parameters);
              try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
    String direction = descending ? " DESC" : " ASC";
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(size);
    paged.add((long) page * size);
    List<DeviceApi.DeviceView> items =
        jdbc.prepareStatement(
            SELECT
                + where
                + " ORDER BY "
                + SORTS.get(sort)
                + direction
                + ", d.id"
                + direction
                + " LIMIT ? OFFSET ?",
            s -> {
              bindAll(s, paged);
              return views(s);
            });
    return new DeviceApi.Page<>(items, page, size, total);
  }

  /** Every device the caller sees that the filter keeps, by asset tag (for the export). */
  List<DeviceApi.DeviceView> all(DeviceAccess access, Filter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(access, filter, parameters);
    return jdbc.prepareStatement(
        SELECT + where + " ORDER BY d.asset_tag, d.id",
        s -> {
          bindAll(s, parameters);
          return views(s);
        });
  }

  Optional<DeviceApi.DeviceView> device(DeviceAccess access, long id) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId(), id));
    String seen = access.sql(parameters);
    return jdbc.prepareStatement(
        SELECT + " AND d.id = ?" + seen,
        s -> {
          bindAll(s, parameters);
          return views(s).stream().findFirst();
        });
  }

  /** The tenant's devices by asset tag (stored upper case). */
  Map<String, Key> keys(long tenant) {
    return jdbc.prepareStatement(
        "SELECT asset_tag, id, version FROM devices WHERE tenant_id = ?",
        s -> {
          bindAll(s, tenant);
          Map<String, Key> keys = new HashMap<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              keys.put(r.getString(1), new Key(r.getLong(2), r.getLong(3)));
            }
          }
          return keys;
        });
  }

  long insertDevice(long tenant, Device device, Instant now) {
    insertDevices(tenant, List.of(device), now);
    return keys(tenant).get(device.assetTag()).id();
  }

  /** Inserts in multi-row statements ({@link SqlRows}): one round trip per 200 devices. */
  void insertDevices(long tenant, List<Device> devices, Instant now) {
    jdbc.execute(
        connection -> {
          insertDevices(connection, tenant, devices, now);
          return null;
        });
  }

  /** The same on a connection the caller holds (the demo seed). */
  static void insertDevices(Connection connection, long tenant, List<Device> devices, Instant now)
      throws SQLException {
    for (List<Device> run : SqlRows.runs(devices)) {
      try (PreparedStatement s =
          connection.prepareStatement(
              "INSERT INTO devices ("
                  + COLUMNS
                  + ") VALUES "
                  + SqlRows.values(run.size(), COLUMN_COUNT))) {
        List<Object> parameters = new ArrayList<>(run.size() * COLUMN_COUNT);
        for (Device d : run) {
          parameters.add(tenant);
          parameters.add(d.modelId());
          parameters.addAll(fields(d));
          parameters.add(Timestamp.from(now));
          parameters.add(Timestamp.from(now));
          parameters.add(0L);
        }
        bindAll(s, parameters);
        s.executeUpdate();
      }
    }
  }

  /** False when the row is gone or its version moved on. */
  boolean updateDevice(long tenant, long id, long version, Device d, Instant now) {
    return updateDevices(tenant, Map.of(new Key(id, version), d), now) == 1;
  }

  /** Updates each device whose key still holds; returns how many did. */
  int updateDevices(long tenant, Map<Key, Device> devices, Instant now) {
    if (devices.isEmpty()) {
      return 0;
    }
    return jdbc.prepareStatement(
        "UPDATE devices SET model_id = ?, asset_tag = ?, serial = ?, site = ?, building = ?,"
            + " unit = ?, room = ?, department = ?, status = ?, connected = ?, ip_address = ?,"
            + " mac_address = ?, firmware = ?, contract_vendor = ?, contract_engagement_id = ?,"
            + " contract_ends_on = ?, acquired_on = ?, acquisition_cost = ?, end_of_support = ?,"
            + " updated_at = ?, version = version + 1"
            + " WHERE tenant_id = ? AND id = ? AND version = ?",
        s -> {
          for (var entry : devices.entrySet()) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(entry.getValue().modelId());
            parameters.addAll(fields(entry.getValue()));
            parameters.addAll(
                List.of(
                    Timestamp.from(now), tenant, entry.getKey().id(), entry.getKey().version()));
            bindAll(s, parameters);
            s.addBatch();
          }
          int updated = 0;
          for (int count : s.executeBatch()) {
            updated += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
          }
          return updated;
        });
  }

  /** asset_tag … end_of_support, in {@link #COLUMNS}' order. */
  private static List<Object> fields(Device d) {
    return Arrays.asList(
        d.assetTag(),
        d.serial(),
        d.site(),
        d.building(),
        d.unit(),
        d.room(),
        d.department(),
        d.status().name(),
        d.connected(),
        d.ipAddress(),
        d.macAddress(),
        d.firmware(),
        d.contractVendor(),
        d.contractEngagementId(),
        date(d.contractEndsOn()),
        date(d.acquiredOn()),
        d.acquisitionCost(),
        date(d.endOfSupport()));
  }

  private static @Nullable Date date(@Nullable LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static String where(DeviceAccess access, Filter f, List<Object> parameters) {
    parameters.add(access.tenantId());
    StringBuilder sql = new StringBuilder(access.sql(parameters));
    if (f.q() != null && !f.q().isBlank()) {
      // What people type: an asset tag or serial off the label, a model or kind of device, a place.
      String pattern = SqlLike.contains(f.q().strip());
      List<String> columns =
          List.of(
              "d.asset_tag",
              "d.serial",
              "m.model",
              "m.manufacturer",
              "m.device_class",
              "d.site",
              "d.building",
              "d.unit",
              "d.room");
      sql.append(" AND (");
      for (int i = 0; i < columns.size(); i++) {
        sql.append(i == 0 ? "" : " OR ")
            .append("LOWER(")
            .append(columns.get(i))
            .append(") LIKE ?")
            .append(SqlLike.ESCAPE);
        parameters.add(pattern);
      }
      sql.append(')');
    }
    if (f.site() != null) {
      sql.append(" AND d.site = ?");
      parameters.add(f.site());
    }
    if (f.unit() != null) {
      sql.append(" AND d.unit = ?");
      parameters.add(f.unit());
    }
    if (f.status() != null) {
      sql.append(" AND d.status = ?");
      parameters.add(f.status().name());
    }
    if (f.modelId() != null) {
      sql.append(" AND d.model_id = ?");
      parameters.add(f.modelId());
    }
    if (f.connected() != null) {
      sql.append(" AND d.connected = ?");
      parameters.add(f.connected());
    }
    return sql.toString();
  }

  private static List<DeviceApi.DeviceView> views(PreparedStatement s) throws SQLException {
    List<DeviceApi.DeviceView> views = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        views.add(
            new DeviceApi.DeviceView(
                r.getLong("id"),
                r.getLong("model_id"),
                r.getString("manufacturer"),
                r.getString("model"),
                r.getString("device_class"),
                RiskLevel.valueOf(r.getString("risk")),
                r.getString("asset_tag"),
                r.getString("serial"),
                r.getString("site"),
                r.getString("building"),
                r.getString("unit"),
                r.getString("room"),
                r.getString("department"),
                DeviceStatus.valueOf(r.getString("status")),
                r.getBoolean("connected"),
                r.getString("ip_address"),
                r.getString("mac_address"),
                r.getString("firmware"),
                r.getString("contract_vendor"),
                JdbcRows.nullableLong(r, "contract_engagement_id"),
                day(r.getDate("contract_ends_on")),
                day(r.getDate("acquired_on")),
                r.getBigDecimal("acquisition_cost"),
                day(r.getDate("end_of_support")),
                JdbcRows.instant(r, "created_at"),
                JdbcRows.instant(r, "updated_at"),
                r.getLong("version")));
      }
    }
    return views;
  }

  private static @Nullable LocalDate day(@Nullable Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
