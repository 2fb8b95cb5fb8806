package org.medley.setup.internal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** What is set up and what is left: the checklist on the admin's home page. */
@Controller("/api/setup/checklist")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ADMIN)
@Tag(name = "setup")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class SetupChecklistController {

  private final SetupChecklist checklist;

  SetupChecklistController(SetupChecklist checklist) {
    this.checklist = checklist;
  }

  @Get
  @Operation(
      summary = "The setup checklist: each step with its count, link and whether it is done",
      description =
          "Steps (stable keys): organization, calendars, applications, staff, groups, routing,"
              + " sla-policies, partners. A step is done when its count is above zero; `hint`"
              + " says what to do first.")
  SetupChecklist.Checklist checklist(Authentication authentication) {
    return checklist.of(Caller.of(authentication).tenantId());
  }
}
