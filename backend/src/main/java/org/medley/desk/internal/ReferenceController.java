package org.medley.desk.internal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.medley.desk.internal.TicketViews.ExternalReference;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;

/**
 * A ticket's ids in partner and vendor systems. {@code GET /api/tickets?externalRef=SYSTEM:ID}
 * finds the ticket a reference belongs to.
 */
@Controller("/api/tickets/{id}/external-references")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ReferenceController {

  private final ReferenceDesk references;

  ReferenceController(ReferenceDesk references) {
    this.references = references;
  }

  @Serdeable
  record ReferenceRequest(
      @NotBlank @Size(max = 120) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$") String externalId) {}

  @Get
  @Operation(summary = "The ticket's partner and vendor ids")
  List<ExternalReference> list(Authentication authentication, long id) {
    return references.list(Caller.of(authentication), id);
  }

  @Put("/{system}")
  @Operation(
      summary =
          "Set the ticket's id in one system (e.g. NORTHWIND, EPIC); 409 if another ticket has it")
  List<ExternalReference> put(
      Authentication authentication, long id, String system, @Body @Valid ReferenceRequest body) {
    return references.put(Caller.of(authentication), id, system, body.externalId().strip());
  }

  @Delete("/{system}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the ticket's id in one system")
  HttpResponse<Void> remove(Authentication authentication, long id, String system) {
    references.remove(Caller.of(authentication), id, system);
    return HttpResponse.noContent();
  }
}
