package org.medley.coverage.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.Shift;
import org.medley.coverage.TicketHistory;
import org.medley.coverage.WeekMask;

/**
 * What the coverage API asks of a tenant's matrix: the gap list, drill-downs into an application or
 * a person, and what-ifs. Every answer reads the tenant's current {@link CoverageModel}, kept by
 * {@link CoverageModels}.
 */
@Singleton
class CoverageService {

  private final CoverageModels models;
  private final SkillStore skills;
  private final CoveragePolicy policy;

  CoverageService(CoverageModels models, SkillStore skills) {
    this.models = models;
    this.skills = skills;
    this.policy = models.policy();
  }

  CoverageRules rules() {
    return policy.rules();
  }

  @ReadOnly
  Views.Matrix matrix(long tenant) {
    return current(tenant).matrix();
  }

  @ReadOnly
  Views.Page<Views.Gap> gaps(
      long tenant,
      CoverageStatus status,
      String category,
      Integer criticality,
      int page,
      int size) {
    List<Views.Gap> all = new ArrayList<>();
    for (Views.Gap gap : current(tenant).gaps()) {
      if ((status == null || gap.status() == status)
          && (category == null || category.isBlank() || gap.category().equals(category))
          && (criticality == null || gap.criticality() == criticality)) {
        all.add(gap);
      }
    }
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    return new Views.Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
  }

  @ReadOnly
  Views.ApplicationDetail application(long tenant, long id) {
    CoverageModel m = current(tenant);
    Views.ApplicationSummary summary = m.application(id);
    if (summary == null) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No application " + id);
    }
    CoveragePolicy.ApplicationCoverage coverage = m.coverage(id);
    WeekMask required = m.required(id);
    String week =
        m.grid().applicationWeek(ZoneId.of(summary.zone()), required, coverage.uncovered());
    Map<Long, Instant> verified = new HashMap<>();
    skills.skills(tenant, null, id).forEach(s -> verified.put(s.staffId(), s.verifiedAt()));
    List<Views.ExpertOnCall> people = new ArrayList<>();
    for (var level : m.levelsOn(id).entrySet()) {
      if (level.getValue() < 1) {
        continue;
      }
      Snapshot.Person person = m.person(level.getKey());
      TicketHistory.Median median = m.history().pairs().get(History.pairKey(id, person.id()));
      people.add(
          new Views.ExpertOnCall(
              person.id(),
              person.name(),
              person.kind(),
              person.team(),
              level.getValue(),
              date(verified.get(person.id())),
              level.getValue() >= rules().expertLevel(),
              m.onShift(person.id()).and(required).count(),
              median == null ? 0 : median.resolved(),
              median == null ? null : CoverageModel.hours(median.median())));
    }
    people.sort(
        Comparator.comparingInt(Views.ExpertOnCall::level)
            .reversed()
            .thenComparing(Views.ExpertOnCall::name));
    return new Views.ApplicationDetail(summary, week, people, m.gap(id));
  }

  @ReadOnly
  Views.PersonDetail person(long tenant, long id) {
    CoverageModel m = current(tenant);
    Views.PersonSummary summary = m.personSummary(id);
    if (summary == null) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No staff member " + id);
    }
    Snapshot.Person person = m.person(id);
    WeekMask onShift = m.onShift(id);
    String week = m.grid().personWeek(CoverageModel.zoneOf(person.zone()), onShift);
    Set<Long> sole = new HashSet<>(summary.soleCover());
    Map<Long, Instant> verified = new HashMap<>();
    skills.skills(tenant, id, null).forEach(s -> verified.put(s.applicationId(), s.verifiedAt()));
    List<Views.PersonSkill> skills = new ArrayList<>();
    for (var level : m.levelsOf(id).entrySet()) {
      Views.ApplicationSummary app = m.application(level.getKey());
      TicketHistory.Median median = m.history().pairs().get(History.pairKey(app.id(), id));
      skills.add(
          new Views.PersonSkill(
              app.id(),
              app.name(),
              level.getValue(),
              date(verified.get(app.id())),
              sole.contains(app.id()),
              app.status(),
              median == null ? 0 : median.resolved(),
              median == null ? null : CoverageModel.hours(median.median())));
    }
    skills.sort(
        Comparator.comparingInt(Views.PersonSkill::level)
            .reversed()
            .thenComparing(Views.PersonSkill::application));
    double[] weekly = m.history().weeklyLoad().getOrDefault(id, new double[rules().burnoutOutOf()]);
    return new Views.PersonDetail(
        summary,
        person.shifts().stream().map(CoverageService::shiftView).toList(),
        week,
        weekly,
        skills);
  }

  /** A person who would join or leave: the matrix recomputed without saving anything. */
  record Hypothetical(
      double capacityHours, ZoneId zone, List<Shift> shifts, Map<Long, Integer> levels) {}

  @ReadOnly
  Views.WhatIf whatIf(long tenant, Set<Long> remove, List<Hypothetical> add) {
    CoverageModel m = current(tenant);
    for (long id : remove) {
      if (m.person(id) == null) {
        throw new HttpStatusException(HttpStatus.NOT_FOUND, "No staff member " + id);
      }
    }
    List<CoveragePolicy.Person> people = new ArrayList<>();
    for (CoveragePolicy.Person p : m.policyPeople()) {
      if (!remove.contains(p.id())) {
        people.add(p);
      }
    }
    List<CoveragePolicy.Skill> skills = m.policySkills();
    long next = -1;
    for (Hypothetical h : add) {
      long id = next--;
      people.add(
          new CoveragePolicy.Person(
              id,
              h.capacityHours(),
              Shift.mask(h.shifts(), h.zone(), m.gridStart()),
              new double[0]));
      for (var level : h.levels().entrySet()) {
        if (m.application(level.getKey()) == null) {
          throw new HttpStatusException(HttpStatus.NOT_FOUND, "No application " + level.getKey());
        }
        skills.add(new CoveragePolicy.Skill(id, level.getKey(), level.getValue()));
      }
    }
    CoveragePolicy.Result after = policy.evaluate(m.policyApplications(), people, skills);
    List<Views.StatusChange> changes = new ArrayList<>();
    List<Views.AppStatus> statuses = new ArrayList<>();
    for (CoveragePolicy.ApplicationCoverage now : after.applications()) {
      CoveragePolicy.ApplicationCoverage was = m.coverage(now.id());
      statuses.add(
          new Views.AppStatus(
              now.id(), now.status(), now.busFactor(), CoverageModel.round(now.windowCoverage())));
      if (was.status() != now.status()
          || was.busFactor() != now.busFactor()
          || was.coveredHours() != now.coveredHours()) {
        changes.add(
            new Views.StatusChange(
                now.id(),
                m.application(now.id()).name(),
                was.status(),
                now.status(),
                was.busFactor(),
                now.busFactor(),
                CoverageModel.round(was.windowCoverage()),
                CoverageModel.round(now.windowCoverage())));
      }
    }
    changes.sort(
        Comparator.comparing((Views.StatusChange c) -> c.after().ordinal())
            .reversed()
            .thenComparing(Views.StatusChange::name));
    return new Views.WhatIf(m.matrix().counts(), counts(after.applications()), changes, statuses);
  }

  /** Completes once the startup warm-up of the kept models has finished (or failed). */
  CompletableFuture<Void> warmed() {
    return models.warmed();
  }

  private CoverageModel current(long tenant) {
    return models.current(tenant);
  }

  private static Views.Counts counts(List<CoveragePolicy.ApplicationCoverage> apps) {
    int good = 0;
    int risk = 0;
    int gap = 0;
    for (var app : apps) {
      switch (app.status()) {
        case GOOD -> good++;
        case RISK -> risk++;
        case GAP -> gap++;
      }
    }
    return new Views.Counts(good, risk, gap);
  }

  static Views.ShiftView shiftView(Shift shift) {
    return new Views.ShiftView(shift.day().name(), shift.from().toString(), shift.to().toString());
  }

  private static LocalDate date(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
