package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.desk.TeamTickets;
import org.medley.market.TimerCompliance;

/**
 * The scorecard figures of a set of support groups (and, for partners, of engagements' OLAs), from
 * per-group counts: one definition for the hospital's own teams and its partners. Pure.
 *
 * <ul>
 *   <li>volume: tickets resolved in the range by the group holding them then;
 *   <li>SLA and OLA compliance: finished timers met, of those finished (MET or BREACHED);
 *   <li>first-contact resolution: resolved tickets never handed on nor reopened, of those resolved;
 *   <li>reopen rate: resolved tickets reopened at least once, of those resolved;
 *   <li>CSAT: mean rating of resolved tickets that were rated, and how many were;
 *   <li>backlog: open tickets held now, the oldest and the median age.
 * </ul>
 */
final class ScorecardFigures {

  private final Map<Long, TeamTickets.Resolved> resolved = new HashMap<>();
  private final Map<Long, List<Instant>> open = new HashMap<>();
  private final Map<Long, TimerCompliance.Counts> sla = new HashMap<>();
  private final Map<Long, TimerCompliance.Counts> ola = new HashMap<>();
  private final Instant now;

  /** Counts over a range; {@code open} may be empty where no backlog is wanted (weeks). */
  ScorecardFigures(
      List<TeamTickets.Resolved> resolved,
      List<TeamTickets.Open> open,
      TimerCompliance.Finished timers,
      Instant now) {
    resolved.forEach(r -> this.resolved.put(r.groupId(), r));
    open.forEach(
        o -> this.open.computeIfAbsent(o.groupId(), k -> new ArrayList<>()).add(o.createdAt()));
    timers.slaByGroup().forEach(c -> sla.put(c.holderId(), c));
    timers.olaByEngagement().forEach(c -> ola.put(c.holderId(), c));
    this.now = now;
  }

  /**
   * The figures of {@code groups}; OLA compliance over {@code engagements}, or null (internal teams
   * have no OLA).
   */
  ScorecardApi.Figures of(Collection<Long> groups, @Nullable Collection<Long> engagements) {
    long volume = 0;
    long firstContact = 0;
    long reopened = 0;
    long rated = 0;
    long ratingSum = 0;
    long slaMet = 0;
    long slaBreached = 0;
    List<Instant> opened = new ArrayList<>();
    for (long group : groups) {
      TeamTickets.Resolved r = resolved.get(group);
      if (r != null) {
        volume += r.resolved();
        firstContact += r.firstContact();
        reopened += r.reopened();
        rated += r.rated();
        ratingSum += r.ratingSum();
      }
      TimerCompliance.Counts c = sla.get(group);
      if (c != null) {
        slaMet += c.met();
        slaBreached += c.breached();
      }
      opened.addAll(open.getOrDefault(group, List.of()));
    }
    ScorecardApi.Compliance olaCompliance = null;
    if (engagements != null) {
      long met = 0;
      long breached = 0;
      for (long engagement : engagements) {
        TimerCompliance.Counts c = ola.get(engagement);
        if (c != null) {
          met += c.met();
          breached += c.breached();
        }
      }
      olaCompliance = compliance(met, breached);
    }
    return new ScorecardApi.Figures(
        volume,
        compliance(slaMet, slaBreached),
        olaCompliance,
        ratio(firstContact, volume),
        ratio(reopened, volume),
        new ScorecardApi.Csat(rated == 0 ? null : round(ratingSum / (double) rated, 100), rated),
        backlog(opened, now));
  }

  static ScorecardApi.Compliance compliance(long met, long breached) {
    long finished = met + breached;
    return new ScorecardApi.Compliance(
        met, finished, finished == 0 ? null : round(met / (double) finished, 10_000));
  }

  static ScorecardApi.Ratio ratio(long count, long of) {
    return new ScorecardApi.Ratio(count, of, of == 0 ? null : round(count / (double) of, 10_000));
  }

  /** Ages in hours (one decimal) of tickets opened at {@code opened}, as of {@code now}. */
  static ScorecardApi.Backlog backlog(List<Instant> opened, Instant now) {
    if (opened.isEmpty()) {
      return new ScorecardApi.Backlog(0, null, null);
    }
    double[] hours =
        opened.stream()
            .mapToDouble(at -> Math.max(0, Duration.between(at, now).toMillis()) / 3_600_000.0)
            .sorted()
            .toArray();
    int n = hours.length;
    double median = n % 2 == 1 ? hours[n / 2] : (hours[n / 2 - 1] + hours[n / 2]) / 2;
    return new ScorecardApi.Backlog(n, round(hours[n - 1], 10), round(median, 10));
  }

  private static double round(double value, int scale) {
    return Math.round(value * scale) / (double) scale;
  }
}
