package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Go-live events: an application going live or upgrading, the surge expected from ticket history,
 * the command-center plan and the coverage of the window. IT leaders and administrators plan them,
 * executives read them; partners do not see them (a plan names the hospital's own people).
 */
@Controller("/api/go-lives")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "market")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class GoLiveController {

  private static final String SORT = "(startsOn|createdAt|title)(,(asc|desc))?";

  private final GoLives goLives;

  GoLiveController(GoLives goLives) {
    this.goLives = goLives;
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      operationId = "createGoLive",
      summary = "Record a go-live or upgrade of an application and its window (≤ 90 days)")
  HttpResponse<GoLiveApi.GoLiveView> create(
      Authentication authentication, @Body @Valid GoLiveApi.Terms body) {
    var created = goLives.create(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/go-lives/" + created.id()));
  }

  @Get
  @Operation(
      operationId = "listGoLives",
      summary =
          "The tenant's go-lives, latest window first unless sort says otherwise"
              + " (startsOn, createdAt or title; ,asc or ,desc)")
  Api.Page<GoLiveApi.GoLiveView> list(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = GoLiveApi.STATUS, message = "must be a status")
          String status,
      @Nullable @QueryValue @Min(1) Long applicationId,
      @QueryValue(defaultValue = "startsOn,desc")
          @Pattern(
              regexp = SORT,
              message = "must be startsOn, createdAt or title, then ,asc or ,desc")
          String sort,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
    String[] order = sort.split(",");
    boolean descending = order.length < 2 || order[1].equals("desc");
    return goLives.list(
        Caller.of(authentication).tenantId(),
        status == null ? null : GoLiveStatus.valueOf(status),
        applicationId,
        order[0],
        descending,
        page,
        size);
  }

  @Get("/{id}")
  @Operation(
      operationId = "getGoLive",
      summary =
          "One go-live: expected surge with the history it came from, command-center plan,"
              + " coverage of the window with both applied, what is still short, audit trail")
  GoLiveApi.GoLiveView get(Authentication authentication, long id) {
    return goLives.get(Caller.of(authentication).tenantId(), id);
  }

  @Put("/{id}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      operationId = "changeGoLive",
      summary = "Change a go-live's application, kind, title, window or notes (version)")
  GoLiveApi.GoLiveView update(
      Authentication authentication, long id, @Body @Valid GoLiveApi.Terms body) {
    return goLives.update(Caller.of(authentication), id, body);
  }

  @Post("/{id}/start")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      operationId = "startGoLive",
      summary = "The application went live: PLANNED → LIVE (409 from any other status)")
  GoLiveApi.GoLiveView start(
      Authentication authentication, long id, @Body @Valid GoLiveApi.Step body) {
    return goLives.step(Caller.of(authentication), id, "STARTED", body.reason(), body.version());
  }

  @Post("/{id}/finish")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(operationId = "finishGoLive", summary = "Hypercare is over: PLANNED or LIVE → DONE")
  GoLiveApi.GoLiveView finish(
      Authentication authentication, long id, @Body @Valid GoLiveApi.Step body) {
    return goLives.step(Caller.of(authentication), id, "FINISHED", body.reason(), body.version());
  }

  @Post("/{id}/cancel")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(operationId = "cancelGoLive", summary = "Cancel a planned or live go-live, saying why")
  GoLiveApi.GoLiveView cancel(
      Authentication authentication, long id, @Body @Valid GoLiveApi.Cancel body) {
    return goLives.step(Caller.of(authentication), id, "CANCELLED", body.reason(), body.version());
  }

  @Post("/{id}/plan")
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      operationId = "addGoLivePlanEntry",
      summary =
          "Add someone to the command-center plan: a staff member (staffId) or a named outsider,"
              + " at a tier, inside the window; answers the event")
  GoLiveApi.GoLiveView addEntry(
      Authentication authentication, long id, @Body @Valid GoLiveApi.NewEntry body) {
    return goLives.addEntry(Caller.of(authentication), id, body);
  }

  @Delete("/{id}/plan/{entryId}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      operationId = "removeGoLivePlanEntry",
      summary = "Take an entry off the plan; answers the event")
  GoLiveApi.GoLiveView removeEntry(Authentication authentication, long id, long entryId) {
    return goLives.removeEntry(Caller.of(authentication), id, entryId);
  }

  @Post("/{id}/staffing-request")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      operationId = "openGoLiveStaffingRequest",
      summary =
          "Open a GO_LIVE_SURGE staffing request for what the plan leaves short (409 if one is"
              + " open already, or nothing is short)")
  HttpResponse<Api.StaffingRequestView> openRequest(Authentication authentication, long id) {
    var created = goLives.openRequest(Caller.of(authentication), id);
    return HttpResponse.created(created, URI.create("/api/staffing-requests/" + created.id()));
  }
}
