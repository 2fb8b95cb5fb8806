package org.medley.identity.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.medley.platform.ApiDocs;
import org.medley.platform.Problem;

/**
 * The anonymous side of a set-password link (invitation or reset): who it is for, then the new
 * password. The token goes in the body, never in a path or query a server would log. An expired,
 * used or unknown link answers 410 naming {@code token}; a refused password 400 naming {@code
 * password}.
 */
@Controller("/api/password-links")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "identity")
@ApiDocs.Problems
class PasswordLinkController {

  /** The link was used, has expired or never existed: problem+json naming {@code token}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "410",
      description = "The link was already used, has expired or is not a link",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @interface Gone {}

  private final UserDirectory directory;

  PasswordLinkController(UserDirectory directory) {
    this.directory = directory;
  }

  @Serdeable
  record TokenBody(@NotBlank @Size(max = 100) String token) {}

  @Serdeable
  record NewPassword(
      @NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String password) {}

  @Post("/lookup")
  @Gone
  @Operation(
      operationId = "lookUpPasswordLink",
      summary = "Who a set-password link is for, and until when it works")
  UserDirectory.LinkHolder lookup(@Body @Valid TokenBody body) {
    return directory.holder(body.token());
  }

  @Post("/password")
  @Gone
  @Operation(
      operationId = "setPasswordWithLink",
      summary =
          "Set the password with a link (once): at least 12 characters, not a common or easily"
              + " guessed one")
  UserDirectory.PasswordSet setPassword(@Body @Valid NewPassword body) {
    return directory.setPassword(body.token(), body.password());
  }
}
