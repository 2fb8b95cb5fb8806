package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.insight.internal.OperationsApi.Measure;
import org.medley.insight.internal.OperationsApi.Period;
import org.medley.platform.ApiDocs;

/**
 * Operations figures for executives and IT leaders (and admins) of the hospital: volume, backlog
 * and its age, first-contact resolution, reopen rate, CSAT, escalations and a volume forecast, with
 * the tickets behind each figure. {@code format=csv} answers the same rows as a CSV file.
 */
@Controller("/api/insights/operations")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.EXECUTIVE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "insight")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class OperationsController {

  private static final String CSV = "text/csv";
  private static final String FORMAT = "^(json|csv)$";
  private static final String PRIORITY = "^(P1|P2|P3|P4)$";
  private static final String TIER = "^(L1|L2|L3|VENDOR)$";
  private static final String PROVIDER = "^(INTERNAL|PARTNER|[0-9]{1,18})$";
  private static final String DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private final OperationsQuery query;

  OperationsController(OperationsQuery query) {
    this.query = query;
  }

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @ApiResponse(
      responseCode = "200",
      description = "The figures as JSON, or with format=csv as a CSV file (UTF-8)",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"))
      })
  @interface JsonOrCsv {}

  static OperationsQuery.Filters filters(
      @Nullable String priority,
      @Nullable String tier,
      @Nullable Long applicationId,
      @Nullable Long groupId,
      @Nullable String provider) {
    Long providerKey =
        provider == null
            ? null
            : switch (provider) {
              case "INTERNAL" -> 0L;
              case "PARTNER" -> -1L;
              default -> Long.parseLong(provider);
            };
    return new OperationsQuery.Filters(
        priority == null ? null : Priority.valueOf(priority),
        tier == null ? null : Tier.valueOf(tier),
        applicationId,
        groupId,
        providerKey);
  }

  @Get(produces = {MediaType.APPLICATION_JSON, CSV})
  @JsonOrCsv
  @Operation(
      summary = "Operations figures per period, the backlog now by age and a volume forecast",
      description =
          "from and to are local days at the hospital (inclusive; by default the last 30 days, at"
              + " most three years); period DAY, WEEK or MONTH (any case, as the SLA figures take it); provider INTERNAL, PARTNER or a"
              + " partner's id. First-contact resolution, reopen rate and CSAT are counted as the"
              + " partner scorecards count them, over the tickets resolved in each period.")
  HttpResponse<?> operations(
      Authentication authentication,
      @Nullable @QueryValue @Pattern(regexp = DAY) String from,
      @Nullable @QueryValue @Pattern(regexp = DAY) String to,
      @QueryValue(defaultValue = "DAY")
          @Pattern(regexp = "^([dD][aA][yY]|[wW][eE][eE][kK]|[mM][oO][nN][tT][hH])$")
          String period,
      @Nullable @QueryValue @Pattern(regexp = PRIORITY) String priority,
      @Nullable @QueryValue @Pattern(regexp = TIER) String tier,
      @Nullable @QueryValue @Min(1) Long applicationId,
      @Nullable @QueryValue @Min(1) Long groupId,
      @Nullable @QueryValue @Pattern(regexp = PROVIDER) String provider,
      @Nullable @QueryValue @Pattern(regexp = FORMAT) String format) {
    long tenant = Caller.of(authentication).tenantId();
    OperationsQuery.Range range = OperationsQuery.Range.parse(from, to, query.today(tenant));
    OperationsApi.Operations figures =
        query.operations(
            tenant,
            range,
            Period.valueOf(period.toUpperCase(Locale.ROOT)),
            filters(priority, tier, applicationId, groupId, provider));
    if (!"csv".equals(format)) {
      return HttpResponse.ok(figures).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (OperationsApi.PeriodFigures p : figures.periods()) {
      rows.add(
          List.of(
              p.start(),
              p.end(),
              p.opened(),
              p.resolved(),
              p.backlogAtEnd() == null ? "" : p.backlogAtEnd(),
              rate(p.firstContactResolution()),
              rate(p.reopenRate()),
              p.csat().mean() == null ? "" : p.csat().mean(),
              p.csat().rated(),
              rate(p.escalationRate())));
    }
    return csv(
        "operations",
        List.of(
            "start",
            "end",
            "opened",
            "resolved",
            "backlog_at_end",
            "first_contact_resolution",
            "reopen_rate",
            "csat",
            "rated",
            "escalation_rate"),
        rows);
  }

  @Get(
      value = "/tickets",
      produces = {MediaType.APPLICATION_JSON, CSV})
  @JsonOrCsv
  @Operation(
      summary = "The tickets behind an operations figure, newest first",
      description =
          "measure OPENED or ESCALATED: opened in the range; REOPENED or FCR: resolved in the"
              + " range; BACKLOG: open now. Filters as for the figures.")
  HttpResponse<?> tickets(
      Authentication authentication,
      @QueryValue @Pattern(regexp = "^(OPENED|BACKLOG|REOPENED|ESCALATED|FCR)$") String measure,
      @Nullable @QueryValue @Pattern(regexp = DAY) String from,
      @Nullable @QueryValue @Pattern(regexp = DAY) String to,
      @Nullable @QueryValue @Pattern(regexp = PRIORITY) String priority,
      @Nullable @QueryValue @Pattern(regexp = TIER) String tier,
      @Nullable @QueryValue @Min(1) Long applicationId,
      @Nullable @QueryValue @Min(1) Long groupId,
      @Nullable @QueryValue @Pattern(regexp = PROVIDER) String provider,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(1_000) int size,
      @Nullable @QueryValue @Pattern(regexp = FORMAT) String format) {
    long tenant = Caller.of(authentication).tenantId();
    OperationsQuery.Range range = OperationsQuery.Range.parse(from, to, query.today(tenant));
    OperationsApi.TicketPage tickets =
        query.tickets(
            tenant,
            range,
            filters(priority, tier, applicationId, groupId, provider),
            Measure.valueOf(measure),
            page,
            size);
    if (!"csv".equals(format)) {
      return HttpResponse.ok(tickets).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (OperationsApi.TicketRow t : tickets.items()) {
      rows.add(
          List.of(
              t.id(),
              t.number(),
              t.openedAt(),
              t.priority(),
              t.tier(),
              t.applicationId(),
              t.groupId() == null ? "" : t.groupId(),
              t.partnerId() == null ? "" : t.partnerId(),
              t.status()));
    }
    return csv(
        "operations-" + measure.toLowerCase(Locale.ROOT),
        List.of(
            "id",
            "number",
            "opened_at",
            "priority",
            "tier",
            "application_id",
            "group_id",
            "partner_id",
            "status"),
        rows);
  }

  private static Object rate(OperationsApi.Ratio ratio) {
    return ratio.rate() == null ? "" : ratio.rate();
  }

  /** Values here are numbers, dates, enums and ticket numbers: nothing a spreadsheet would run. */
  private static HttpResponse<byte[]> csv(
      String name, List<String> columns, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(columns);
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.ok(out.toString().getBytes(StandardCharsets.UTF_8))
        .contentType(CSV + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"medley-" + name + ".csv\"");
  }
}
