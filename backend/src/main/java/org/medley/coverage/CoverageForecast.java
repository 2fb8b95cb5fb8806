package org.medley.coverage;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What people who are not (yet) on the staff would do to the tenant's coverage: the marketplace
 * compares proposals and ranks partners with it. Nothing is saved.
 */
public interface CoverageForecast {

  /** A hypothetical person: {@code levels} maps application ids to skill levels. */
  record Candidate(
      double capacityHours, ZoneId zone, List<Shift> shifts, Map<Long, Integer> levels) {}

  @io.micronaut.serde.annotation.Serdeable
  record Counts(int good, int risk, int gap) {}

  /** An application whose status, bus factor or covered hours would change. */
  @io.micronaut.serde.annotation.Serdeable
  record Change(
      long applicationId,
      String name,
      CoverageStatus before,
      CoverageStatus after,
      int busFactorBefore,
      int busFactorAfter,
      double windowCoverageBefore,
      double windowCoverageAfter) {}

  @io.micronaut.serde.annotation.Serdeable
  record Forecast(Counts before, Counts after, List<Change> changes) {}

  /** The matrix today with the candidates added. */
  Forecast withCandidates(long tenantId, List<Candidate> candidates);

  /**
   * How the candidates able to work on an application at {@code minimumLevel} or above cover its
   * support window: hours of the week the window is open, hours their shifts cover, and of the
   * uncovered hours those at night (19:00–07:00 in the window's zone) and at weekends.
   */
  record WindowFit(
      long applicationId,
      int windowHours,
      int coveredHours,
      int nightHours,
      int uncoveredNightHours,
      int weekendHours,
      int uncoveredWeekendHours) {}

  /** One fit per application the tenant has, in the order asked; unknown ids are left out. */
  List<WindowFit> windowFit(
      long tenantId, List<Long> applicationIds, int minimumLevel, List<Candidate> candidates);
}
