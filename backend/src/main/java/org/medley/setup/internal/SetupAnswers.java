package org.medley.setup.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.medley.setup.SetupLink;

/** What {@code /api/setup} answers. */
final class SetupAnswers {

  private SetupAnswers() {}

  enum Issuer {
    BUILT_IN,
    OIDC
  }

  @Serdeable
  record Status(
      @Schema(
              description =
                  "Built-in issuer: no health system has an account yet. External issuer: the"
                      + " caller's tenant has no organisation in Medley yet")
          boolean needed,
      Issuer issuer,
      @Schema(description = "External issuer: the caller's tenant, from the token") @Nullable
          Long tenantId,
      @Schema(description = "External issuer: whether the caller's tenant exists") @Nullable
          Boolean tenantExists,
      @Schema(description = "Whether this caller (with this link) may finish the setup")
          boolean mayFinish,
      @Schema(description = "Built-in issuer, when ?token= is given: the link's state") @Nullable
          SetupLink.State link) {}

  @Serdeable
  record Done(
      long organizationId,
      long defaultCalendarId,
      @Schema(description = "Built-in issuer: a bearer token for the new administrator") @Nullable
          String access_token,
      @Nullable String token_type,
      @Nullable Integer expires_in,
      @Nullable String username,
      List<String> roles) {}
}
