package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.StaffDirectory;
import org.medley.coverage.StaffNames;
import org.medley.desk.MailDesk;
import org.medley.desk.SupportGroupNames;
import org.medley.device.DeviceStatus;
import org.medley.device.PmTimeliness;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.market.Engagements;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Work orders on devices: the lists, a fault reported, the work done or called off, who does it;
 * and the HTM settings they follow. Each call is its own transaction. An HTM partner's people see
 * and work only the orders of devices under their engagement ({@link DeviceAccess}), and name only
 * their own organisation's people.
 */
@Singleton
class WorkOrderService {

  static final BigDecimal DEFAULT_LABOR_RATE = new BigDecimal("85.00");
  static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

  private final WorkOrderStore store;
  private final Engagements engagements;
  private final Hospitals hospitals;
  private final StaffDirectory staff;
  private final StaffNames staffNames;
  private final SupportGroupNames groups;
  private final Accounts accounts;
  private final MailDesk tickets;
  private final CalendarDirectory calendars;
  private final JsonMapper json;
  private final Clock clock;

  WorkOrderService(
      WorkOrderStore store,
      Engagements engagements,
      Hospitals hospitals,
      StaffDirectory staff,
      StaffNames staffNames,
      SupportGroupNames groups,
      Accounts accounts,
      MailDesk tickets,
      CalendarDirectory calendars,
      JsonMapper json,
      Clock clock) {
    this.store = store;
    this.engagements = engagements;
    this.hospitals = hospitals;
    this.staff = staff;
    this.staffNames = staffNames;
    this.groups = groups;
    this.accounts = accounts;
    this.tickets = tickets;
    this.calendars = calendars;
    this.json = json;
    this.clock = clock;
  }

  LocalDate today(long tenant) {
    return LocalDate.ofInstant(clock.instant(), hospitals.zone(tenant));
  }

  // ---- reads

  @ReadOnly
  WorkOrderApi.Page<WorkOrderApi.WorkOrderView> list(
      Caller caller,
      WorkOrderStore.Filter filter,
      String sort,
      boolean descending,
      int page,
      int size) {
    LocalDate today = today(caller.tenantId());
    WorkOrderApi.Page<WorkOrderStore.Row> rows =
        store.list(access(caller), filter, today, sort, descending, page, size);
    return new WorkOrderApi.Page<>(
        views(caller.tenantId(), rows.items(), today), page, size, rows.total());
  }

  @ReadOnly
  WorkOrderApi.WorkOrderView get(Caller caller, long id) {
    return views(caller.tenantId(), List.of(row(caller, id)), today(caller.tenantId())).get(0);
  }

  @ReadOnly
  WorkOrderApi.Summary summary(Caller caller) {
    long tenant = caller.tenantId();
    DeviceAccess access = access(caller);
    LocalDate today = today(tenant);
    List<WorkOrderApi.Workload> sites = new ArrayList<>(store.workloads(access, today, true));
    List<WorkOrderApi.Workload> people = store.workloads(access, today, false);
    Map<Long, String> names =
        staffNames.names(
            tenant,
            people.stream().map(WorkOrderApi.Workload::id).filter(Objects::nonNull).toList());
    List<WorkOrderApi.Workload> technicians = new ArrayList<>();
    for (WorkOrderApi.Workload load : people) {
      String name =
          load.id() == null ? "Unassigned" : names.getOrDefault(load.id(), "#" + load.id());
      technicians.add(
          new WorkOrderApi.Workload(
              load.id(), name, load.overdue(), load.dueThisWeek(), load.open()));
    }
    java.util.Comparator<WorkOrderApi.Workload> worstFirst =
        java.util.Comparator.comparingLong(WorkOrderApi.Workload::overdue)
            .thenComparingLong(WorkOrderApi.Workload::dueThisWeek)
            .reversed()
            .thenComparing(WorkOrderApi.Workload::name);
    sites.sort(worstFirst);
    technicians.sort(worstFirst);
    return new WorkOrderApi.Summary(sites, technicians);
  }

  // ---- writes

  @Transactional
  WorkOrderApi.WorkOrderView reportFault(Caller caller, WorkOrderApi.CorrectiveInput input) {
    long tenant = caller.tenantId();
    DeviceAccess access = access(caller);
    if (input.deviceId() == null && blank(input.assetTag())) {
      throw Refused.invalid("assetTag", "name the device: its asset tag (typed or scanned) or id");
    }
    long deviceId =
        store
            .deviceId(access, input.deviceId(), input.assetTag())
            .orElseThrow(
                () ->
                    input.deviceId() != null
                        ? Refused.notFound("deviceId", "no device " + input.deviceId() + " here")
                        : Refused.notFound(
                            "assetTag", "no device with asset tag " + input.assetTag().strip()));
    Long ticketId = null;
    String ticketNumber = null;
    if (!blank(input.ticketNumber())) {
      MailDesk.TicketRef ticket =
          tickets
              .byNumber(tenant, input.ticketNumber().strip())
              .orElseThrow(
                  () ->
                      Refused.notFound(
                          "ticketNumber", "no ticket " + input.ticketNumber().strip()));
      ticketId = ticket.id();
      ticketNumber = ticket.number();
    }
    String summary = blank(input.summary()) ? null : input.summary().strip();
    if (summary == null) {
      throw Refused.invalid("summary", "required: what is wrong, as reported");
    }
    Long assignee =
        input.assigneeId() == null ? null : checkedStaff(caller, input.assigneeId(), "assigneeId");
    boolean down = Boolean.TRUE.equals(input.deviceDown());
    Instant now = clock.instant();
    Long biomed = store.settings(tenant).map(WorkOrderApi.Settings::biomedGroupId).orElse(null);
    long id =
        store.insert(
            tenant,
            new WorkOrderStore.NewOrder(
                WorkOrderKind.CORRECTIVE,
                deviceId,
                ticketId,
                ticketNumber,
                biomed,
                assignee,
                summary,
                input.dueOn(),
                null,
                null,
                null,
                false,
                down),
            now);
    if (down) {
      store.updateDevice(tenant, deviceId, DeviceStatus.OUT_FOR_REPAIR, null, now);
    }
    return get(caller, id);
  }

  @Transactional
  WorkOrderApi.WorkOrderView complete(Caller caller, long id, WorkOrderApi.CompletionInput input) {
    long tenant = caller.tenantId();
    WorkOrderStore.Row order = openRow(caller, id, input.version());
    Instant now = clock.instant();
    ZoneId zone = hospitals.zone(tenant);
    List<Problem.FieldError> problems = new ArrayList<>();
    WorkOrderStatus outcome = input.outcome() == null ? WorkOrderStatus.DONE : input.outcome();
    if (outcome == WorkOrderStatus.OPEN || outcome == WorkOrderStatus.CANCELLED) {
      problems.add(
          new Problem.FieldError("outcome", "DONE or COULD_NOT_DUPLICATE (cancel calls work off)"));
    } else if (outcome == WorkOrderStatus.COULD_NOT_DUPLICATE
        && order.kind() != WorkOrderKind.CORRECTIVE) {
      problems.add(
          new Problem.FieldError("outcome", "could not duplicate is for a reported fault"));
    }
    Instant completedAt = input.completedAt() == null ? now : input.completedAt();
    if (completedAt.isAfter(now.plusSeconds(60))) {
      problems.add(new Problem.FieldError("completedAt", "must not be in the future"));
    } else if (completedAt.isBefore(order.openedAt().minusSeconds(60 * 60 * 24 * 366L))) {
      problems.add(
          new Problem.FieldError("completedAt", "more than a year before the order was opened"));
    }
    if (input.laborMinutes() == null) {
      problems.add(new Problem.FieldError("laborMinutes", "required: the technician time spent"));
    }
    BigDecimal partsCost = input.partsCost();
    if (partsCost != null
        && (partsCost.signum() < 0
            || partsCost.compareTo(MAX_COST) > 0
            || partsCost.stripTrailingZeros().scale() > 2)) {
      problems.add(new Problem.FieldError("partsCost", "from 0 to 9,999,999,999.99, in cents"));
    }
    String note = blank(input.note()) ? null : input.note().strip();
    String reason = blank(input.reason()) ? null : input.reason().strip();
    List<WorkOrderApi.Check> checklist = List.of();
    if (order.kind() == WorkOrderKind.PREVENTIVE) {
      checklist = checklist(procedure(order.pmProcedure()), input.checklist(), problems);
      if (note == null
          && checklist.stream().anyMatch(c -> c.result() == WorkOrderApi.CheckResult.FAIL)) {
        problems.add(
            new Problem.FieldError(
                "note", "required when an item failed: what was found and done"));
      }
      LocalDate completedOn = LocalDate.ofInstant(completedAt, zone);
      if (order.windowEndsOn() != null
          && completedOn.isAfter(order.windowEndsOn())
          && reason == null) {
        problems.add(
            new Problem.FieldError(
                "reason",
                "required: the window ended " + order.windowEndsOn() + "; say why it is late"));
      }
    } else if (input.checklist() != null && !input.checklist().isEmpty()) {
      checklist = checklist(null, input.checklist(), problems);
    }
    if (outcome == WorkOrderStatus.COULD_NOT_DUPLICATE && note == null) {
      problems.add(new Problem.FieldError("note", "required: what was tried"));
    }
    String firmware = blank(input.firmware()) ? null : input.firmware().strip();
    if (firmware != null && order.kind() != WorkOrderKind.REMEDIATION) {
      problems.add(
          new Problem.FieldError("firmware", "only recorded when remediating an advisory"));
    }
    if (!problems.isEmpty()) {
      throw Refused.invalid(problems);
    }
    Long completedBy =
        input.completedById() != null
            ? checkedStaff(caller, input.completedById(), "completedById")
            : staff.staffIdOf(tenant, accounts.accountId(caller)).orElse(null);
    WorkOrderStore.Completion completion =
        new WorkOrderStore.Completion(
            outcome,
            completedAt,
            completedBy,
            input.laborMinutes(),
            partsCost == null ? null : partsCost.setScale(2, RoundingMode.UNNECESSARY),
            blank(input.parts()) ? null : input.parts().strip(),
            checklist.isEmpty() ? null : write(checklist),
            note,
            reason);
    if (!store.complete(tenant, id, input.version(), completion, now)) {
      throw Refused.conflict("version", "someone changed this work order since; reload it");
    }
    boolean backInService =
        order.deviceDown()
            && order.deviceStatus() == DeviceStatus.OUT_FOR_REPAIR
            && !store.otherOpenDownOrders(tenant, order.device().id(), id);
    if (backInService || firmware != null) {
      store.updateDevice(
          tenant,
          order.device().id(),
          backInService ? DeviceStatus.IN_SERVICE : order.deviceStatus(),
          firmware,
          now);
    }
    return get(caller, id);
  }

  @Transactional
  WorkOrderApi.WorkOrderView cancel(Caller caller, long id, WorkOrderApi.CancelInput input) {
    long tenant = caller.tenantId();
    WorkOrderStore.Row order = openRow(caller, id, input.version());
    if (blank(input.reason())) {
      throw Refused.invalid("reason", "required: why the work is not done (surveys ask)");
    }
    Instant now = clock.instant();
    WorkOrderStore.Completion cancelled =
        new WorkOrderStore.Completion(
            WorkOrderStatus.CANCELLED,
            now,
            null,
            null,
            null,
            null,
            null,
            null,
            input.reason().strip());
    if (!store.complete(tenant, id, input.version(), cancelled, now)) {
      throw Refused.conflict("version", "someone changed this work order since; reload it");
    }
    if (order.deviceDown()
        && order.deviceStatus() == DeviceStatus.OUT_FOR_REPAIR
        && !store.otherOpenDownOrders(tenant, order.device().id(), id)) {
      store.updateDevice(tenant, order.device().id(), DeviceStatus.IN_SERVICE, null, now);
    }
    return get(caller, id);
  }

  @Transactional
  WorkOrderApi.WorkOrderView assign(Caller caller, long id, WorkOrderApi.AssignInput input) {
    openRow(caller, id, input.version());
    Long assignee =
        input.assigneeId() == null ? null : checkedStaff(caller, input.assigneeId(), "assigneeId");
    if (!store.assign(caller.tenantId(), id, input.version(), assignee, clock.instant())) {
      throw Refused.conflict("version", "someone changed this work order since; reload it");
    }
    return get(caller, id);
  }

  // ---- settings

  @ReadOnly
  WorkOrderApi.Settings settings(Caller caller) {
    return settings(caller.tenantId());
  }

  WorkOrderApi.Settings settings(long tenant) {
    WorkOrderApi.Settings stored =
        store
            .settings(tenant)
            .orElse(new WorkOrderApi.Settings(null, null, null, DEFAULT_LABOR_RATE));
    return stored;
  }

  @Transactional
  WorkOrderApi.Settings saveSettings(Caller caller, WorkOrderApi.Settings input) {
    long tenant = caller.tenantId();
    List<Problem.FieldError> problems = new ArrayList<>();
    Set<Long> named = new HashSet<>();
    if (input.biomedGroupId() != null) {
      named.add(input.biomedGroupId());
    }
    if (input.itGroupId() != null) {
      named.add(input.itGroupId());
    }
    Map<Long, String> known = groups.names(tenant, named);
    if (input.biomedGroupId() != null && !known.containsKey(input.biomedGroupId())) {
      problems.add(
          new Problem.FieldError(
              "biomedGroupId", "no support group " + input.biomedGroupId() + " here"));
    }
    if (input.itGroupId() != null && !known.containsKey(input.itGroupId())) {
      problems.add(
          new Problem.FieldError("itGroupId", "no support group " + input.itGroupId() + " here"));
    }
    if (input.workCalendarId() != null && !calendars.exists(tenant, input.workCalendarId())) {
      problems.add(
          new Problem.FieldError(
              "workCalendarId", "no calendar " + input.workCalendarId() + " here"));
    }
    BigDecimal rate = input.laborRate() == null ? DEFAULT_LABOR_RATE : input.laborRate();
    if (rate.signum() < 0
        || rate.compareTo(new BigDecimal("999999.99")) > 0
        || rate.stripTrailingZeros().scale() > 2) {
      problems.add(new Problem.FieldError("laborRate", "from 0 to 999,999.99 per hour, in cents"));
    }
    if (!problems.isEmpty()) {
      throw Refused.invalid(problems);
    }
    WorkOrderApi.Settings settings =
        new WorkOrderApi.Settings(
            input.biomedGroupId(),
            input.itGroupId(),
            input.workCalendarId(),
            rate.setScale(2, RoundingMode.UNNECESSARY));
    store.saveSettings(tenant, settings, clock.instant());
    return settings;
  }

  @ReadOnly
  List<WorkOrderApi.ClinicalUnit> units(Caller caller) {
    return store.units(caller.tenantId());
  }

  @Transactional
  WorkOrderApi.ClinicalUnit saveUnit(Caller caller, WorkOrderApi.ClinicalUnit unit) {
    long tenant = caller.tenantId();
    List<Problem.FieldError> problems = new ArrayList<>();
    if (blank(unit.site())) {
      problems.add(new Problem.FieldError("site", "required"));
    }
    if (blank(unit.unit())) {
      problems.add(new Problem.FieldError("unit", "required"));
    }
    if (unit.busyCalendarId() != null && !calendars.exists(tenant, unit.busyCalendarId())) {
      problems.add(
          new Problem.FieldError(
              "busyCalendarId", "no calendar " + unit.busyCalendarId() + " here"));
    }
    if (!problems.isEmpty()) {
      throw Refused.invalid(problems);
    }
    WorkOrderApi.ClinicalUnit saved =
        new WorkOrderApi.ClinicalUnit(
            unit.site().strip(), unit.unit().strip(), unit.busyCalendarId());
    store.saveUnit(tenant, saved.site(), saved.unit(), saved.busyCalendarId(), clock.instant());
    return saved;
  }

  // ---- helpers

  DeviceAccess access(Caller caller) {
    return DeviceAccess.of(caller, engagements);
  }

  private WorkOrderStore.Row row(Caller caller, long id) {
    return store
        .find(access(caller), id)
        .orElseThrow(() -> Refused.notFound("id", "no work order " + id));
  }

  private WorkOrderStore.Row openRow(Caller caller, long id, @Nullable Long version) {
    WorkOrderStore.Row order = row(caller, id);
    if (version == null) {
      throw Refused.invalid("version", "required: the version last read");
    }
    if (order.status().closed()) {
      throw Refused.conflict("status", "work order " + id + " is already " + order.status());
    }
    return order;
  }

  /** A person of the tenant; for a partner's caller, one of the partner's own people. */
  private Long checkedStaff(Caller caller, long staffId, String field) {
    Long employer = staff.employers(caller.tenantId(), List.of(staffId)).get(staffId);
    boolean partner = access(caller).engagementIds() != null;
    if (employer == null || (partner && employer != caller.organizationId())) {
      throw Refused.notFound(field, "no staff member " + staffId + " you can name");
    }
    return staffId;
  }

  /** The procedure's items: each non-blank line of the model's PM procedure. */
  static List<String> procedure(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(200).toList();
  }

  /**
   * The checklist as given, held to the procedure: each item answered once, nothing else (when
   * there is a procedure).
   */
  private static List<WorkOrderApi.Check> checklist(
      @Nullable List<String> procedure,
      @Nullable List<WorkOrderApi.Check> given,
      List<Problem.FieldError> problems) {
    List<WorkOrderApi.Check> checks = given == null ? List.of() : given;
    List<WorkOrderApi.Check> tidy = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < checks.size(); i++) {
      WorkOrderApi.Check check = checks.get(i);
      String field = "checklist[" + i + "]";
      if (check == null || blank(check.item()) || check.result() == null) {
        problems.add(
            new Problem.FieldError(field, "needs an item and a result (PASS, FAIL or NA)"));
        continue;
      }
      String item = check.item().strip();
      if (procedure != null && !procedure.isEmpty() && !procedure.contains(item)) {
        problems.add(
            new Problem.FieldError(field + ".item", "not an item of this model's procedure"));
      } else if (!seen.add(item)) {
        problems.add(new Problem.FieldError(field + ".item", "answered twice"));
      }
      tidy.add(
          new WorkOrderApi.Check(
              item, check.result(), blank(check.reading()) ? null : check.reading().strip()));
    }
    if (procedure != null) {
      for (String item : procedure) {
        if (!seen.contains(item)) {
          problems.add(new Problem.FieldError("checklist", "no result for \"" + item + "\""));
        }
      }
    }
    return tidy;
  }

  private List<WorkOrderApi.WorkOrderView> views(
      long tenant, List<WorkOrderStore.Row> rows, LocalDate today) {
    Set<Long> people = new HashSet<>();
    Set<Long> groupIds = new HashSet<>();
    for (WorkOrderStore.Row row : rows) {
      if (row.assigneeId() != null) {
        people.add(row.assigneeId());
      }
      if (row.completedBy() != null) {
        people.add(row.completedBy());
      }
      if (row.groupId() != null) {
        groupIds.add(row.groupId());
      }
    }
    Map<Long, String> names = staffNames.names(tenant, people);
    Map<Long, String> groupNames = groups.names(tenant, groupIds);
    ZoneId zone = hospitals.zone(tenant);
    return rows.stream().map(row -> view(row, names, groupNames, today, zone)).toList();
  }

  private WorkOrderApi.WorkOrderView view(
      WorkOrderStore.Row r,
      Map<Long, String> names,
      Map<Long, String> groupNames,
      LocalDate today,
      ZoneId zone) {
    PmTimeliness timeliness =
        r.kind() == WorkOrderKind.PREVENTIVE && r.windowEndsOn() != null
            ? PmTimeliness.of(
                r.status(),
                r.windowEndsOn(),
                r.completedAt() == null ? null : LocalDate.ofInstant(r.completedAt(), zone),
                today)
            : null;
    List<WorkOrderApi.Check> checklist =
        r.checklist() != null
            ? read(r.checklist())
            : r.kind() == WorkOrderKind.PREVENTIVE && r.status() == WorkOrderStatus.OPEN
                ? procedure(r.pmProcedure()).stream()
                    .map(item -> new WorkOrderApi.Check(item, null, null))
                    .toList()
                : List.of();
    return new WorkOrderApi.WorkOrderView(
        r.id(),
        "WO-" + r.id(),
        r.kind(),
        r.status(),
        r.summary(),
        r.device(),
        r.ticketId(),
        r.ticketNumber(),
        r.advisoryId(),
        r.groupId(),
        r.groupId() == null ? null : groupNames.get(r.groupId()),
        r.assigneeId(),
        r.assigneeId() == null ? null : names.get(r.assigneeId()),
        r.dueOn(),
        r.windowEndsOn(),
        timeliness,
        r.status() == WorkOrderStatus.OPEN && r.dueOn() != null && r.dueOn().isBefore(today),
        r.plannedStart(),
        r.plannedEnd(),
        r.inBusyHours(),
        r.deviceDown(),
        r.openedAt(),
        r.completedAt(),
        r.completedBy(),
        r.completedBy() == null ? null : names.get(r.completedBy()),
        r.laborMinutes(),
        r.partsCost(),
        r.parts(),
        checklist,
        r.note(),
        r.reason(),
        r.version());
  }

  private String write(List<WorkOrderApi.Check> checklist) {
    try {
      return json.writeValueAsString(checklist);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<WorkOrderApi.Check> read(String text) {
    try {
      return json.readValue(text, Argument.listOf(WorkOrderApi.Check.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
