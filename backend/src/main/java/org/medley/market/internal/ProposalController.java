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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Proposals: a partner's managers write, submit and withdraw their organisation's; IT leaders and
 * administrators accept or decline what was submitted; executives read it. No partner ever reads
 * another partner's proposal.
 */
@Controller("/api/proposals")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE, Role.Names.PARTNER_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "market")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ProposalController {

  private static final String STATUS = "DRAFT|SUBMITTED|ACCEPTED|DECLINED|WITHDRAWN";

  private final Proposals proposals;

  ProposalController(Proposals proposals) {
    this.proposals = proposals;
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured(Role.Names.PARTNER_MANAGER)
  @Operation(
      summary = "Write a draft proposal on a request published to your organisation",
      description =
          "Named people with e-mail, zone, weekly hours, shifts and skills; an hourly rate; a"
              + " tier; response and resolution commitments (the engagement's OLA); a start date.")
  HttpResponse<ProposalApi.View> create(
      Authentication authentication, @Body @Valid ProposalApi.Input body) {
    var created = proposals.create(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/proposals/" + created.id()));
  }

  @Get
  @Operation(
      summary = "Proposals, newest first",
      description =
          "A partner manager: their organisation's, drafts included. The hospital: submitted and"
              + " decided ones.")
  ProposalApi.Page list(
      Authentication authentication,
      @Nullable @QueryValue @Min(1) Long staffingRequestId,
      @Nullable @QueryValue @Pattern(regexp = STATUS, message = "must be one of " + STATUS)
          String status) {
    return proposals.list(
        Caller.of(authentication),
        staffingRequestId,
        status == null ? null : Proposal.Status.valueOf(status));
  }

  @Get("/{id}")
  @Operation(summary = "One proposal with its audit trail")
  ProposalApi.View get(Authentication authentication, long id) {
    return proposals.get(Caller.of(authentication), id);
  }

  @Put("/{id}")
  @Secured(Role.Names.PARTNER_MANAGER)
  @Operation(summary = "Change a draft (send the version read; 409 once submitted)")
  ProposalApi.View change(
      Authentication authentication, long id, @Body @Valid ProposalApi.Input body) {
    return proposals.change(Caller.of(authentication), id, body);
  }

  @Post("/{id}/submit")
  @Secured(Role.Names.PARTNER_MANAGER)
  @Operation(summary = "Submit a draft to the hospital (409 unless the request takes proposals)")
  ProposalApi.View submit(
      Authentication authentication, long id, @Body @Valid ProposalApi.Step body) {
    return proposals.submit(Caller.of(authentication), id, body);
  }

  @Post("/{id}/withdraw")
  @Secured(Role.Names.PARTNER_MANAGER)
  @Operation(summary = "Withdraw a draft or a submitted proposal before the hospital decides")
  ProposalApi.View withdraw(
      Authentication authentication, long id, @Body @Valid ProposalApi.Step body) {
    return proposals.withdraw(Caller.of(authentication), id, body);
  }

  @Post("/{id}/accept")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary = "Accept a submitted proposal, with a comment",
      description =
          "Creates the engagement (scope and end date from the request; start, tier and OLA from"
              + " the proposal; the partner's agreement on file), a support group it provides and"
              + " its people as contracted staff, who count in the coverage matrix from the start"
              + " date to the end date. The request becomes AWARDED.")
  ProposalApi.View accept(
      Authentication authentication, long id, @Body @Valid ProposalApi.Decision body) {
    return proposals.accept(Caller.of(authentication), id, body);
  }

  @Post("/{id}/decline")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Decline a submitted proposal, with a comment the partner reads")
  ProposalApi.View decline(
      Authentication authentication, long id, @Body @Valid ProposalApi.Decision body) {
    return proposals.decline(Caller.of(authentication), id, body);
  }
}
