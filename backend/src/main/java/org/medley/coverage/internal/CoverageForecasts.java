package org.medley.coverage.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.coverage.CoverageForecast;
import org.medley.coverage.Shift;
import org.medley.coverage.WeekMask;

/** {@link CoverageForecast} on the tenant's current matrix, through the what-if. */
@Singleton
class CoverageForecasts implements CoverageForecast {

  /** Night: from 19:00 to 07:00, the hospital's night shift. */
  static final int NIGHT_FROM = 19;

  static final int NIGHT_UNTIL = 7;

  private final CoverageWhatIf whatIfs;
  private final CoverageModels models;

  CoverageForecasts(CoverageWhatIf whatIfs, CoverageModels models) {
    this.whatIfs = whatIfs;
    this.models = models;
  }

  @Override
  @ReadOnly
  public Forecast withCandidates(long tenantId, List<Candidate> candidates) {
    Views.WhatIf w =
        whatIfs.whatIf(
            tenantId,
            Set.of(),
            candidates.stream()
                .map(
                    c ->
                        new CoverageWhatIf.Hypothetical(
                            c.capacityHours(), c.zone(), c.shifts(), known(tenantId, c.levels())))
                .toList());
    return new Forecast(
        counts(w.before()),
        counts(w.after()),
        w.changes().stream()
            .map(
                c ->
                    new Change(
                        c.applicationId(),
                        c.name(),
                        c.before(),
                        c.after(),
                        c.busFactorBefore(),
                        c.busFactorAfter(),
                        c.windowCoverageBefore(),
                        c.windowCoverageAfter()))
            .toList());
  }

  /** Skills on applications the matrix does not know (retired, the triage entry) are ignored. */
  private Map<Long, Integer> known(long tenant, Map<Long, Integer> levels) {
    CoverageModel m = models.current(tenant);
    Map<Long, Integer> kept = new java.util.HashMap<>();
    levels.forEach(
        (app, level) -> {
          if (m.application(app) != null) {
            kept.put(app, level);
          }
        });
    return kept;
  }

  @Override
  @ReadOnly
  public List<WindowFit> windowFit(
      long tenantId, List<Long> applicationIds, int minimumLevel, List<Candidate> candidates) {
    CoverageModel m = models.current(tenantId);
    List<WindowFit> fits = new ArrayList<>();
    for (long app : applicationIds) {
      var summary = m.application(app);
      if (summary == null) {
        continue;
      }
      WeekMask window = m.required(app);
      WeekMask covered = WeekMask.EMPTY;
      for (Candidate c : candidates) {
        if (c.levels().getOrDefault(app, 0) >= minimumLevel) {
          covered = covered.or(Shift.mask(c.shifts(), c.zone(), m.gridStart()));
        }
      }
      covered = covered.and(window);
      ZoneId zone = CoverageModel.zoneOf(summary.zone());
      int night = 0;
      int nightUncovered = 0;
      int weekend = 0;
      int weekendUncovered = 0;
      for (int slot = 0; slot < WeekMask.HOURS; slot++) {
        if (!window.get(slot)) {
          continue;
        }
        ZonedDateTime local = WeekMask.sample(m.gridStart(), slot).atZone(zone);
        boolean open = !covered.get(slot);
        int hour = local.getHour();
        if (hour >= NIGHT_FROM || hour < NIGHT_UNTIL) {
          night++;
          nightUncovered += open ? 1 : 0;
        }
        if (local.getDayOfWeek() == DayOfWeek.SATURDAY
            || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
          weekend++;
          weekendUncovered += open ? 1 : 0;
        }
      }
      fits.add(
          new WindowFit(
              app,
              window.count(),
              covered.count(),
              night,
              nightUncovered,
              weekend,
              weekendUncovered));
    }
    return fits;
  }

  private static Counts counts(Views.Counts c) {
    return new Counts(c.good(), c.risk(), c.gap());
  }
}
