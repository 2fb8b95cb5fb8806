package org.medley.ebonding.internal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;

/** A ticket's state in the partner desks that hold it. */
@Controller("/api/tickets/{id}/sync")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "integrations")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class TicketSyncController {

  private final EbondingOperations operations;

  TicketSyncController(EbondingOperations operations) {
    this.operations = operations;
  }

  @Get
  @Operation(
      operationId = "getTicketSync",
      summary =
          "The ticket in each partner desk: its id there, when it last synced, the last error and"
              + " how many updates wait (a partner's agents see their own desk only)")
  List<EbondingOperations.SyncLine> sync(Authentication authentication, long id) {
    return operations.ticketSync(Caller.of(authentication), id);
  }
}
