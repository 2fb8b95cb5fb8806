package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.desk.TicketType;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Refused;

/**
 * Routing rules: per tier an ordered list of conditions → group, the default group per tier, the
 * escalation target per group, and a preview of where a ticket would go. Administrators only:
 * routing names partners' desks and is set up, not worked.
 */
@Controller("/api/routing-rules")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class RoutingRuleController {

  private final RoutingRuleAdmin admin;

  RoutingRuleController(RoutingRuleAdmin admin) {
    this.admin = admin;
  }

  /**
   * A rule as written. Conditions are AND-ed; the values of one condition are alternatives; a
   * condition left empty matches anything. At least one condition is required.
   */
  @Serdeable
  record RuleRequest(
      @NotNull Tier tier,
      @NotNull Long groupId,
      @Nullable @Size(max = 50) List<Long> applicationIds,
      @Nullable @Size(max = 50) List<String> categories,
      @Nullable @Size(max = 2) List<TicketType> types,
      @Nullable @Size(max = 3) List<Integer> impacts,
      @Nullable @Size(max = 50) List<String> departments,
      @Nullable @Size(max = 50) List<String> locations,
      @Nullable @Size(max = 50) List<String> titleWords,
      // Required on a change (the version read), ignored on create.
      @Nullable @Min(0) Long version) {

    RoutingRuleAdmin.Draft draft() {
      return new RoutingRuleAdmin.Draft(
          tier,
          groupId,
          applicationIds,
          categories,
          types,
          impacts,
          departments,
          locations,
          titleWords);
    }
  }

  @Serdeable
  record OrderRequest(@NotNull Tier tier, @NotNull @Size(max = 500) List<@NotNull Long> ids) {}

  @Serdeable
  record DefaultRequest(@Nullable Long groupId) {}

  @Serdeable
  record EscalationRequest(@Nullable Long targetGroupId) {}

  @Serdeable
  record PreviewRequest(
      @NotNull TicketType type,
      @Nullable Long applicationId,
      @NotNull @Min(1) @Max(3) Integer impact,
      @Nullable @Min(1) @Max(3) Integer urgency,
      @NotBlank @Size(max = 200) String title,
      @Nullable Long requesterId,
      @Nullable Tier tier) {}

  @Get
  @Operation(
      summary = "The routing rules, by tier and in the order they are tried",
      description = "tier narrows to one tier; position counts from 0 within a tier.")
  RoutingRuleAdmin.RulePage list(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = "L1|L2|L3|VENDOR") String tier,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "100") @Min(1) @Max(500) int size) {
    return admin.list(
        Caller.of(authentication), tier == null ? null : Tier.valueOf(tier), page, size);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Add a rule at the end of its tier",
      description =
          "The group must be the caller's, work at the rule's tier and not be retired (422 naming"
              + " groupId); another tenant's group or application is 404.")
  HttpResponse<RoutingRuleAdmin.RuleView> create(
      Authentication authentication, @Body @Valid RuleRequest body) {
    var created = admin.create(Caller.of(authentication), body.draft());
    return HttpResponse.created(created, URI.create("/api/routing-rules/" + created.id()));
  }

  @Get("/{id}")
  @Operation(summary = "One routing rule")
  RoutingRuleAdmin.RuleView get(Authentication authentication, long id) {
    return admin.get(Caller.of(authentication), id);
  }

  @Put("/{id}")
  @Operation(
      summary = "Change a rule; version is the one read (409 when someone changed it)",
      description = "A rule moved to another tier goes to the end of that tier.")
  RoutingRuleAdmin.RuleView update(
      Authentication authentication, long id, @Body @Valid RuleRequest body) {
    if (body.version() == null) {
      throw Refused.invalid("version", "must be the version you read");
    }
    return admin.update(Caller.of(authentication), id, body.version(), body.draft());
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a rule; version is the one read (409 when someone changed it)")
  HttpResponse<Void> delete(
      Authentication authentication, long id, @QueryValue @Min(0) long version) {
    admin.delete(Caller.of(authentication), id, version);
    return HttpResponse.noContent();
  }

  @Put("/order")
  @Operation(
      summary = "Put a tier's rules in this order",
      description =
          "ids must be exactly the tier's rules (409 when they changed since read); answers the"
              + " tier's rules in their new order.")
  RoutingRuleAdmin.RulePage reorder(Authentication authentication, @Body @Valid OrderRequest body) {
    return admin.reorder(Caller.of(authentication), body.tier(), body.ids());
  }

  @Get("/groups")
  @Operation(
      summary = "The support groups routing may name, by tier and name",
      description =
          "Retired groups are listed, flagged, so that rules that still name one show it.")
  List<RoutingRuleAdmin.GroupRef> groups(Authentication authentication) {
    return admin.groups(Caller.of(authentication));
  }

  @Get("/defaults")
  @Operation(
      summary = "The default group of each tier",
      description =
          "It takes what no rule matched; where none is set, the tier's first group by name does.")
  List<RoutingRuleAdmin.DefaultView> defaults(Authentication authentication) {
    return admin.defaults(Caller.of(authentication));
  }

  @Put("/defaults/{tier}")
  @Operation(summary = "Set (or with groupId null, clear) a tier's default group")
  RoutingRuleAdmin.DefaultView setDefault(
      Authentication authentication,
      @PathVariable @Pattern(regexp = "L1|L2|L3|VENDOR") String tier,
      @Body @Valid DefaultRequest body) {
    return admin.setDefault(Caller.of(authentication), Tier.valueOf(tier), body.groupId());
  }

  @Get("/escalations")
  @Operation(
      summary = "Each group's escalation target",
      description =
          "The group that takes a ticket escalated from this group (at the next tier); without"
              + " one, the next tier's rules decide.")
  List<RoutingRuleAdmin.EscalationView> escalations(Authentication authentication) {
    return admin.escalations(Caller.of(authentication));
  }

  @Put("/escalations/{groupId}")
  @Operation(summary = "Set (or with targetGroupId null, clear) a group's escalation target")
  RoutingRuleAdmin.EscalationView setEscalation(
      Authentication authentication, long groupId, @Body @Valid EscalationRequest body) {
    return admin.setEscalation(Caller.of(authentication), groupId, body.targetGroupId());
  }

  @Post("/preview")
  @Operation(
      summary = "Where would this ticket go?",
      description =
          "The group a ticket draft would land in at a tier (L1 unless tier is given), the rule"
              + " that matched or the default, and why each earlier rule did not match. Nothing is"
              + " saved.")
  RoutingRuleAdmin.Preview preview(
      Authentication authentication, @Body @Valid PreviewRequest body) {
    return admin.preview(
        Caller.of(authentication),
        new RoutingRuleAdmin.PreviewDraft(
            body.tier() == null ? Tier.L1 : body.tier(),
            body.type(),
            body.applicationId(),
            body.impact(),
            body.title(),
            body.requesterId()));
  }

  @Get("/audit")
  @Operation(summary = "Who changed routing, when and how; newest first")
  RoutingRuleAdmin.AuditPage audit(
      Authentication authentication,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return admin.audit(Caller.of(authentication), page, size);
  }
}
