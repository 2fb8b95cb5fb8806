package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.platform.Spreadsheet;

/**
 * The ranked replacement list for capital planning: every device in service the caller sees, with
 * the figures behind its rank ({@link ReplacementScore}), its uptime ({@link Uptime}) and what its
 * repairs cost at the hospital's labour rate; plus uptime per model and "could not duplicate"
 * outcomes per model and unit.
 */
@Singleton
class ReplacementPlan {

  static final int MAX_TRAINING_ROWS = 50;

  static final List<String> COLUMNS =
      List.of(
          "rank",
          "score",
          "asset_tag",
          "manufacturer",
          "model",
          "device_class",
          "risk",
          "site",
          "unit",
          "status",
          "acquired_on",
          "age_years",
          "end_of_support",
          "support",
          "repair_cost",
          "labor_minutes",
          "parts_cost",
          "replacement_cost",
          "replacement_cost_source",
          "repair_to_replacement",
          "downtime_hours",
          "uptime_percent",
          "corrective_orders",
          "could_not_duplicate");

  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  private final ReplacementStore store;
  private final DeviceService devices;
  private final Hospitals hospitals;
  private final Clock clock;

  ReplacementPlan(ReplacementStore store, DeviceService devices, Hospitals hospitals, Clock clock) {
    this.store = store;
    this.devices = devices;
    this.hospitals = hospitals;
    this.clock = clock;
  }

  /** Every ranked row, the period and the labour rate. */
  private record Ranked(
      Uptime.Period period,
      BigDecimal laborRate,
      List<ReplacementApi.Row> rows,
      Map<Long, Uptime.Figures> uptime) {}

  @ReadOnly
  ReplacementApi.Plan plan(
      Caller caller,
      ReplacementStore.Filter filter,
      @Nullable String from,
      @Nullable String to,
      int page,
      int size) {
    Ranked ranked = rank(caller, filter, from, to);
    List<ReplacementApi.Row> rows = ranked.rows();
    int first = (int) Math.min((long) page * size, rows.size());
    int last = Math.min(first + size, rows.size());
    return new ReplacementApi.Plan(
        ranked.period().from(),
        ranked.period().to(),
        ranked.laborRate(),
        List.copyOf(rows.subList(first, last)),
        page,
        size,
        rows.size(),
        models(rows, ranked.uptime()),
        training(rows),
        store.sites(devices.access(caller)),
        store.deviceClasses(devices.access(caller)));
  }

  @ReadOnly
  byte[] csv(
      Caller caller, ReplacementStore.Filter filter, @Nullable String from, @Nullable String to) {
    List<List<String>> lines = new ArrayList<>();
    for (ReplacementApi.Row r : rank(caller, filter, from, to).rows()) {
      lines.add(
          List.of(
              String.valueOf(r.rank()),
              String.valueOf(r.score()),
              r.assetTag(),
              r.manufacturer(),
              r.model(),
              r.deviceClass(),
              r.risk().name(),
              r.site(),
              text(r.unit()),
              r.status().name(),
              text(r.acquiredOn()),
              text(r.ageYears()),
              text(r.endOfSupport()),
              r.support().name(),
              r.repairCost().toPlainString(),
              String.valueOf(r.laborMinutes()),
              r.partsCost().toPlainString(),
              r.replacementCost() == null ? "" : r.replacementCost().toPlainString(),
              text(r.replacementCostSource()),
              r.repairToReplacement() == null ? "" : r.repairToReplacement().toPlainString(),
              String.valueOf(r.downtimeHours()),
              text(r.uptimePercent()),
              String.valueOf(r.correctiveCount()),
              String.valueOf(r.couldNotDuplicateCount())));
    }
    return Spreadsheet.write(Spreadsheet.Format.CSV, "replacement plan", COLUMNS, lines);
  }

  private Ranked rank(
      Caller caller, ReplacementStore.Filter filter, @Nullable String from, @Nullable String to) {
    long tenant = caller.tenantId();
    ZoneId zone = hospitals.zone(tenant);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Uptime.Period period = Uptime.Period.parse(from, to, today);
    Instant start = period.start(zone);
    Instant end = period.end(zone, now);
    DeviceAccess access = devices.access(caller);
    BigDecimal rate = store.laborRate(tenant);
    Map<Long, ReplacementStore.Work> work = store.work(tenant, start, end);
    Map<Long, List<Uptime.Down>> downs = store.downs(tenant, start, end);
    // Judged on the period's last day, so a plan for last year reads as it did then.
    LocalDate asOf = period.to().isAfter(today) ? today : period.to();

    List<ReplacementApi.Row> rows = new ArrayList<>();
    Map<Long, Uptime.Figures> uptime = new LinkedHashMap<>();
    for (ReplacementStore.DeviceFacts d : store.devices(access, filter, store.models(tenant))) {
      Instant acquired =
          d.acquiredOn() == null ? null : d.acquiredOn().atStartOfDay(zone).toInstant();
      Uptime.Figures figures =
          Uptime.of(downs.getOrDefault(d.id(), List.of()), start, end, acquired);
      uptime.put(d.id(), figures);
      ReplacementStore.Work w = work.getOrDefault(d.id(), ReplacementStore.Work.NONE);
      BigDecimal repairCost =
          rate.multiply(BigDecimal.valueOf(w.laborMinutes()))
              .divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP)
              .add(w.partsCost())
              .setScale(2, RoundingMode.HALF_UP);
      BigDecimal replacement =
          d.modelReplacementCost() != null ? d.modelReplacementCost() : d.acquisitionCost();
      ReplacementApi.CostSource source =
          d.modelReplacementCost() != null
              ? ReplacementApi.CostSource.MODEL
              : d.acquisitionCost() != null ? ReplacementApi.CostSource.ACQUISITION : null;
      long periodMillis = figures.period().toMillis();
      double downShare = periodMillis == 0 ? 0 : (double) figures.down().toMillis() / periodMillis;
      double score =
          ReplacementScore.score(
              new ReplacementScore.Facts(
                  d.acquiredOn(),
                  d.endOfSupport(),
                  repairCost,
                  replacement,
                  downShare,
                  w.corrective(),
                  periodMillis / 86_400_000.0),
              asOf);
      rows.add(
          new ReplacementApi.Row(
              0,
              score,
              d.id(),
              d.assetTag(),
              d.modelId(),
              d.manufacturer(),
              d.model(),
              d.deviceClass(),
              d.risk(),
              d.site(),
              d.unit(),
              d.status(),
              d.acquiredOn(),
              ReplacementScore.ageYears(d.acquiredOn(), asOf),
              d.endOfSupport(),
              ReplacementScore.Support.of(d.endOfSupport(), asOf),
              repairCost,
              w.laborMinutes(),
              w.partsCost().setScale(2, RoundingMode.HALF_UP),
              replacement,
              source,
              ReplacementScore.costRatio(repairCost, replacement),
              hours(figures.down()),
              rounded(figures.percent()),
              w.corrective(),
              w.couldNotDuplicate()));
    }
    rows.sort(
        Comparator.comparingDouble(ReplacementApi.Row::score)
            .reversed()
            .thenComparing(
                ReplacementApi.Row::ageYears, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ReplacementApi.Row::assetTag));
    List<ReplacementApi.Row> ranked = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ranked.add(withRank(rows.get(i), i + 1));
    }
    return new Ranked(period, rate, ranked, uptime);
  }

  private static List<ReplacementApi.ModelUptime> models(
      List<ReplacementApi.Row> rows, Map<Long, Uptime.Figures> uptime) {
    record Sum(
        ReplacementApi.Row first, int devices, Uptime.Figures figures, int corrective, int cnd) {}
    Map<Long, Sum> sums = new LinkedHashMap<>();
    for (ReplacementApi.Row r : rows) {
      Uptime.Figures f = uptime.get(r.deviceId());
      sums.merge(
          r.modelId(),
          new Sum(r, 1, f, r.correctiveCount(), r.couldNotDuplicateCount()),
          (a, b) ->
              new Sum(
                  a.first(),
                  a.devices() + 1,
                  a.figures().plus(b.figures()),
                  a.corrective() + b.corrective(),
                  a.cnd() + b.cnd()));
    }
    return sums.values().stream()
        .map(
            s ->
                new ReplacementApi.ModelUptime(
                    s.first().modelId(),
                    s.first().manufacturer(),
                    s.first().model(),
                    s.devices(),
                    hours(s.figures().down()),
                    rounded(s.figures().percent()),
                    s.corrective(),
                    s.cnd()))
        .sorted(
            Comparator.comparing(
                    ReplacementApi.ModelUptime::uptimePercent,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReplacementApi.ModelUptime::manufacturer)
                .thenComparing(ReplacementApi.ModelUptime::model))
        .toList();
  }

  private static List<ReplacementApi.CouldNotDuplicate> training(List<ReplacementApi.Row> rows) {
    record Place(long modelId, String site, @Nullable String unit) {}
    Map<Place, ReplacementApi.CouldNotDuplicate> counts = new LinkedHashMap<>();
    for (ReplacementApi.Row r : rows) {
      if (r.couldNotDuplicateCount() == 0) {
        continue;
      }
      counts.merge(
          new Place(r.modelId(), r.site(), r.unit()),
          new ReplacementApi.CouldNotDuplicate(
              r.modelId(),
              r.manufacturer(),
              r.model(),
              r.site(),
              r.unit(),
              r.couldNotDuplicateCount()),
          (a, b) ->
              new ReplacementApi.CouldNotDuplicate(
                  a.modelId(),
                  a.manufacturer(),
                  a.model(),
                  a.site(),
                  a.unit(),
                  a.count() + b.count()));
    }
    return counts.values().stream()
        .sorted(
            Comparator.comparingInt(ReplacementApi.CouldNotDuplicate::count)
                .reversed()
                .thenComparing(ReplacementApi.CouldNotDuplicate::model)
                .thenComparing(ReplacementApi.CouldNotDuplicate::site)
                .thenComparing(c -> Objects.toString(c.unit(), "")))
        .limit(MAX_TRAINING_ROWS)
        .toList();
  }

  private static ReplacementApi.Row withRank(ReplacementApi.Row r, int rank) {
    return new ReplacementApi.Row(
        rank,
        r.score(),
        r.deviceId(),
        r.assetTag(),
        r.modelId(),
        r.manufacturer(),
        r.model(),
        r.deviceClass(),
        r.risk(),
        r.site(),
        r.unit(),
        r.status(),
        r.acquiredOn(),
        r.ageYears(),
        r.endOfSupport(),
        r.support(),
        r.repairCost(),
        r.laborMinutes(),
        r.partsCost(),
        r.replacementCost(),
        r.replacementCostSource(),
        r.repairToReplacement(),
        r.downtimeHours(),
        r.uptimePercent(),
        r.correctiveCount(),
        r.couldNotDuplicateCount());
  }

  private static double hours(Duration duration) {
    return Math.round(duration.toMinutes() / 6.0) / 10.0;
  }

  private static @Nullable Double rounded(@Nullable Double percent) {
    return percent == null ? null : Math.round(percent * 100) / 100.0;
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
