package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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
import java.util.List;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** Skills: one level (0–4) per staff member and application, with when it was last verified. */
@Controller("/api/skills")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "coverage")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class SkillController {

  private final CatalogService catalog;

  SkillController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Get
  @Operation(summary = "Skills of one person or one application (or all, up to 100,000)")
  List<Views.SkillView> list(
      Authentication authentication,
      @Nullable @QueryValue @Min(1) Long staffId,
      @Nullable @QueryValue @Min(1) Long applicationId) {
    return catalog.skills(ApplicationController.tenant(authentication), staffId, applicationId);
  }

  @Put
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Set a person's level on an application (creates or replaces it)")
  Views.SkillView put(Authentication authentication, @Body @Valid Inputs.Skill body) {
    return catalog.putSkill(ApplicationController.tenant(authentication), body);
  }

  @Delete
  @Status(HttpStatus.NO_CONTENT)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Forget a person's level on an application")
  HttpResponse<Void> delete(
      Authentication authentication,
      @QueryValue @Min(1) long staffId,
      @QueryValue @Min(1) long applicationId) {
    catalog.deleteSkill(ApplicationController.tenant(authentication), staffId, applicationId);
    return HttpResponse.noContent();
  }
}
