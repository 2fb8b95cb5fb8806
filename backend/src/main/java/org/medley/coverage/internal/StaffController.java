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
import java.util.List;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** Internal and contracted staff with their capacity and weekly shifts. */
@Controller("/api/staff")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "coverage")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class StaffController {

  private final CatalogService catalog;
  private final StaffLinks links;
  private final Accounts accounts;

  StaffController(CatalogService catalog, StaffLinks links, Accounts accounts) {
    this.catalog = catalog;
    this.links = links;
    this.accounts = accounts;
  }

  @Get
  @Operation(summary = "Staff by name; q searches name and e-mail")
  Views.Page<Views.StaffView> list(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 200) String q,
      @Nullable @QueryValue @Size(max = 100) String team,
      @Nullable @QueryValue @Pattern(regexp = Inputs.KIND) String kind,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
    return catalog.staff(ApplicationController.tenant(authentication), q, team, kind, page, size);
  }

  @Get("/employers")
  @Operation(summary = "Who may employ staff: the hospital itself (internal) and the partners")
  List<Views.Employer> employers(Authentication authentication) {
    return catalog.employers(ApplicationController.tenant(authentication));
  }

  @Get("/accounts")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Sign-in accounts a staff record of this employer may name, by name; q searches name,"
              + " e-mail and username; staffId says which record names one already")
  Views.Page<Views.SignInAccount> accounts(
      Authentication authentication,
      @QueryValue @Min(1) long employerId,
      @Nullable @QueryValue @Size(max = 200) String q,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return catalog.signInAccounts(
        ApplicationController.tenant(authentication), employerId, q, page, size);
  }

  @Get("/me")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary =
          "The caller's own staff record; linked is false until an administrator links their"
              + " sign-in to one (the desk gives tickets to staff records)")
  Views.MyStaffRecord me(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return catalog.mine(caller.tenantId(), accounts.accountId(caller));
  }

  @Get("/{id}")
  @Operation(summary = "One staff member")
  Views.StaffView get(Authentication authentication, long id) {
    return catalog.person(ApplicationController.tenant(authentication), id);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Add a staff member; contracted people name their partner as employerId; accountId"
              + " links the sign-in they work under (same tenant and employer, one record each)")
  HttpResponse<Views.StaffView> create(
      Authentication authentication, @Body @Valid Inputs.Staff body) {
    Caller caller = Caller.of(authentication);
    var created = catalog.createPerson(caller.tenantId(), body, links.actor(caller));
    return HttpResponse.created(created, URI.create("/api/staff/" + created.id()));
  }

  @Put("/{id}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Change a staff member, their shifts and sign-in account (absent accountId: not linked);"
              + " `version` as last read")
  Views.StaffView update(Authentication authentication, long id, @Body @Valid Inputs.Staff body) {
    Caller caller = Caller.of(authentication);
    return catalog.updatePerson(caller.tenantId(), id, body, links.actor(caller));
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Remove a staff member with their skills and shifts")
  HttpResponse<Void> delete(Authentication authentication, long id) {
    catalog.deletePerson(ApplicationController.tenant(authentication), id);
    return HttpResponse.noContent();
  }
}
