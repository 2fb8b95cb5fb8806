package org.medley.coverage.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import org.medley.coverage.internal.Spreadsheet.Format;
import org.medley.identity.Role;
import org.medley.platform.Problem;

/**
 * {@code GET /api/{applications|staff|skills}/export?format=csv|xlsx} and {@code POST …/import}
 * with the file as the request body (up to the server's request size limit).
 */
@Controller("/api")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "coverage")
@SecurityRequirement(name = "bearer")
class TransferController {

  private static final String FORMAT = "(?i)csv|xlsx";

  private final Transfers transfers;

  TransferController(Transfers transfers) {
    this.transfers = transfers;
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Get("/applications/export")
  @Operation(summary = "All applications as CSV or XLSX, in the columns the import takes")
  HttpResponse<byte[]> exportApplications(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format) {
    return export(authentication, Transfers.Resource.APPLICATIONS, format);
  }

  @Get("/staff/export")
  @Operation(
      summary = "All staff with their shifts as CSV or XLSX, in the columns the import takes")
  HttpResponse<byte[]> exportStaff(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format) {
    return export(authentication, Transfers.Resource.STAFF, format);
  }

  @Get("/skills/export")
  @Operation(summary = "All skills as CSV or XLSX, in the columns the import takes")
  HttpResponse<byte[]> exportSkills(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format) {
    return export(authentication, Transfers.Resource.SKILLS, format);
  }

  @Post(
      value = "/applications/import",
      consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Import applications from CSV or XLSX: every row is checked first; any problem refuses"
              + " the whole file (422 with line, column and message for each)")
  Transfers.Result importApplications(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body byte[] body) {
    return importFile(authentication, Transfers.Resource.APPLICATIONS, format, body);
  }

  @Post(
      value = "/staff/import",
      consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import staff and their shifts, all rows or none (see applications)")
  Transfers.Result importStaff(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body byte[] body) {
    return importFile(authentication, Transfers.Resource.STAFF, format, body);
  }

  @Post(
      value = "/skills/import",
      consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import skills, all rows or none (see applications)")
  Transfers.Result importSkills(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body byte[] body) {
    return importFile(authentication, Transfers.Resource.SKILLS, format, body);
  }

  private HttpResponse<byte[]> export(
      Authentication authentication, Transfers.Resource resource, String format) {
    Format f = Format.valueOf(format.toUpperCase(Locale.ROOT));
    byte[] file = transfers.export(ApplicationController.tenant(authentication), resource, f);
    return HttpResponse.ok(file)
        .contentType(f.mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"medley-"
                + resource.sheet
                + "."
                + f.name().toLowerCase(Locale.ROOT)
                + "\"");
  }

  private Transfers.Result importFile(
      Authentication authentication, Transfers.Resource resource, String format, byte[] body) {
    return transfers.importFile(
        ApplicationController.tenant(authentication),
        resource,
        Format.valueOf(format.toUpperCase(Locale.ROOT)),
        body);
  }

  /** A refused import as problem+json: {@code rows} lists line, column and message. */
  @Serdeable
  record ImportProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<Problem.FieldError> errors,
      List<Spreadsheet.RowError> rows) {}

  @Singleton
  static class RejectedHandler
      implements ExceptionHandler<Spreadsheet.Rejected, HttpResponse<ImportProblem>> {

    private static final int SHOWN = 1_000;

    @Override
    public HttpResponse<ImportProblem> handle(HttpRequest request, Spreadsheet.Rejected rejected) {
      List<Spreadsheet.RowError> rows = rejected.errors.stream().limit(SHOWN).toList();
      int count = rejected.errors.size();
      String detail =
          (count == 1 ? "1 problem" : count + " problems")
              + (count > SHOWN ? " (the first " + SHOWN + " listed)" : "")
              + "; nothing was imported. "
              + describe(rows.get(0));
      ImportProblem problem =
          new ImportProblem(
              "about:blank",
              "The file was not imported",
              HttpStatus.UNPROCESSABLE_ENTITY.getCode(),
              detail,
              request.getPath(),
              rows.stream()
                  .map(
                      r ->
                          new Problem.FieldError(
                              "line " + r.line() + (r.column() == null ? "" : ", " + r.column()),
                              r.message()))
                  .toList(),
              rows);
      return HttpResponse.<ImportProblem>status(HttpStatus.UNPROCESSABLE_ENTITY)
          .body(problem)
          .contentType(Problem.MEDIA_TYPE);
    }

    private static String describe(Spreadsheet.RowError error) {
      return "Line "
          + error.line()
          + (error.column() == null ? "" : ", column " + error.column())
          + ": "
          + error.message();
    }
  }
}
