package org.medley.device.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;
import org.medley.identity.Caller;
import org.medley.market.Engagements;

/**
 * The outage playbook (a July-2024-style outage: connected devices that will not come back until
 * someone stands at them): the connected devices, not retired, whose model cannot be recovered
 * remotely ({@code device_models.remote_recovery} false), counted by site and unit, with a page of
 * them for the unit a technician walks to. A partner's people see their engagement's devices only.
 */
@Singleton
class OutagePlaybook {

  @Serdeable
  record UnitCount(String site, @Nullable String unit, long devices) {}

  @Serdeable
  record PlaybookDevice(
      long id,
      String assetTag,
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      DeviceStatus status,
      String site,
      @Nullable String building,
      @Nullable String unit,
      @Nullable String room,
      @Nullable String ipAddress) {}

  /** A page of the playbook's devices (a record of its own, so the OpenAPI names its items). */
  @Serdeable
  record DevicePage(List<PlaybookDevice> items, int page, int size, long total) {}

  /** Every unit's count, and a page of the devices of {@code site}/{@code unit} when named. */
  @Serdeable
  record View(long devices, List<UnitCount> units, DevicePage page) {}

  private static final String FROM =
      " FROM devices d JOIN device_models m ON m.id = d.model_id"
          + " WHERE d.tenant_id = ? AND d.connected = TRUE AND d.status <> ?"
          + " AND m.remote_recovery = FALSE";

  private final JdbcOperations jdbc;
  private final Engagements engagements;

  OutagePlaybook(JdbcOperations jdbc, Engagements engagements) {
    this.jdbc = jdbc;
    this.engagements = engagements;
  }

  @ReadOnly
  View view(Caller caller, @Nullable String site, @Nullable String unit, int page, int size) {
    DeviceAccess access = DeviceAccess.of(caller, engagements);
    List<Object> parameters = new ArrayList<>();
    parameters.add(access.tenantId());
    parameters.add(DeviceStatus.RETIRED.name());
    String seen = access.sql(parameters);
    List<UnitCount> units =
        jdbc.prepareStatement(
            "SELECT d.site, d.unit, COUNT(*)"
                + FROM
                + seen
                + " GROUP BY d.site, d.unit ORDER BY d.site, d.unit",
            s -> {
              bindAll(s, parameters);
              List<UnitCount> found = new ArrayList<>();
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  found.add(new UnitCount(r.getString(1), r.getString(2), r.getLong(3)));
                }
              }
              return found;
            });
    long all = units.stream().mapToLong(UnitCount::devices).sum();
    StringBuilder where = new StringBuilder(seen);
    if (site != null) {
      where.append(" AND d.site = ?");
      parameters.add(site);
    }
    if (unit != null) {
      where.append(" AND d.unit = ?");
      parameters.add(unit);
    }
    long total =
        units.stream()
            .filter(u -> site == null || site.equals(u.site()))
            .filter(u -> unit == null || unit.equals(u.unit()))
            .mapToLong(UnitCount::devices)
            .sum();
    parameters.add(size);
    parameters.add((long) page * size);
    List<PlaybookDevice> devices =
        jdbc.prepareStatement(
            "SELECT d.id, d.asset_tag, m.manufacturer, m.model, m.device_class, m.risk, d.status,"
                + " d.site, d.building, d.unit, d.room, d.ip_address"
                + FROM
                + where
                + " ORDER BY d.site, d.unit, d.room, d.asset_tag, d.id LIMIT ? OFFSET ?",
            s -> {
              bindAll(s, parameters);
              List<PlaybookDevice> found = new ArrayList<>();
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  found.add(
                      new PlaybookDevice(
                          r.getLong(1),
                          r.getString(2),
                          r.getString(3),
                          r.getString(4),
                          r.getString(5),
                          RiskLevel.valueOf(r.getString(6)),
                          DeviceStatus.valueOf(r.getString(7)),
                          r.getString(8),
                          r.getString(9),
                          r.getString(10),
                          r.getString(11),
                          r.getString(12)));
                }
              }
              return found;
            });
    return new View(all, units, new DevicePage(devices, page, size, total));
  }
}
