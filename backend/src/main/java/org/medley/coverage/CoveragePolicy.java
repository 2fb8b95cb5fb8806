package org.medley.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the coverage matrix, as plain functions of what is known: who knows which
 * application how well, when people work, when each application must be supported and how much work
 * people had. No clock, no database: the caller lays everything out on one {@link WeekMask} grid.
 *
 * <ul>
 *   <li><b>Bus factor</b>: people at or above the expert level (3).
 *   <li><b>Window coverage</b>: hours of the application's required support window during which at
 *       least one expert is on shift, over the hours of that window in the week. An application
 *       whose calendar has no open hour that week needs no cover and counts as covered.
 *   <li><b>Status</b>: GAP with at most {@code gapMaxExperts} experts or a covered share at or
 *       below {@code gapMaxWindow}; GOOD with at least {@code goodMinExperts} experts and a covered
 *       share of at least {@code goodMinWindow}; RISK otherwise.
 *   <li><b>Burnout</b>: a week is overloaded when its load exceeds capacity × {@code
 *       burnoutLoadRatio}; a person with {@code burnoutWeeks} overloaded weeks among the last
 *       {@code burnoutOutOf} is flagged. People without capacity are never flagged.
 *   <li><b>Sole cover</b>: applications for which the person is the only expert.
 * </ul>
 */
public final class CoveragePolicy {

  private final CoverageRules rules;

  public CoveragePolicy(CoverageRules rules) {
    this.rules = rules;
  }

  public CoverageRules rules() {
    return rules;
  }

  /** An application and the hours its support window is open on the grid. */
  public record Application(long id, WeekMask required) {}

  /**
   * A person, their weekly capacity, the hours they are on shift on the grid, and their load in
   * hours for the most recent weeks ({@code weeklyLoad[0]} is the last seven days).
   */
  public record Person(long id, double capacityHours, WeekMask onShift, double[] weeklyLoad) {}

  public record Skill(long staffId, long applicationId, int level) {}

  public record ApplicationCoverage(
      long id,
      List<Long> experts,
      int requiredHours,
      int coveredHours,
      WeekMask uncovered,
      CoverageStatus status) {

    public int busFactor() {
      return experts.size();
    }

    /** Covered share of the required window, 1 when nothing is required. */
    public double windowCoverage() {
      return requiredHours == 0 ? 1.0 : (double) coveredHours / requiredHours;
    }
  }

  public record PersonCoverage(
      long id,
      double loadHours,
      double loadRatio,
      int overloadedWeeks,
      boolean burnout,
      List<Long> soleCover) {}

  public record Result(List<ApplicationCoverage> applications, List<PersonCoverage> people) {}

  public Result evaluate(List<Application> applications, List<Person> people, List<Skill> skills) {
    Map<Long, Person> byId = new HashMap<>(people.size() * 2);
    for (Person person : people) {
      byId.put(person.id(), person);
    }
    Map<Long, List<Person>> expertsByApp = new HashMap<>(applications.size() * 2);
    for (Skill skill : skills) {
      Person person = byId.get(skill.staffId());
      if (skill.level() >= rules.expertLevel() && person != null) {
        expertsByApp.computeIfAbsent(skill.applicationId(), k -> new ArrayList<>()).add(person);
      }
    }
    Map<Long, List<Long>> soleCover = new HashMap<>();
    List<ApplicationCoverage> appResults = new ArrayList<>(applications.size());
    for (Application app : applications) {
      ApplicationCoverage coverage =
          application(app, expertsByApp.getOrDefault(app.id(), List.of()));
      appResults.add(coverage);
      if (coverage.busFactor() == 1) {
        soleCover.computeIfAbsent(coverage.experts().get(0), k -> new ArrayList<>()).add(app.id());
      }
    }
    List<PersonCoverage> personResults = new ArrayList<>(people.size());
    for (Person person : people) {
      personResults.add(person(person, soleCover.getOrDefault(person.id(), List.of())));
    }
    return new Result(appResults, personResults);
  }

  /** One application's coverage by its experts (the people at or above the expert level). */
  public ApplicationCoverage application(Application app, List<Person> experts) {
    WeekMask covered = WeekMask.EMPTY;
    List<Long> ids = new ArrayList<>(experts.size());
    for (Person expert : experts) {
      covered = covered.or(expert.onShift());
      ids.add(expert.id());
    }
    WeekMask uncovered = app.required().andNot(covered);
    int required = app.required().count();
    int coveredHours = required - uncovered.count();
    return new ApplicationCoverage(
        app.id(),
        List.copyOf(ids),
        required,
        coveredHours,
        uncovered,
        status(experts.size(), required, coveredHours));
  }

  /** The status for a bus factor and window hours; public for the rule table's tests. */
  public CoverageStatus status(int experts, int requiredHours, int coveredHours) {
    double share = requiredHours == 0 ? 1.0 : (double) coveredHours / requiredHours;
    if (experts <= rules.gapMaxExperts() || share <= rules.gapMaxWindow()) {
      return CoverageStatus.GAP;
    }
    if (experts >= rules.goodMinExperts() && share >= rules.goodMinWindow() - 1e-9) {
      return CoverageStatus.GOOD;
    }
    return CoverageStatus.RISK;
  }

  /** One person's load and burnout, with the applications only they cover. */
  public PersonCoverage person(Person person, List<Long> soleCover) {
    double[] weeks = person.weeklyLoad();
    double load = weeks.length == 0 ? 0 : weeks[0];
    double capacity = person.capacityHours();
    int overloaded = 0;
    if (capacity > 0) {
      for (int i = 0; i < Math.min(rules.burnoutOutOf(), weeks.length); i++) {
        if (weeks[i] > capacity * rules.burnoutLoadRatio()) {
          overloaded++;
        }
      }
    }
    return new PersonCoverage(
        person.id(),
        load,
        capacity > 0 ? load / capacity : 0,
        overloaded,
        overloaded >= rules.burnoutWeeks(),
        List.copyOf(soleCover));
  }
}
