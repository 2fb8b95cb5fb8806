package org.medley.setup.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;
import org.medley.platform.Problem;

/**
 * The one-time setup of an empty Medley. Built-in issuer: anyone holding the setup link from the
 * log creates the organisation and its first administrator, and is signed in. External issuer: an
 * administrator whose tenant has no organisation yet creates it (no link; Keycloak vouches).
 */
@Controller("/api/setup")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "setup")
@ApiDocs.Problems
class SetupController {

  private final FirstSetup setup;

  SetupController(FirstSetup setup) {
    this.setup = setup;
  }

  @Get
  @Operation(
      summary = "Whether Medley still needs its one-time setup, and who may finish it",
      description =
          "Anonymous. Built-in issuer: needed until a health system has an account; with ?token="
              + " the setup link's state. External issuer: about the signed-in caller's tenant.")
  SetupAnswers.Status status(
      @Nullable Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String token) {
    return setup.status(authentication == null ? null : Caller.of(authentication), token);
  }

  @Post
  @ApiDocs.Created
  @ApiResponse(
      responseCode = "410",
      description = "The setup link was used already or has expired (field token)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Operation(
      summary = "Set Medley up: the organisation, its calendars and the first administrator",
      description =
          "Built-in issuer: the setup link's token and the first administrator are required; the"
              + " answer carries a bearer token for that administrator. A wrong token answers 403,"
              + " a used or expired one 410, and once Medley is set up every call answers 409."
              + " External issuer: a signed-in administrator whose tenant has no organisation yet"
              + " sends the organisation and business hours only; it is created with the tenant's"
              + " id.")
  HttpResponse<SetupAnswers.Done> finish(
      @Nullable Authentication authentication, @Body @Valid SetupRequest request) {
    SetupAnswers.Done done;
    if (setup.builtIn()) {
      done = setup.withLink(request);
    } else if (authentication == null) {
      throw new HttpStatusException(
          HttpStatus.UNAUTHORIZED, "Sign in as an administrator of your organisation first.");
    } else {
      done = setup.forTenant(Caller.of(authentication), request);
    }
    return HttpResponse.created(done, URI.create("/api/organization"));
  }
}
