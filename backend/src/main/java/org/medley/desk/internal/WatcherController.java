package org.medley.desk.internal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;

/** Staff who get in-app notices of a ticket's comments and status changes without working it. */
@Controller("/api/tickets/{id}/watchers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class WatcherController {

  private final Watchers watchers;

  WatcherController(Watchers watchers) {
    this.watchers = watchers;
  }

  @Get
  @Operation(
      summary = "The ticket's watchers, whether the caller watches, and whom the caller may add")
  Watchers.WatcherList list(Authentication authentication, long id) {
    return watchers.list(Caller.of(authentication), id);
  }

  @Put("/{accountId}")
  @Operation(
      summary = "Watch the ticket (your own account) or add a colleague who may see it",
      description =
          "A partner's agent adds only people of its own company, on tickets its groups hold. The"
              + " requester is never a watcher (409).")
  Watchers.WatcherList add(Authentication authentication, long id, long accountId) {
    return watchers.add(Caller.of(authentication), id, accountId);
  }

  @Delete("/{accountId}")
  @Operation(summary = "Stop watching (your own account) or remove a watcher")
  Watchers.WatcherList remove(Authentication authentication, long id, long accountId) {
    return watchers.remove(Caller.of(authentication), id, accountId);
  }
}
