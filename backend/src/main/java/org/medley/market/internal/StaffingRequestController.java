package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import org.medley.market.StaffingStatus;
import org.medley.platform.ApiDocs;

/**
 * Staffing requests made from coverage gaps. IT leaders and administrators open, publish and cancel
 * them, executives read them; a partner's managers read those published to their organisation.
 */
@Controller("/api/staffing-requests")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE, Role.Names.PARTNER_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "market")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class StaffingRequestController {

  private static final String SORT =
      "(createdAt|startsOn|minimumLevel|hoursPerWeek|title)(,(asc|desc))?";

  private final StaffingRequests requests;
  private final Proposals proposals;

  StaffingRequestController(StaffingRequests requests, Proposals proposals) {
    this.requests = requests;
    this.proposals = proposals;
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Open a staffing request, typically from a coverage gap")
  HttpResponse<Api.StaffingRequestView> open(
      Authentication authentication, @Body @Valid Api.NewRequest body) {
    var created = requests.open(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/staffing-requests/" + created.id()));
  }

  @Get
  @Operation(
      summary =
          "The tenant's staffing requests (a partner manager: those published to them), newest"
              + " first unless sort says otherwise (createdAt, startsOn, minimumLevel,"
              + " hoursPerWeek or title; ,asc or ,desc)")
  Api.Page<Api.StaffingRequestView> list(
      Authentication authentication,
      @Nullable
          @QueryValue
          @Pattern(regexp = Api.STATUS, message = "must be OPEN, PUBLISHED, AWARDED or CANCELLED")
          String status,
      @Nullable @QueryValue @Min(1) Long applicationId,
      @QueryValue(defaultValue = "createdAt,desc")
          @Pattern(regexp = SORT, message = "must be a field such as createdAt, then ,asc or ,desc")
          String sort,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
    String[] order = sort.split(",");
    boolean descending = order.length < 2 || order[1].equals("desc");
    return requests.list(
        Caller.of(authentication),
        status == null ? null : StaffingStatus.valueOf(status),
        applicationId,
        order[0],
        descending,
        page,
        size);
  }

  @Get("/{id}")
  @Operation(summary = "One staffing request (the hospital: with whom it reaches and its trail)")
  Api.StaffingRequestView get(Authentication authentication, long id) {
    return requests.get(Caller.of(authentication), id);
  }

  @Post("/{id}/publish")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary = "Publish to all partners or to a shortlist, so they may propose",
      description =
          "`{\"all\": true}` or `{\"partnerIds\": [...]}`, with the version read. Publishing"
              + " again adds partners; an awarded or cancelled request answers 409.")
  Api.StaffingRequestView publish(
      Authentication authentication, long id, @Body @Valid Api.Publish body) {
    return requests.publish(Caller.of(authentication), id, body);
  }

  @Get("/{id}/matches")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
  @Operation(
      summary = "The hospital's partners ranked for the request, each with its reasons",
      description =
          "Half the score is the requested applications the partner covers at the level asked,"
              + " 35% how the shifts of its named people at that level cover the support window,"
              + " 15% their weekly hours against those asked.")
  ProposalApi.Matches matches(Authentication authentication, long id) {
    return proposals.matches(Caller.of(authentication), id);
  }

  @Get("/{id}/comparison")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
  @Operation(
      summary = "The request's submitted proposals side by side, with what each does to coverage")
  ProposalApi.Comparison comparison(Authentication authentication, long id) {
    return proposals.comparison(Caller.of(authentication), id);
  }

  @Post("/{id}/cancel")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Cancel an open request, saying why (409 if it is no longer open)")
  Api.StaffingRequestView cancel(
      Authentication authentication, long id, @Body @Valid Api.Cancel body) {
    return requests.cancel(Caller.of(authentication), id, body);
  }
}
