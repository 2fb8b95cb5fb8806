package org.medley.calendar.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.medley.calendar.CalendarSpec;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** Business calendars: define them, and ask them for deadlines and elapsed business time. */
@Controller("/api/calendars")
@Secured({Role.Names.ADMIN, Role.Names.AGENT, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "sla")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class CalendarController {

  private final Calendars calendars;

  CalendarController(Calendars calendars) {
    this.calendars = calendars;
  }

  @Serdeable
  record CalendarPage(List<Calendars.CalendarView> items, int page, int size, long total) {}

  @Serdeable
  record DeadlineRequest(@NotNull Instant start, @NotNull @Size(max = 40) String duration) {}

  @Serdeable
  record DeadlineResponse(Instant deadline) {}

  @Serdeable
  record ElapsedRequest(@NotNull Instant from, @NotNull Instant to) {}

  @Serdeable
  record ElapsedResponse(String businessDuration) {}

  @Get
  @Operation(summary = "The tenant's calendars, by name")
  CalendarPage list(
      Authentication authentication,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size,
      @Nullable @QueryValue String q) {
    var result = calendars.list(tenant(authentication), q, Pageable.from(page, size));
    return new CalendarPage(result.items(), page, size, result.total());
  }

  @Get("/{id}")
  @Operation(summary = "One calendar")
  Calendars.CalendarView get(Authentication authentication, long id) {
    return calendars.view(tenant(authentication), id);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured(Role.Names.ADMIN)
  @Operation(summary = "Define a calendar; every mistake is reported with its field")
  HttpResponse<Calendars.CalendarView> create(
      Authentication authentication, @Body CalendarSpec spec) {
    Calendars.CalendarView created = calendars.create(tenant(authentication), spec);
    return HttpResponse.created(created, URI.create("/api/calendars/" + created.id()));
  }

  @Post("/{id}/deadline")
  @Operation(summary = "When a business duration started at `start` runs out")
  DeadlineResponse deadline(
      Authentication authentication, long id, @Body @Valid DeadlineRequest request) {
    return new DeadlineResponse(
        calendars.deadline(
            tenant(authentication), id, request.start(), isoDuration(request.duration())));
  }

  @Post("/{id}/elapsed")
  @Operation(summary = "Business time between two instants")
  ElapsedResponse elapsed(
      Authentication authentication, long id, @Body @Valid ElapsedRequest request) {
    return new ElapsedResponse(
        calendars.elapsed(tenant(authentication), id, request.from(), request.to()).toString());
  }

  /** ISO-8601, as the API promises ({@code PT4H}, {@code P3D}); JSON numbers are refused. */
  private static Duration isoDuration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "duration: not an ISO-8601 duration such as PT4H or P3D");
    }
  }

  private static long tenant(Authentication authentication) {
    return Caller.of(authentication).tenantId();
  }
}
