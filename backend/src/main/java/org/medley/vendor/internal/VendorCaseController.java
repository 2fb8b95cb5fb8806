package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.vendor.internal.Vendors.CaseStatus;

/**
 * Vendor cases: escalate a ticket to its vendor, follow the case, enter its number, close it or
 * send it again; the list of open cases by vendor, for the weekly vendor call. Agents act; leaders
 * and admins read.
 */
@Controller("/api")
@Secured({Role.Names.AGENT, Role.Names.IT_LEADER, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "vendors")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class VendorCaseController {

  private final VendorCases cases;

  VendorCaseController(VendorCases cases) {
    this.cases = cases;
  }

  @Get("/tickets/{ticketId}/vendor-case-draft")
  @Secured(Role.Names.AGENT)
  @Operation(
      summary = "The case mail for escalating the ticket to a vendor, as it would leave",
      description =
          "From the vendor's templates; vendorId defaults to the ticket's application's vendor"
              + " (422 when it names none). Without a business associate agreement the text is"
              + " already filtered: removed counts what the filter took out. problem says why"
              + " it cannot be sent yet.")
  VendorCase.Draft vendorCaseDraft(
      Authentication authentication, long ticketId, @Nullable @QueryValue @Min(1) Long vendorId) {
    return cases.draft(Caller.of(authentication), ticketId, vendorId);
  }

  @Post("/tickets/{ticketId}/vendor-cases")
  @Secured(Role.Names.AGENT)
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Escalate the ticket to a vendor: send the case, the ticket waits for the vendor",
      description =
          "The ticket goes to tier VENDOR and PENDING(VENDOR); its SLA pauses as its policy says."
              + " The mail leaves through the outbox after commit, through the minimum-necessary"
              + " filter unless a business associate agreement covers the vendor. 409 when the"
              + " ticket already has an open case with the vendor or version is stale; 422 when"
              + " the vendor is not set up or the ticket is resolved or closed.")
  HttpResponse<VendorCase> escalateToVendor(
      Authentication authentication, long ticketId, @Body @Valid VendorCase.Escalation body) {
    VendorCase opened = cases.open(Caller.of(authentication), ticketId, body);
    return HttpResponse.created(opened, URI.create("/api/vendor-cases/" + opened.id()));
  }

  @Get("/tickets/{ticketId}/vendor-cases")
  @Operation(summary = "The ticket's vendor cases, newest first")
  VendorCase.TicketCases ticketVendorCases(Authentication authentication, long ticketId) {
    return cases.ofTicket(Caller.of(authentication), ticketId);
  }

  @Get("/vendor-cases")
  @Operation(
      summary = "Vendor cases, oldest first, with every vendor's open count (the vendor call)",
      description = "status: OPEN (default), CLOSED or ALL; q: part of a case or ticket number.")
  VendorCase.Page listVendorCases(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = "OPEN|CLOSED|ALL") String status,
      @Nullable @QueryValue @Min(1) Long vendorId,
      @Nullable @QueryValue @Size(max = 100) String q,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    CaseStatus wanted =
        status == null ? CaseStatus.OPEN : "ALL".equals(status) ? null : CaseStatus.valueOf(status);
    return cases.list(Caller.of(authentication), wanted, vendorId, q, page, size);
  }

  @Get("/vendor-cases/{id}")
  @Operation(summary = "One vendor case")
  VendorCase vendorCase(Authentication authentication, long id) {
    return cases.get(Caller.of(authentication), id);
  }

  @Get("/vendor-cases/{id}/draft")
  @Secured(Role.Names.AGENT)
  @Operation(summary = "The case mail for sending the case again, as it would leave")
  VendorCase.Draft reEscalationDraft(Authentication authentication, long id) {
    return cases.draft(Caller.of(authentication), id);
  }

  @Patch("/vendor-cases/{id}")
  @Secured(Role.Names.AGENT)
  @Operation(
      summary = "Enter the vendor's case number; it becomes the ticket's external reference",
      description = "409 when version is stale or another ticket has that case number already.")
  VendorCase changeVendorCase(
      Authentication authentication, long id, @Body @Valid VendorCase.NumberChange body) {
    return cases.number(Caller.of(authentication), id, body);
  }

  @Post("/vendor-cases/{id}/close")
  @Secured(Role.Names.AGENT)
  @Operation(
      summary = "Close the vendor case with a note; the ticket keeps its status",
      description = "Resume the ticket with the usual transition. 409 when closed or stale.")
  VendorCase closeVendorCase(
      Authentication authentication, long id, @Body @Valid VendorCase.Closing body) {
    return cases.close(Caller.of(authentication), id, body);
  }

  @Post("/vendor-cases/{id}/re-escalate")
  @Secured(Role.Names.AGENT)
  @Operation(
      summary = "Send the case again in its thread; a closed case opens again",
      description = "The ticket waits for the vendor again. 409 stale; 422 as for escalating.")
  VendorCase reEscalateVendorCase(
      Authentication authentication, long id, @Body @Valid VendorCase.ReEscalation body) {
    return cases.reEscalate(Caller.of(authentication), id, body);
  }
}
