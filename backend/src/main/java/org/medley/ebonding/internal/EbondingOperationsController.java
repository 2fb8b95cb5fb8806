package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** Admins watch each connector's deliveries and handle its dead letters. */
@Controller("/api/integrations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ADMIN)
@Tag(name = "integrations")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class EbondingOperationsController {

  private final EbondingOperations operations;

  EbondingOperationsController(EbondingOperations operations) {
    this.operations = operations;
  }

  @Serdeable
  record DiscardRequest(@NotBlank @Size(max = 500) String reason) {}

  @Get("/connectors/{id}/status")
  @Operation(
      operationId = "getConnectorStatus",
      summary =
          "A connector's health, last sync, queued and failed (dead-letter) updates, and the age"
              + " of the oldest one waiting")
  EbondingOperations.Status status(Authentication authentication, long id) {
    return operations.status(Caller.of(authentication), id);
  }

  @Get("/dead-letters")
  @Operation(
      operationId = "listDeadLetters",
      summary = "Updates a partner desk refused or never took, newest first; by connector if given")
  EbondingOperations.DeadLetterPage deadLetters(
      Authentication authentication,
      @Nullable @QueryValue @Positive Long connectorId,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return operations.deadLetters(Caller.of(authentication), connectorId, page, size);
  }

  @Get("/dead-letters/{eventId}")
  @Operation(operationId = "getDeadLetter", summary = "One dead letter, with what it carries")
  EbondingOperations.DeadLetterView deadLetter(Authentication authentication, String eventId) {
    return operations.deadLetter(Caller.of(authentication), eventId);
  }

  @Post("/dead-letters/{eventId}/redrive")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "redriveDeadLetter",
      summary = "Send a dead letter again from its first attempt, its ticket's later updates after")
  void redrive(Authentication authentication, String eventId) {
    operations.redrive(Caller.of(authentication), eventId);
  }

  @Post("/dead-letters/{eventId}/discard")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "discardDeadLetter",
      summary = "Give a dead letter up for good (audited with the reason); later updates go on")
  void discard(Authentication authentication, String eventId, @Body @Valid DiscardRequest body) {
    operations.discard(Caller.of(authentication), eventId, body.reason().strip());
  }
}
