package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/** The monthly operations review, as a PDF an executive can mail to the board. */
@Controller("/api/insights/review.pdf")
@Secured({Role.Names.EXECUTIVE, Role.Names.IT_LEADER, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "insight")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ReviewController {

  static final String PDF = "application/pdf";

  private final MonthlyReviews reviews;

  ReviewController(MonthlyReviews reviews) {
    this.reviews = reviews;
  }

  // JSON only so that a request accepting nothing else reaches the route and is told 406 after
  // authentication, like the coverage exports (TransferController.ROUTING_ONLY).
  @Get(produces = {PDF, MediaType.APPLICATION_JSON})
  @ApiResponse(
      responseCode = "200",
      description = "The review, as an attachment",
      content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
  @Operation(
      summary = "The monthly operations review (PDF)",
      description =
          "The hospital's name and the month; headline figures against the month before (SLA met"
              + " by internal teams and each partner, breaches, tickets opened, backlog,"
              + " first-contact resolution, reopens, satisfaction, applications at risk or with"
              + " one expert); then SLA compliance per week, breaches and their causes, volume and"
              + " quality per week and coverage risk, each as a chart and a table. Days are the"
              + " hospital's. `month` defaults to the last whole month; 400 names a malformed or"
              + " future month.")
  HttpResponse<byte[]> review(
      Authentication authentication,
      HttpRequest<?> request,
      @Parameter(description = "YYYY-MM; default: the last whole month")
          @Nullable
          @Size(max = 20)
          @QueryValue
          String month) {
    if (!request.accept().isEmpty()
        && request.accept().stream().noneMatch(type -> type.matches(MediaType.of(PDF)))) {
      throw new HttpStatusException(
          HttpStatus.NOT_ACCEPTABLE, "The review is application/pdf: accept it (or */*).");
    }
    long tenant = Caller.of(authentication).tenantId();
    YearMonth chosen = reviews.month(tenant, month);
    return HttpResponse.ok(reviews.pdf(tenant, chosen))
        .contentType(PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"medley-operations-review-" + chosen + ".pdf\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
