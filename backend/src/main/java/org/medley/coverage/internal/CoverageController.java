package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.Shift;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Spreadsheet;

/** The coverage matrix, its gaps, drill-downs and what-if questions. */
@Controller("/api/coverage")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "coverage")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class CoverageController {

  private final CoverageService coverage;
  private final CoverageWhatIf whatIfs;

  CoverageController(CoverageService coverage, CoverageWhatIf whatIfs) {
    this.coverage = coverage;
    this.whatIfs = whatIfs;
  }

  @Get("/matrix")
  @Operation(
      summary =
          "Applications × staff: per application bus factor, window coverage, load and status; per"
              + " person load, sole cover and burnout; skill cells as (application, staff, level)")
  Views.Matrix matrix(Authentication authentication) {
    return coverage.matrix(ApplicationController.tenant(authentication));
  }

  /**
   * The matrix as a file to bring to a meeting: applications × staff with skill levels and each
   * application's GOOD/RISK/GAP state ({@link MatrixExport}); the same data as {@code /matrix}.
   */
  @Get(
      value = "/matrix/export",
      produces = {
        TransferController.CSV,
        TransferController.XLSX,
        MediaType.TEXT_HTML,
        TransferController.ROUTING_ONLY
      })
  @io.swagger.v3.oas.annotations.responses.ApiResponse(
      responseCode = "200",
      description = "The file (CSV in UTF-8 or an Excel workbook) or, format=html, a page to print",
      content = {
        @io.swagger.v3.oas.annotations.media.Content(
            mediaType = TransferController.CSV,
            schema =
                @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
        @io.swagger.v3.oas.annotations.media.Content(
            mediaType = TransferController.XLSX,
            schema =
                @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
        @io.swagger.v3.oas.annotations.media.Content(
            mediaType = MediaType.TEXT_HTML,
            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))
      })
  @Operation(
      summary =
          "The coverage matrix as CSV, XLSX or a printable HTML page: a row per application with"
              + " its status, bus factor and window coverage, a column per staff member holding"
              + " the skill level")
  HttpResponse<?> exportMatrix(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = "^([cC][sS][vV]|[xX][lL][sS][xX]|[hH][tT][mM][lL])$")
          String format,
      HttpRequest<?> request) {
    Views.Matrix matrix = coverage.matrix(ApplicationController.tenant(authentication));
    MatrixExport.Table table = MatrixExport.of(matrix);
    if (format != null && format.equalsIgnoreCase("html")) {
      return HttpResponse.ok(MatrixExport.html(table, matrix.generatedAt().toString()))
          .contentType(MediaType.TEXT_HTML + "; charset=utf-8");
    }
    Spreadsheet.Format chosen = TransferController.choose(format, request.accept());
    byte[] file = Spreadsheet.write(chosen, "coverage matrix", table.columns(), table.rows());
    return TransferController.attachment("coverage-matrix", chosen, file);
  }

  @Get("/gaps")
  @Operation(
      summary = "Applications at RISK or GAP, worst first, each with what a staffing request needs")
  Views.Page<Views.Gap> gaps(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = "RISK|GAP") String status,
      @Nullable @QueryValue @Pattern(regexp = Inputs.CATEGORY) String category,
      @Nullable @QueryValue @Min(1) @Max(4) Integer criticality,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
    return coverage.gaps(
        ApplicationController.tenant(authentication),
        status == null ? null : CoverageStatus.valueOf(status),
        category,
        criticality,
        page,
        size);
  }

  @Get("/applications/{id}")
  @Operation(summary = "One application's coverage: its week hour by hour and who can support it")
  Views.ApplicationDetail application(Authentication authentication, long id) {
    return coverage.application(ApplicationController.tenant(authentication), id);
  }

  @Get("/staff/{id}")
  @Operation(summary = "One person's coverage: shifts, weekly load, skills and sole cover")
  Views.PersonDetail person(Authentication authentication, long id) {
    return coverage.person(ApplicationController.tenant(authentication), id);
  }

  @Post("/what-if")
  @Operation(
      summary = "The matrix without some people or with added contracted ones; nothing is saved")
  Views.WhatIf whatIf(Authentication authentication, @Body @Valid Inputs.WhatIf body) {
    List<CoverageWhatIf.Hypothetical> added =
        body.addContracted() == null
            ? List.of()
            : body.addContracted().stream()
                .map(
                    c -> {
                      Map<Long, Integer> levels = new HashMap<>();
                      c.skills().forEach(s -> levels.put(s.applicationId(), s.level()));
                      return new CoverageWhatIf.Hypothetical(
                          c.capacityHours(),
                          CatalogService.zone(c.zone(), "addContracted.zone"),
                          c.shifts().stream()
                              .map(
                                  s ->
                                      new Shift(
                                          java.time.DayOfWeek.valueOf(s.day()),
                                          java.time.LocalTime.parse(s.from()),
                                          java.time.LocalTime.parse(s.to())))
                              .toList(),
                          levels);
                    })
                .toList();
    return whatIfs.whatIf(
        ApplicationController.tenant(authentication),
        body.removeStaffIds() == null ? Set.of() : new HashSet<>(body.removeStaffIds()),
        added);
  }
}
