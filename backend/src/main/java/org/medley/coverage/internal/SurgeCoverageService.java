package org.medley.coverage.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.SurgeCoverage;
import org.medley.coverage.Tier;
import org.medley.coverage.WeekMask;

/**
 * {@link SurgeCoverage} on the tenant's current {@link CoverageModel}: the week grid's masks are
 * repeated over the window, so a shift on Mondays covers every Monday of it.
 */
@Singleton
class SurgeCoverageService implements SurgeCoverage {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  /** At most this many hours are walked: the longest window a go-live may have, and some. */
  static final int MAX_HOURS = 100 * 24;

  private final CoverageModels models;
  private final CoveragePolicy policy;
  private final CoverageConfig config;

  SurgeCoverageService(CoverageModels models, CoverageConfig config) {
    this.models = models;
    this.policy = models.policy();
    this.config = config;
  }

  @Override
  @ReadOnly
  public Map<Long, Person> people(long tenantId, Collection<Long> staffIds) {
    CoverageModel m = models.current(tenantId);
    Map<Long, Person> people = new HashMap<>();
    for (long id : staffIds) {
      Snapshot.Person p = m.person(id);
      if (p != null) {
        people.put(id, new Person(id, p.name(), p.kind(), p.employer()));
      }
    }
    return people;
  }

  @Override
  @ReadOnly
  public Optional<Result> evaluate(
      long tenantId,
      long applicationId,
      Instant from,
      Instant until,
      double baselinePerDay,
      double expectedPerDay,
      List<Helper> helpers) {
    CoverageModel m = models.current(tenantId);
    Views.ApplicationSummary app = m.application(applicationId);
    if (app == null) {
      return Optional.empty();
    }
    int expertLevel = policy.rules().expertLevel();
    Map<Long, Integer> levels = m.levelsOn(applicationId);
    List<WeekMask> usual = new ArrayList<>();
    Set<Long> usualExperts = new HashSet<>();
    levels.forEach(
        (staff, level) -> {
          if (level >= expertLevel) {
            usual.add(m.onShift(staff));
            usualExperts.add(staff);
          }
        });
    List<Helper> expertHelpers = new ArrayList<>();
    Set<Object> afterExperts = new HashSet<>(usualExperts);
    double commandCenterHours = 0;
    for (int i = 0; i < helpers.size(); i++) {
      Helper h = helpers.get(i);
      commandCenterHours += hoursWithin(h.from(), h.until(), from, until);
      int level =
          h.staffId() == null
              ? SurgeCoverage.levelOf(h.tier())
              : levels.getOrDefault(h.staffId(), 0);
      if (level >= expertLevel) {
        expertHelpers.add(h);
        // Outsiders have no id: each plan entry without one is a person of their own.
        afterExperts.add(h.staffId() == null ? "outsider-" + i : h.staffId());
      }
    }
    Walk walk = walk(m.gridStart(), m.required(applicationId), usual, expertHelpers, from, until);
    double days = walk.hours() / 24.0;
    double effort = config.effortHours(Tier.L1);
    Side before =
        side(
            usualExperts.size(),
            walk.required(),
            walk.coveredUsual(),
            baselinePerDay * days,
            effort,
            0);
    Side after =
        side(
            afterExperts.size(),
            walk.required(),
            walk.coveredAfter(),
            expectedPerDay * days,
            effort,
            commandCenterHours);
    CoverageRules rules = policy.rules();
    return Optional.of(
        new Result(
            applicationId,
            app.name(),
            walk.hours(),
            before,
            after,
            Math.max(0, rules.goodMinExperts() - afterExperts.size()),
            effort));
  }

  private Side side(
      int experts, int required, int covered, double tickets, double effort, double ccHours) {
    return new Side(
        policy.status(experts, required, covered),
        experts,
        required,
        covered,
        CoverageModel.round(required == 0 ? 1.0 : (double) covered / required),
        CoverageModel.round(tickets),
        CoverageModel.round(tickets * effort),
        CoverageModel.round(ccHours));
  }

  /** Hours of the window, hours of the support window in it, and how many an expert covers. */
  record Walk(int hours, int required, int coveredUsual, int coveredAfter) {}

  /**
   * Hour by hour through the window, each hour sampled at its middle as the week grid is: required
   * when the application's calendar is open in that hour of the week, covered when a usual expert
   * is on shift then or an expert helper is in the command center.
   */
  static Walk walk(
      Instant gridStart,
      WeekMask required,
      List<WeekMask> usual,
      List<Helper> helpers,
      Instant from,
      Instant until) {
    WeekMask usualCover = WeekMask.EMPTY;
    for (WeekMask mask : usual) {
      usualCover = usualCover.or(mask);
    }
    int hours = 0;
    int requiredHours = 0;
    int coveredUsual = 0;
    int coveredAfter = 0;
    for (Instant hour = from;
        hour.isBefore(until) && hours < MAX_HOURS;
        hour = hour.plus(HOUR), hours++) {
      int slot = (int) Math.floorMod(Duration.between(gridStart, hour).toHours(), WeekMask.HOURS);
      if (!required.get(slot)) {
        continue;
      }
      requiredHours++;
      boolean covered = usualCover.get(slot);
      if (covered) {
        coveredUsual++;
      } else {
        Instant middle = hour.plus(HALF_HOUR);
        for (Helper h : helpers) {
          if (!middle.isBefore(h.from()) && middle.isBefore(h.until())) {
            covered = true;
            break;
          }
        }
      }
      if (covered) {
        coveredAfter++;
      }
    }
    return new Walk(hours, requiredHours, coveredUsual, coveredAfter);
  }

  static double hoursWithin(Instant from, Instant until, Instant windowFrom, Instant windowUntil) {
    Instant start = from.isAfter(windowFrom) ? from : windowFrom;
    Instant end = until.isBefore(windowUntil) ? until : windowUntil;
    return end.isAfter(start) ? Duration.between(start, end).toMinutes() / 60.0 : 0;
  }
}
