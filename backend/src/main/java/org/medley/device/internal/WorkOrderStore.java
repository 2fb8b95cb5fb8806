package org.medley.device.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.medley.device.DeviceStatus;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlLike;
import org.medley.platform.SqlRows;

/** The work-order tables, clinical units and HTM settings. Callers own the transaction. */
@Singleton
class WorkOrderStore {

  /** Which open orders by due day: before today, today, the next 7 or 31 days. */
  enum Due {
    OVERDUE,
    TODAY,
    WEEK,
    MONTH
  }

  /** The list's filters; null means any. */
  record Filter(
      @Nullable Due due,
      @Nullable WorkOrderKind kind,
      @Nullable WorkOrderStatus status,
      @Nullable String site,
      @Nullable String unit,
      @Nullable Long assigneeId,
      @Nullable Long deviceId,
      @Nullable Long advisoryId,
      @Nullable String q) {}

  /** A stored order as read, names still to resolve. */
  record Row(
      long id,
      WorkOrderKind kind,
      WorkOrderStatus status,
      String summary,
      WorkOrderApi.DeviceRef device,
      @Nullable String pmProcedure,
      DeviceStatus deviceStatus,
      @Nullable Long ticketId,
      @Nullable String ticketNumber,
      @Nullable Long advisoryId,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      @Nullable LocalDate dueOn,
      @Nullable LocalDate windowEndsOn,
      @Nullable Instant plannedStart,
      @Nullable Instant plannedEnd,
      boolean inBusyHours,
      boolean deviceDown,
      Instant openedAt,
      @Nullable Instant completedAt,
      @Nullable Long completedBy,
      @Nullable Integer laborMinutes,
      @Nullable BigDecimal partsCost,
      @Nullable String parts,
      @Nullable String checklist,
      @Nullable String note,
      @Nullable String reason,
      long version) {}

  /** A new order. Preventive orders carry their due day, window and slot. */
  record NewOrder(
      WorkOrderKind kind,
      long deviceId,
      @Nullable Long ticketId,
      @Nullable String ticketNumber,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      String summary,
      @Nullable LocalDate dueOn,
      @Nullable LocalDate windowEndsOn,
      @Nullable Instant plannedStart,
      @Nullable Instant plannedEnd,
      boolean inBusyHours,
      boolean deviceDown) {}

  /** The completion of an order, as stored. */
  record Completion(
      WorkOrderStatus outcome,
      Instant completedAt,
      @Nullable Long completedBy,
      @Nullable Integer laborMinutes,
      @Nullable BigDecimal partsCost,
      @Nullable String parts,
      @Nullable String checklist,
      @Nullable String note,
      @Nullable String reason) {}

  /** A device to plan preventive maintenance for. */
  record Plannable(
      long id,
      String site,
      @Nullable String unit,
      LocalDate anchor,
      int intervalMonths,
      String model) {}

  static final Map<String, String> SORTS =
      Map.of(
          "dueOn", "w.due_on",
          "openedAt", "w.opened_at",
          "assetTag", "d.asset_tag",
          "status", "w.status");

  private static final String FROM =
      " FROM work_orders w JOIN devices d ON d.id = w.device_id"
          + " JOIN device_models m ON m.id = d.model_id WHERE w.tenant_id = ?";

  private static final String SELECT =
      "SELECT w.id, w.kind, w.status, w.summary, d.id, d.asset_tag, m.manufacturer, m.model,"
          + " m.device_class, d.site, d.unit, d.room, m.pm_procedure, d.status, w.ticket_id,"
          + " w.ticket_number, w.advisory_id, w.group_id, w.assignee_id, w.due_on,"
          + " w.window_ends_on, w.planned_start, w.planned_end, w.in_busy_hours, w.device_down,"
          + " w.opened_at, w.completed_at, w.completed_by, w.labor_minutes, w.parts_cost,"
          + " w.parts, w.checklist, w.note, w.reason, w.version"
          + FROM;

  private static final String NEW_COLUMNS =
      "tenant_id, kind, device_id, ticket_id, ticket_number, group_id, assignee_id, status,"
          + " summary, due_on, window_ends_on, pm_due_on, planned_start, planned_end,"
          + " in_busy_hours, device_down, opened_at, created_at, updated_at, version";

  private static final int NEW_COLUMN_COUNT = 20;

  private final JdbcOperations jdbc;

  WorkOrderStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  // ---- reads

  WorkOrderApi.Page<Row> list(
      DeviceAccess access,
      Filter filter,
      LocalDate today,
      String sort,
      boolean descending,
      int page,
      int size) {
    List<Object> parameters = new ArrayList<>();
    String where = where(access, filter, today, parameters);
    // The count joins devices only when a filter needs them, and never the models.
    boolean devices =
        access.engagementIds() != null
            || filter.site() != null
            || filter.unit() != null
            || (filter.q() != null && !filter.q().isBlank());
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM work_orders w"
                + (devices ? " JOIN devices d ON d.id = w.device_id" : "")
                + " WHERE w.tenant_id = ?"
                + where,
            s -> {
              bindAll(s, parameters);
              try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
    String direction = descending ? " DESC" : " ASC";
    String column = SORTS.get(sort);
    // Orders without a due day sort after those with one, either way round, without defeating
    // the due index when a due filter already rules them out.
    String nullsLast =
        filter.due() == null && column.equals("w.due_on") ? "w.due_on IS NULL, " : "";
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(size);
    paged.add((long) page * size);
    List<Row> items =
        jdbc.prepareStatement(
            SELECT
                + where
                + " ORDER BY "
                + nullsLast
                + column
                + direction
                + ", w.id"
                + direction
                + " LIMIT ? OFFSET ?",
            s -> {
              bindAll(s, paged);
              return rows(s);
            });
    return new WorkOrderApi.Page<>(items, page, size, total);
  }

  Optional<Row> find(DeviceAccess access, long id) {
    List<Object> parameters = new ArrayList<>(List.of(access.tenantId(), id));
    String seen = access.sql(parameters);
    return jdbc.prepareStatement(
        SELECT + " AND w.id = ?" + seen,
        s -> {
          bindAll(s, parameters);
          return rows(s).stream().findFirst();
        });
  }

  /** Open orders per site (id null) or per technician: overdue, due in 7 days, all open. */
  List<WorkOrderApi.Workload> workloads(DeviceAccess access, LocalDate today, boolean bySite) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(Date.valueOf(today));
    parameters.add(Date.valueOf(today));
    parameters.add(Date.valueOf(today.plusDays(6)));
    parameters.add(access.tenantId());
    String seen = access.sql(parameters);
    String key = bySite ? "d.site" : "w.assignee_id";
    return jdbc.prepareStatement(
        "SELECT "
            + key
            + ", SUM(CASE WHEN w.due_on < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN w.due_on BETWEEN ? AND ? THEN 1 ELSE 0 END), COUNT(*)"
            + " FROM work_orders w"
            + (bySite || access.engagementIds() != null
                ? " JOIN devices d ON d.id = w.device_id"
                : "")
            + " WHERE w.tenant_id = ? AND w.status = 'OPEN'"
            + seen
            + " GROUP BY "
            + key,
        s -> {
          bindAll(s, parameters);
          List<WorkOrderApi.Workload> loads = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Long id = bySite ? null : JdbcRows.nullableLong(r, 1);
              String name = bySite ? r.getString(1) : "";
              loads.add(
                  new WorkOrderApi.Workload(id, name, r.getLong(2), r.getLong(3), r.getLong(4)));
            }
          }
          return loads;
        });
  }

  /** Whether another open order keeps the device down. */
  boolean otherOpenDownOrders(long tenant, long deviceId, long except) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM work_orders WHERE tenant_id = ? AND device_id = ?"
            + " AND status = 'OPEN' AND device_down = TRUE AND id <> ?",
        s -> {
          bindAll(s, tenant, deviceId, except);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) > 0;
          }
        });
  }

  // ---- writes

  long insert(long tenant, NewOrder order, Instant now) {
    List<Object> values = new ArrayList<>();
    values.add(tenant);
    values.addAll(fields(order, now));
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO work_orders ("
            + NEW_COLUMNS
            + ") VALUES "
            + SqlRows.values(1, NEW_COLUMN_COUNT),
        values);
  }

  /**
   * Inserts preventive orders as JDBC batches (the MariaDB driver sends each batch in one bulk
   * round trip: measured 1.5 times faster than multi-row statements at a year's plan for 100,000
   * devices), skipping any whose device already has an order for that due day (another node, an
   * earlier run); returns how many were new. A driver that reports no per-row count (bulk mode)
   * counts every row as new: the caller filtered the days already planned, so only a second planner
   * at the same moment makes the figure overstate.
   */
  int insertPreventive(long tenant, List<NewOrder> orders, Instant now) {
    if (orders.isEmpty()) {
      return 0;
    }
    return jdbc.execute(
        connection -> {
          int created = 0;
          try (PreparedStatement s =
              connection.prepareStatement(
                  "INSERT IGNORE INTO work_orders ("
                      + NEW_COLUMNS
                      + ") VALUES "
                      + SqlRows.values(1, NEW_COLUMN_COUNT))) {
            int pending = 0;
            for (NewOrder order : orders) {
              List<Object> parameters = new ArrayList<>(NEW_COLUMN_COUNT);
              parameters.add(tenant);
              parameters.addAll(fields(order, now));
              bindAll(s, parameters);
              s.addBatch();
              if (++pending == 2_000) {
                created += created(s.executeBatch());
                pending = 0;
              }
            }
            if (pending > 0) {
              created += created(s.executeBatch());
            }
          }
          return created;
        });
  }

  private static int created(int[] counts) {
    int created = 0;
    for (int count : counts) {
      created += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
    }
    return created;
  }

  private static List<Object> fields(NewOrder o, Instant now) {
    Timestamp at = Timestamp.from(now);
    return Arrays.asList(
        o.kind().name(),
        o.deviceId(),
        o.ticketId(),
        o.ticketNumber(),
        o.groupId(),
        o.assigneeId(),
        WorkOrderStatus.OPEN.name(),
        o.summary(),
        date(o.dueOn()),
        date(o.windowEndsOn()),
        o.kind() == WorkOrderKind.PREVENTIVE ? date(o.dueOn()) : null,
        o.plannedStart() == null ? null : Timestamp.from(o.plannedStart()),
        o.plannedEnd() == null ? null : Timestamp.from(o.plannedEnd()),
        o.inBusyHours(),
        o.deviceDown(),
        at,
        at,
        at,
        0L);
  }

  /** Closes an open order at the version read; false when it changed or closed since. */
  boolean complete(long tenant, long id, long version, Completion c, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE work_orders SET status = ?, completed_at = ?, completed_by = ?,"
                + " labor_minutes = ?, parts_cost = ?, parts = ?, checklist = ?, note = ?,"
                + " reason = ?, updated_at = ?, version = version + 1"
                + " WHERE tenant_id = ? AND id = ? AND version = ? AND status = 'OPEN'",
            s -> {
              bindAll(
                  s,
                  Arrays.asList(
                      c.outcome().name(),
                      Timestamp.from(c.completedAt()),
                      c.completedBy(),
                      c.laborMinutes(),
                      c.partsCost(),
                      c.parts(),
                      c.checklist(),
                      c.note(),
                      c.reason(),
                      Timestamp.from(now),
                      tenant,
                      id,
                      version));
              return s.executeUpdate();
            })
        == 1;
  }

  boolean assign(long tenant, long id, long version, @Nullable Long assigneeId, Instant now) {
    return jdbc.prepareStatement(
            "UPDATE work_orders SET assignee_id = ?, updated_at = ?, version = version + 1"
                + " WHERE tenant_id = ? AND id = ? AND version = ? AND status = 'OPEN'",
            s -> {
              bindAll(s, Arrays.asList(assigneeId, Timestamp.from(now), tenant, id, version));
              return s.executeUpdate();
            })
        == 1;
  }

  /** A device's status, and its firmware when given, as work on it changes them. */
  void updateDevice(
      long tenant, long deviceId, DeviceStatus status, @Nullable String firmware, Instant now) {
    jdbc.prepareStatement(
        "UPDATE devices SET status = ?, firmware = COALESCE(?, firmware), updated_at = ?,"
            + " version = version + 1 WHERE tenant_id = ? AND id = ?",
        s -> {
          bindAll(s, Arrays.asList(status.name(), firmware, Timestamp.from(now), tenant, deviceId));
          return s.executeUpdate();
        });
  }

  /** A device of the tenant the caller sees, by id or by asset tag (stored upper case). */
  Optional<Long> deviceId(DeviceAccess access, @Nullable Long id, @Nullable String assetTag) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(access.tenantId());
    String by;
    if (id != null) {
      by = " AND d.id = ?";
      parameters.add(id);
    } else {
      by = " AND d.asset_tag = ?";
      parameters.add(assetTag.strip().toUpperCase(java.util.Locale.ROOT));
    }
    String seen = access.sql(parameters);
    return jdbc.prepareStatement(
        "SELECT d.id FROM devices d WHERE d.tenant_id = ?" + by + seen,
        s -> {
          bindAll(s, parameters);
          try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
          }
        });
  }

  // ---- planning

  /** Every device of the tenant that is maintained on schedule and not retired. */
  void forEachPlannable(long tenant, Consumer<Plannable> sink) {
    jdbc.prepareStatement(
        "SELECT d.id, d.site, d.unit, d.acquired_on, d.created_at, m.pm_interval_months,"
            + " m.manufacturer, m.model FROM devices d JOIN device_models m ON m.id = d.model_id"
            + " WHERE d.tenant_id = ? AND m.pm_interval_months IS NOT NULL"
            + " AND d.status <> 'RETIRED'",
        s -> {
          bindAll(s, tenant);
          s.setFetchSize(1000);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Date acquired = r.getDate(4);
              LocalDate anchor =
                  acquired != null
                      ? acquired.toLocalDate()
                      : r.getTimestamp(5)
                          .toInstant()
                          .atZone(java.time.ZoneOffset.UTC)
                          .toLocalDate();
              sink.accept(
                  new Plannable(
                      r.getLong(1),
                      r.getString(2),
                      r.getString(3),
                      anchor,
                      r.getInt(6),
                      r.getString(7) + " " + r.getString(8)));
            }
          }
          return null;
        });
  }

  /** "deviceId|due day" of the tenant's preventive orders due on or after {@code from}. */
  Set<String> plannedDues(long tenant, LocalDate from) {
    return jdbc.prepareStatement(
        // Through the PM key (device, due day), which only preventive orders fill: one index
        // range per device, read from the index alone. Filtering the orders by tenant and kind
        // read every order of the hospital instead (2.9 s at 2 million, docs/benchmarks.md).
        "SELECT w.device_id, w.pm_due_on FROM devices d JOIN work_orders w"
            + " ON w.device_id = d.id AND w.pm_due_on >= ?"
            + " WHERE d.tenant_id = ?",
        s -> {
          bindAll(s, Date.valueOf(from), tenant);
          Set<String> dues = new HashSet<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              dues.add(r.getLong(1) + "|" + r.getDate(2).toLocalDate());
            }
          }
          return dues;
        });
  }

  // ---- settings and units

  Optional<WorkOrderApi.Settings> settings(long tenant) {
    return jdbc.prepareStatement(
        "SELECT biomed_group_id, it_group_id, work_calendar_id, labor_rate FROM htm_settings"
            + " WHERE tenant_id = ?",
        s -> {
          bindAll(s, tenant);
          try (ResultSet r = s.executeQuery()) {
            return r.next()
                ? Optional.of(
                    new WorkOrderApi.Settings(
                        JdbcRows.nullableLong(r, 1),
                        JdbcRows.nullableLong(r, 2),
                        JdbcRows.nullableLong(r, 3),
                        r.getBigDecimal(4)))
                : Optional.empty();
          }
        });
  }

  void saveSettings(long tenant, WorkOrderApi.Settings settings, Instant now) {
    List<Object> values =
        Arrays.asList(
            settings.biomedGroupId(),
            settings.itGroupId(),
            settings.workCalendarId(),
            settings.laborRate(),
            Timestamp.from(now),
            tenant);
    int updated =
        jdbc.prepareStatement(
            "UPDATE htm_settings SET biomed_group_id = ?, it_group_id = ?, work_calendar_id = ?,"
                + " labor_rate = ?,"
                + " updated_at = ? WHERE tenant_id = ?",
            s -> {
              bindAll(s, values);
              return s.executeUpdate();
            });
    if (updated == 0) {
      jdbc.prepareStatement(
          "INSERT INTO htm_settings (biomed_group_id, it_group_id, work_calendar_id, labor_rate,"
              + " updated_at, tenant_id) VALUES (?,?,?,?,?,?)",
          s -> {
            bindAll(s, values);
            return s.executeUpdate();
          });
    }
  }

  List<WorkOrderApi.ClinicalUnit> units(long tenant) {
    return jdbc.prepareStatement(
        "SELECT site, unit, busy_calendar_id FROM clinical_units WHERE tenant_id = ?"
            + " ORDER BY site, unit",
        s -> {
          bindAll(s, tenant);
          List<WorkOrderApi.ClinicalUnit> units = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              units.add(
                  new WorkOrderApi.ClinicalUnit(r.getString(1), r.getString(2), r.getLong(3)));
            }
          }
          return units;
        });
  }

  /** Sets a unit's busy hours; a null calendar makes the unit never busy again. */
  void saveUnit(long tenant, String site, String unit, @Nullable Long calendarId, Instant now) {
    jdbc.prepareStatement(
        "DELETE FROM clinical_units WHERE tenant_id = ? AND site = ? AND unit = ?",
        s -> {
          bindAll(s, tenant, site, unit);
          return s.executeUpdate();
        });
    if (calendarId != null) {
      jdbc.prepareStatement(
          "INSERT INTO clinical_units (tenant_id, site, unit, busy_calendar_id, updated_at)"
              + " VALUES (?,?,?,?,?)",
          s -> {
            bindAll(s, tenant, site, unit, calendarId, Timestamp.from(now));
            return s.executeUpdate();
          });
    }
  }

  // ---- helpers

  private static String where(
      DeviceAccess access, Filter f, LocalDate today, List<Object> parameters) {
    parameters.add(access.tenantId());
    StringBuilder sql = new StringBuilder(access.sql(parameters));
    if (f.due() != null) {
      sql.append(" AND w.status = 'OPEN'");
      switch (f.due()) {
        case OVERDUE -> {
          sql.append(" AND w.due_on < ?");
          parameters.add(Date.valueOf(today));
        }
        case TODAY -> {
          sql.append(" AND w.due_on = ?");
          parameters.add(Date.valueOf(today));
        }
        case WEEK, MONTH -> {
          sql.append(" AND w.due_on BETWEEN ? AND ?");
          parameters.add(Date.valueOf(today));
          parameters.add(Date.valueOf(today.plusDays(f.due() == Due.WEEK ? 6 : 30)));
        }
      }
    }
    if (f.status() != null) {
      sql.append(" AND w.status = ?");
      parameters.add(f.status().name());
    }
    if (f.kind() != null) {
      sql.append(" AND w.kind = ?");
      parameters.add(f.kind().name());
    }
    if (f.site() != null) {
      sql.append(" AND d.site = ?");
      parameters.add(f.site());
    }
    if (f.unit() != null) {
      sql.append(" AND d.unit = ?");
      parameters.add(f.unit());
    }
    if (f.assigneeId() != null) {
      sql.append(" AND w.assignee_id = ?");
      parameters.add(f.assigneeId());
    }
    if (f.deviceId() != null) {
      sql.append(" AND w.device_id = ?");
      parameters.add(f.deviceId());
    }
    if (f.advisoryId() != null) {
      sql.append(" AND w.advisory_id = ?");
      parameters.add(f.advisoryId());
    }
    if (f.q() != null && !f.q().isBlank()) {
      String pattern = SqlLike.contains(f.q().strip());
      sql.append(" AND (LOWER(d.asset_tag) LIKE ?")
          .append(SqlLike.ESCAPE)
          .append(" OR LOWER(w.summary) LIKE ?")
          .append(SqlLike.ESCAPE)
          .append(" OR LOWER(w.ticket_number) LIKE ?")
          .append(SqlLike.ESCAPE)
          .append(')');
      parameters.addAll(List.of(pattern, pattern, pattern));
    }
    return sql.toString();
  }

  private static List<Row> rows(PreparedStatement s) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            new Row(
                r.getLong(1),
                WorkOrderKind.valueOf(r.getString(2)),
                WorkOrderStatus.valueOf(r.getString(3)),
                r.getString(4),
                new WorkOrderApi.DeviceRef(
                    r.getLong(5),
                    r.getString(6),
                    r.getString(7),
                    r.getString(8),
                    r.getString(9),
                    r.getString(10),
                    r.getString(11),
                    r.getString(12)),
                r.getString(13),
                DeviceStatus.valueOf(r.getString(14)),
                JdbcRows.nullableLong(r, 15),
                r.getString(16),
                JdbcRows.nullableLong(r, 17),
                JdbcRows.nullableLong(r, 18),
                JdbcRows.nullableLong(r, 19),
                localDate(r.getDate(20)),
                localDate(r.getDate(21)),
                JdbcRows.instant(r, 22),
                JdbcRows.instant(r, 23),
                r.getBoolean(24),
                r.getBoolean(25),
                JdbcRows.instant(r, 26),
                JdbcRows.instant(r, 27),
                JdbcRows.nullableLong(r, 28),
                r.getObject(29, Integer.class),
                r.getBigDecimal(30),
                r.getString(31),
                r.getString(32),
                r.getString(33),
                r.getString(34),
                r.getLong(35)));
      }
    }
    return rows;
  }

  private static @Nullable LocalDate localDate(@Nullable Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static @Nullable Date date(@Nullable LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
