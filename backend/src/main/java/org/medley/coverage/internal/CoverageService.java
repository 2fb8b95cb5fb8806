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
 * What the coverage API asks of a tenant's matrix: the matrix, the gap list and drill-downs into an
 * application or a person (what-ifs: {@link CoverageWhatIf}). Every answer reads the tenant's
 * current {@link CoverageModel}, kept by {@link CoverageModels}.
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
    skills
        .skills(tenant, null, id)
        .forEach(s -> verified.put(s.skill().staffId(), s.skill().verifiedAt()));
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
    skills
        .skills(tenant, id, null)
        .forEach(s -> verified.put(s.skill().applicationId(), s.skill().verifiedAt()));
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

  /** Completes once the startup warm-up of the kept models has finished (or failed). */
  CompletableFuture<Void> warmed() {
    return models.warmed();
  }

  private CoverageModel current(long tenant) {
    return models.current(tenant);
  }

  static Views.ShiftView shiftView(Shift shift) {
    return new Views.ShiftView(shift.day().name(), shift.from().toString(), shift.to().toString());
  }

  private static LocalDate date(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
