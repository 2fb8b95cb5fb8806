package org.medley.insight.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medley.coverage.CoverageRisk;
import org.medley.identity.Hospitals;
import org.medley.platform.DatabaseUnreachable;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coverage risk over time: per week, the matrix's GOOD/RISK/GAP counts and bus-factor-1
 * applications as last seen in that week, read from coverage through {@link CoverageRisk}. Coverage
 * keeps no past matrices, so the weeks are recorded as time goes by: an hourly roll over every
 * tenant and every read record the current week (last seen wins). A rebuild can only record the
 * present: past weeks are what was recorded then.
 */
@Singleton
class CoverageRiskHistory implements ReadModel {

  private static final Logger LOG = LoggerFactory.getLogger(CoverageRiskHistory.class);
  static final int MAX_WEEKS = 520;

  @Serdeable
  record Week(LocalDate weekStart, int good, int risk, int gap, int busFactorOne) {}

  @Serdeable
  @Schema(description = "Bus-factor-1 applications of one criticality (1 most critical)")
  record ByCriticality(int criticality, int busFactorOne, int risk, int gap) {}

  @Serdeable
  @Schema(
      description =
          "Per week (Monday, local) the matrix as last seen in it; weeks with no record are left"
              + " out. now: the matrix now; attention: applications at RISK or GAP or with one"
              + " expert, most critical first")
  record Answer(
      LocalDate from,
      LocalDate to,
      List<Week> weeks,
      Week now,
      List<ByCriticality> byCriticality,
      List<CoverageRisk.Application> attention) {}

  private final CoverageRisk coverage;
  private final JdbcOperations jdbc;
  private final Hospitals hospitals;
  private final Clock clock;

  CoverageRiskHistory(
      CoverageRisk coverage, JdbcOperations jdbc, Hospitals hospitals, Clock clock) {
    this.coverage = coverage;
    this.jdbc = jdbc;
    this.hospitals = hospitals;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "coverage-risk";
  }

  @Override
  @Transactional
  public void rebuild(long tenantId) {
    record(tenantId, coverage.now(tenantId));
  }

  /** The hourly roll; safe on many nodes (an upsert of the same figures). */
  @Singleton
  @Requires(property = "medley.insight.coverage-roll.enabled", notEquals = "false")
  static class Roll {
    private final CoverageRiskHistory history;
    private final CoverageRisk coverage;

    Roll(CoverageRiskHistory history, CoverageRisk coverage) {
      this.history = history;
      this.coverage = coverage;
    }

    @Scheduled(
        fixedDelay = "${medley.insight.coverage-roll.interval:1h}",
        initialDelay = "${medley.insight.coverage-roll.initial-delay:5m}")
    void run() {
      List<Long> tenants;
      try {
        tenants = coverage.tenants();
      } catch (RuntimeException e) {
        DatabaseUnreachable.warn(
            LOG, "Coverage risk roll could not list tenants; the next one retries", e);
        return;
      }
      for (long tenant : tenants) {
        try {
          history.rebuild(tenant);
        } catch (RuntimeException e) {
          DatabaseUnreachable.warn(
              LOG, "Coverage risk roll failed for tenant " + tenant + "; the next one retries", e);
        }
      }
    }
  }

  static int busFactorOne(CoverageRisk.Now now) {
    return (int) now.attention().stream().filter(a -> a.busFactor() == 1).count();
  }

  LocalDate weekOf(long tenantId) {
    return LocalDate.now(clock.withZone(hospitals.zone(tenantId))).with(DayOfWeek.MONDAY);
  }

  private void record(long tenantId, CoverageRisk.Now now) {
    jdbc.prepareStatement(
        "INSERT INTO insight_coverage_weeks (tenant_id, week_start, good, risk, gap,"
            + " bus_factor_one, revision, recorded_at) VALUES (?,?,?,?,?,?,?,?) ON DUPLICATE KEY"
            + " UPDATE good = VALUES(good), risk = VALUES(risk), gap = VALUES(gap),"
            + " bus_factor_one = VALUES(bus_factor_one), revision = VALUES(revision),"
            + " recorded_at = VALUES(recorded_at)",
        s -> {
          s.setLong(1, tenantId);
          s.setObject(2, weekOf(tenantId));
          s.setInt(3, now.good());
          s.setInt(4, now.risk());
          s.setInt(5, now.gap());
          s.setInt(6, busFactorOne(now));
          s.setLong(7, now.revision());
          s.setTimestamp(8, Timestamp.from(clock.instant()));
          return s.executeUpdate();
        });
  }

  /**
   * Weeks of {@code [from, to]} (local dates; by default the last 26 weeks), and the matrix now.
   */
  @Transactional
  Answer answer(long tenantId, @Nullable String fromText, @Nullable String toText) {
    LocalDate thisWeek = weekOf(tenantId);
    List<Problem.FieldError> errors = new ArrayList<>();
    LocalDate to = toText == null ? thisWeek : parse(toText, "to", errors);
    LocalDate from =
        fromText == null
            ? (to == null ? null : to.minusWeeks(25))
            : parse(fromText, "from", errors);
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        errors.add(new Problem.FieldError("to", "must not be before from"));
      } else if (ChronoUnit.WEEKS.between(from, to) > MAX_WEEKS) {
        errors.add(new Problem.FieldError("to", "at most " + MAX_WEEKS + " weeks after from"));
      }
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    CoverageRisk.Now now = coverage.now(tenantId);
    record(tenantId, now);
    List<Week> weeks =
        jdbc.prepareStatement(
            "SELECT week_start, good, risk, gap, bus_factor_one FROM insight_coverage_weeks"
                + " WHERE tenant_id = ? AND week_start BETWEEN ? AND ? ORDER BY week_start",
            s -> {
              s.setLong(1, tenantId);
              s.setObject(2, from.with(DayOfWeek.MONDAY));
              s.setObject(3, to);
              List<Week> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  list.add(
                      new Week(
                          rows.getDate(1).toLocalDate(),
                          rows.getInt(2),
                          rows.getInt(3),
                          rows.getInt(4),
                          rows.getInt(5)));
                }
              }
              return list;
            });
    Map<Integer, int[]> byCriticality = new TreeMap<>();
    for (CoverageRisk.Application a : now.attention()) {
      int[] counts = byCriticality.computeIfAbsent(a.criticality(), c -> new int[3]);
      counts[0] += a.busFactor() == 1 ? 1 : 0;
      counts[1] += a.status() == org.medley.coverage.CoverageStatus.RISK ? 1 : 0;
      counts[2] += a.status() == org.medley.coverage.CoverageStatus.GAP ? 1 : 0;
    }
    List<ByCriticality> critical = new ArrayList<>();
    byCriticality.forEach((c, n) -> critical.add(new ByCriticality(c, n[0], n[1], n[2])));
    return new Answer(
        from,
        to,
        weeks,
        new Week(thisWeek, now.good(), now.risk(), now.gap(), busFactorOne(now)),
        critical,
        now.attention());
  }

  private static @Nullable LocalDate parse(
      String text, String field, List<Problem.FieldError> errors) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (day.getYear() < 1990 || day.getYear() > 2100) {
        errors.add(new Problem.FieldError(field, "must be between 1990 and 2100"));
        return null;
      }
      return day;
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new Problem.FieldError(field, "must be a date like 2026-11-02"));
      return null;
    }
  }
}
