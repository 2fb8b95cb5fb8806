package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.medley.desk.TicketVisibility;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Refused;

/**
 * SLA timers as people see them (a ticket's timers, what breaches soon, compliance) and the SLA
 * policies admins define. Each handler maps HTTP to one service call.
 */
@Controller("/api")
@Secured({Role.Names.ADMIN, Role.Names.AGENT, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "sla")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class SlaController {

  private final SlaQueries queries;
  private final Policies policies;
  private final OlaPolicies olas;
  private final Clock clock;
  private final TicketVisibility tickets;
  private final ComplianceReport compliance;

  SlaController(
      SlaQueries queries,
      ComplianceReport compliance,
      Policies policies,
      OlaPolicies olas,
      Clock clock,
      TicketVisibility tickets) {
    this.tickets = tickets;
    this.queries = queries;
    this.compliance = compliance;
    this.policies = policies;
    this.olas = olas;
    this.clock = clock;
  }

  @Get("/tickets/{id}/sla")
  @Operation(
      summary = "A ticket's SLA and OLA timers",
      description =
          "Each timer: target, state (RUNNING, PAUSED, MET, BREACHED, CANCELLED), dueAt (wall-clock"
              + " deadline; absent while paused), remaining business time (ISO-8601, negative when"
              + " late) and percent used, as of `now`. Whoever may see the ticket (the desk, its"
              + " requester, a partner whose group holds or held it); 404 for anyone else and for"
              + " tickets without timers.")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  SlaQueries.TicketSla ticket(Authentication authentication, long id) {
    Caller caller = Caller.of(authentication);
    // Whoever may see the ticket sees its clocks (a requester its due time, a partner its OLA);
    // leaders and executives (oversight) may open any ticket of the tenant, so its clocks too.
    if (!tickets.canSee(caller, id)) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No SLA timers for ticket " + id);
    }
    return queries.forTicket(caller.tenantId(), id);
  }

  @Get("/sla/breaching-soon")
  @Operation(
      summary = "Running timers due within a window, soonest first",
      description =
          "`within` is an ISO-8601 duration (default PT2H, at most P31D); overdue timers the sweep"
              + " has not yet marked come first. `groupId` narrows to one support group.")
  SlaQueries.BreachingSoon breachingSoon(
      Authentication authentication,
      @Nullable @QueryValue Long groupId,
      @Parameter(example = "PT2H") @QueryValue(defaultValue = "PT2H") @Size(max = 40) String within,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return queries.breachingSoon(
        tenant(authentication), groupId, isoDuration("within", within), limit);
  }

  @Get("/sla/compliance")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
  @Operation(
      summary = "Share of timers met per period, grouped by one dimension",
      description =
          "Counts timers that finished in [from, to): MET when stopped in time, BREACHED at their"
              + " deadline; running, paused and cancelled timers are not counted. `period`: day,"
              + " week (from Monday) or month, in `zone` (IANA; default the hospital's time"
              + " zone); at most 400 periods and three years. `groupBy`: priority, tier,"
              + " application, group, provider (internal vs partner, SLA timers) or partner (OLA"
              + " timers per partner organisation). `target`: RESPONSE or RESOLUTION (default"
              + " both).")
  ComplianceReport.Compliance compliance(
      Authentication authentication,
      @Parameter(example = "2026-10-01T00:00:00Z") @QueryValue Instant from,
      @Parameter(example = "2026-11-01T00:00:00Z") @QueryValue Instant to,
      @QueryValue(defaultValue = "week") @Size(max = 20) String period,
      @QueryValue(defaultValue = "priority") @Size(max = 20) String groupBy,
      @Nullable @QueryValue @Size(max = 60) String zone,
      @Nullable @QueryValue @Size(max = 20) String target) {
    long tenant = tenant(authentication);
    var query =
        ComplianceReport.parse(
            from, to, zone, compliance.tenantZone(tenant), period, groupBy, target);
    return compliance.run(tenant, query);
  }

  @Serdeable
  record PolicyPage(List<PolicyView> items, int page, int size, long total) {}

  @Get("/sla/policies")
  @Operation(summary = "The tenant's SLA policies, by priority")
  PolicyPage policies(
      Authentication authentication,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    var listing = policies.list(tenant(authentication), page, size);
    return new PolicyPage(listing.items(), page, size, listing.total());
  }

  @Get("/sla/policies/{id}")
  @Operation(summary = "One SLA policy")
  PolicyView policy(Authentication authentication, long id) {
    return policies.view(tenant(authentication), id);
  }

  @Post("/sla/policies")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured(Role.Names.ADMIN)
  @Operation(
      summary = "Define an SLA policy",
      description =
          "Targets are ISO-8601 durations of business time on `calendarId`. Null criteria match"
              + " any ticket; `engagementId` matches while a group of that engagement, in force,"
              + " holds the ticket; the most specific active policy applies. Every mistake is"
              + " reported with its field.")
  HttpResponse<PolicyView> create(Authentication authentication, @Body PolicyInput input) {
    var created = policies.create(tenant(authentication), actor(authentication), input);
    return HttpResponse.created(created, URI.create("/api/sla/policies/" + created.id()));
  }

  @Put("/sla/policies/{id}")
  @Secured(Role.Names.ADMIN)
  @Operation(
      summary = "Change an SLA policy (send the version you read; 409 if it changed meanwhile)",
      description = "Applies to tickets that match it from now on; running timers keep theirs.")
  PolicyView update(Authentication authentication, long id, @Body PolicyInput input) {
    return policies.update(tenant(authentication), actor(authentication), id, input);
  }

  @Serdeable
  record PreviewRequest(
      @Nullable Long calendarId,
      @Nullable String response,
      @Nullable String resolution,
      @Nullable Instant start) {}

  @Post("/sla/policies/preview")
  @Operation(
      summary = "When a ticket opened at `start` (default now) would be due under these targets")
  PolicyPreview preview(Authentication authentication, @Body PreviewRequest request) {
    return policies.preview(
        tenant(authentication),
        request.calendarId(),
        request.response(),
        request.resolution(),
        request.start() == null ? clock.instant() : request.start());
  }

  @Get("/sla/policy-defaults")
  @Operation(
      summary = "What a policy or an OLA gets for a term it leaves out",
      description =
          "`pauseOn`: the statuses that stop the clock when a policy or an OLA names none, the"
              + " selection a new policy's form starts from.")
  PolicyDefaults policyDefaults() {
    return PolicyDefaults.current();
  }

  @Serdeable
  record OlaList(List<OlaView> items) {}

  @Get("/sla/olas")
  @Operation(
      summary = "Engagements' OLA thresholds, by partner",
      description =
          "Each names its engagement (engagementId, engagementName) and, for display, the"
              + " engagement's partner (partnerId, partnerName).")
  OlaList olas(Authentication authentication) {
    return new OlaList(olas.list(tenant(authentication)));
  }

  @Get("/sla/olas/{id}")
  @Operation(summary = "One engagement's OLA thresholds")
  OlaView ola(Authentication authentication, long id) {
    return olas.view(tenant(authentication), id);
  }

  @Post("/sla/olas")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured(Role.Names.ADMIN)
  @Operation(
      summary = "Define an engagement's OLA thresholds",
      description =
          "One OLA per engagement (`engagementId`; 409 if it has one). Targets are ISO-8601"
              + " durations of business time on `calendarId`; breach actions default to"
              + " NOTIFY_GROUP_LEAD and NOTIFY_PARTNER_MANAGER, which tells the engagement's manager"
              + " (every agent of the partner when the engagement names none). Every mistake is"
              + " reported with its field; audited.")
  HttpResponse<OlaView> createOla(Authentication authentication, @Body OlaInput input) {
    var created = olas.create(tenant(authentication), actor(authentication), input);
    return HttpResponse.created(created, URI.create("/api/sla/olas/" + created.id()));
  }

  @Put("/sla/olas/{id}")
  @Secured(Role.Names.ADMIN)
  @Operation(
      summary =
          "Change an engagement's OLA thresholds (send the version you read; 409 if it changed)",
      description = "Applies to OLA timers started from now on; running ones keep theirs. Audited.")
  OlaView updateOla(Authentication authentication, long id, @Body OlaInput input) {
    return olas.update(tenant(authentication), actor(authentication), id, input);
  }

  private static Duration isoDuration(String field, String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw Refused.invalid(field, "not an ISO-8601 duration such as PT2H");
    }
  }

  private static String actor(Authentication authentication) {
    return Caller.of(authentication).username();
  }

  private static long tenant(Authentication authentication) {
    return Caller.of(authentication).tenantId();
  }
}
