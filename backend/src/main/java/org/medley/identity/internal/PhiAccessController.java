package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The PHI access log for compliance: list, filter, export. Read-only by design — there is no
 * endpoint that changes or deletes an entry.
 */
@Controller("/api/phi-access")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class PhiAccessController {

  /** An export is a compliance officer's spreadsheet, not a database dump. */
  static final int MAX_EXPORT_ROWS = 50_000;

  private final StoredPhiAccessLog log;

  PhiAccessController(StoredPhiAccessLog log) {
    this.log = log;
  }

  @Serdeable
  record Page(List<StoredPhiAccessLog.Entry> items, int page, int size, long total) {}

  @Get
  @Operation(summary = "Reads of PHI-flagged tickets, newest first, filtered")
  Page list(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 40) String from,
      @Nullable @QueryValue @Size(max = 40) String to,
      @Nullable @QueryValue @Size(max = 100) String username,
      @Nullable @QueryValue @Size(max = 20) String ticket,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
    var result =
        log.list(
            Caller.of(authentication).tenantId(),
            new StoredPhiAccessLog.Filter(
                instant("from", from), instant("to", to), username, ticket),
            page,
            size);
    return new Page(result.items(), page, size, result.total());
  }

  @Get(value = "/export.csv", produces = "text/csv")
  @Operation(summary = "The filtered log as CSV (at most 50,000 rows)")
  HttpResponse<String> export(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 40) String from,
      @Nullable @QueryValue @Size(max = 40) String to,
      @Nullable @QueryValue @Size(max = 100) String username,
      @Nullable @QueryValue @Size(max = 20) String ticket) {
    var result =
        log.list(
            Caller.of(authentication).tenantId(),
            new StoredPhiAccessLog.Filter(
                instant("from", from), instant("to", to), username, ticket),
            0,
            MAX_EXPORT_ROWS);
    StringBuilder csv =
        new StringBuilder(
            "at,username,name,organization_id,organization,ticket,fields,channel,client_address\r\n");
    for (var entry : result.items()) {
      csv.append(entry.at())
          .append(',')
          .append(cell(entry.username()))
          .append(',')
          .append(cell(entry.displayName()))
          .append(',')
          .append(entry.organizationId())
          .append(',')
          .append(cell(entry.organizationName()))
          .append(',')
          .append(cell(entry.ticketNumber()))
          .append(',')
          .append(cell(entry.fields()))
          .append(',')
          .append(cell(entry.channel()))
          .append(',')
          .append(cell(entry.clientAddress()))
          .append("\r\n");
    }
    return HttpResponse.ok(csv.toString())
        .contentType(new MediaType("text/csv; charset=utf-8"))
        .header("Content-Disposition", "attachment; filename=\"phi-access.csv\"");
  }

  /** RFC 4180 quoting, and a leading quote on anything a spreadsheet would run as a formula. */
  static String cell(@Nullable String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static @Nullable Instant instant(String name, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, name + ": an ISO-8601 instant such as 2026-11-23T00:00:00Z");
    }
  }
}
