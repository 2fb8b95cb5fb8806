package org.medley.insight.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.medley.identity.Hospitals;
import org.medley.identity.OrganizationNames;
import org.medley.insight.internal.MonthlyReview.Chart;
import org.medley.insight.internal.MonthlyReview.ChartKind;
import org.medley.insight.internal.MonthlyReview.Headline;
import org.medley.insight.internal.MonthlyReview.Section;
import org.medley.insight.internal.MonthlyReview.Series;
import org.medley.insight.internal.MonthlyReview.Table;
import org.medley.platform.Refused;
import org.medley.sla.TimerSettled;

/**
 * The monthly operations review: the same read models the insight pages show (SLA performance,
 * breaches and their causes, operations, coverage risk), for one month of the hospital's days and
 * the month before, gathered into a {@link MonthlyReview} and laid out by {@link ReviewPdf}.
 */
@Singleton
class MonthlyReviews {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final int LONGEST_BREACHES = 15;
  private static final YearMonth FIRST = YearMonth.of(2000, 1);

  private final SlaInsights sla;
  private final OperationsQuery operations;
  private final CoverageRiskHistory coverage;
  private final OrganizationNames organizations;
  private final Hospitals hospitals;
  private final Clock clock;

  MonthlyReviews(
      SlaInsights sla,
      OperationsQuery operations,
      CoverageRiskHistory coverage,
      OrganizationNames organizations,
      Hospitals hospitals,
      Clock clock) {
    this.sla = sla;
    this.operations = operations;
    this.coverage = coverage;
    this.organizations = organizations;
    this.hospitals = hospitals;
    this.clock = clock;
  }

  /** {@code YYYY-MM}, or (null) the last whole month in the hospital's zone. */
  YearMonth month(long tenant, String text) {
    YearMonth current = YearMonth.now(clock.withZone(hospitals.zone(tenant)));
    if (text == null || text.isBlank()) {
      return current.minusMonths(1);
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw Refused.invalid("month", "a month as YYYY-MM, such as " + current.minusMonths(1));
    }
    if (month.isBefore(FIRST) || month.isAfter(current)) {
      throw Refused.invalid("month", "from " + FIRST + " to this month, " + current);
    }
    return month;
  }

  byte[] pdf(long tenant, YearMonth month) {
    return ReviewPdf.render(review(tenant, month));
  }

  @ReadOnly
  MonthlyReview review(long tenant, YearMonth month) {
    Month now = month(tenant, month, "this month");
    Month before = month(tenant, month.minusMonths(1), "last month");
    String hospital =
        organizations.names(List.of(tenant)).getOrDefault(tenant, "Hospital " + tenant);
    List<Headline> headlines = new ArrayList<>();
    Map<String, SlaInsights.Group> providersNow = byKey(now.slaByProvider().groups());
    Map<String, SlaInsights.Group> providersBefore = byKey(before.slaByProvider().groups());
    for (var entry : providersNow.entrySet()) {
      SlaInsights.Group previous = providersBefore.get(entry.getKey());
      headlines.add(
          rateHeadline(
              "SLA met, " + ("INTERNAL".equals(entry.getKey()) ? "internal teams" : label(entry)),
              entry.getValue().overall().percentMet(),
              previous == null ? null : previous.overall().percentMet(),
              true));
    }
    headlines.add(
        countHeadline(
            "SLA breaches",
            now.slaByProvider().overall().breached(),
            before.slaByProvider().overall().breached(),
            false));
    headlines.add(countHeadline("Tickets opened", opened(now), opened(before), null));
    headlines.add(
        countHeadline("Open backlog at month end", backlogAtEnd(now), backlogAtEnd(before), false));
    headlines.add(
        rateHeadline(
            "First-contact resolution",
            ratio(now, p -> p.firstContactResolution()),
            ratio(before, p -> p.firstContactResolution()),
            true));
    headlines.add(
        rateHeadline(
            "Reopened",
            ratio(now, p -> p.reopenRate()),
            ratio(before, p -> p.reopenRate()),
            false));
    headlines.add(csatHeadline(now, before));
    CoverageRiskHistory.Answer risk =
        coverage.answer(
            tenant, month.minusMonths(1).atDay(1).toString(), lastDay(month).toString());
    Optional<CoverageRiskHistory.Week> riskNow = lastWeekIn(risk, month);
    Optional<CoverageRiskHistory.Week> riskBefore = lastWeekIn(risk, month.minusMonths(1));
    headlines.add(
        countHeadline(
            "Applications at RISK or GAP",
            riskNow.map(w -> (long) w.risk() + w.gap()).orElse(null),
            riskBefore.map(w -> (long) w.risk() + w.gap()).orElse(null),
            false));
    headlines.add(
        countHeadline(
            "Applications with one expert",
            riskNow.map(w -> (long) w.busFactorOne()).orElse(null),
            riskBefore.map(w -> (long) w.busFactorOne()).orElse(null),
            false));

    List<Section> sections = new ArrayList<>();
    sections.add(complianceSection(now));
    sections.add(breachesSection(tenant, now));
    sections.add(operationsSection(now));
    sections.add(coverageSection(risk, month));
    return new MonthlyReview(
        hospital, month, hospitals.zone(tenant).getId(), clock.instant(), headlines, sections);
  }

  /** What the review reads of one month. */
  private record Month(
      YearMonth month,
      InsightQuery query,
      SlaInsights.Performance slaByProvider,
      SlaInsights.Performance slaWeekly,
      OperationsApi.Operations monthly,
      OperationsApi.Operations weekly) {}

  private Month month(long tenant, YearMonth month, String what) {
    InsightQuery query =
        new InsightQuery(
            month.atDay(1),
            month.plusMonths(1).atDay(1),
            TimerSettled.Kind.SLA,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    OperationsQuery.Filters all = new OperationsQuery.Filters(null, null, null, null, null);
    OperationsQuery.Range days = new OperationsQuery.Range(month.atDay(1), lastDay(month));
    return new Month(
        month,
        query,
        sla.performance(tenant, query, InsightQuery.Period.MONTH, SlaInsights.Dimension.PROVIDER),
        sla.performance(tenant, query, InsightQuery.Period.WEEK, SlaInsights.Dimension.PROVIDER),
        operations.operations(tenant, days, OperationsApi.Period.MONTH, all),
        operations.operations(tenant, days, OperationsApi.Period.WEEK, all));
  }

  private static LocalDate lastDay(YearMonth month) {
    return month.atEndOfMonth();
  }

  private Section complianceSection(Month now) {
    SlaInsights.Performance weekly = now.slaWeekly();
    List<LocalDate> weeks =
        weekly.periods().stream().map(SlaInsights.PeriodFigures::start).toList();
    List<Series> series = new ArrayList<>();
    for (SlaInsights.Group group : weekly.groups()) {
      Map<LocalDate, Double> byWeek = new LinkedHashMap<>();
      group.periods().forEach(p -> byWeek.put(p.start(), p.percentMet()));
      series.add(
          new Series(
              "INTERNAL".equals(group.key()) ? "Internal teams" : group.label(),
              weeks.stream().map(byWeek::get).toList()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (SlaInsights.Group group : now.slaByProvider().groups()) {
      rows.add(
          List.of(
              "INTERNAL".equals(group.key()) ? "Internal teams" : group.label(),
              Long.toString(group.overall().met()),
              Long.toString(group.overall().breached()),
              percent(group.overall().percentMet())));
    }
    return new Section(
        "SLA compliance, internal teams and each partner",
        "Share of SLA timers (response and resolution) that finished in the month and were met,"
            + " by who held the ticket when its timer finished; weeks start on Monday.",
        series.isEmpty()
            ? null
            : new Chart(ChartKind.LINE, "% of timers met", labels(weeks, now.month()), series),
        new Table(List.of("Provider", "Met", "Breached", "Met %"), rows));
  }

  private Section breachesSection(long tenant, Month now) {
    SlaInsights.Breaches breaches =
        sla.breaches(
            tenant, now.query(), SlaInsights.BreachSort.CAUSE_MILLIS, true, 0, LONGEST_BREACHES);
    List<String> causes = breaches.causes().stream().map(c -> cause(c.cause())).toList();
    Chart chart =
        causes.isEmpty()
            ? null
            : new Chart(
                ChartKind.BAR,
                "breaches",
                causes,
                List.of(
                    new Series(
                        "Breaches",
                        breaches.causes().stream().map(c -> (double) c.breaches()).toList())));
    List<List<String>> rows = new ArrayList<>();
    for (SlaInsights.Breach b : breaches.items()) {
      rows.add(
          List.of(
              b.ticketNumber(),
              b.priority(),
              b.group(),
              "INTERNAL".equals(b.provider()) ? "Internal" : b.providerName(),
              cause(b.cause()),
              duration(b.causeMillis())));
    }
    return new Section(
        "Breaches and their causes",
        breaches.total()
            + " SLA timers breached in the month. Each breach is put down to the status or holder"
            + " where its ticket spent most of the time before the deadline; the table lists the "
            + Math.min(LONGEST_BREACHES, breaches.items().size())
            + " with the longest such stretch.",
        chart,
        new Table(List.of("Ticket", "Priority", "Group", "Provider", "Cause", "Time there"), rows));
  }

  private Section operationsSection(Month now) {
    List<OperationsApi.PeriodFigures> weeks = now.weekly().periods();
    List<String> categories =
        labels(weeks.stream().map(OperationsApi.PeriodFigures::start).toList(), now.month());
    Chart chart =
        weeks.isEmpty()
            ? null
            : new Chart(
                ChartKind.BAR,
                "tickets",
                categories,
                List.of(
                    new Series("Opened", weeks.stream().map(w -> (double) w.opened()).toList()),
                    new Series(
                        "Resolved", weeks.stream().map(w -> (double) w.resolved()).toList())));
    List<List<String>> rows = new ArrayList<>();
    for (OperationsApi.PeriodFigures w : weeks) {
      rows.add(
          List.of(
              DAY.format(clipped(w.start(), now.month())),
              Long.toString(w.opened()),
              Long.toString(w.resolved()),
              w.backlogAtEnd() == null ? "—" : Long.toString(w.backlogAtEnd()),
              rate(w.firstContactResolution().rate()),
              rate(w.reopenRate().rate()),
              w.csat().mean() == null
                  ? "—"
                  : String.format(Locale.ENGLISH, "%.2f", w.csat().mean())));
    }
    StringBuilder escalations = new StringBuilder();
    for (OperationsApi.TierEscalation t : now.monthly().escalationByTier()) {
      if (t.escalated().of() > 0) {
        escalations
            .append(escalations.length() == 0 ? " Escalated onwards: " : ", ")
            .append(t.tier())
            .append(' ')
            .append(rate(t.escalated().rate()));
      }
    }
    return new Section(
        "Volume, backlog and quality",
        "Tickets opened and resolved per week; the backlog at each week's end; first-contact"
            + " resolution, reopen rate and satisfaction of the tickets resolved that week, as the"
            + " partner scorecards count them."
            + escalations,
        chart,
        new Table(
            List.of(
                "Week of", "Opened", "Resolved", "Backlog", "First contact", "Reopened", "CSAT"),
            rows));
  }

  private Section coverageSection(CoverageRiskHistory.Answer risk, YearMonth month) {
    List<CoverageRiskHistory.Week> weeks =
        risk.weeks().stream()
            .filter(w -> !w.weekStart().isBefore(month.atDay(1).minusDays(6)))
            .filter(w -> !w.weekStart().isAfter(lastDay(month)))
            .toList();
    List<String> categories =
        labels(weeks.stream().map(CoverageRiskHistory.Week::weekStart).toList(), month);
    Chart chart =
        weeks.isEmpty()
            ? null
            : new Chart(
                ChartKind.STACKED_BAR,
                "applications",
                categories,
                List.of(
                    new Series("GOOD", weeks.stream().map(w -> (double) w.good()).toList()),
                    new Series("RISK", weeks.stream().map(w -> (double) w.risk()).toList()),
                    new Series("GAP", weeks.stream().map(w -> (double) w.gap()).toList())));
    List<List<String>> rows = new ArrayList<>();
    for (CoverageRiskHistory.ByCriticality c : risk.byCriticality()) {
      rows.add(
          List.of(
              "Criticality " + c.criticality(),
              Integer.toString(c.gap()),
              Integer.toString(c.risk()),
              Integer.toString(c.busFactorOne())));
    }
    return new Section(
        "Coverage risk",
        "Applications by how well they are covered (the coverage matrix as last seen each week),"
            + " and today's applications at GAP, at RISK and with a single expert, by"
            + " criticality (1 is the most critical).",
        chart,
        new Table(List.of("Applications", "GAP", "RISK", "One expert"), rows));
  }

  // ---- figures

  private static Map<String, SlaInsights.Group> byKey(List<SlaInsights.Group> groups) {
    Map<String, SlaInsights.Group> map = new LinkedHashMap<>();
    groups.forEach(g -> map.put(g.key(), g));
    return map;
  }

  private static String label(Map.Entry<String, SlaInsights.Group> entry) {
    return Objects.requireNonNullElse(entry.getValue().label(), entry.getKey());
  }

  private static long opened(Month m) {
    return m.monthly().periods().stream().mapToLong(OperationsApi.PeriodFigures::opened).sum();
  }

  private static Long backlogAtEnd(Month m) {
    List<OperationsApi.PeriodFigures> periods = m.monthly().periods();
    return periods.isEmpty() ? null : periods.get(periods.size() - 1).backlogAtEnd();
  }

  private static Double ratio(
      Month m, Function<OperationsApi.PeriodFigures, OperationsApi.Ratio> measure) {
    long count = 0;
    long of = 0;
    for (OperationsApi.PeriodFigures p : m.monthly().periods()) {
      count += measure.apply(p).count();
      of += measure.apply(p).of();
    }
    return of == 0 ? null : count * 100.0 / of;
  }

  private static Optional<CoverageRiskHistory.Week> lastWeekIn(
      CoverageRiskHistory.Answer risk, YearMonth month) {
    return risk.weeks().stream()
        .filter(w -> YearMonth.from(w.weekStart()).equals(month))
        .reduce((first, second) -> second);
  }

  private static Headline rateHeadline(String label, Double now, Double before, boolean up) {
    return headline(label, now, before, up, "%.1f %%", "%+.1f points");
  }

  private static Headline csatHeadline(Month now, Month before) {
    return headline("Satisfaction (1 to 5)", csat(now), csat(before), true, "%.2f", "%+.2f");
  }

  private static Double csat(Month m) {
    long rated = 0;
    double sum = 0;
    for (OperationsApi.PeriodFigures p : m.monthly().periods()) {
      if (p.csat().mean() != null) {
        rated += p.csat().rated();
        sum += p.csat().mean() * p.csat().rated();
      }
    }
    return rated == 0 ? null : sum / rated;
  }

  private static Headline countHeadline(String label, Long now, Long before, Boolean up) {
    Double n = now == null ? null : now.doubleValue();
    Double b = before == null ? null : before.doubleValue();
    return headline(label, n, b, up, "%,.0f", "%+,.0f");
  }

  /** A figure against last month's; {@code up}: whether a rise is good news (null: neither). */
  private static Headline headline(
      String label, Double now, Double before, Boolean up, String format, String change) {
    String shownNow = now == null ? "—" : String.format(Locale.ENGLISH, format, now);
    String shownBefore = before == null ? "—" : String.format(Locale.ENGLISH, format, before);
    if (now == null || before == null) {
      return new Headline(label, shownNow, shownBefore, null, "nothing to compare");
    }
    double by = now - before;
    if (Math.abs(by) < 1e-9) {
      return new Headline(label, shownNow, shownBefore, null, "no change");
    }
    return new Headline(
        label,
        shownNow,
        shownBefore,
        up == null ? null : (by > 0) == up,
        String.format(Locale.ENGLISH, change, by));
  }

  private static String percent(Double value) {
    return value == null ? "—" : String.format(Locale.ENGLISH, "%.1f %%", value);
  }

  private static String rate(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ENGLISH, "%.1f %%", fraction * 100);
  }

  /** Period starts as labels; a week that began in the month before shows the month's first day. */
  /** Period starts as labels; a week begun in the month before shows the month's first day. */
  private static List<String> labels(List<LocalDate> days, YearMonth month) {
    return days.stream().map(d -> DAY.format(clipped(d, month))).toList();
  }

  private static LocalDate clipped(LocalDate day, YearMonth month) {
    return day.isBefore(month.atDay(1)) ? month.atDay(1) : day;
  }

  /** A breach cause as people say it: {@code PARTNER_L1} → "Partner L1 queue". */
  static String cause(String code) {
    if (code.equals(BreachCauses.UNASSIGNED)) {
      return "No group";
    }
    if (code.startsWith("PENDING_")) {
      return "Pending " + code.substring(8).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    for (String holder : List.of("INTERNAL_", "PARTNER_")) {
      if (code.startsWith(holder)) {
        String tier = code.substring(holder.length());
        return (holder.equals("INTERNAL_") ? "Internal " : "Partner ")
            + switch (tier) {
              case "GROUP" -> "";
              case "VENDOR" -> "vendor-escalation ";
              default -> tier + " ";
            }
            + "queue";
      }
    }
    String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String duration(long millis) {
    Duration d = Duration.ofMillis(millis);
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
  }
}
