package org.medley.identity.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.medley.identity.Caller;
import org.medley.identity.Me;
import org.medley.platform.ApiDocs;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class MeController {

  private final OrganizationRepository organizations;

  MeController(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "The signed-in user: name, roles and organisation")
  Me me(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    Organization organization =
        organizations
            .findById(caller.organizationId())
            .orElseThrow(
                () ->
                    new HttpStatusException(
                        HttpStatus.FORBIDDEN, "The token's organisation is not known to Medley."));
    return new Me(
        caller.username(),
        caller.displayName(),
        caller.roles().stream().map(r -> r.claim()).toList(),
        new Me.OrganizationRef(organization.id(), organization.name(), organization.kind()));
  }
}
