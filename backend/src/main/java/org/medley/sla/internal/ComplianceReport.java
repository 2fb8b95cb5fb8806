package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medley.coverage.Catalog;
import org.medley.desk.SupportGroupNames;
import org.medley.identity.Hospitals;
import org.medley.identity.OrganizationNames;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.sla.internal.CompliancePeriods.Period;

/**
 * Compliance figures: of the timers that finished in {@code [from, to)} — met when stopped in time,
 * breached at their deadline — how many were met, per day, week or month in a zone, grouped by one
 * ticket dimension. Paused, running and cancelled timers count nowhere.
 *
 * <p>One range scan per stretch of constant UTC offset on {@code ix_sla_timers_compliance}, an
 * index that holds every column read, so the rows themselves are never visited; the database groups
 * by dimension and local date, Java adds dates up into periods.
 */
@Singleton
class ComplianceReport {

  static final Duration MAX_RANGE = Duration.ofDays(3 * 366);
  static final int MAX_PERIODS = 400;

  private final TransactionOperations<Connection> tx;
  private final Catalog catalog;
  private final SupportGroupNames groups;
  private final OrganizationNames organizations;
  private final Hospitals hospitals;

  ComplianceReport(
      TransactionOperations<Connection> tx,
      Catalog catalog,
      SupportGroupNames groups,
      OrganizationNames organizations,
      Hospitals hospitals) {
    this.tx = tx;
    this.catalog = catalog;
    this.groups = groups;
    this.organizations = organizations;
    this.hospitals = hospitals;
  }

  /** What compliance can be grouped by, with the column and the timers it counts. */
  enum Dimension {
    PRIORITY("priority", TimerKind.SLA),
    TIER("tier", TimerKind.SLA),
    APPLICATION("application_id", TimerKind.SLA),
    GROUP("group_id", TimerKind.SLA),
    /** Internal vs partner: who held the ticket when its timer finished. */
    PROVIDER(
        "CASE WHEN group_partner_id IS NULL THEN 'INTERNAL' ELSE 'PARTNER' END", TimerKind.SLA),
    /** OLA timers, per partner organisation. */
    PARTNER("partner_id", TimerKind.OLA);

    final String column;
    final TimerKind kind;

    Dimension(String column, TimerKind kind) {
      this.column = column;
      this.kind = kind;
    }
  }

  /** A request, parsed and checked. */
  record Query(
      Instant from,
      Instant to,
      ZoneId zone,
      Period period,
      Dimension groupBy,
      @Nullable Target target) {}

  @Serdeable
  @Schema(description = "Finished timers and the share met; percentMet is absent when total is 0")
  record Figures(long met, long breached, long total, @Nullable Double percentMet) {
    static Figures of(long met, long breached) {
      long total = met + breached;
      return new Figures(
          met, breached, total, total == 0 ? null : Math.round(met * 1000.0 / total) / 10.0);
    }
  }

  @Serdeable
  @Schema(description = "One day, week (from Monday) or month in the report's zone")
  record PeriodFigures(
      @Schema(description = "The period's first local day") LocalDate start,
      @Schema(description = "First instant counted (the report's from for a clipped period)")
          Instant from,
      @Schema(description = "First instant no longer counted") Instant to,
      long met,
      long breached,
      long total,
      @Nullable Double percentMet) {}

  @Serdeable
  @Schema(
      description =
          "One value of the dimension: key (priority, tier, id, INTERNAL/PARTNER or NONE), its"
              + " display name, its figures over the whole range, and per period (periods in"
              + " which none of its timers finished are left out)")
  record Group(String key, String label, Figures overall, List<PeriodFigures> periods) {}

  @Serdeable
  @Schema(
      description =
          "SLA (or, grouped by partner, OLA) compliance for timers that finished in [from, to)")
  record Compliance(
      Instant from,
      Instant to,
      String zone,
      Period period,
      String groupBy,
      TimerKind kind,
      @Nullable Target target,
      Figures overall,
      @Schema(description = "Every period of the range, all groups together")
          List<PeriodFigures> periods,
      List<Group> groups) {}

  /** Checks the request's parameters; every mistake names its parameter. */
  static Query parse(
      Instant from,
      Instant to,
      @Nullable String zoneText,
      ZoneId tenantZone,
      String periodText,
      String groupByText,
      @Nullable String targetText) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!to.isAfter(from)) {
      errors.add(new Problem.FieldError("to", "must be after from"));
    } else if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      errors.add(new Problem.FieldError("to", "at most three years after from"));
    }
    ZoneId zone = tenantZone;
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText.strip());
      } catch (DateTimeException e) {
        errors.add(new Problem.FieldError("zone", "an IANA time zone such as Europe/Berlin"));
      }
    }
    Period period = parseEnum(Period.class, "period", periodText, errors);
    Dimension dimension = parseEnum(Dimension.class, "groupBy", groupByText, errors);
    Target target =
        targetText == null ? null : parseEnum(Target.class, "target", targetText, errors);
    if (errors.isEmpty() && CompliancePeriods.count(from, to, zone, period) > MAX_PERIODS) {
      errors.add(
          new Problem.FieldError(
              "period", "at most " + MAX_PERIODS + " periods: choose a longer period or range"));
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    return new Query(from, to, zone, period, dimension, target);
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String field, String text, List<Problem.FieldError> errors) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text.strip())) {
        return e;
      }
    }
    errors.add(
        new Problem.FieldError(
            field,
            "one of "
                + String.join(
                    ", ",
                    java.util.Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                        .toList())));
    return null;
  }

  Compliance run(long tenant, Query q) {
    CompliancePeriods periods = CompliancePeriods.of(q.from(), q.to(), q.zone(), q.period());
    int buckets = periods.buckets().size();
    // key -> [met, breached] per bucket
    Map<String, long[][]> counts = new LinkedHashMap<>();
    tx.executeRead(
        status -> {
          Connection c = status.getConnection();
          for (CompliancePeriods.Stretch stretch :
              CompliancePeriods.stretches(q.from(), q.to(), q.zone())) {
            scan(c, tenant, q, stretch, periods, counts, buckets);
          }
          return null;
        });
    Map<String, String> labels = labels(tenant, q.groupBy(), counts.keySet());
    long[][] all = new long[buckets][2];
    List<Group> groups = new ArrayList<>();
    for (var entry : counts.entrySet()) {
      long[][] perBucket = entry.getValue();
      long met = 0;
      long breached = 0;
      List<PeriodFigures> list = new ArrayList<>();
      for (int i = 0; i < buckets; i++) {
        long m = perBucket[i][0];
        long b = perBucket[i][1];
        all[i][0] += m;
        all[i][1] += b;
        met += m;
        breached += b;
        if (m + b > 0) {
          list.add(figures(periods.buckets().get(i), m, b));
        }
      }
      groups.add(
          new Group(entry.getKey(), labels.get(entry.getKey()), Figures.of(met, breached), list));
    }
    groups.sort(Comparator.comparing(Group::key, ComplianceReport::naturalOrder));
    List<PeriodFigures> overallPeriods = new ArrayList<>(buckets);
    long met = 0;
    long breached = 0;
    for (int i = 0; i < buckets; i++) {
      overallPeriods.add(figures(periods.buckets().get(i), all[i][0], all[i][1]));
      met += all[i][0];
      breached += all[i][1];
    }
    return new Compliance(
        q.from(),
        q.to(),
        q.zone().getId(),
        q.period(),
        q.groupBy().name().toLowerCase(Locale.ROOT),
        q.groupBy().kind,
        q.target(),
        Figures.of(met, breached),
        overallPeriods,
        groups);
  }

  private static void scan(
      Connection c,
      long tenant,
      Query q,
      CompliancePeriods.Stretch stretch,
      CompliancePeriods periods,
      Map<String, long[][]> counts,
      int buckets)
      throws SQLException {
    // The offset is an int we computed, written into the SQL so that the SELECT and GROUP BY
    // expressions are the same text (a bound parameter would make them differ on some databases).
    String localDate =
        "CAST(TIMESTAMPADD(SECOND, " + stretch.offsetSeconds() + ", ended_at) AS DATE)";
    String sql =
        "SELECT "
            + q.groupBy().column
            + " AS k, "
            + localDate
            + " AS d, SUM(CASE WHEN state = 'MET' THEN 1 ELSE 0 END) AS met,"
            + " SUM(CASE WHEN state = 'BREACHED' THEN 1 ELSE 0 END) AS breached"
            + " FROM sla_timers WHERE tenant_id = ? AND kind = ? AND ended_at >= ?"
            + " AND ended_at < ? AND state IN ('MET', 'BREACHED')"
            + (q.target() == null ? "" : " AND target = ?")
            + " GROUP BY "
            + q.groupBy().column
            + ", "
            + localDate;
    try (var s = c.prepareStatement(sql)) {
      int i = 0;
      s.setLong(++i, tenant);
      s.setString(++i, q.groupBy().kind.name());
      s.setTimestamp(++i, Timestamp.from(stretch.from()));
      s.setTimestamp(++i, Timestamp.from(stretch.to()));
      if (q.target() != null) {
        s.setString(++i, q.target().name());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String key = rs.getString("k");
          LocalDate date = rs.getDate("d").toLocalDate();
          int bucket = periods.bucketOf(date);
          if (bucket < 0) {
            continue; // cannot happen: every instant of the range lies in a bucket
          }
          long[] cell =
              counts.computeIfAbsent(key == null ? "NONE" : key, k -> new long[buckets][2])[bucket];
          cell[0] += rs.getLong("met");
          cell[1] += rs.getLong("breached");
        }
      }
    }
  }

  private static PeriodFigures figures(CompliancePeriods.Bucket bucket, long met, long breached) {
    Figures f = Figures.of(met, breached);
    return new PeriodFigures(
        bucket.start(),
        bucket.from(),
        bucket.to(),
        f.met(),
        f.breached(),
        f.total(),
        f.percentMet());
  }

  private Map<String, String> labels(long tenant, Dimension dimension, java.util.Set<String> keys) {
    Map<String, String> labels = new HashMap<>();
    // Application, group and partner keys are ids; the others are names already.
    List<Long> ids =
        switch (dimension) {
          case APPLICATION, GROUP, PARTNER ->
              keys.stream().filter(k -> !k.equals("NONE")).map(Long::valueOf).toList();
          default -> List.of();
        };
    switch (dimension) {
      case PRIORITY, TIER -> keys.forEach(k -> labels.put(k, k));
      case PROVIDER ->
          keys.forEach(k -> labels.put(k, k.equals("INTERNAL") ? "Internal staff" : "Partners"));
      case APPLICATION ->
          ids.forEach(
              id ->
                  catalog
                      .application(tenant, id)
                      .map(Catalog.ApplicationRef::name)
                      .ifPresent(name -> labels.put(String.valueOf(id), name)));
      case GROUP -> groups.names(tenant, ids).forEach((id, n) -> labels.put(String.valueOf(id), n));
      case PARTNER ->
          organizations.names(ids).forEach((id, n) -> labels.put(String.valueOf(id), n));
    }
    for (String key : keys) {
      labels.computeIfAbsent(
          key,
          k ->
              k.equals("NONE")
                  ? (dimension == Dimension.GROUP ? "Unassigned" : "None")
                  : dimension.name().charAt(0)
                      + dimension.name().substring(1).toLowerCase(Locale.ROOT)
                      + " "
                      + k);
    }
    return labels;
  }

  /** Numeric keys by number (group 9 before group 10), others alphabetically; NONE last. */
  private static int naturalOrder(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals("NONE") || b.equals("NONE")) {
      return a.equals("NONE") ? 1 : -1;
    }
    Optional<Long> x = number(a);
    Optional<Long> y = number(b);
    if (x.isPresent() && y.isPresent()) {
      return Long.compare(x.get(), y.get());
    }
    return a.compareTo(b);
  }

  private static Optional<Long> number(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The zone a tenant reports in when none is asked for: the hospital's. */
  ZoneId tenantZone(long tenant) {
    return hospitals.zone(tenant);
  }
}
