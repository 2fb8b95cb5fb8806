package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.desk.internal.TicketViews.AuditView;
import org.medley.desk.internal.TicketViews.CommentView;
import org.medley.desk.internal.TicketViews.TicketPage;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.platform.ApiDocs;

/** Tickets: file, find, work, comment, escalate, rate, and read their audit trail. */
@Controller("/api/tickets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class TicketController {

  /** Longest description or comment accepted: a long e-mail thread pasted in, not a log file. */
  static final int MAX_TEXT = 20_000;

  private final TicketIntake intake;
  private final TicketLookup lookup;
  private final TicketChanges changes;
  private final TicketComments comments;
  private final TicketEscalation escalation;

  TicketController(
      TicketIntake intake,
      TicketLookup lookup,
      TicketChanges changes,
      TicketComments comments,
      TicketEscalation escalation) {
    this.intake = intake;
    this.lookup = lookup;
    this.changes = changes;
    this.comments = comments;
    this.escalation = escalation;
  }

  @Serdeable
  record CreateTicket(
      @NotNull TicketType type,
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = MAX_TEXT) String description,
      // Absent when the reporter does not know it: the ticket goes to the service desk's triage.
      @Nullable @Positive Long applicationId,
      @NotNull @Min(1) @Max(3) Integer impact,
      @NotNull @Min(1) @Max(3) Integer urgency,
      @Nullable Boolean phi,
      @Nullable @Min(1) @Max(1_000_000) Integer affectedUsers) {}

  @Serdeable
  record UpdateTicket(
      @NotNull @Min(0) Long version,
      @Nullable TicketType type,
      @Nullable @Size(min = 1, max = 200) String title,
      @Nullable @Size(min = 1, max = MAX_TEXT) String description,
      @Nullable @Min(1) @Max(3) Integer impact,
      @Nullable @Min(1) @Max(3) Integer urgency,
      @Nullable Boolean phi,
      @Nullable @Size(max = 2000) String phiReason,
      @Nullable @Positive Long groupId,
      @Nullable @Positive Long assigneeId,
      @Nullable Boolean unassign,
      @Nullable @Size(max = 2000) String reason) {}

  @Serdeable
  record TransitionRequest(
      @NotNull TicketStatus to,
      @Nullable @Size(max = 2000) String reason,
      @Nullable ResolutionCode resolutionCode,
      @Nullable @Size(max = MAX_TEXT) String resolution,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record CommentRequest(
      @NotBlank @Size(max = MAX_TEXT) String body, @Nullable Visibility visibility) {}

  @Serdeable
  enum Visibility {
    PUBLIC,
    INTERNAL
  }

  @Serdeable
  record EscalationRequest(
      @NotBlank @Size(max = 2000) String reason,
      @Nullable @Positive Long groupId,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record RatingRequest(
      @NotNull @Min(1) @Max(5) Integer rating, @Nullable @Size(max = 1000) String comment) {}

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "File a ticket; it is numbered, prioritised and routed to its L1 group",
      description =
          "Without applicationId (the reporter does not know it) the ticket is filed against the"
              + " \"Other / I don't know\" catalog entry and routed to the service desk's triage"
              + " group, the hospital's first internal L1 group.")
  HttpResponse<TicketView> create(Authentication authentication, @Body @Valid CreateTicket body) {
    TicketView created =
        intake.create(
            Caller.of(authentication),
            new TicketIntake.NewTicket(
                body.type(),
                body.title(),
                body.description(),
                body.applicationId(),
                body.impact(),
                body.urgency(),
                Boolean.TRUE.equals(body.phi()),
                body.affectedUsers() == null ? 1 : body.affectedUsers()));
    return HttpResponse.created(created, URI.create("/api/tickets/" + created.id()));
  }

  @Get
  @Operation(
      summary = "Tickets the caller may see, filtered, searched, sorted and paged",
      description =
          "queue: MINE | MY_GROUPS | UNASSIGNED | BREACHING_SOON | REQUESTED | ALL; status and"
              + " priority take comma-separated lists; sort: CREATED | UPDATED | PRIORITY | SLA_DUE |"
              + " NUMBER | STATUS; order: asc | desc; within: ISO-8601 duration for BREACHING_SOON;"
              + " externalRef: SYSTEM:ID finds the ticket a partner or vendor id belongs to.")
  TicketPage list(
      Authentication authentication,
      @QueryValue(defaultValue = "ALL") String queue,
      @Nullable @QueryValue @Positive Long groupId,
      @Nullable @QueryValue @Size(max = 200) String status,
      @Nullable @QueryValue @Size(max = 50) String priority,
      @Nullable @QueryValue @Size(max = 10) String tier,
      @Nullable @QueryValue @Positive Long applicationId,
      @Nullable @QueryValue @Positive Long assigneeId,
      @Nullable @QueryValue @Size(max = 200) String q,
      @Nullable @QueryValue @Size(max = 200) String externalRef,
      @QueryValue(defaultValue = "CREATED") String sort,
      @QueryValue(defaultValue = "desc") String order,
      @QueryValue(defaultValue = "PT2H") @Size(max = 20) String within,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "25") @Min(1) @Max(200) int size) {
    TicketQuery query =
        new TicketQuery(
            one(TicketQuery.Queue.class, "queue", queue),
            groupId,
            many(TicketStatus.class, "status", status),
            many(Priority.class, "priority", priority),
            tier == null ? null : one(Tier.class, "tier", tier),
            applicationId,
            assigneeId,
            q,
            externalRef == null ? null : externalRef(externalRef),
            one(TicketQuery.Sort.class, "sort", sort),
            switch (order.toLowerCase(Locale.ROOT)) {
              case "asc" -> false;
              case "desc" -> true;
              default -> throw bad("order: asc or desc");
            },
            duration(within),
            page,
            size);
    return lookup.list(Caller.of(authentication), query);
  }

  @Get("/{id}")
  @Operation(summary = "One ticket, with what the caller may do to it")
  TicketView get(Authentication authentication, long id) {
    return lookup.get(Caller.of(authentication), id);
  }

  @Patch("/{id}")
  @Operation(
      summary = "Change fields, group or assignee; carries the version read (409 when stale)",
      description =
          "phi: only the hospital's own staff change it (403 for a partner, with or without a"
              + " business associate agreement); clearing it (true to false) needs phiReason,"
              + " kept in the audit trail (400 without). title and description are read-only"
              + " (403) for a partner without a business associate agreement, who reads them"
              + " masked: its words go in as a comment. A new impact or urgency needs a `reason`"
              + " (400 naming the field without one); the priority follows the ITIL matrix, SLA"
              + " timers re-target, and the audit keeps the reason with the change.")
  TicketView update(Authentication authentication, long id, @Body @Valid UpdateTicket body) {
    return changes.update(
        Caller.of(authentication),
        id,
        new TicketChanges.Patch(
            body.version(),
            new Ticket.Edit(
                body.type(),
                body.title() == null ? null : body.title().strip(),
                body.description(),
                body.impact(),
                body.urgency(),
                body.phi(),
                body.phiReason(),
                body.reason()),
            body.groupId(),
            body.assigneeId(),
            Boolean.TRUE.equals(body.unassign())));
  }

  @Post("/{id}/transitions")
  @Operation(summary = "Move the ticket through its lifecycle (pend, resolve, close, reopen…)")
  TicketView transition(
      Authentication authentication, long id, @Body @Valid TransitionRequest body) {
    return changes.transition(
        Caller.of(authentication),
        id,
        new Ticket.Transition(body.to(), body.reason(), body.resolutionCode(), body.resolution()),
        body.version());
  }

  @Get("/{id}/comments")
  @Operation(summary = "The ticket's comments the caller may read, oldest first")
  List<CommentView> comments(Authentication authentication, long id) {
    return comments.comments(Caller.of(authentication), id);
  }

  @Post("/{id}/comments")
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Add a PUBLIC reply or an INTERNAL note")
  HttpResponse<CommentView> comment(
      Authentication authentication, long id, @Body @Valid CommentRequest body) {
    Visibility visibility = body.visibility() == null ? Visibility.PUBLIC : body.visibility();
    CommentView comment =
        comments.comment(Caller.of(authentication), id, body.body(), visibility.name());
    return HttpResponse.created(comment, URI.create("/api/tickets/" + id + "/comments"));
  }

  @Post("/{id}/escalations")
  @Operation(summary = "Escalate one tier up (L1 → L2 → L3 → VENDOR) with a reason")
  TicketView escalate(Authentication authentication, long id, @Body @Valid EscalationRequest body) {
    return escalation.escalate(
        Caller.of(authentication), id, body.reason(), body.groupId(), body.version());
  }

  @Post("/{id}/rating")
  @Operation(summary = "The requester rates the resolution (CSAT 1–5)")
  TicketView rate(Authentication authentication, long id, @Body @Valid RatingRequest body) {
    return changes.rate(Caller.of(authentication), id, body.rating(), body.comment());
  }

  @Get("/{id}/audit")
  @Operation(summary = "Every change to the ticket: who, when, field, old → new")
  List<AuditView> audit(Authentication authentication, long id) {
    return lookup.audit(Caller.of(authentication), id);
  }

  private static <E extends Enum<E>> E one(Class<E> type, String name, String text) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(name + ": one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static <E extends Enum<E>> Set<E> many(
      Class<E> type, String name, @Nullable String text) {
    Set<E> values = EnumSet.noneOf(type);
    if (text != null) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          values.add(one(type, name, part));
        }
      }
    }
    return values;
  }

  private static TicketQuery.ExternalRef externalRef(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw bad("externalRef: SYSTEM:ID, e.g. NORTHWIND:NW-12345");
    }
    return new TicketQuery.ExternalRef(
        text.substring(0, colon).strip().toUpperCase(Locale.ROOT),
        text.substring(colon + 1).strip());
  }

  private static Duration duration(String text) {
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative() || duration.compareTo(Duration.ofDays(30)) > 0) {
        throw bad("within: between PT0S and P30D");
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw bad("within: an ISO-8601 duration such as PT2H");
    }
  }

  private static HttpStatusException bad(String message) {
    return new HttpStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
