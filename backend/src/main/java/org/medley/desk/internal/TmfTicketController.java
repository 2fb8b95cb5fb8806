package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medley.desk.internal.TmfViews.TroubleTicket;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * TM Forum TMF621 Trouble Ticket API v4, served: a partner's own desk reads and works the tickets
 * its groups hold with the standard's resource instead of Medley's {@code /api/tickets}. Same
 * bearer token, same visibility and rules (see {@link TmfTickets}); the hospital's agents may read
 * and patch too. Partners do not open hospital tickets, so there is no create.
 */
@Controller(TmfTicketViews.BASE + "/troubleTicket")
@Secured({Role.Names.PARTNER_AGENT, Role.Names.AGENT, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "tmf621")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class TmfTicketController {

  static final String MERGE_PATCH = "application/merge-patch+json";

  private final TmfTickets tickets;
  private final JsonMapper json;

  TmfTicketController(TmfTickets tickets, JsonMapper json) {
    this.tickets = tickets;
    this.json = json;
  }

  @Get
  @Operation(
      summary = "TMF621: trouble tickets the caller may see, newest first",
      description =
          "offset and limit page (limit 1–100, default 20); X-Total-Count says how many match,"
              + " X-Result-Count how many came. status filters by TMF status (comma-separated:"
              + " acknowledged, inProgress, pending, held, resolved, closed, cancelled);"
              + " externalId finds the ticket the caller's desk knows by that id. fields names the"
              + " attributes wanted (id, href and @type always come).")
  HttpResponse<List<TroubleTicket>> list(
      Authentication authentication,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int offset,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
      @Nullable @QueryValue @Size(max = 200) String status,
      @Nullable @QueryValue @Size(max = 120) String externalId,
      @Nullable @QueryValue @Size(max = 500) String fields) {
    Set<String> selected = fields(fields);
    TmfTickets.Listing listing =
        tickets.list(
            Caller.of(authentication),
            new TmfTickets.Query(
                offset,
                limit,
                status == null || status.isBlank() ? null : status,
                externalId == null || externalId.isBlank() ? null : externalId.strip()));
    List<TroubleTicket> items =
        selected == null
            ? listing.items()
            : listing.items().stream().map(t -> t.only(selected)).toList();
    return HttpResponse.ok(items)
        .header("X-Total-Count", String.valueOf(listing.total()))
        .header("X-Result-Count", String.valueOf(items.size()));
  }

  @Get("/{id}")
  @Operation(
      summary = "TMF621: one trouble ticket, by Medley's ticket id or number (INC-000123)",
      description =
          "The ETag is the ticket's version: send it back as If-Match on PATCH to be told (409)"
              + " when somebody changed the ticket since.")
  HttpResponse<TroubleTicket> get(
      Authentication authentication,
      String id,
      @Nullable @QueryValue @Size(max = 500) String fields) {
    Set<String> selected = fields(fields);
    TmfTickets.Read read = tickets.get(Caller.of(authentication), id);
    return HttpResponse.ok(selected == null ? read.ticket() : read.ticket().only(selected))
        .header(HttpHeaders.ETAG, "\"" + read.version() + "\"");
  }

  @Patch("/{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "TMF621: change status, add notes, set the partner's externalId or the priority",
      description =
          "A JSON merge patch (application/merge-patch+json or application/json), applied whole"
              + " or not at all. status: acknowledged or inProgress → IN_PROGRESS; pending or held"
              + " → PENDING(PARTNER); resolved → RESOLVED with statusChangeReason as the"
              + " resolution (resolutionCode, Medley's extension, defaults to FIXED); cancelled"
              + " with statusChangeReason as the reason; rejected and closed are refused (422)."
              + " note: entries without id are added as PUBLIC comments (noteType \"internal\":"
              + " an INTERNAL note, which only the hospital's own desk may write); entries with"
              + " id name notes the ticket has and change nothing. externalId: the caller's own"
              + " id for the ticket (null removes it). priority \"1\"…\"4\" moves urgency (and"
              + " impact if needed) so the ITIL matrix gives it. A transition the ticket refuses"
              + " is 422; a stale If-Match 409.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = {
        @Content(
            mediaType = MERGE_PATCH,
            schema = @Schema(implementation = TmfViews.TroubleTicketPatch.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TmfViews.TroubleTicketPatch.class))
      })
  HttpResponse<TroubleTicket> patch(
      Authentication authentication,
      String id,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      @Body byte[] body) {
    TmfPatch patch = TmfPatch.parse(parse(body));
    TmfTickets.Read read = tickets.patch(Caller.of(authentication), id, version(ifMatch), patch);
    return HttpResponse.ok(read.ticket()).header(HttpHeaders.ETAG, "\"" + read.version() + "\"");
  }

  @Post
  @Operation(
      summary = "TMF621: not offered; partners do not open hospital tickets (405)",
      description =
          "A ticket reaches a partner when the hospital routes or escalates it to the partner's"
              + " group; the hospital's people file tickets at /api/tickets.")
  @ApiResponse(
      responseCode = "405",
      description = "Creating trouble tickets is not offered",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  HttpResponse<TroubleTicket> create() {
    throw new HttpStatusException(
        HttpStatus.METHOD_NOT_ALLOWED,
        "Partners do not open hospital tickets: a ticket reaches your desk when the hospital"
            + " routes it to your group.");
  }

  private JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw Refused.invalid("body", "a JSON merge patch of the trouble ticket");
    }
    try {
      return json.readValue(body, JsonNode.class);
    } catch (IOException | RuntimeException e) {
      throw Refused.invalid("body", "not valid JSON");
    }
  }

  /** The version an If-Match names ({@code "12"}, {@code W/"12"} or {@code 12}); null for none. */
  static @Nullable Long version(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      long version = Long.parseLong(tag);
      if (version >= 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Refused.invalid("If-Match", "the ETag a GET gave, e.g. \"12\"");
  }

  /** The attributes {@code fields} names; null when it names none (everything). */
  static @Nullable Set<String> fields(@Nullable String fields) {
    if (fields == null || fields.isBlank()) {
      return null;
    }
    Set<String> selected = new LinkedHashSet<>();
    for (String field : Arrays.stream(fields.split(",")).map(String::strip).toList()) {
      if (field.isEmpty() || Set.of("id", "href", "@type", "@baseType").contains(field)) {
        continue;
      }
      if (!TroubleTicket.FIELDS.contains(field)) {
        throw Refused.invalid("fields", field + " is not an attribute of a trouble ticket");
      }
      selected.add(field);
    }
    return selected;
  }
}
