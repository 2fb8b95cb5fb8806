package org.medley.device.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.device.Advisory;
import org.medley.device.AdvisoryRouting;
import org.medley.device.AdvisorySeverity;
import org.medley.device.DeviceStatus;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;
import org.medley.platform.SqlRows;

/**
 * The advisory tables and the remediation orders they open. Callers own the transaction. The
 * fan-out decides the firmware range per distinct version in Java ({@link Advisory#affects}) and
 * writes the orders in SQL, one statement per routed group: measured at 100,000 devices in
 * docs/benchmarks.md, "Advisory fan-out".
 */
@Singleton
class AdvisoryStore {

  /** The hospital's groups for device work ({@code htm_settings}); either may be unset. */
  record HtmGroups(@Nullable Long biomed, @Nullable Long it) {}

  /** An advisory's row, without its counts. */
  record Row(
      long id,
      String cve,
      String title,
      AdvisorySeverity severity,
      @Nullable String firmwareFrom,
      @Nullable String firmwareTo,
      String remediation,
      AdvisoryRouting routing,
      long createdBy,
      Instant createdAt,
      @Nullable Instant remediationOpenedAt,
      long version) {}

  /** Affected and remaining devices of one advisory. */
  record Exposure(long affected, long remaining) {
    static final Exposure NONE = new Exposure(0, 0);
  }

  private static final String SELECT =
      "SELECT a.id, a.cve, a.title, a.severity, a.firmware_from, a.firmware_to, a.remediation,"
          + " a.routing, a.created_by, a.created_at, a.remediation_opened_at, a.version"
          + " FROM advisories a"
          + " WHERE a.tenant_id = ?";

  private static final String ORDER_COLUMNS =
      "tenant_id, kind, device_id, advisory_id, group_id, status, summary, opened_at,"
          + " created_at, updated_at, version";

  private final JdbcOperations jdbc;

  AdvisoryStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  // ---- writes

  Optional<Long> idOf(long tenant, String cve) {
    return jdbc.prepareStatement(
        "SELECT id FROM advisories WHERE tenant_id = ? AND cve = ?",
        s -> {
          bindAll(s, tenant, cve);
          try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
          }
        });
  }

  /** Those of {@code ids} that are models of this tenant. */
  List<Long> modelsOf(long tenant, List<Long> ids) {
    List<Object> parameters = new ArrayList<>(ids);
    parameters.add(0, tenant);
    return jdbc.prepareStatement(
        "SELECT id FROM device_models WHERE tenant_id = ? AND id IN ("
            + JdbcRows.marks(ids.size())
            + ")",
        s -> {
          bindAll(s, parameters);
          List<Long> found = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              found.add(r.getLong(1));
            }
          }
          return found;
        });
  }

  HtmGroups groups(long tenant) {
    return jdbc.prepareStatement(
        "SELECT biomed_group_id, it_group_id FROM htm_settings WHERE tenant_id = ?",
        s -> {
          bindAll(s, tenant);
          try (ResultSet r = s.executeQuery()) {
            return r.next()
                ? new HtmGroups(JdbcRows.nullableLong(r, 1), JdbcRows.nullableLong(r, 2))
                : new HtmGroups(null, null);
          }
        });
  }

  /**
   * Files the advisory, its remediation not yet opened ({@link #lockUnopened}); returns its id. A
   * CVE the hospital already has is a conflict (409), also when another request files it at the
   * same moment: the unique key makes the later insert wait for the first to commit, then fail.
   */
  long file(long tenant, Advisory advisory, long filedBy, Instant now) {
    return jdbc.execute(
        connection -> {
          try {
            return insert(connection, tenant, advisory, filedBy, now);
          } catch (SQLIntegrityConstraintViolationException duplicate) {
            throw Refused.conflict("cve", advisory.cve() + " is already filed here");
          }
        });
  }

  /** A filed advisory whose remediation is not open yet, as the fan-out needs it. */
  record Unopened(long tenant, Advisory advisory) {}

  /**
   * The advisory if its remediation is still to be opened, locked until the caller's transaction
   * ends: of two nodes (or the background task and the sweep) the second waits, then finds it
   * opened.
   */
  Optional<Unopened> lockUnopened(long id) {
    return jdbc.execute(
        connection -> {
          long tenant;
          Advisory advisory;
          try (PreparedStatement s =
              connection.prepareStatement(
                  "SELECT tenant_id, cve, title, severity, firmware_from, firmware_to,"
                      + " remediation, routing FROM advisories"
                      + " WHERE id = ? AND remediation_opened_at IS NULL FOR UPDATE")) {
            bindAll(s, id);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              tenant = r.getLong(1);
              advisory =
                  new Advisory(
                      r.getString(2),
                      r.getString(3),
                      AdvisorySeverity.valueOf(r.getString(4)),
                      modelIds(connection, id),
                      r.getString(5),
                      r.getString(6),
                      r.getString(7),
                      AdvisoryRouting.valueOf(r.getString(8)));
            }
          }
          return Optional.of(new Unopened(tenant, advisory));
        });
  }

  private static List<Long> modelIds(Connection connection, long advisory) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT model_id FROM advisory_models WHERE advisory_id = ? ORDER BY model_id")) {
      bindAll(s, advisory);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    }
  }

  /** Advisories filed before {@code before} whose remediation is not open yet, oldest first. */
  List<Long> unopened(Instant before, int limit) {
    return jdbc.prepareStatement(
        "SELECT id FROM advisories WHERE remediation_opened_at IS NULL AND created_at < ?"
            + " ORDER BY created_at, id LIMIT ?",
        s -> {
          bindAll(s, Timestamp.from(before), limit);
          List<Long> ids = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ids.add(r.getLong(1));
            }
          }
          return ids;
        });
  }

  /** Opens the advisory's remediation orders and records when (its row locked by the caller). */
  void open(long id, Unopened unopened, Instant now) {
    HtmGroups groups = groups(unopened.tenant());
    jdbc.execute(
        connection -> {
          fanOut(connection, unopened.tenant(), id, unopened.advisory(), groups, now);
          opened(connection, id, now);
          return null;
        });
  }

  /** Records that the advisory's remediation orders are written. */
  static void opened(Connection connection, long id, Instant at) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE advisories SET remediation_opened_at = ? WHERE id = ?")) {
      bindAll(s, Timestamp.from(at), id);
      s.executeUpdate();
    }
  }

  /** The advisory and its models' rows, on a connection the caller holds (the demo seed too). */
  static long insert(Connection connection, long tenant, Advisory a, long filedBy, Instant now)
      throws SQLException {
    long id =
        JdbcRows.insert(
            connection,
            "INSERT INTO advisories (tenant_id, cve, title, severity, firmware_from, firmware_to,"
                + " remediation, routing, created_by, created_at, updated_at, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
            java.util.Arrays.asList(
                tenant,
                a.cve(),
                a.title(),
                a.severity().name(),
                a.firmwareFrom(),
                a.firmwareTo(),
                a.remediation(),
                a.routing().name(),
                filedBy,
                Timestamp.from(now),
                Timestamp.from(now)));
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO advisory_models (advisory_id, model_id) VALUES "
                + SqlRows.values(a.modelIds().size(), 2))) {
      List<Object> parameters = new ArrayList<>();
      for (long model : a.modelIds()) {
        parameters.add(id);
        parameters.add(model);
      }
      bindAll(s, parameters);
      s.executeUpdate();
    }
    return id;
  }

  /**
   * One OPEN remediation order per affected device and routed group: connected, not retired, of a
   * named model, firmware in range or unknown. Returns how many devices are affected.
   *
   * <p>A fleet runs few firmware versions, so the range ({@link Advisory#affects}, version-aware
   * and not expressible in SQL) is decided once per distinct version, and each group's orders are
   * written by one {@code INSERT … SELECT}: no device row travels to Java and back (measured in
   * docs/benchmarks.md, "Advisory fan-out"). Versions equal under the column's collation (case,
   * trailing spaces) are equal in the firmware order too, so one verdict per distinct value holds
   * for every device carrying it.
   */
  static long fanOut(
      Connection connection,
      long tenant,
      long advisoryId,
      Advisory advisory,
      HtmGroups groups,
      Instant now)
      throws SQLException {
    List<Object> candidates = new ArrayList<>();
    candidates.add(tenant);
    candidates.add(DeviceStatus.RETIRED.name());
    candidates.addAll(advisory.modelIds());
    String candidate =
        " FROM devices d WHERE d.tenant_id = ? AND d.connected = TRUE AND d.status <> ?"
            + " AND d.model_id IN ("
            + JdbcRows.marks(advisory.modelIds().size())
            + ")";
    List<String> versions = new ArrayList<>();
    boolean unknown = false;
    try (PreparedStatement s =
        connection.prepareStatement("SELECT DISTINCT d.firmware" + candidate)) {
      bindAll(s, candidates);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String firmware = r.getString(1);
          if (firmware == null) {
            unknown = advisory.affects(null);
          } else if (advisory.affects(firmware)) {
            versions.add(firmware);
          }
        }
      }
    }
    if (versions.isEmpty() && !unknown) {
      return 0;
    }
    List<Object> affected = new ArrayList<>(candidates);
    affected.addAll(versions);
    String affects =
        candidate
            + " AND ("
            + (versions.isEmpty()
                ? "FALSE"
                : "d.firmware IN (" + JdbcRows.marks(versions.size()) + ")")
            + (unknown ? " OR d.firmware IS NULL" : "")
            + ")";
    Timestamp at = Timestamp.from(now);
    long written = 0;
    List<Long> routed = advisory.routing().groups(groups.biomed(), groups.it());
    for (Long group : routed) {
      try (PreparedStatement s =
          connection.prepareStatement(
              "INSERT INTO work_orders ("
                  + ORDER_COLUMNS
                  + ") SELECT ?, ?, d.id, ?, ?, ?, ?, ?, ?, ?, 0"
                  + affects)) {
        List<Object> values = new ArrayList<>();
        values.addAll(
            java.util.Arrays.asList(
                tenant,
                WorkOrderKind.REMEDIATION.name(),
                advisoryId,
                group,
                WorkOrderStatus.OPEN.name(),
                advisory.summary(),
                at,
                at,
                at));
        values.addAll(affected);
        bindAll(s, values);
        written += s.executeUpdate();
      }
    }
    return routed.isEmpty() ? 0 : written / routed.size();
  }

  // ---- reads

  /** A page of the advisories the caller sees, newest first, and how many there are. */
  DeviceApi.Page<Row> list(DeviceAccess access, int page, int size) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(access.tenantId());
    String seen = seen(access, parameters);
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM advisories a WHERE a.tenant_id = ?" + seen,
            s -> {
              bindAll(s, parameters);
              try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(size);
    paged.add((long) page * size);
    List<Row> rows =
        jdbc.prepareStatement(
            SELECT + seen + " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?",
            s -> {
              bindAll(s, paged);
              return rows(s);
            });
    return new DeviceApi.Page<>(rows, page, size, total);
  }

  /** The advisory, if the caller sees it: a partner only one that affects its devices. */
  Optional<Row> advisory(DeviceAccess access, long id) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId(), id));
    String seen = seen(access, parameters);
    return jdbc.prepareStatement(
        SELECT + " AND a.id = ?" + seen,
        s -> {
          bindAll(s, parameters);
          return rows(s).stream().findFirst();
        });
  }

  /** A partner sees an advisory when one of its devices has a remediation order of it. */
  private static String seen(DeviceAccess access, List<Object> parameters) {
    if (access.engagementIds() == null) {
      return "";
    }
    return " AND EXISTS (SELECT 1 FROM work_orders w JOIN devices d ON d.id = w.device_id"
        + " WHERE w.advisory_id = a.id"
        + access.sql(parameters)
        + ")";
  }

  /** The models each advisory names, by advisory id. */
  Map<Long, List<AdvisoryApi.ModelRef>> models(List<Long> advisoryIds) {
    Map<Long, List<AdvisoryApi.ModelRef>> models = new HashMap<>();
    if (advisoryIds.isEmpty()) {
      return models;
    }
    return jdbc.prepareStatement(
        "SELECT am.advisory_id, m.id, m.manufacturer, m.model FROM advisory_models am"
            + " JOIN device_models m ON m.id = am.model_id WHERE am.advisory_id IN ("
            + JdbcRows.marks(advisoryIds.size())
            + ") ORDER BY m.manufacturer, m.model, m.id",
        s -> {
          bindAll(s, advisoryIds);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              models
                  .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                  .add(new AdvisoryApi.ModelRef(r.getLong(2), r.getString(3), r.getString(4)));
            }
          }
          return models;
        });
  }

  /**
   * Affected and remaining devices per advisory, as far as the caller sees: a device is remaining
   * while one of its remediation orders for the advisory is still open.
   */
  Map<Long, Exposure> exposure(DeviceAccess access, List<Long> advisoryIds) {
    Map<Long, Exposure> exposure = new HashMap<>();
    if (advisoryIds.isEmpty()) {
      return exposure;
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(WorkOrderStatus.OPEN.name());
    parameters.add(access.tenantId());
    parameters.addAll(advisoryIds);
    String seen = access.sql(parameters);
    // The hospital's own people count every device: from ix_work_orders_advisory_status alone,
    // the advisory row standing for the tenant check. A partner's count needs each device's
    // contract.
    String from =
        seen.isEmpty()
            ? " FROM work_orders w JOIN advisories a ON a.id = w.advisory_id WHERE a.tenant_id = ?"
            : " FROM work_orders w JOIN devices d ON d.id = w.device_id WHERE d.tenant_id = ?";
    return jdbc.prepareStatement(
        "SELECT w.advisory_id, COUNT(DISTINCT w.device_id),"
            + " COUNT(DISTINCT CASE WHEN w.status = ? THEN w.device_id END)"
            + from
            + " AND w.advisory_id IN ("
            + JdbcRows.marks(advisoryIds.size())
            + ")"
            + seen
            + " GROUP BY w.advisory_id",
        s -> {
          bindAll(s, parameters);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              exposure.put(r.getLong(1), new Exposure(r.getLong(2), r.getLong(3)));
            }
          }
          return exposure;
        });
  }

  /** Remaining devices by site and unit, most first. */
  List<AdvisoryApi.UnitCount> remainingByUnit(DeviceAccess access, long advisoryId) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(access.tenantId());
    parameters.add(advisoryId);
    parameters.add(WorkOrderStatus.OPEN.name());
    String seen = access.sql(parameters);
    return jdbc.prepareStatement(
        "SELECT d.site, d.unit, COUNT(DISTINCT d.id) AS devices"
            + " FROM work_orders w JOIN devices d ON d.id = w.device_id"
            + " WHERE d.tenant_id = ? AND w.advisory_id = ? AND w.status = ?"
            + seen
            + " GROUP BY d.site, d.unit ORDER BY devices DESC, d.site, d.unit",
        s -> {
          bindAll(s, parameters);
          List<AdvisoryApi.UnitCount> units = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              units.add(new AdvisoryApi.UnitCount(r.getString(1), r.getString(2), r.getLong(3)));
            }
          }
          return units;
        });
  }

  /** A page of the remaining devices by site, unit and asset tag, each with its open orders. */
  List<AdvisoryApi.RemainingDevice> remaining(
      DeviceAccess access, long advisoryId, int page, int size) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(access.tenantId());
    parameters.add(advisoryId);
    parameters.add(WorkOrderStatus.OPEN.name());
    String seen = access.sql(parameters);
    parameters.add(size);
    parameters.add((long) page * size);
    Map<Long, AdvisoryApi.RemainingDevice> devices =
        jdbc.prepareStatement(
            "SELECT DISTINCT d.id, d.asset_tag, m.manufacturer, m.model, d.site, d.unit, d.room,"
                + " d.firmware FROM work_orders w JOIN devices d ON d.id = w.device_id"
                + " JOIN device_models m ON m.id = d.model_id"
                + " WHERE d.tenant_id = ? AND w.advisory_id = ? AND w.status = ?"
                + seen
                + " ORDER BY d.site, d.unit, d.asset_tag, d.id LIMIT ? OFFSET ?",
            s -> {
              bindAll(s, parameters);
              Map<Long, AdvisoryApi.RemainingDevice> found = new LinkedHashMap<>();
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  // Its open orders are added below, once the page's devices are known.
                  found.put(
                      r.getLong(1),
                      new AdvisoryApi.RemainingDevice(
                          r.getLong(1),
                          r.getString(2),
                          r.getString(3),
                          r.getString(4),
                          r.getString(5),
                          r.getString(6),
                          r.getString(7),
                          r.getString(8),
                          new ArrayList<>()));
                }
              }
              return found;
            });
    if (devices.isEmpty()) {
      return List.of();
    }
    List<Object> ids = new ArrayList<>();
    ids.add(advisoryId);
    ids.add(WorkOrderStatus.OPEN.name());
    ids.addAll(devices.keySet());
    jdbc.prepareStatement(
        "SELECT device_id, id FROM work_orders WHERE advisory_id = ? AND status = ?"
            + " AND device_id IN ("
            + JdbcRows.marks(devices.size())
            + ") ORDER BY id",
        s -> {
          bindAll(s, ids);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              devices.get(r.getLong(1)).workOrderIds().add(r.getLong(2));
            }
          }
          return null;
        });
    return List.copyOf(devices.values());
  }

  private static List<Row> rows(PreparedStatement s) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            new Row(
                r.getLong("id"),
                r.getString("cve"),
                r.getString("title"),
                AdvisorySeverity.valueOf(r.getString("severity")),
                r.getString("firmware_from"),
                r.getString("firmware_to"),
                r.getString("remediation"),
                AdvisoryRouting.valueOf(r.getString("routing")),
                r.getLong("created_by"),
                JdbcRows.instant(r, "created_at"),
                JdbcRows.instant(r, "remediation_opened_at"),
                r.getLong("version")));
      }
    }
    return rows;
  }
}
