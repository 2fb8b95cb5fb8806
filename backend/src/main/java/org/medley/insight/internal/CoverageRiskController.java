package org.medley.insight.internal;

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
import jakarta.validation.constraints.Pattern;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** Coverage risk over time for the hospital's executives and IT leaders (and admins). */
@Controller("/api/insights/coverage-risk")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "insight")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class CoverageRiskController {

  private static final String DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private final CoverageRiskHistory history;

  CoverageRiskController(CoverageRiskHistory history) {
    this.history = history;
  }

  @Get
  @Operation(
      summary = "The coverage matrix's GOOD/RISK/GAP counts per week, and what is at risk now",
      description =
          "from and to are local dates (by default the last 26 weeks). Weeks are recorded as time"
              + " goes by (hourly, and on every read): weeks before the first record are absent.")
  CoverageRiskHistory.Answer coverageRisk(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = DAY) String from,
      @Nullable @QueryValue @Pattern(regexp = DAY) String to) {
    return history.answer(Caller.of(authentication).tenantId(), from, to);
  }
}
