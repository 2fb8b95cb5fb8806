package org.medley.device.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.IntervalSpec;
import org.medley.demo.DemoServing;
import org.medley.desk.SupportGroupNames;
import org.medley.device.WorkOrderKind;
import org.medley.identity.Hospitals;
import org.medley.platform.FailedTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each maintained device's due days into preventive work orders ({@link PmPlan}): one order
 * per device and due day, for the biomed group, with the slot the plan chose. Idempotent: a due day
 * already planned (by an earlier run or another node) is skipped by its unique key, so the
 * scheduled run and a leader's "plan now" never double up.
 */
@Singleton
class PmPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(PmPlanner.class);

  /** How long a preventive visit is planned for; models do not state a duration yet. */
  static final Duration VISIT = Duration.ofHours(1);

  /** The furthest a leader may plan ahead. */
  static final int MAX_DAYS_AHEAD = 731;

  private final WorkOrderStore store;
  private final WorkOrderService service;
  private final CalendarDirectory calendars;
  private final SupportGroupNames groups;
  private final Hospitals hospitals;
  private final Clock clock;
  private final int daysAhead;
  private final FailedTurns failures = new FailedTurns(LOG, "preventive maintenance planning");

  PmPlanner(
      WorkOrderStore store,
      WorkOrderService service,
      CalendarDirectory calendars,
      SupportGroupNames groups,
      Hospitals hospitals,
      Clock clock,
      @Value("${medley.htm.pm-days-ahead:90}") int daysAhead) {
    this.store = store;
    this.service = service;
    this.calendars = calendars;
    this.groups = groups;
    this.hospitals = hospitals;
    this.clock = clock;
    this.daysAhead = daysAhead;
  }

  /** Keeps every hospital's plan {@code medley.htm.pm-days-ahead} days ahead. */
  @Scheduled(
      initialDelay = "${medley.htm.pm-plan-delay:2m}",
      fixedDelay = "${medley.htm.pm-plan-interval:6h}")
  void planAll() {
    try {
      for (long tenant : hospitals.tenants()) {
        plan(tenant, service.today(tenant).plusDays(daysAhead));
      }
      failures.worked();
    } catch (RuntimeException e) {
      failures.failed("the next run", e);
    }
  }

  /** The demo hospital shows its plan from the first minute, not after the first run. */
  @EventListener
  void onSeeded(DemoServing event) {
    planAll();
  }

  /** Plans the tenant's preventive maintenance due up to {@code through}. */
  @Transactional
  WorkOrderApi.PlanResult plan(long tenant, LocalDate through) {
    long started = System.nanoTime();
    Instant now = clock.instant();
    ZoneId zone = hospitals.zone(tenant);
    LocalDate today = LocalDate.ofInstant(now, zone);
    WorkOrderApi.Settings settings = service.settings(tenant);
    BusinessCalendar work = workHours(tenant, settings, zone);
    Map<String, BusinessCalendar> busy = new HashMap<>();
    for (WorkOrderApi.ClinicalUnit unit : store.units(tenant)) {
      calendars
          .calendar(tenant, unit.busyCalendarId())
          .ifPresent(c -> busy.put(unitKey(unit.site(), unit.unit()), c.calendar()));
    }
    Set<String> planned = store.plannedDues(tenant, today.withDayOfMonth(1));
    // Devices in one unit share their slots: one plan per unit and window, not per device.
    Map<String, PmPlan.Slot> slots = new HashMap<>();
    List<WorkOrderStore.NewOrder> orders = new ArrayList<>();
    int[] counts = new int[4]; // devices, already planned, in busy hours, no slot
    store.forEachPlannable(
        tenant,
        device -> {
          counts[0]++;
          for (PmPlan.Due due :
              PmPlan.dues(device.anchor(), device.intervalMonths(), today, through)) {
            if (planned.contains(device.id() + "|" + due.dueOn())) {
              counts[1]++;
              continue;
            }
            String key = unitKey(device.site(), device.unit());
            BusinessCalendar unitBusy = busy.get(key);
            PmPlan.Slot slot =
                slots.computeIfAbsent(
                    key + "|" + due.windowEndsOn(),
                    k -> PmPlan.slot(due, zone, work, unitBusy, now, VISIT));
            if (slot == null) {
              counts[3]++;
            } else if (slot.inBusyHours()) {
              counts[2]++;
            }
            orders.add(
                new WorkOrderStore.NewOrder(
                    WorkOrderKind.PREVENTIVE,
                    device.id(),
                    null,
                    null,
                    settings.biomedGroupId(),
                    null,
                    "Preventive maintenance: " + device.model(),
                    due.dueOn(),
                    due.windowEndsOn(),
                    slot == null ? null : slot.start(),
                    slot == null ? null : slot.end(),
                    slot != null && slot.inBusyHours(),
                    false));
          }
        });
    long computed = System.nanoTime();
    int created = store.insertPreventive(tenant, orders, now);
    LOG.info(
        "Planned preventive maintenance of tenant {} through {}: {} new orders for {} devices in {}"
            + " ms ({} ms reading and planning, {} ms writing)",
        tenant,
        through,
        created,
        counts[0],
        (System.nanoTime() - started) / 1_000_000,
        (computed - started) / 1_000_000,
        (System.nanoTime() - computed) / 1_000_000);
    return new WorkOrderApi.PlanResult(
        through, counts[0], created, counts[1] + orders.size() - created, counts[2], counts[3]);
  }

  /**
   * The technicians' hours for planned work: the settings' work calendar, else the biomed group's
   * calendar, else weekdays 08:00-17:00 in the hospital's zone.
   */
  private BusinessCalendar workHours(long tenant, WorkOrderApi.Settings settings, ZoneId zone) {
    if (settings.workCalendarId() != null) {
      return calendars.byId(settings.workCalendarId());
    }
    Long groupId = settings.biomedGroupId();
    if (groupId != null) {
      Long calendarId = groups.calendars(tenant, List.of(groupId)).get(groupId);
      if (calendarId != null) {
        return calendars.byId(calendarId);
      }
    }
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekday = day.getValue() <= 5;
      week.put(day.name(), weekday ? List.of(new IntervalSpec("08:00", "17:00")) : List.of());
    }
    return BusinessCalendar.of(new CalendarSpec("Biomed shop", zone.getId(), week, List.of()));
  }

  private static String unitKey(String site, String unit) {
    return site + "\u0000" + (unit == null ? "" : unit);
  }
}
