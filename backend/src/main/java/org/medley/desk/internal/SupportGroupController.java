package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * Setting up support groups (admins): create, change, retire, and who is in each group and leads
 * it. What agents read of groups ({@code GET /api/support-groups}, a group's members with their
 * load) stays in {@link DeskController}.
 */
@Controller("/api/support-groups")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class SupportGroupController {

  private final SupportGroupSetup setup;

  SupportGroupController(SupportGroupSetup setup) {
    this.setup = setup;
  }

  /**
   * A group as an admin sets it up. {@code provider} is INTERNAL or PARTNER (then {@code
   * engagementId} names the engagement that provides it and {@code partnerId} its partner).
   */
  @Serdeable
  record GroupSettings(
      long id,
      String name,
      Tier tier,
      String provider,
      @Nullable Long partnerId,
      @Nullable String partnerName,
      @Nullable Long engagementId,
      @Nullable String engagementName,
      boolean engagementActive,
      @Nullable Long calendarId,
      @Nullable String calendarName,
      boolean autoAssign,
      AssignmentStrategy strategy,
      @Nullable String email,
      int members,
      @Nullable Instant retiredAt,
      long version) {}

  @Serdeable
  record GroupPage(List<GroupSettings> items, int page, int size, long total) {}

  /**
   * A group's settings. No {@code engagementId}: the hospital's own staff provide it. {@code
   * autoAssign} defaults to off and {@code strategy} to SKILLED_ON_SHIFT; {@code version} is
   * required to change a group.
   */
  @Serdeable
  record GroupInput(
      @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$") String name,
      @NotNull Tier tier,
      @NotNull @Positive Long calendarId,
      @Nullable @Positive Long engagementId,
      @Nullable Boolean autoAssign,
      @Nullable AssignmentStrategy strategy,
      @Nullable @Email @Size(max = 254) String email,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record MemberInput(@NotNull @Positive Long staffId, @Nullable Boolean lead) {}

  @Get("/settings")
  @Operation(
      summary = "Every support group with its settings, for admins (paged, searchable)",
      description =
          "By tier and name. q: words in the name; tier: one tier; retired=true lists retired"
              + " groups too.")
  GroupPage groupSettings(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String q,
      @Nullable @QueryValue Tier tier,
      @QueryValue(defaultValue = "false") boolean retired,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return setup.list(Caller.of(authentication), q, tier, retired, page, size);
  }

  @Post
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Create a support group; 409 naming name when the name is taken")
  HttpResponse<GroupSettings> createGroup(
      Authentication authentication, @Body @Valid GroupInput body) {
    GroupSettings created = setup.create(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/support-groups/" + created.id()));
  }

  @Put("/{id}")
  @Operation(summary = "Change a support group; 409 when the version is stale or the name taken")
  GroupSettings changeGroup(Authentication authentication, long id, @Body @Valid GroupInput body) {
    return setup.change(Caller.of(authentication), id, body);
  }

  @Post("/{id}/retire")
  @Operation(
      summary = "Retire a support group",
      description =
          "409 with the reason while open tickets or an active engagement hold it. A retired group"
              + " keeps its history and leaves routing, assignment and the pickers.")
  GroupSettings retireGroup(Authentication authentication, long id) {
    return setup.retire(Caller.of(authentication), id);
  }

  @Post("/{id}/members")
  @Operation(
      summary = "Add a staff member to the group, or change whether they lead it",
      description =
          "The staff member must work for the hospital; a partner's group takes only the"
              + " partner's staff. Answers the group's members.")
  List<TicketViews.MemberView> putGroupMember(
      Authentication authentication, long id, @Body @Valid MemberInput body) {
    return setup.putMember(
        Caller.of(authentication), id, body.staffId(), Boolean.TRUE.equals(body.lead()));
  }

  @Delete("/{id}/members/{staffId}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Take a staff member out of the group (nothing to do if not in it)")
  HttpResponse<Void> removeGroupMember(Authentication authentication, long id, long staffId) {
    setup.removeMember(Caller.of(authentication), id, staffId);
    return HttpResponse.noContent();
  }
}
