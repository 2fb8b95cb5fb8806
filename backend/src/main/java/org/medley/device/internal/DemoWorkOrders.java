package org.medley.device.internal;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlRows;

/**
 * Riverside Health's device work: two years of preventive maintenance (mostly on time, some late
 * with a reason, a few missed), corrective work with downtime (and some faults that could not be
 * duplicated), this month's maintenance still open, a few orders left over from last month (overdue
 * and missed), and the HTM settings and busy units the plan follows. The plan ahead is made by
 * {@link PmPlanner} once the seed has committed.
 */
@Singleton
class DemoWorkOrders implements DemoContribution {

  private final JsonMapper json;

  DemoWorkOrders(JsonMapper json) {
    this.json = json;
  }

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private static final List<String> LATE =
      List.of(
          "Device in use on a patient at every visit; done when discharged",
          "Parts on back order",
          "Technician out sick; caught up the next week",
          "Unit closed for renovation during the window");

  private static final List<String> MISSED =
      List.of(
          "Could not locate the device on the unit",
          "Device out on loan to another site",
          "Unit refused access: isolation room");

  private static final List<String> FAULTS =
      List.of(
          "Occlusion alarm with no occlusion",
          "Battery will not hold a charge",
          "Screen flickers, touch unresponsive",
          "Cracked housing after a fall",
          "Fails to power on",
          "Alarm volume too low to hear at the station",
          "Error code on start-up",
          "Reading differs from the backup device");

  private static final String COLUMNS =
      "tenant_id, kind, device_id, group_id, assignee_id, status, summary, due_on,"
          + " window_ends_on, pm_due_on, device_down, opened_at, completed_at, completed_by,"
          + " labor_minutes, parts_cost, parts, checklist, note, reason, created_at, updated_at,"
          + " version";

  private static final int COLUMN_COUNT = 23;

  private record Maintained(
      long id, String model, int intervalMonths, LocalDate anchor, String procedure) {}

  @Override
  public int order() {
    return 75; // after the devices (70)
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    Instant now = context.now();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    Random random = context.random("work-orders");
    long biomed = context.id("group", "Clinical Engineering");
    context.execute(
        "INSERT INTO htm_settings (tenant_id, biomed_group_id, it_group_id, work_calendar_id,"
            + " labor_rate, updated_at) VALUES (?,?,?,?,?,?)",
        tenant,
        biomed,
        context.id("group", "Security Operations"),
        context.id("calendar", "Business hours"),
        new BigDecimal("85.00"),
        Timestamp.from(now));
    unit(context, "Riverside Main Campus", "Operating Rooms", "Operating room list");
    unit(context, "Riverside Main Campus", "Oncology Infusion", "Clinic sessions");
    unit(context, "Eastside Outpatient Center", "Infusion Clinic", "Clinic sessions");
    unit(context, "Riverside Main Campus", "Radiology", "Clinical hours");
    unit(context, "Eastside Outpatient Center", "Imaging", "Clinical hours");
    List<Long> technicians = context.ids("team:Clinical Engineering");
    List<Object[]> rows = new ArrayList<>();
    List<long[]> devices = new ArrayList<>();
    for (Maintained device : maintained(context, tenant, devices)) {
      List<String> checklist = WorkOrderService.procedure(device.procedure());
      for (long k = 1; ; k++) {
        LocalDate due = device.anchor().plusMonths(k * device.intervalMonths());
        LocalDate windowEnds = due.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
        if (!windowEnds.isBefore(today)) {
          if (!due.withDayOfMonth(1).isAfter(today)) {
            // This month's: open, some already past their due day.
            rows.add(pm(tenant, device, due, windowEnds, biomed, pick(technicians, random), now));
          }
          break;
        }
        if (due.isBefore(today.minusYears(2))) {
          continue;
        }
        Object[] row = pm(tenant, device, due, windowEnds, biomed, pick(technicians, random), now);
        int roll = random.nextInt(100);
        boolean lastMonth = windowEnds.plusMonths(1).isAfter(today);
        if (lastMonth && roll < 3) {
          rows.add(row); // left open: overdue, its window missed
          continue;
        }
        Long who = pick(technicians, random);
        if (roll < 90) {
          LocalDate on =
              workday(due.withDayOfMonth(1).plusDays(random.nextInt(due.lengthOfMonth())));
          complete(
              row,
              WorkOrderStatus.DONE,
              at(on.isAfter(windowEnds) ? windowEnds : on, random),
              who,
              45 + random.nextInt(60),
              random,
              checklist,
              null);
        } else if (roll < 96) {
          LocalDate on = workday(windowEnds.plusDays(3 + random.nextInt(18)));
          if (!on.isBefore(today)) {
            rows.add(row); // not done yet: overdue, its window missed
            continue;
          }
          complete(
              row,
              WorkOrderStatus.DONE,
              at(on, random),
              who,
              60 + random.nextInt(60),
              random,
              checklist,
              LATE.get(random.nextInt(LATE.size())));
        } else {
          complete(
              row,
              WorkOrderStatus.CANCELLED,
              at(windowEnds, random),
              null,
              null,
              random,
              List.of(),
              MISSED.get(random.nextInt(MISSED.size())));
        }
        rows.add(row);
      }
    }
    // Faults: about one a year for every six devices, a third of them taking the device down.
    for (long[] device : devices) {
      if (random.nextInt(3) > 0) {
        continue;
      }
      Instant opened = now.minusSeconds(60L * (60 + random.nextInt(60 * 24 * 700)));
      boolean down = random.nextInt(3) == 0;
      Object[] row = new Object[COLUMN_COUNT];
      Arrays.fill(row, null);
      row[0] = tenant;
      row[1] = WorkOrderKind.CORRECTIVE.name();
      row[2] = device[0];
      row[3] = biomed;
      row[4] = pick(technicians, random);
      row[5] = WorkOrderStatus.OPEN.name();
      row[6] = FAULTS.get(random.nextInt(FAULTS.size()));
      row[10] = down;
      row[11] = Timestamp.from(opened);
      row[20] = Timestamp.from(opened);
      row[21] = Timestamp.from(opened);
      row[22] = 0L;
      Instant closed = opened.plusSeconds(60L * (30 + random.nextInt(60 * 24 * (down ? 10 : 3))));
      if (closed.isBefore(now.minusSeconds(3_600))) {
        boolean duplicated = random.nextInt(5) > 0;
        complete(
            row,
            duplicated ? WorkOrderStatus.DONE : WorkOrderStatus.COULD_NOT_DUPLICATE,
            closed,
            (Long) row[4],
            30 + random.nextInt(duplicated ? 240 : 45),
            random,
            List.of(),
            null);
        row[18] = duplicated ? "Replaced the faulty part and tested" : "Ran for an hour; no alarm";
        if (duplicated && random.nextInt(3) == 0) {
          row[15] = BigDecimal.valueOf(2_000 + random.nextInt(120_000), 2);
          row[16] = "Replacement part";
        }
      }
      rows.add(row);
    }
    insert(context, rows);
  }

  private static void unit(DemoContext context, String site, String unit, String calendar)
      throws SQLException {
    context.execute(
        "INSERT INTO clinical_units (tenant_id, site, unit, busy_calendar_id, updated_at)"
            + " VALUES (?,?,?,?,?)",
        context.tenantId(),
        site,
        unit,
        context.id("calendar", calendar),
        Timestamp.from(context.now()));
  }

  /** Maintained devices in service; {@code all} gets every device not retired, as {id}. */
  private static List<Maintained> maintained(DemoContext context, long tenant, List<long[]> all)
      throws SQLException {
    List<Maintained> maintained = new ArrayList<>();
    try (PreparedStatement s =
        context
            .connection()
            .prepareStatement(
                "SELECT d.id, m.manufacturer, m.model, m.pm_interval_months, d.acquired_on,"
                    + " m.pm_procedure FROM devices d JOIN device_models m ON m.id = d.model_id"
                    + " WHERE d.tenant_id = ? AND d.status <> 'RETIRED' ORDER BY d.id")) {
      JdbcRows.bindAll(s, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(new long[] {r.getLong(1)});
          int interval = r.getInt(4);
          if (!r.wasNull()) {
            maintained.add(
                new Maintained(
                    r.getLong(1),
                    r.getString(2) + " " + r.getString(3),
                    interval,
                    r.getDate(5).toLocalDate(),
                    r.getString(6)));
          }
        }
      }
    }
    return maintained;
  }

  private static Object[] pm(
      long tenant,
      Maintained device,
      LocalDate due,
      LocalDate windowEnds,
      long group,
      Long assignee,
      Instant now) {
    Instant opened = due.withDayOfMonth(1).minusDays(30).atStartOfDay(ZONE).toInstant();
    opened = opened.isAfter(now) ? now : opened;
    Object[] row = new Object[COLUMN_COUNT];
    row[0] = tenant;
    row[1] = WorkOrderKind.PREVENTIVE.name();
    row[2] = device.id();
    row[3] = group;
    row[4] = assignee;
    row[5] = WorkOrderStatus.OPEN.name();
    row[6] = "Preventive maintenance: " + device.model();
    row[7] = java.sql.Date.valueOf(due);
    row[8] = java.sql.Date.valueOf(windowEnds);
    row[9] = java.sql.Date.valueOf(due);
    row[10] = false;
    row[11] = Timestamp.from(opened);
    row[20] = Timestamp.from(opened);
    row[21] = Timestamp.from(opened);
    row[22] = 0L;
    return row;
  }

  private void complete(
      Object[] row,
      WorkOrderStatus outcome,
      Instant at,
      Long who,
      Integer minutes,
      Random random,
      List<String> checklist,
      String reason) {
    row[5] = outcome.name();
    row[12] = Timestamp.from(at);
    row[13] = who;
    row[14] = minutes;
    if (!checklist.isEmpty()) {
      List<WorkOrderApi.Check> checks =
          checklist.stream()
              .map(
                  item ->
                      new WorkOrderApi.Check(
                          item,
                          random.nextInt(50) == 0
                              ? WorkOrderApi.CheckResult.NA
                              : WorkOrderApi.CheckResult.PASS,
                          null))
              .toList();
      try {
        row[17] = json.writeValueAsString(checks);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    row[19] = reason;
    row[21] = Timestamp.from(at);
  }

  private static Instant at(LocalDate day, Random random) {
    return day.atTime(LocalTime.of(8 + random.nextInt(8), random.nextInt(4) * 15))
        .atZone(ZONE)
        .toInstant();
  }

  private static LocalDate workday(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY
        ? day.minusDays(1)
        : weekday == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }

  private static Long pick(List<Long> people, Random random) {
    return people.isEmpty() ? null : people.get(random.nextInt(people.size()));
  }

  private static void insert(DemoContext context, List<Object[]> rows) throws SQLException {
    for (List<Object[]> run : SqlRows.runs(rows)) {
      try (PreparedStatement s =
          context
              .connection()
              .prepareStatement(
                  "INSERT INTO work_orders ("
                      + COLUMNS
                      + ") VALUES "
                      + SqlRows.values(run.size(), COLUMN_COUNT))) {
        List<Object> parameters = new ArrayList<>(run.size() * COLUMN_COUNT);
        for (Object[] row : run) {
          parameters.addAll(Arrays.asList(row));
        }
        JdbcRows.bindAll(s, parameters);
        s.executeUpdate();
      }
    }
  }
}
