package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** The outage playbook: who reads devices reads it, a partner's people over their devices. */
@Controller("/api/devices/outage-playbook")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.AGENT,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "devices")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class OutagePlaybookController {

  private final OutagePlaybook playbook;

  OutagePlaybookController(OutagePlaybook playbook) {
    this.playbook = playbook;
  }

  @Get
  @Operation(
      summary =
          "Connected devices that cannot be recovered remotely (their model says so), not retired:"
              + " counts by site and unit, and a page of them, of one site or unit if named")
  OutagePlaybook.View outagePlaybook(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String site,
      @Nullable @QueryValue @Size(max = 100) String unit,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return playbook.view(
        Caller.of(authentication), blankToNull(site), blankToNull(unit), page, size);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
