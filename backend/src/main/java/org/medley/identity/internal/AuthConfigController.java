package org.medley.identity.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.medley.identity.AuthConfig;
import org.medley.platform.ApiDocs;

@Controller("/api/auth/config")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "identity")
@ApiDocs.Problems
class AuthConfigController {

  private final UserAccountRepository accounts;
  private final boolean demo;
  private final String issuer;
  private final String clientId;

  AuthConfigController(
      UserAccountRepository accounts,
      @Value("${medley.demo.enabled:false}") boolean demo,
      @Nullable @Value("${medley.oidc.issuer:}") String issuer,
      @Value("${medley.oidc.client-id:medley-spa}") String clientId) {
    this.accounts = accounts;
    this.demo = demo;
    this.issuer = issuer == null ? "" : issuer;
    this.clientId = clientId;
  }

  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "How to sign in: built-in issuer (with demo logins in demo mode) or OIDC")
  AuthConfig config() {
    if (!issuer.isBlank()) {
      return new AuthConfig("oidc", List.of(), new AuthConfig.Oidc(issuer, clientId));
    }
    List<String> demoUsers =
        demo
            ? DemoAccounts.USERNAMES.stream()
                .filter(u -> accounts.findByUsername(u).filter(UserAccount::canSignIn).isPresent())
                .toList()
            : List.of();
    return new AuthConfig("builtin", demoUsers, null);
  }
}
