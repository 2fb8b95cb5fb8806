package org.medley.coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Read-only aggregates of a tenant's ticket history, for features that plan staffing (coverage, and
 * market's go-live surge estimates). Every method aggregates in one query over the tickets index;
 * none returns tickets.
 */
public interface TicketHistory {

  /** Tickets filed for one application in the 30 and 90 days before the reference instant. */
  record ApplicationVolume(long applicationId, long last30Days, long last90Days) {}

  /**
   * Tickets assigned to one person at one tier, by the week they were filed: {@code perWeek[0]} is
   * the seven days before the reference instant, {@code perWeek[1]} the seven before those, …
   */
  record WeeklyAssignments(long staffId, Tier tier, long[] perWeek) {}

  /** Median time from filing to resolution of the resolved tickets in a group, and how many. */
  record Median(long applicationId, long staffId, int resolved, Duration median) {}

  /**
   * Medians of resolved tickets by person and application together, by application alone ({@code
   * staffId} 0) and by person alone ({@code applicationId} 0).
   */
  record Turnarounds(
      List<Median> byPersonAndApplication, List<Median> byApplication, List<Median> byPerson) {}

  List<ApplicationVolume> volumeByApplication(long tenantId, Instant until);

  List<WeeklyAssignments> weeklyAssignments(long tenantId, Instant until, int weeks);

  /** Over tickets filed in {@code [from, until)} that have been resolved, with an assignee. */
  Turnarounds turnarounds(long tenantId, Instant from, Instant until);

  /**
   * Tickets filed for each of the applications, day by day: {@code perDay[d]} counts those filed in
   * the 24 hours from {@code from} plus {@code d} days, for {@code days} days. Applications of
   * another tenant, and those without a ticket in the period, are left out.
   */
  Map<Long, long[]> dailyVolumes(
      long tenantId, Collection<Long> applicationIds, Instant from, int days);
}
