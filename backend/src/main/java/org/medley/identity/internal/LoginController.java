package org.medley.identity.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.medley.platform.ApiDocs;

/** The built-in issuer: username and password in, bearer token out. Off when Keycloak is used. */
@Controller
@Requires(missingProperty = "medley.oidc.issuer")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "identity")
@ApiDocs.Problems
class LoginController {

  private final UserAccountRepository accounts;
  private final AccessTokens tokens;
  private final Lockout lockout;

  LoginController(UserAccountRepository accounts, AccessTokens tokens, Lockout lockout) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.lockout = lockout;
  }

  @Serdeable
  record LoginRequest(
      @NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password) {}

  @Serdeable
  record LoginResponse(
      String access_token,
      String token_type,
      int expires_in,
      String username,
      List<String> roles) {}

  @Post("/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "Sign in with a local account of the built-in issuer")
  LoginResponse login(@Body @Valid LoginRequest request) {
    var account = find(request.username().strip()).filter(UserAccount::canSignIn);
    if (account.isEmpty()) {
      Passwords.spendTimeOnDecoy(request.password());
      throw invalidCredentials();
    }
    UserAccount user = account.get();
    Duration locked = lockout.remaining(user);
    if (!locked.isZero()) {
      throw new AccountLocked(locked);
    }
    if (!Passwords.matches(request.password(), user.passwordHash())) {
      lockout.failed(user);
      throw invalidCredentials();
    }
    lockout.succeeded(user);
    var issued = tokens.issue(user);
    return new LoginResponse(
        issued.accessToken(), "Bearer", issued.expiresIn(), issued.username(), issued.roles());
  }

  /**
   * The account signing in, by its e-mail address (any case) or its username. An address is unique
   * per install; a username that looks like someone else's address loses to the address.
   */
  private java.util.Optional<UserAccount> find(String login) {
    if (login.indexOf('@') > 0) {
      var byEmail = accounts.findByEmailAddress(login);
      if (byEmail.isPresent()) {
        return byEmail;
      }
    }
    return accounts.findByUsername(login);
  }

  private static HttpStatusException invalidCredentials() {
    return new HttpStatusException(HttpStatus.UNAUTHORIZED, "Unknown username or wrong password.");
  }
}
