package org.medley.identity.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** The hospital's settings: its name and time zone, the one home of "the hospital's zone". */
@Controller("/api/organization")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ADMIN)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class OrganizationController {

  private final HospitalSettings settings;

  OrganizationController(HospitalSettings settings) {
    this.settings = settings;
  }

  @Get
  @Operation(summary = "The hospital's name and time zone")
  HospitalSettings.Settings settings(Authentication authentication) {
    return settings.read(Caller.of(authentication));
  }

  @Put
  @Operation(
      summary = "Change the hospital's name or time zone (IANA), audited",
      description =
          "Contract dates and compliance reports are judged in the hospital's time zone."
              + " 400 names an unknown zone; 409 a name another organisation has.")
  HospitalSettings.Settings changeSettings(
      Authentication authentication, @Body @Valid HospitalSettings.Change body) {
    return settings.change(Caller.of(authentication), body);
  }
}
