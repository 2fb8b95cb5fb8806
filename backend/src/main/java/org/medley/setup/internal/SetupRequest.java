package org.medley.setup.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The setup screen's form: the organisation, its business hours and (built-in issuer) the first
 * administrator with the setup link's token. Under an external issuer the token and the
 * administrator are left out: the caller is the administrator.
 */
@Serdeable
record SetupRequest(
    @Schema(description = "The setup link's token (built-in issuer only)")
        @Nullable
        @Size(max = 100)
        String token,
    @NotNull @Valid Organization organization,
    @Schema(
            description =
                "Monday to Friday opening hours of the default business calendar; omitted or null:"
                    + " the default calendar is 24x7")
        @Nullable
        @Valid
        BusinessHours businessHours,
    @Schema(description = "The first administrator (built-in issuer only)") @Nullable @Valid
        Admin admin) {

  @Serdeable
  record Organization(
      @NotBlank @Size(max = 200) String name,
      @Schema(description = "IANA time zone, e.g. America/Chicago", example = "America/Chicago")
          @NotBlank
          @Size(max = 64)
          String timeZone) {}

  @Serdeable
  record BusinessHours(
      @Schema(example = "08:00") @NotBlank @Size(max = 5) String from,
      @Schema(example = "17:00") @NotBlank @Size(max = 5) String to) {}

  @Serdeable
  record Admin(
      @NotBlank @Size(max = 200) String displayName,
      @Schema(description = "Also the sign-in name") @NotBlank @Email @Size(max = 100) String email,
      @NotBlank @Size(max = 200) String password) {}
}
