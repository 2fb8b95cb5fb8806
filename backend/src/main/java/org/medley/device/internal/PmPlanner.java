package org.medley.device.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.medley.calendar.BusinessCalendar;
import org.medley.calendar.CalendarDirectory;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.IntervalSpec;
import org.medley.demo.DemoServing;
import org.medley.desk.SupportGroupNames;
import org.medley.device.WorkOrderKind;
import org.medley.identity.Hospitals;
import org.medley.platform.Detached;
import org.medley.platform.FailedTurns;
import org.medley.platform.Futures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each maintained device's due days into preventive work orders ({@link PmPlan}): one order
 * per device and due day, for the biomed group, with the slot the plan chose. Idempotent: a due day
 * already planned (by an earlier run or another node) is skipped by its unique key, so the
 * scheduled run and a leader's "plan now" never double up. So a large plan is written in two
 * transactions at once, one per half of the devices: a run that fails half-way leaves orders the
 * next run does not repeat.
 */
@Singleton
class PmPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(PmPlanner.class);

  /** How long a preventive visit is planned for; models do not state a duration yet. */
  static final Duration VISIT = Duration.ofHours(1);

  /** The furthest a leader may plan ahead. */
  static final int MAX_DAYS_AHEAD = 731;

  /**
   * From how many new orders a plan is written by two connections at once: the database's index
   * work is the plan's cost, and one connection keeps one of the server's cores busy.
   */
  static final int PARALLEL_FROM = 10_000;

  private final WorkOrderStore store;
  private final WorkOrderService service;
  private final CalendarDirectory calendars;
  private final SupportGroupNames groups;
  private final Hospitals hospitals;
  private final Clock clock;
  private final TransactionOperations<Connection> tx;
  private final Executor writers;
  private final int daysAhead;
  private final FailedTurns failures = new FailedTurns(LOG, "preventive maintenance planning");

  PmPlanner(
      WorkOrderStore store,
      WorkOrderService service,
      CalendarDirectory calendars,
      SupportGroupNames groups,
      Hospitals hospitals,
      Clock clock,
      TransactionOperations<Connection> tx,
      @Named(TaskExecutors.BLOCKING) ExecutorService executor,
      @Value("${medley.htm.pm-days-ahead:90}") int daysAhead) {
    this.store = store;
    this.service = service;
    this.calendars = calendars;
    this.groups = groups;
    this.hospitals = hospitals;
    this.clock = clock;
    this.tx = tx;
    this.writers = Detached.executor(executor);
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

  /** What a plan adds: the new orders, in device order, and what it counted on the way. */
  private record Planned(
      List<WorkOrderStore.NewOrder> orders,
      int devices,
      int alreadyPlanned,
      int inBusyHours,
      int noSlot,
      long readMs,
      long planMs) {}

  /** Plans the tenant's preventive maintenance due up to {@code through}. */
  WorkOrderApi.PlanResult plan(long tenant, LocalDate through) {
    long started = System.nanoTime();
    Instant now = clock.instant();
    Planned planned = tx.executeRead(status -> orders(tenant, through, now));
    long computed = System.nanoTime();
    int created = write(tenant, planned.orders(), now);
    LOG.info(
        "Planned preventive maintenance of tenant {} through {}: {} new orders for {} devices in {}"
            + " ms ({} ms reading what is planned, {} ms reading devices and planning, {} ms"
            + " writing)",
        tenant,
        through,
        created,
        planned.devices(),
        (System.nanoTime() - started) / 1_000_000,
        planned.readMs(),
        planned.planMs(),
        (System.nanoTime() - computed) / 1_000_000);
    List<WorkOrderStore.NewOrder> orders = planned.orders();
    return new WorkOrderApi.PlanResult(
        through,
        planned.devices(),
        created,
        planned.alreadyPlanned() + orders.size() - created,
        planned.inBusyHours(),
        planned.noSlot());
  }

  private Planned orders(long tenant, LocalDate through, Instant now) {
    long started = System.nanoTime();
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
    long read = System.nanoTime();
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
    // In device order, each index keyed by device (the PM key, the history, the advisory keys) is
    // written in one sweep instead of one random page per order: the devices query returns them
    // in whatever order its plan reads, and with the table larger than the buffer pool that cost
    // a page read per index per order (docs/benchmarks.md, "Work orders").
    orders.sort(
        Comparator.comparingLong(WorkOrderStore.NewOrder::deviceId)
            .thenComparing(WorkOrderStore.NewOrder::dueOn));
    return new Planned(
        orders,
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        (read - started) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000);
  }

  /**
   * Writes the orders, a large plan's two halves (by device) in two transactions at once; returns
   * how many were new.
   */
  private int write(long tenant, List<WorkOrderStore.NewOrder> orders, Instant now) {
    if (orders.size() < PARALLEL_FROM) {
      return tx.executeWrite(status -> store.insertPreventive(tenant, orders, now));
    }
    int half = orders.size() / 2;
    CompletableFuture<Integer> first =
        CompletableFuture.supplyAsync(
            () ->
                tx.executeWrite(
                    status -> store.insertPreventive(tenant, orders.subList(0, half), now)),
            writers);
    int second =
        tx.executeWrite(
            status -> store.insertPreventive(tenant, orders.subList(half, orders.size()), now));
    return Futures.join(first) + second;
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
