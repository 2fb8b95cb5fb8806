package org.medley.market.internal;

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
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.market.EngagementStatus;
import org.medley.platform.ApiDocs;

/**
 * Engagements: partners' contracts with the hospital, whether accepted through the marketplace or
 * agreed before Medley. IT leaders and administrators record, change and end them; executives read
 * them; a partner's agents read their own organisation's.
 */
@Controller("/api/engagements")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE, Role.Names.PARTNER_AGENT})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "market")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class EngagementController {

  private static final String SORT = "(startsOn|endsOn|name|partner|createdAt)(,(asc|desc))?";

  private final EngagementService engagements;

  EngagementController(EngagementService engagements) {
    this.engagements = engagements;
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary = "Record an engagement",
      description =
          "The partner must work for this hospital; the manager must be an enabled account of that"
              + " partner; each group must be one of the partner's groups here and not provided by"
              + " another engagement that has not ended. Every mistake names its field.")
  HttpResponse<EngagementApi.View> record(
      Authentication authentication, @Body @Valid EngagementApi.Input body) {
    var created = engagements.record(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/engagements/" + created.id()));
  }

  @Get
  @Operation(
      summary =
          "The tenant's engagements (a partner's agents: their own), latest start first unless"
              + " sort says otherwise (startsOn, endsOn, name, partner or createdAt; ,asc or ,desc)")
  Api.Page<EngagementApi.View> list(
      Authentication authentication,
      @Nullable @QueryValue @Min(1) Long partnerId,
      @Nullable
          @QueryValue
          @Pattern(regexp = EngagementApi.STATUS, message = "must be PLANNED, ACTIVE or ENDED")
          String status,
      @QueryValue(defaultValue = "startsOn,desc")
          @Pattern(regexp = SORT, message = "must be a field such as startsOn, then ,asc or ,desc")
          String sort,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
    String[] order = sort.split(",");
    return engagements.list(
        Caller.of(authentication),
        partnerId,
        status == null ? null : EngagementStatus.valueOf(status),
        order[0],
        order.length < 2 || order[1].equals("desc"),
        page,
        size);
  }

  @Get("/choices")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary = "What an engagement can name",
      description =
          "The partners working for this hospital, their enabled accounts (service managers),"
              + " their support groups with the engagement providing each now, and the open"
              + " staffing requests.")
  EngagementApi.Choices choices(Authentication authentication) {
    return engagements.choices(Caller.of(authentication).tenantId());
  }

  @Get("/{id}")
  @Operation(summary = "One engagement with its audit trail")
  EngagementApi.View get(Authentication authentication, long id) {
    return engagements.get(Caller.of(authentication), id);
  }

  @Put("/{id}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary = "Change an engagement (send the version you read; 409 if it changed or has ended)",
      description =
          "Replaces its terms, manager, staffing request and groups; the partner cannot change."
              + " Audited with what changed.")
  EngagementApi.View change(
      Authentication authentication, long id, @Body @Valid EngagementApi.Input body) {
    return engagements.change(Caller.of(authentication), id, body);
  }

  @Post("/{id}/end")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary = "End an engagement now, saying why (409 if it has already ended)",
      description =
          "Its OLA stops applying to tickets its groups receive from then on; its groups stay"
              + " listed with it until another engagement takes them.")
  EngagementApi.View end(
      Authentication authentication, long id, @Body @Valid EngagementApi.Ending body) {
    return engagements.end(Caller.of(authentication), id, body);
  }
}
