package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
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
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.Locale;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Spreadsheet.Format;

/**
 * {@code GET /api/{applications|staff|skills}/export?format=csv|xlsx} and {@code POST …/import}
 * with the file as the request body (up to the server's request size limit).
 */
@Controller("/api")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "coverage")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class TransferController {

  // ECMA-262 as well as Java: generic OpenAPI tools refuse Java-only syntax such as (?i).
  static final String FORMAT = "^([cC][sS][vV]|[xX][lL][sS][xX])$";

  private final Transfers transfers;
  private final StaffLinks links;

  TransferController(Transfers transfers, StaffLinks links) {
    this.transfers = transfers;
    this.links = links;
  }

  static final String CSV = "text/csv";

  /**
   * Exports never answer JSON, but their routes also "produce" it: with CSV and XLSX alone, a
   * request that accepts only JSON skips the export route and lands on {@code GET …/{id}}, which
   * answers a confusing 400 for the id "export". Matched here, {@link #choose} answers 406, and the
   * OpenAPI document lists only what is really sent ({@link FileAnswer}).
   */
  static final String ROUTING_ONLY = MediaType.APPLICATION_JSON;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** An export's answer: the file itself, in the format asked for. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "200",
      description = "The file, as an attachment (CSV in UTF-8, or an Excel workbook)",
      content = {
        @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))
      })
  @interface FileAnswer {}

  @Get(
      value = "/applications/export",
      produces = {CSV, XLSX, ROUTING_ONLY})
  @FileAnswer
  @Operation(summary = "All applications as CSV or XLSX, in the columns the import takes")
  HttpResponse<byte[]> exportApplications(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = FORMAT) String format,
      HttpRequest<?> request) {
    return export(
        authentication, Transfers.Resource.APPLICATIONS, choose(format, request.accept()));
  }

  @Get(
      value = "/staff/export",
      produces = {CSV, XLSX, ROUTING_ONLY})
  @FileAnswer
  @Operation(
      summary = "All staff with their shifts as CSV or XLSX, in the columns the import takes")
  HttpResponse<byte[]> exportStaff(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = FORMAT) String format,
      HttpRequest<?> request) {
    return export(authentication, Transfers.Resource.STAFF, choose(format, request.accept()));
  }

  @Get(
      value = "/skills/export",
      produces = {CSV, XLSX, ROUTING_ONLY})
  @FileAnswer
  @Operation(summary = "All skills as CSV or XLSX, in the columns the import takes")
  HttpResponse<byte[]> exportSkills(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = FORMAT) String format,
      HttpRequest<?> request) {
    return export(authentication, Transfers.Resource.SKILLS, choose(format, request.accept()));
  }

  @Post(
      value = "/applications/import",
      consumes = {CSV, XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Import applications from CSV or XLSX: every row is checked first; any problem refuses"
              + " the whole file (422 with line, column and message for each)")
  Transfers.Result importApplications(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body @Schema(type = "string", format = "binary") byte[] body) {
    return importFile(authentication, Transfers.Resource.APPLICATIONS, format, body);
  }

  @Post(
      value = "/staff/import",
      consumes = {CSV, XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Import staff and their shifts, all rows or none (see applications); an optional sign_in"
              + " column names each person's sign-in account by username or e-mail (empty: not"
              + " linked)")
  Transfers.Result importStaff(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body @Schema(type = "string", format = "binary") byte[] body) {
    return importFile(authentication, Transfers.Resource.STAFF, format, body);
  }

  @Post(
      value = "/skills/import",
      consumes = {CSV, XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import skills, all rows or none (see applications)")
  Transfers.Result importSkills(
      Authentication authentication,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT) String format,
      @Body @Schema(type = "string", format = "binary") byte[] body) {
    return importFile(authentication, Transfers.Resource.SKILLS, format, body);
  }

  private HttpResponse<byte[]> export(
      Authentication authentication, Transfers.Resource resource, Format f) {
    byte[] file = transfers.export(ApplicationController.tenant(authentication), resource, f);
    return attachment(resource.sheet, f, file);
  }

  /** A file download named {@code medley-<name>.<format>}. */
  static HttpResponse<byte[]> attachment(String name, Format f, byte[] file) {
    return HttpResponse.ok(file)
        .contentType(f.mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"medley-"
                + name
                + "."
                + f.name().toLowerCase(Locale.ROOT)
                + "\"");
  }

  /**
   * The export's format. Routes produce {@code *}{@code /*} so that they match whatever Accept says
   * (declaring CSV and XLSX made a request for JSON fall through to {@code GET …/{id}} and answer a
   * confusing 400); the Accept header is honoured here instead: an explicit {@code format} wins,
   * without one the first of CSV or XLSX that Accept names is chosen (CSV for wildcards), and a
   * format Accept rules out is a 406.
   */
  static Format choose(@Nullable String format, Collection<MediaType> accepted) {
    Format chosen = format != null ? Format.valueOf(format.toUpperCase(Locale.ROOT)) : null;
    for (MediaType type : accepted) {
      if (chosen == null && type.getName().equalsIgnoreCase(XLSX)) {
        chosen = Format.XLSX;
      } else if (chosen == null && type.matches(MediaType.of(CSV))) {
        chosen = Format.CSV;
      }
    }
    Format answer = chosen == null ? Format.CSV : chosen;
    MediaType produced = MediaType.of(answer == Format.CSV ? CSV : XLSX);
    if (!accepted.isEmpty() && accepted.stream().noneMatch(type -> type.matches(produced))) {
      throw new HttpStatusException(
          HttpStatus.NOT_ACCEPTABLE,
          "This export is " + produced + ": accept it (or */*), or ask for the other format.");
    }
    return answer;
  }

  private Transfers.Result importFile(
      Authentication authentication, Transfers.Resource resource, String format, byte[] body) {
    var caller = org.medley.identity.Caller.of(authentication);
    return transfers.importFile(
        caller.tenantId(),
        resource,
        Format.valueOf(format.toUpperCase(Locale.ROOT)),
        body,
        links.actor(caller));
  }
}
