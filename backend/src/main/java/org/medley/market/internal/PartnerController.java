package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Size;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Partners and their marketplace profiles. IT leaders, executives and administrators read every
 * partner of the hospital; a partner's managers and agents read their own, and its managers keep
 * it.
 */
@Controller("/api/partners")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_MANAGER,
  Role.Names.PARTNER_AGENT
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "market")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class PartnerController {

  private final PartnerDirectory partners;

  PartnerController(PartnerDirectory partners) {
    this.partners = partners;
  }

  @Get
  @Operation(
      summary = "The hospital's partners with their profiles in brief, by name",
      description =
          "A partner's people see their own organisation only. `q` searches names, summaries,"
              + " regions and certifications.")
  Api.Page<PartnerApi.Summary> list(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String q,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
    return partners.list(Caller.of(authentication), q, page, size);
  }

  @Get("/{id}")
  @Operation(summary = "A partner's whole profile (another partner's reads as missing)")
  PartnerApi.Profile get(Authentication authentication, long id) {
    return partners.get(Caller.of(authentication), id);
  }

  @Put("/{id}")
  @Secured(Role.Names.PARTNER_MANAGER)
  @Operation(
      summary = "Save the partner's own profile (its partner managers; send the version read)",
      description =
          "Replaces the whole profile: offerings with rate cards, application levels, named"
              + " people with skills and weekly shifts. 409 when it changed since it was read.")
  PartnerApi.Profile change(
      Authentication authentication, long id, @Body @Valid PartnerApi.Input body) {
    return partners.change(Caller.of(authentication), id, body);
  }
}
