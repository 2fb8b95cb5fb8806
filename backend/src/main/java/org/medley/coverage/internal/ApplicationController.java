package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
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

/**
 * The application catalog. Every signed-in user may search it (an end user picks the application a
 * ticket is about); IT leaders and administrators change it.
 */
@Controller("/api/applications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "coverage")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ApplicationController {

  private final CatalogService catalog;

  ApplicationController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @Get
  @Operation(summary = "The tenant's applications by name; q searches the name")
  Views.Page<Views.ApplicationView> list(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 150) String q,
      @Nullable @QueryValue @Pattern(regexp = Inputs.CATEGORY) String category,
      @Nullable @QueryValue @Min(1) @Max(4) Integer criticality,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
    return catalog.applications(tenant(authentication), q, category, criticality, page, size);
  }

  @Get("/{id}")
  @Operation(summary = "One application")
  Views.ApplicationView get(Authentication authentication, long id) {
    return catalog.application(tenant(authentication), id);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Add an application to the catalog")
  HttpResponse<Views.ApplicationView> create(
      Authentication authentication, @Body @Valid Inputs.Application body) {
    var created = catalog.createApplication(tenant(authentication), body);
    return HttpResponse.created(created, URI.create("/api/applications/" + created.id()));
  }

  @Put("/{id}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Change an application; `version` must be the one last read (409 if not)")
  Views.ApplicationView update(
      Authentication authentication, long id, @Body @Valid Inputs.Application body) {
    return catalog.updateApplication(tenant(authentication), id, body);
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Remove an application nothing refers to (409 otherwise)")
  HttpResponse<Void> delete(Authentication authentication, long id) {
    catalog.deleteApplication(tenant(authentication), id);
    return HttpResponse.noContent();
  }

  static long tenant(Authentication authentication) {
    return Caller.of(authentication).tenantId();
  }
}
