package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.medley.desk.internal.TicketLinks.LinkView;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** Links between tickets, merging a duplicate, and bulk edits from the queue. */
@Controller("/api/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class TicketLinkController {

  private final TicketLinks links;
  private final TicketBulk bulk;

  TicketLinkController(TicketLinks links, TicketBulk bulk) {
    this.links = links;
    this.bulk = bulk;
  }

  @Serdeable
  record LinkRequest(
      @NotNull LinkType type,
      @Nullable @Positive Long ticketId,
      @Nullable @Size(min = 1, max = 20) String number) {}

  @Serdeable
  record MergeRequest(@NotNull @Positive Long into, @NotNull @Min(0) Long version) {}

  @Serdeable
  record BulkRequest(
      @NotEmpty List<@NotNull @Positive Long> ticketIds,
      @NotNull TicketBulk.Action action,
      @Nullable @Positive Long groupId,
      @Nullable @Positive Long assigneeId,
      @Nullable @Positive Long duplicateOf,
      // The version each ticket was listed at, by ticket id: a ticket changed since is STALE.
      @Nullable Map<String, @NotNull @Min(0) Long> versions) {}

  @Get("/{id}/links")
  @Operation(
      summary = "The ticket's links, each read from this ticket (duplicate of / duplicated by…)",
      description =
          "Links to tickets the caller cannot see are left out. For the desk and partners only.")
  List<LinkView> links(Authentication authentication, long id) {
    return links.list(Caller.of(authentication), id);
  }

  @Post("/{id}/links")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Link the ticket to another (DUPLICATE_OF, CAUSED_BY, RELATED_TO)",
      description =
          "Name the other ticket by ticketId or by number. A ticket the caller cannot see answers"
              + " 404; a link to itself 400; a second link of the same type between the two, a"
              + " second DUPLICATE_OF, or a chain of duplicates leading back 409. Audited on both"
              + " tickets.")
  HttpResponse<LinkView> link(
      Authentication authentication, long id, @Body @Valid LinkRequest body) {
    LinkView link =
        links.link(
            Caller.of(authentication),
            id,
            body.type(),
            new TicketLinks.Target(body.ticketId(), body.number()));
    return HttpResponse.created(link, URI.create("/api/tickets/" + id + "/links/" + link.id()));
  }

  @Delete("/{id}/links/{linkId}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a link; audited on both tickets")
  HttpResponse<Void> unlink(Authentication authentication, long id, long linkId) {
    links.unlink(Caller.of(authentication), id, linkId);
    return HttpResponse.noContent();
  }

  @Post("/{id}/merge")
  @Operation(
      summary = "Merge this ticket into another as its duplicate, in one step",
      description =
          "Links the ticket DUPLICATE_OF `into`, leaves an internal note on `into` pointing back,"
              + " and resolves this ticket as \"Duplicate of …\", which tells its requester; she"
              + " hears again when `into` is resolved. 409 when `version` is stale, when `into` is"
              + " closed or cancelled or itself a duplicate, or this ticket is no longer open.")
  TicketView merge(Authentication authentication, long id, @Body @Valid MergeRequest body) {
    return links.merge(Caller.of(authentication), id, body.into(), body.version());
  }

  @Post("/bulk")
  // A queue tool: people who only file or read tickets are refused before their list is read.
  @Secured({Role.Names.AGENT, Role.Names.PARTNER_AGENT, Role.Names.ADMIN})
  @Operation(
      summary = "Apply one change to up to 100 tickets: ASSIGN, CHANGE_GROUP, RESOLVE_DUPLICATE",
      description =
          "Each ticket changes in its own transaction and answers DONE, STALE (changed since its"
              + " listed version), REFUSED (with the reason) or NOT_FOUND (a ticket the caller"
              + " cannot see). ASSIGN needs assigneeId (groupId optional: the ticket's group);"
              + " CHANGE_GROUP needs groupId and leaves the tickets to the group; RESOLVE_DUPLICATE"
              + " needs duplicateOf and merges each ticket into it. More than 100 ids: 422.")
  TicketBulk.Summary bulk(Authentication authentication, @Body @Valid BulkRequest body) {
    if (body.ticketIds().size() > TicketBulk.MAX) {
      throw new HttpStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "At most "
              + TicketBulk.MAX
              + " tickets at a time; this request names "
              + body.ticketIds().size()
              + ".");
    }
    Map<Long, Long> versions = new java.util.HashMap<>();
    if (body.versions() != null) {
      body.versions()
          .forEach(
              (key, version) -> {
                try {
                  versions.put(Long.parseLong(key.strip()), version);
                } catch (NumberFormatException e) {
                  throw new HttpStatusException(
                      HttpStatus.BAD_REQUEST, "versions: keys are ticket ids, not \"" + key + "\"");
                }
              });
    }
    return bulk.apply(
        Caller.of(authentication),
        body.ticketIds(),
        new TicketBulk.Edit(
            body.action(), body.groupId(), body.assigneeId(), body.duplicateOf(), versions));
  }
}
