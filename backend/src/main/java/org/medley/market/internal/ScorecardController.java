package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Scorecards: the figures the hospital judges its own teams and its partners by, on one definition.
 * Leaders, executives and admins read every card; a partner's manager reads its own organisation's
 * (another's is 404); partner agents read none.
 */
@Controller("/api/scorecards")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE, Role.Names.PARTNER_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "market")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ScorecardController {

  private static final String RANGE =
      " `from` and `to` are instants or dates at the hospital (a `to` date counts to its end);"
          + " by default the last 30 days; at most a year.";

  private final ScorecardService scorecards;

  ScorecardController(ScorecardService scorecards) {
    this.scorecards = scorecards;
  }

  @Get
  @Operation(
      operationId = "listScorecards",
      summary = "Scorecards of the hospital's teams, its partners and their engagements",
      description =
          "One row per internal team, partner and engagement (a partner's manager: its own"
              + " partner and engagements), with volume, SLA and OLA compliance, first-contact"
              + " resolution, reopen rate, CSAT and backlog age."
              + RANGE)
  ScorecardApi.Scorecards list(
      Authentication authentication,
      @Parameter(example = "2026-11-01") @Nullable @QueryValue String from,
      @Parameter(example = "2026-11-30") @Nullable @QueryValue String to) {
    Caller caller = Caller.of(authentication);
    return scorecards.list(caller, scorecards.range(caller, from, to));
  }

  @Get("/partners/{id}")
  @Operation(
      operationId = "partnerScorecard",
      summary = "One partner's scorecard, with its weeks." + RANGE)
  ScorecardApi.Card partner(
      Authentication authentication,
      long id,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    Caller caller = Caller.of(authentication);
    return scorecards.partner(caller, id, scorecards.range(caller, from, to));
  }

  @Get("/engagements/{id}")
  @Operation(
      operationId = "engagementScorecard",
      summary = "One engagement's scorecard, with its weeks." + RANGE)
  ScorecardApi.Card engagement(
      Authentication authentication,
      long id,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    Caller caller = Caller.of(authentication);
    return scorecards.engagement(caller, id, scorecards.range(caller, from, to));
  }
}
