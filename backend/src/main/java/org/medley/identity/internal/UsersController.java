package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Me;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The hospital's users, for its admins: who they are, their roles and organisation, whether they
 * may sign in. On the built-in issuer admins invite, change, disable and send set-password links;
 * with Keycloak the list is read-only and changes answer 409.
 */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ADMIN)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class UsersController {

  private static final String ROLE =
      "end-user|agent|partner-agent|partner-manager|it-leader|executive|admin";

  private final UserDirectory directory;
  private final UserImport imports;
  private final Accounts accounts;

  UsersController(UserDirectory directory, UserImport imports, Accounts accounts) {
    this.directory = directory;
    this.imports = imports;
    this.accounts = accounts;
  }

  @Serdeable
  record UserChange(
      @NotBlank @Size(max = 200) String displayName,
      @Nullable @Email @Size(max = 100) String email,
      @Nullable @Size(max = 100) String jobTitle,
      @Nullable @Size(max = 100) String department,
      @Nullable @Size(max = 100) String location,
      @NotNull @Size(max = 6) List<@NotBlank @Size(max = 30) String> roles,
      @NotNull @Positive Long organizationId,
      @NotNull @PositiveOrZero Long version) {}

  @Serdeable
  record NewInvitation(
      @NotBlank @Email @Size(max = 100) String email,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull @Size(max = 6) List<@NotBlank @Size(max = 30) String> roles,
      @Nullable @Positive Long organizationId,
      @Nullable @Size(max = 100) String jobTitle,
      @Nullable @Size(max = 100) String department,
      @Nullable @Size(max = 100) String location) {}

  @Get
  @Operation(
      operationId = "listUsers",
      summary =
          "The hospital's users by name; q searches name, e-mail and username; filters by role,"
              + " organisation and whether enabled. managedIn says where they are managed")
  UserDirectory.UserPage list(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 200) String q,
      @Nullable @QueryValue @Pattern(regexp = ROLE) String role,
      @Nullable @QueryValue @Positive Long organizationId,
      @Nullable @QueryValue Boolean enabled,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return directory.list(
        Caller.of(authentication).tenantId(),
        new UserDirectory.Filter(q, role, organizationId, enabled),
        page,
        size);
  }

  @Get("/organizations")
  @Operation(
      operationId = "listUserOrganizations",
      summary = "Whom a user may work for: the hospital itself, then its partners by name")
  List<Me.OrganizationRef> organizations(Authentication authentication) {
    return directory.organizations(Caller.of(authentication).tenantId());
  }

  @Get("/{id}")
  @Operation(operationId = "getUser", summary = "One user")
  UserDirectory.User get(Authentication authentication, long id) {
    return directory.get(Caller.of(authentication).tenantId(), id);
  }

  @Put("/{id}")
  @Operation(
      operationId = "changeUser",
      summary =
          "Change a user's name, e-mail, job, roles and organisation (the hospital or one of its"
              + " partners); `version` as last read, 409 when stale")
  UserDirectory.User change(Authentication authentication, long id, @Body @Valid UserChange body) {
    Caller caller = Caller.of(authentication);
    return directory.change(
        caller,
        accounts.accountId(caller),
        id,
        new UserDirectory.Change(
            body.displayName(),
            body.email(),
            body.jobTitle(),
            body.department(),
            body.location(),
            body.roles(),
            body.organizationId(),
            body.version()));
  }

  @Post("/{id}/disable")
  @Operation(
      operationId = "disableUser",
      summary = "Disable a user: sign-in is refused and their tokens stop working within a minute")
  UserDirectory.User disable(Authentication authentication, long id) {
    Caller caller = Caller.of(authentication);
    return directory.setEnabled(caller, accounts.accountId(caller), id, false);
  }

  @Post("/{id}/enable")
  @Operation(operationId = "enableUser", summary = "Enable a disabled user again")
  UserDirectory.User enable(Authentication authentication, long id) {
    Caller caller = Caller.of(authentication);
    return directory.setEnabled(caller, accounts.accountId(caller), id, true);
  }

  @Post("/{id}/password-reset")
  @Operation(
      operationId = "resetUserPassword",
      summary =
          "Make a one-time set-password link (24 h): e-mailed when mail is on, otherwise"
              + " returned once for the admin to pass on. The current password works until it is"
              + " used")
  UserDirectory.LinkSent resetPassword(Authentication authentication, long id) {
    return directory.resetPassword(Caller.of(authentication), id);
  }

  @Post("/invitations")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      operationId = "inviteUser",
      summary =
          "Invite a person: an enabled account without a password, and a one-time set-password"
              + " link (72 h) e-mailed when mail is on, otherwise returned once for the admin to"
              + " pass on. The organisation defaults to the hospital")
  HttpResponse<UserDirectory.Invited> invite(
      Authentication authentication, @Body @Valid NewInvitation body) {
    var invited =
        directory.invite(
            Caller.of(authentication),
            new UserDirectory.Invitation(
                body.email(),
                body.displayName(),
                body.roles(),
                body.organizationId(),
                body.jobTitle(),
                body.department(),
                body.location()));
    return HttpResponse.created(invited, URI.create("/api/users/" + invited.user().id()));
  }

  @Post(
      value = "/import",
      consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      operationId = "importUsers",
      summary =
          "Invite people from a CSV file (columns email, name, roles, organisation, job title,"
              + " department, location): each row is created or refused on its own, and the"
              + " report says which and why")
  UserImport.Report importFile(
      Authentication authentication,
      @Body @Schema(type = "string", format = "binary") byte[] body) {
    return imports.importCsv(Caller.of(authentication), body);
  }
}
