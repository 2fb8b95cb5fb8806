package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Business associate agreements with partners: IT leaders read them (they staff with partners),
 * admins record and end them. Nothing deletes one.
 */
@Controller("/api/business-associate-agreements")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class BusinessAssociateController {

  private final BusinessAssociates agreements;
  private final Accounts accounts;

  BusinessAssociateController(BusinessAssociates agreements, Accounts accounts) {
    this.agreements = agreements;
    this.accounts = accounts;
  }

  @Serdeable
  record NewAgreement(
      @NotNull @Positive Long partnerId,
      @NotBlank @Size(max = 120) String reference,
      @NotNull LocalDate effectiveFrom,
      @Nullable LocalDate effectiveUntil) {}

  @Serdeable
  record Ending(@NotNull LocalDate effectiveUntil) {}

  @Get
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "The health system's partners, each with its agreement in force, and every agreement")
  BusinessAssociates.Overview list(Authentication authentication) {
    return agreements.overview(Caller.of(authentication).tenantId());
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Role.Names.ADMIN)
  @Operation(summary = "Record a business associate agreement with a partner")
  BusinessAssociates.Agreement record(
      Authentication authentication, @Body @Valid NewAgreement body) {
    Caller caller = Caller.of(authentication);
    return agreements.record(
        caller.tenantId(),
        accounts.accountId(caller),
        body.partnerId(),
        body.reference(),
        body.effectiveFrom(),
        body.effectiveUntil());
  }

  @Post("/{id}/end")
  @Secured(Role.Names.ADMIN)
  @Operation(summary = "End an agreement after the given day; it stays on the record")
  BusinessAssociates.Agreement end(
      Authentication authentication, long id, @Body @Valid Ending body) {
    Caller caller = Caller.of(authentication);
    return agreements
        .end(caller.tenantId(), accounts.accountId(caller), id, body.effectiveUntil())
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such agreement."));
  }
}
