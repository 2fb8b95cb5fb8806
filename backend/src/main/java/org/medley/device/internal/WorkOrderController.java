package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Refused;

/**
 * Work orders on devices: the due and overdue lists, a fault reported, the work done. Technicians
 * (agents and an HTM partner's agents, the partner only on its engagement's devices) work them;
 * leaders and administrators also plan preventive maintenance; executives read.
 */
@Controller("/api/work-orders")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.AGENT,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "work orders")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class WorkOrderController {

  static final String DUE = "^(overdue|today|week|month)$";
  static final String KIND = "^(CORRECTIVE|PREVENTIVE|REMEDIATION)$";
  static final String STATUS = "^(OPEN|DONE|COULD_NOT_DUPLICATE|CANCELLED)$";
  static final String SORT = "^(dueOn|openedAt|assetTag|status)(,(asc|desc))?$";

  private final WorkOrderService orders;
  private final PmPlanner planner;

  WorkOrderController(WorkOrderService orders, PmPlanner planner) {
    this.orders = orders;
    this.planner = planner;
  }

  @Get
  @Operation(
      summary =
          "Work orders the caller sees, by due day unless sort says otherwise. due=overdue: open"
              + " and past their due day; today, week (the next 7 days) or month (31): open and"
              + " due then. q searches asset tag, summary and ticket number")
  WorkOrderApi.Page<WorkOrderApi.WorkOrderView> listWorkOrders(
      Authentication authentication,
      @Nullable
          @QueryValue
          @Pattern(regexp = DUE, message = "must be overdue, today, week or month")
          String due,
      @Nullable
          @QueryValue
          @Pattern(regexp = KIND, message = "must be CORRECTIVE, PREVENTIVE or REMEDIATION")
          String kind,
      @Nullable
          @QueryValue
          @Pattern(
              regexp = STATUS,
              message = "must be OPEN, DONE, COULD_NOT_DUPLICATE or CANCELLED")
          String status,
      @Nullable @QueryValue @Size(max = 100) String site,
      @Nullable @QueryValue @Size(max = 100) String unit,
      @Nullable @QueryValue @Min(1) Long assigneeId,
      @Nullable @QueryValue @Min(1) Long deviceId,
      @Nullable @QueryValue @Min(1) Long advisoryId,
      @Nullable @QueryValue @Size(max = 100) String q,
      @QueryValue(defaultValue = "dueOn,asc")
          @Pattern(
              regexp = SORT,
              message = "must be dueOn, openedAt, assetTag or status, then ,asc or ,desc")
          String sort,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    String[] order = sort.split(",");
    return orders.list(
        Caller.of(authentication),
        new WorkOrderStore.Filter(
            due == null ? null : WorkOrderStore.Due.valueOf(due.toUpperCase(Locale.ROOT)),
            kind == null ? null : WorkOrderKind.valueOf(kind),
            status == null ? null : WorkOrderStatus.valueOf(status),
            blankToNull(site),
            blankToNull(unit),
            assigneeId,
            deviceId,
            advisoryId,
            q),
        order[0],
        order.length > 1 && order[1].equals("desc"),
        page,
        size);
  }

  @Get("/summary")
  @Operation(
      summary =
          "Open work per site and per technician: overdue, due in the next 7 days, and all open;"
              + " worst first")
  WorkOrderApi.Summary workOrderSummary(Authentication authentication) {
    return orders.summary(Caller.of(authentication));
  }

  @Get("/{id}")
  @Operation(summary = "One work order, with its checklist (the model's procedure) and record")
  WorkOrderApi.WorkOrderView getWorkOrder(Authentication authentication, long id) {
    return orders.get(Caller.of(authentication), id);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({
    Role.Names.ADMIN,
    Role.Names.IT_LEADER,
    Role.Names.AGENT,
    Role.Names.PARTNER_AGENT,
    Role.Names.PARTNER_MANAGER
  })
  @Operation(
      summary =
          "Report a fault on a device (corrective work), named by id or asset tag, optionally"
              + " linked to the desk ticket that reported it; deviceDown takes it out of service"
              + " until the work is done")
  HttpResponse<WorkOrderApi.WorkOrderView> reportFault(
      Authentication authentication, @Body @Valid WorkOrderApi.CorrectiveInput body) {
    var created = orders.reportFault(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/work-orders/" + created.id()));
  }

  @Post("/{id}/complete")
  @Secured({
    Role.Names.ADMIN,
    Role.Names.IT_LEADER,
    Role.Names.AGENT,
    Role.Names.PARTNER_AGENT,
    Role.Names.PARTNER_MANAGER
  })
  @Operation(
      summary =
          "Record the work done: outcome, time, parts, and for preventive work a result for every"
              + " item of the procedure (a late one says why); `version` must be the one last"
              + " read (409 if not, or if the order is already closed)")
  WorkOrderApi.WorkOrderView completeWorkOrder(
      Authentication authentication, long id, @Body @Valid WorkOrderApi.CompletionInput body) {
    return orders.complete(Caller.of(authentication), id, body);
  }

  @Post("/{id}/cancel")
  @Secured({
    Role.Names.ADMIN,
    Role.Names.IT_LEADER,
    Role.Names.AGENT,
    Role.Names.PARTNER_AGENT,
    Role.Names.PARTNER_MANAGER
  })
  @Operation(summary = "Call off open work, with the reason (counts as missed for preventive work)")
  WorkOrderApi.WorkOrderView cancelWorkOrder(
      Authentication authentication, long id, @Body @Valid WorkOrderApi.CancelInput body) {
    return orders.cancel(Caller.of(authentication), id, body);
  }

  @Put("/{id}/assignee")
  @Secured({
    Role.Names.ADMIN,
    Role.Names.IT_LEADER,
    Role.Names.AGENT,
    Role.Names.PARTNER_AGENT,
    Role.Names.PARTNER_MANAGER
  })
  @Operation(
      summary =
          "Give open work to a technician (a partner names only its own people), or null to"
              + " unassign")
  WorkOrderApi.WorkOrderView assignWorkOrder(
      Authentication authentication, long id, @Body @Valid WorkOrderApi.AssignInput body) {
    return orders.assign(Caller.of(authentication), id, body);
  }

  @Post("/plan")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Plan preventive maintenance now, through the given day (default: 90 days ahead, at"
              + " most two years): one order per device and due day, slots outside each unit's"
              + " busy hours where the window allows. Days already planned are kept")
  WorkOrderApi.PlanResult planPreventiveMaintenance(
      Authentication authentication, @Body @Valid WorkOrderApi.PlanInput body) {
    long tenant = Caller.of(authentication).tenantId();
    LocalDate today = orders.today(tenant);
    LocalDate through = body.through() == null ? today.plusDays(90) : body.through();
    if (through.isBefore(today) || through.isAfter(today.plusDays(PmPlanner.MAX_DAYS_AHEAD))) {
      throw Refused.invalid("through", "from today to two years ahead");
    }
    return planner.plan(tenant, through);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
