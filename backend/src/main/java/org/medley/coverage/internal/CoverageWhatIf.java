package org.medley.coverage.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.Shift;

/**
 * What-if questions on a tenant's matrix: its current {@link CoverageModel} evaluated again by the
 * {@link CoveragePolicy} without some people or with hypothetical contracted ones. Nothing is
 * saved.
 */
@Singleton
class CoverageWhatIf {

  private final CoverageModels models;
  private final CoveragePolicy policy;

  CoverageWhatIf(CoverageModels models) {
    this.models = models;
    this.policy = models.policy();
  }

  /** A person who would join or leave: the matrix recomputed without saving anything. */
  record Hypothetical(
      double capacityHours, ZoneId zone, List<Shift> shifts, Map<Long, Integer> levels) {}

  @ReadOnly
  Views.WhatIf whatIf(long tenant, Set<Long> remove, List<Hypothetical> add) {
    CoverageModel m = models.current(tenant);
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
}
