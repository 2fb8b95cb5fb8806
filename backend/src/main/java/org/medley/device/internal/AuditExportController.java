package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The audit-ready maintenance record of a site, for an accreditation survey. Who reads it is who
 * reads the replacement plan: leaders, administrators, executives; an HTM partner's people for the
 * devices their engagement supports.
 */
@Controller("/api/htm/audit-export")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "devices")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class AuditExportController {

  static final String PDF = "application/pdf";

  static final String FORMAT = "^([cC][sS][vV]|[pP][dD][fF])$";

  private final AuditExport export;

  AuditExportController(AuditExport export) {
    this.export = export;
  }

  @Get(produces = {DeviceController.CSV, PDF, MediaType.APPLICATION_JSON})
  @ApiResponse(
      responseCode = "200",
      description = "The record as a CSV (one row per work order) or PDF attachment",
      content = {
        @Content(
            mediaType = DeviceController.CSV,
            schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))
      })
  @Operation(
      summary = "A site's maintenance record for a period, for an accreditation survey",
      description =
          "Every device at the site the caller sees, with its preventive maintenance due in the"
              + " period (due, window end, completed, on time / late / missed, reason), corrective"
              + " work opened in it, security remediation opened in it or still open, and the"
              + " technician who did (or holds) each order with their certification for the"
              + " device's class (the coverage matrix's current record, flagged when it had"
              + " expired before the work). from and to are local days at the"
              + " hospital (both included; by default the last 365 days, at most three years)."
              + " An unknown site gives a record with no devices. A PDF holds at most 5,000"
              + " devices (400: take the CSV).")
  HttpResponse<StreamedFile> auditExport(
      Authentication authentication,
      @Parameter(example = "Riverside Main") @Nullable @QueryValue @Size(max = 100) String site,
      @Parameter(example = "2025-07-01")
          @Nullable
          @QueryValue
          @Pattern(regexp = ReplacementController.DAY)
          String from,
      @Parameter(example = "2026-06-30")
          @Nullable
          @QueryValue
          @Pattern(regexp = ReplacementController.DAY)
          String to,
      @QueryValue(defaultValue = "csv") @Pattern(regexp = FORMAT, message = "must be csv or pdf")
          String format) {
    AuditExport.Format chosen = AuditExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
    Path file = export.write(Caller.of(authentication), site, from, to, chosen);
    try {
      InputStream in = Files.newInputStream(file);
      // Unlinked now, read until the response is sent: nothing to clean up afterwards.
      Files.deleteIfExists(file);
      String type = chosen == AuditExport.Format.PDF ? PDF : "text/csv; charset=utf-8";
      return HttpResponse.ok(new StreamedFile(in, MediaType.of(type)))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"medley-audit-record."
                  + chosen.name().toLowerCase(Locale.ROOT)
                  + "\"")
          .header(HttpHeaders.CACHE_CONTROL, "no-store");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
