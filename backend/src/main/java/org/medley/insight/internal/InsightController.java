package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Problem;
import org.medley.sla.TimerSettled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SLA performance for executives and IT leaders (and admins), from insight's read models. Every
 * list answers CSV too ({@code format=csv} or {@code Accept: text/csv}) with the same rows.
 */
@Controller("/api/insights")
@Secured({Role.Names.EXECUTIVE, Role.Names.IT_LEADER, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "insight")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class InsightController {

  private static final Logger LOG = LoggerFactory.getLogger(InsightController.class);
  private static final String CSV = "text/csv";

  private final SlaInsights insights;
  private final ReadModels models;

  InsightController(SlaInsights insights, ReadModels models) {
    this.insights = insights;
    this.models = models;
  }

  private static final String FILTERS =
      " Days are the hospital's local days, `from` inclusive and `to` exclusive (ISO dates, at"
          + " most three years). Filters: `kind` (SLA or OLA), `target` (RESPONSE or RESOLUTION),"
          + " `priority`, `tier`, `applicationId`, `groupId`, `provider` (INTERNAL or a partner's"
          + " organisation id); an id that is not the hospital's is a 404. `format=csv` (or"
          + " `Accept: text/csv`) answers the same rows as CSV.";

  @Get(
      value = "/sla",
      produces = {MediaType.APPLICATION_JSON, CSV})
  @Operation(
      summary = "SLA and OLA compliance per period, grouped by one dimension",
      description =
          "Timers that finished on the days asked for: MET when stopped in time, BREACHED at"
              + " their deadline. `period`: day, week (from Monday) or month (at most 400)."
              + " `groupBy`: priority, tier, application, group, provider (INTERNAL vs each"
              + " partner whose group held the ticket), partner (OLA timers per partner), kind or"
              + " target. Without `kind`, SLA timers only (unless grouped by kind)."
              + FILTERS)
  HttpResponse<SlaInsights.Performance> performance(
      HttpRequest<?> request,
      Authentication authentication,
      @Parameter(example = "2026-10-01") @QueryValue @Size(max = 20) String from,
      @Parameter(example = "2026-11-01") @QueryValue @Size(max = 20) String to,
      @QueryValue(defaultValue = "week") @Size(max = 20) String period,
      @QueryValue(defaultValue = "provider") @Size(max = 20) String groupBy,
      @Nullable @QueryValue @Size(max = 20) String kind,
      @Nullable @QueryValue @Size(max = 20) String target,
      @Nullable @QueryValue @Size(max = 20) String priority,
      @Nullable @QueryValue @Size(max = 20) String tier,
      @Nullable @QueryValue Long applicationId,
      @Nullable @QueryValue Long groupId,
      @Nullable @QueryValue @Size(max = 20) String provider,
      @Nullable @QueryValue @Size(max = 10) String format) {
    InsightQuery.Parser p = new InsightQuery.Parser();
    boolean csv = csv(request, format, p);
    InsightQuery.Period periodValue = p.option(InsightQuery.Period.class, "period", period);
    SlaInsights.Dimension dimension = p.option(SlaInsights.Dimension.class, "groupBy", groupBy);
    InsightQuery q =
        InsightQuery.parse(
            p, from, to, kind, target, priority, tier, applicationId, groupId, provider, null);
    if (p.errors.isEmpty() && periodValue.count(q.from(), q.to()) > InsightQuery.MAX_PERIODS) {
      p.errors.add(
          new Problem.FieldError(
              "period",
              "at most " + InsightQuery.MAX_PERIODS + " periods: choose a longer period or range"));
    }
    if (p.errors.isEmpty() && q.kind() == null && dimension != SlaInsights.Dimension.KIND) {
      q = withKind(q, TimerSettled.Kind.SLA);
    }
    p.done();
    var result = insights.performance(tenant(authentication), q, periodValue, dimension);
    if (csv) {
      List<List<Object>> rows = new ArrayList<>();
      for (var g : result.groups()) {
        for (var f : g.periods()) {
          rows.add(
              List.of(
                  g.key(),
                  g.label(),
                  f.start(),
                  f.met(),
                  f.breached(),
                  f.total(),
                  pct(f.percentMet())));
        }
      }
      return csv(
          "sla-performance.csv",
          List.of(
              result.groupBy(), "label", "period_start", "met", "breached", "total", "percent_met"),
          rows);
    }
    return HttpResponse.ok(result);
  }

  @Get(
      value = "/sla/breaches",
      produces = {MediaType.APPLICATION_JSON, CSV})
  @Operation(
      summary = "Breached timers with where their tickets spent the time, and breaches by cause",
      description =
          "Each breach: the ticket, who held it, and the wall-clock time from the timer's start to"
              + " its deadline per status (PENDING_VENDOR: pending on the vendor) and per holding"
              + " group; `cause` is what took the most of it — a pending reason (PENDING_VENDOR,"
              + " PENDING_CUSTOMER, …) or a holder's queue by provider and tier (INTERNAL_L1,"
              + " PARTNER_L1, …, UNASSIGNED). `causes` counts every matching breach by cause (the"
              + " `cause` filter narrows the list only). `sort`: breachedAt, causeMillis,"
              + " priority or ticket, `-` first for descending (default -breachedAt)."
              + FILTERS)
  HttpResponse<SlaInsights.Breaches> breaches(
      HttpRequest<?> request,
      Authentication authentication,
      @Parameter(example = "2026-10-01") @QueryValue @Size(max = 20) String from,
      @Parameter(example = "2026-11-01") @QueryValue @Size(max = 20) String to,
      @Nullable @QueryValue @Size(max = 20) String kind,
      @Nullable @QueryValue @Size(max = 20) String target,
      @Nullable @QueryValue @Size(max = 20) String priority,
      @Nullable @QueryValue @Size(max = 20) String tier,
      @Nullable @QueryValue Long applicationId,
      @Nullable @QueryValue Long groupId,
      @Nullable @QueryValue @Size(max = 20) String provider,
      @Nullable @QueryValue @Size(max = 40) String cause,
      @QueryValue(defaultValue = "-breachedAt") @Size(max = 20) String sort,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size,
      @Nullable @QueryValue @Size(max = 10) String format) {
    InsightQuery.Parser p = new InsightQuery.Parser();
    boolean csv = csv(request, format, p);
    InsightQuery q =
        InsightQuery.parse(
            p, from, to, kind, target, priority, tier, applicationId, groupId, provider, cause);
    boolean descending = sort.startsWith("-");
    String column = descending ? sort.substring(1) : sort;
    SlaInsights.BreachSort by =
        switch (column.strip().toLowerCase(Locale.ROOT)) {
          case "breachedat" -> SlaInsights.BreachSort.BREACHED_AT;
          case "causemillis" -> SlaInsights.BreachSort.CAUSE_MILLIS;
          case "priority" -> SlaInsights.BreachSort.PRIORITY;
          case "ticket" -> SlaInsights.BreachSort.TICKET;
          default -> {
            p.errors.add(
                new Problem.FieldError(
                    "sort", "breachedAt, causeMillis, priority or ticket, - first to descend"));
            yield null;
          }
        };
    p.done();
    var result =
        insights.breaches(
            tenant(authentication), q, by, descending, csv ? 0 : page, csv ? 50_000 : size);
    if (csv) {
      List<List<Object>> rows = new ArrayList<>();
      for (var b : result.items()) {
        StringBuilder statuses = new StringBuilder();
        b.byStatus()
            .forEach(
                s ->
                    statuses
                        .append(statuses.isEmpty() ? "" : "; ")
                        .append(s.status())
                        .append(' ')
                        .append(minutes(s.millis())));
        StringBuilder holders = new StringBuilder();
        b.byHolder()
            .forEach(
                h ->
                    holders
                        .append(holders.isEmpty() ? "" : "; ")
                        .append(h.group())
                        .append(" (")
                        .append(h.providerName())
                        .append(") ")
                        .append(minutes(h.millis())));
        rows.add(
            List.of(
                b.ticketNumber(),
                b.title() == null ? "" : b.title(),
                b.kind(),
                b.target(),
                b.priority(),
                b.tier(),
                b.group(),
                b.providerName(),
                b.breachedAt(),
                b.cause(),
                minutes(b.causeMillis()),
                statuses,
                holders));
      }
      return csv(
          "sla-breaches.csv",
          List.of(
              "ticket",
              "title",
              "kind",
              "target",
              "priority",
              "tier",
              "group",
              "provider",
              "breached_at",
              "cause",
              "cause_minutes",
              "minutes_by_status",
              "minutes_by_holder"),
          rows);
    }
    return HttpResponse.ok(result);
  }

  @Get(
      value = "/sla/tickets",
      produces = {MediaType.APPLICATION_JSON, CSV})
  @Operation(
      summary = "The tickets behind a figure: timers that finished on the days asked for",
      description =
          "Newest first. `outcome`: met or breached (default both); `kind` default both." + FILTERS)
  HttpResponse<SlaInsights.SettledTickets> tickets(
      HttpRequest<?> request,
      Authentication authentication,
      @Parameter(example = "2026-10-01") @QueryValue @Size(max = 20) String from,
      @Parameter(example = "2026-11-01") @QueryValue @Size(max = 20) String to,
      @Nullable @QueryValue @Size(max = 20) String kind,
      @Nullable @QueryValue @Size(max = 20) String target,
      @Nullable @QueryValue @Size(max = 20) String priority,
      @Nullable @QueryValue @Size(max = 20) String tier,
      @Nullable @QueryValue Long applicationId,
      @Nullable @QueryValue Long groupId,
      @Nullable @QueryValue @Size(max = 20) String provider,
      @Nullable @QueryValue @Size(max = 20) String outcome,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size,
      @Nullable @QueryValue @Size(max = 10) String format) {
    InsightQuery.Parser p = new InsightQuery.Parser();
    boolean csv = csv(request, format, p);
    InsightQuery q =
        InsightQuery.parse(
            p, from, to, kind, target, priority, tier, applicationId, groupId, provider, null);
    TimerSettled.Outcome o = p.option(TimerSettled.Outcome.class, "outcome", outcome);
    p.done();
    var result =
        insights.tickets(tenant(authentication), q, o, csv ? 0 : page, csv ? 50_000 : size);
    if (csv) {
      List<List<Object>> rows = new ArrayList<>();
      for (var t : result.items()) {
        rows.add(
            List.of(
                t.ticketNumber(),
                t.title() == null ? "" : t.title(),
                t.kind(),
                t.target(),
                t.priority(),
                t.tier(),
                t.group(),
                t.providerName(),
                t.finishedAt(),
                t.outcome()));
      }
      return csv(
          "sla-tickets.csv",
          List.of(
              "ticket",
              "title",
              "kind",
              "target",
              "priority",
              "tier",
              "group",
              "provider",
              "finished_at",
              "outcome"),
          rows);
    }
    return HttpResponse.ok(result);
  }

  @Post("/rebuild")
  @Secured(Role.Names.ADMIN)
  @Operation(
      summary = "Rebuild the hospital's insight read models from the rows they summarise",
      description =
          "Throws the roll-ups away and recomputes them (for every hospital at once:"
              + " `java -jar medley.jar --rebuild-insights`). Readers see the old figures until"
              + " each model's rebuild commits.")
  ReadModels.Rebuilt rebuild(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    LOG.info(
        "Insight read models rebuild for tenant {} requested by {}",
        caller.tenantId(),
        caller.username());
    return models.rebuild(caller.tenantId());
  }

  private static long tenant(Authentication authentication) {
    return Caller.of(authentication).tenantId();
  }

  private static InsightQuery withKind(InsightQuery q, TimerSettled.Kind kind) {
    return new InsightQuery(
        q.from(),
        q.to(),
        kind,
        q.target(),
        q.priority(),
        q.tier(),
        q.applicationId(),
        q.groupId(),
        q.providerId(),
        q.cause());
  }

  private static boolean csv(
      HttpRequest<?> request, @Nullable String format, InsightQuery.Parser p) {
    if (format != null) {
      switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> {
          return true;
        }
        case "json" -> {
          return false;
        }
        default -> {
          p.errors.add(new Problem.FieldError("format", "json or csv"));
          return false;
        }
      }
    }
    return request.getHeaders().accept().stream().anyMatch(m -> m.getName().equalsIgnoreCase(CSV));
  }

  private static String pct(@Nullable Double percent) {
    return percent == null ? "" : String.valueOf(percent);
  }

  private static long minutes(long millis) {
    return Math.round(millis / 60_000.0);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> HttpResponse<T> csv(
      String file, List<String> columns, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 0 ? "" : ",").append(cell(String.valueOf(row.get(i))));
      }
      out.append("\r\n");
    }
    return (HttpResponse)
        HttpResponse.ok(out.toString())
            .contentType(new MediaType("text/csv; charset=utf-8"))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
  }

  /** RFC 4180 quoting, and a leading quote on anything a spreadsheet would run as a formula. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
