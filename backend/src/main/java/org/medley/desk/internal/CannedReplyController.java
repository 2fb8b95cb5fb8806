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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;
import org.medley.platform.Refused;

/**
 * A support group's canned replies, and the ones an agent may use on a ticket, filled in for it.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class CannedReplyController {

  private final CannedReplies replies;

  CannedReplyController(CannedReplies replies) {
    this.replies = replies;
  }

  @Serdeable
  record CannedReplyRequest(
      @NotBlank @Size(max = 120) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$") String title,
      @NotBlank @Size(max = 10_000) String body,
      // Required on a change (the version read), ignored on create.
      @Nullable @Min(0) Long version) {

    CannedReplies.Draft draft() {
      return new CannedReplies.Draft(title, body);
    }
  }

  private static final String PLACEHOLDERS =
      "Placeholders: {{requester.name}}, {{requester.firstName}}, {{ticket.number}},"
          + " {{ticket.title}}, {{agent.name}}; any other is refused with 422.";

  @Get("/canned-reply-groups")
  @Operation(
      summary = "The support groups whose canned replies the caller reads",
      description = "canManage says whether the caller may change a group's replies.")
  List<CannedReplies.GroupChoice> groups(Authentication authentication) {
    return replies.groups(Caller.of(authentication));
  }

  @Get("/support-groups/{id}/canned-replies")
  @Operation(
      summary = "A group's canned replies, by title",
      description =
          "For administrators, the group's members and the agents of the partner providing it;"
              + " canManage says whether the caller may change them (leads and administrators).")
  CannedReplies.CannedReplyList list(Authentication authentication, long id) {
    return replies.list(Caller.of(authentication), id);
  }

  @Post("/support-groups/{id}/canned-replies")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Add a canned reply to a group (its leads and administrators)",
      description = PLACEHOLDERS)
  HttpResponse<CannedReplies.CannedReplyView> create(
      Authentication authentication, long id, @Body @Valid CannedReplyRequest body) {
    var created = replies.create(Caller.of(authentication), id, body.draft());
    return HttpResponse.created(
        created, URI.create("/api/support-groups/" + id + "/canned-replies/" + created.id()));
  }

  @Put("/support-groups/{id}/canned-replies/{replyId}")
  @Operation(
      summary = "Change a canned reply; version is the one read (409 when someone changed it)",
      description = PLACEHOLDERS)
  CannedReplies.CannedReplyView update(
      Authentication authentication, long id, long replyId, @Body @Valid CannedReplyRequest body) {
    if (body.version() == null) {
      throw Refused.invalid("version", "must be the version you read");
    }
    return replies.update(Caller.of(authentication), id, replyId, body.version(), body.draft());
  }

  @Delete("/support-groups/{id}/canned-replies/{replyId}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a canned reply (its group's leads and administrators)")
  HttpResponse<Void> delete(Authentication authentication, long id, long replyId) {
    replies.delete(Caller.of(authentication), id, replyId);
    return HttpResponse.noContent();
  }

  @Get("/tickets/{id}/canned-replies")
  @Operation(
      summary = "Canned replies filled in for this ticket",
      description =
          "The ticket's group's replies first, then those of the caller's own groups, with"
              + " placeholders replaced (and masked as the ticket is for this caller). For those"
              + " working the ticket.")
  List<CannedReplies.ExpandedReply> forTicket(Authentication authentication, long id) {
    return replies.forTicket(Caller.of(authentication), id);
  }
}
