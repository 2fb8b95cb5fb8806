package org.medley.device.internal;

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
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Security advisories for the hospital's devices. Whoever reads devices reads advisories, a
 * partner's people only those that reach their engagement's devices, counted and listed over those
 * devices alone ({@link DeviceAccess}); IT leaders and administrators file them, as they keep the
 * fleet.
 */
@Controller("/api/advisories")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.AGENT,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "devices")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class AdvisoryController {

  private final AdvisoryService advisories;

  AdvisoryController(AdvisoryService advisories) {
    this.advisories = advisories;
  }

  @Get
  @Operation(
      summary =
          "The advisories the caller sees, newest first, each with its affected devices and those"
              + " remaining (a remediation order still open)")
  AdvisoryApi.AdvisoryPage listAdvisories(
      Authentication authentication,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return advisories.list(Caller.of(authentication), page, size);
  }

  @Get("/{id}")
  @Operation(
      summary =
          "One advisory: affected and remaining devices, the remaining ones by unit, and a page of"
              + " them by site, unit and asset tag with their open remediation orders")
  AdvisoryApi.AdvisoryView getAdvisory(
      Authentication authentication,
      long id,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return advisories.advisory(Caller.of(authentication), id, page, size);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "File an advisory: opens one remediation work order per affected device (connected, not"
              + " retired, of a named model, firmware in the inclusive range or not recorded) and"
              + " routed group (BIOMED, IT or BOTH, the default). A CVE is filed once per hospital"
              + " (409); models must be the hospital's (404)")
  HttpResponse<AdvisoryApi.AdvisoryView> fileAdvisory(
      Authentication authentication, @Body @Valid AdvisoryApi.AdvisoryInput body) {
    var filed = advisories.file(Caller.of(authentication), body, 50);
    return HttpResponse.created(filed, URI.create("/api/advisories/" + filed.id()));
  }
}
