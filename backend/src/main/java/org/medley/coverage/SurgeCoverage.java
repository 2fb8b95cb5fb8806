package org.medley.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One application's coverage over a dated window (a go-live's) rather than the matrix's typical
 * week: the same policy, hour by hour through the window, with a ticket surge and extra people for
 * parts of it. Market's go-live events show it and size their staffing requests from it. Nothing is
 * saved.
 */
public interface SurgeCoverage {

  /** A staff member of the tenant as a staffing plan names them. */
  record Person(long staffId, String name, String kind, @Nullable String employer) {}

  /** Those of the people who are staff of the tenant (internal or contracted); others left out. */
  Map<Long, Person> people(long tenantId, Collection<Long> staffIds);

  /**
   * Someone in the command center from {@code from} until {@code until}: a staff member, whose own
   * skill on the application counts, or (no staff id) a named outsider such as a vendor's floor
   * walker, credited with the level their tier implies ({@link #levelOf}).
   */
  record Helper(@Nullable Long staffId, Tier tier, Instant from, Instant until) {}

  /**
   * Coverage over the window: experts (bus factor), hours of the support window that fall in it and
   * how many of those an expert is on shift or in the command center, the ticket load in hours over
   * the whole window, and the command-center hours put against it.
   */
  @Serdeable
  record Side(
      CoverageStatus status,
      int busFactor,
      int requiredHours,
      int coveredHours,
      double windowCoverage,
      double tickets,
      double loadHours,
      double commandCenterHours) {}

  /**
   * Before: the usual staff and the usual volume. After: with the surge and the plan's people.
   * {@code expertsShort} is how many experts the window still lacks for GOOD; {@code
   * effortHoursPerTicket} what one surge ticket is costed at.
   */
  record Result(
      long applicationId,
      String application,
      int windowHours,
      Side before,
      Side after,
      int expertsShort,
      double effortHoursPerTicket) {}

  /**
   * The application's coverage from {@code from} until {@code until} at {@code baselinePerDay}
   * tickets a day without helpers, and at {@code expectedPerDay} with them; empty when the tenant
   * has no such application in its matrix.
   */
  Optional<Result> evaluate(
      long tenantId,
      long applicationId,
      Instant from,
      Instant until,
      double baselinePerDay,
      double expectedPerDay,
      List<Helper> helpers);

  /**
   * The skill level a tier stands for when nothing else is known (DESIGN.md, Skill): L1 handles
   * tickets with a script (2), L2 is independent (3), L3 is an expert (4).
   */
  static int levelOf(Tier tier) {
    return switch (tier) {
      case L1 -> 2;
      case L2 -> 3;
      case L3, VENDOR -> 4;
    };
  }
}
