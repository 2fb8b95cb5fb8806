package org.medley.coverage.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.Shift;
import org.medley.coverage.WeekMask;
import org.medley.desk.TicketHistory;
import org.medley.sla.CalendarDirectory;

/**
 * The coverage matrix of a tenant, computed from one snapshot of its catalog, staff and skills and
 * from its ticket history. The result is kept per tenant and reused while the tenant's coverage
 * revision, the week and the history (at most {@code medley.coverage.history-ttl} old) are
 * unchanged, so a node never serves a matrix older than the last committed change to coverage data.
 */
@Singleton
class CoverageService {

  static final int HISTORY_DAYS = 90;
  static final int FULL_TIME_HOURS = 40;

  private final CoverageStore store;
  private final TicketHistory tickets;
  private final CalendarDirectory calendars;
  private final CoverageConfig config;
  private final CoveragePolicy policy;
  private final Clock clock;
  private final Map<Long, Evaluated> evaluated = new ConcurrentHashMap<>();
  private final Map<Long, History> histories = new ConcurrentHashMap<>();

  CoverageService(
      CoverageStore store,
      TicketHistory tickets,
      CalendarDirectory calendars,
      CoverageConfig config,
      Clock clock) {
    this.store = store;
    this.tickets = tickets;
    this.calendars = calendars;
    this.config = config;
    this.policy = new CoveragePolicy(config.rules());
    this.clock = clock;
  }

  CoverageRules rules() {
    return policy.rules();
  }

  // ---- what the API asks

  @ReadOnly
  Views.Matrix matrix(long tenant) {
    return current(tenant).matrix;
  }

  @ReadOnly
  Views.Page<Views.Gap> gaps(
      long tenant,
      CoverageStatus status,
      String category,
      Integer criticality,
      int page,
      int size) {
    Evaluated e = current(tenant);
    List<Views.Gap> all = new ArrayList<>();
    for (Views.Gap gap : e.gaps) {
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
    Evaluated e = current(tenant);
    Views.ApplicationSummary summary = e.appSummaries.get(id);
    if (summary == null) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No application " + id);
    }
    CoveragePolicy.ApplicationCoverage coverage = e.appCoverage.get(id);
    WeekMask required = e.required.get(id);
    ZoneId zone = ZoneId.of(summary.zone());
    int[] table = e.localSlots(zone);
    StringBuilder week = new StringBuilder(WeekMask.HOURS);
    for (int k = 0; k < WeekMask.HOURS; k++) {
      int slot = table[k];
      week.append(
          slot < 0 ? '-' : !required.get(slot) ? '.' : coverage.uncovered().get(slot) ? 'U' : 'C');
    }
    List<Views.ExpertOnCall> people = new ArrayList<>();
    for (Snapshot.Skill skill : e.skillsByApp.getOrDefault(id, List.of())) {
      if (skill.level() < 1) {
        continue;
      }
      Snapshot.Person person = e.people.get(skill.staffId());
      TicketHistory.Median median = e.history.pairs.get(pairKey(id, skill.staffId()));
      people.add(
          new Views.ExpertOnCall(
              person.id(),
              person.name(),
              person.kind(),
              person.team(),
              skill.level(),
              date(skill.verifiedAt()),
              skill.level() >= rules().expertLevel(),
              e.onShift.get(person.id()).and(required).count(),
              median == null ? 0 : median.resolved(),
              median == null ? null : hours(median.median())));
    }
    people.sort(
        Comparator.comparingInt(Views.ExpertOnCall::level)
            .reversed()
            .thenComparing(Views.ExpertOnCall::name));
    return new Views.ApplicationDetail(summary, week.toString(), people);
  }

  @ReadOnly
  Views.PersonDetail person(long tenant, long id) {
    Evaluated e = current(tenant);
    Views.PersonSummary summary = e.personSummaries.get(id);
    if (summary == null) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No staff member " + id);
    }
    Snapshot.Person person = e.people.get(id);
    WeekMask onShift = e.onShift.get(id);
    int[] table = e.localSlots(zoneOf(person.zone()));
    StringBuilder week = new StringBuilder(WeekMask.HOURS);
    for (int k = 0; k < WeekMask.HOURS; k++) {
      int slot = table[k];
      week.append(slot < 0 ? '-' : onShift.get(slot) ? 'S' : '.');
    }
    Set<Long> sole = new HashSet<>(summary.soleCover());
    List<Views.PersonSkill> skills = new ArrayList<>();
    for (Snapshot.Skill skill : e.skillsByPerson.getOrDefault(id, List.of())) {
      Views.ApplicationSummary app = e.appSummaries.get(skill.applicationId());
      TicketHistory.Median median = e.history.pairs.get(pairKey(skill.applicationId(), id));
      skills.add(
          new Views.PersonSkill(
              app.id(),
              app.name(),
              skill.level(),
              date(skill.verifiedAt()),
              sole.contains(app.id()),
              app.status(),
              median == null ? 0 : median.resolved(),
              median == null ? null : hours(median.median())));
    }
    skills.sort(
        Comparator.comparingInt(Views.PersonSkill::level)
            .reversed()
            .thenComparing(Views.PersonSkill::application));
    double[] weekly = e.history.weeklyLoad.getOrDefault(id, new double[rules().burnoutOutOf()]);
    return new Views.PersonDetail(
        summary,
        person.shifts().stream().map(CoverageService::shiftView).toList(),
        week.toString(),
        weekly,
        skills);
  }

  /** A person who would join or leave: the matrix recomputed without saving anything. */
  record Hypothetical(
      double capacityHours, ZoneId zone, List<Shift> shifts, Map<Long, Integer> levels) {}

  @ReadOnly
  Views.WhatIf whatIf(long tenant, Set<Long> remove, List<Hypothetical> add) {
    Evaluated e = current(tenant);
    for (long id : remove) {
      if (!e.people.containsKey(id)) {
        throw new HttpStatusException(HttpStatus.NOT_FOUND, "No staff member " + id);
      }
    }
    List<CoveragePolicy.Person> people = new ArrayList<>();
    for (CoveragePolicy.Person p : e.policyPeople) {
      if (!remove.contains(p.id())) {
        people.add(p);
      }
    }
    List<CoveragePolicy.Skill> skills = new ArrayList<>(e.policySkills);
    long next = -1;
    for (Hypothetical h : add) {
      long id = next--;
      people.add(
          new CoveragePolicy.Person(
              id, h.capacityHours(), Shift.mask(h.shifts(), h.zone(), e.gridStart), new double[0]));
      for (var level : h.levels().entrySet()) {
        if (!e.appSummaries.containsKey(level.getKey())) {
          throw new HttpStatusException(HttpStatus.NOT_FOUND, "No application " + level.getKey());
        }
        skills.add(new CoveragePolicy.Skill(id, level.getKey(), level.getValue()));
      }
    }
    CoveragePolicy.Result after = policy.evaluate(e.policyApps, people, skills);
    List<Views.StatusChange> changes = new ArrayList<>();
    List<Views.AppStatus> statuses = new ArrayList<>();
    for (CoveragePolicy.ApplicationCoverage now : after.applications()) {
      CoveragePolicy.ApplicationCoverage was = e.appCoverage.get(now.id());
      statuses.add(
          new Views.AppStatus(
              now.id(), now.status(), now.busFactor(), round(now.windowCoverage())));
      if (was.status() != now.status()
          || was.busFactor() != now.busFactor()
          || was.coveredHours() != now.coveredHours()) {
        changes.add(
            new Views.StatusChange(
                now.id(),
                e.appSummaries.get(now.id()).name(),
                was.status(),
                now.status(),
                was.busFactor(),
                now.busFactor(),
                round(was.windowCoverage()),
                round(now.windowCoverage())));
      }
    }
    changes.sort(
        Comparator.comparing((Views.StatusChange c) -> c.after().ordinal())
            .reversed()
            .thenComparing(Views.StatusChange::name));
    return new Views.WhatIf(e.matrix.counts(), counts(after.applications()), changes, statuses);
  }

  /** Forgets computed matrices, e.g. after ticket history was generated in bulk. */
  void invalidate(long tenant) {
    evaluated.remove(tenant);
    histories.remove(tenant);
  }

  // ---- computing

  private Evaluated current(long tenant) {
    Instant now = clock.instant();
    Instant grid = WeekMask.gridStart(now);
    long revision = store.revision(tenant);
    Evaluated cached = evaluated.get(tenant);
    History history = history(tenant, now);
    if (cached != null
        && cached.revision == revision
        && cached.gridStart.equals(grid)
        && cached.history == history) {
      return cached;
    }
    Evaluated fresh = evaluate(tenant, store.snapshot(tenant), history, grid, now);
    evaluated.put(tenant, fresh);
    return fresh;
  }

  private History history(long tenant, Instant now) {
    History cached = histories.get(tenant);
    if (cached != null && cached.computedAt.plus(config.getHistoryTtl()).isAfter(now)) {
      return cached;
    }
    int weeks = rules().burnoutOutOf();
    Map<Long, long[]> volumes = new HashMap<>();
    for (var v : tickets.volumeByApplication(tenant, now)) {
      volumes.put(v.applicationId(), new long[] {v.last30Days(), v.last90Days()});
    }
    Map<Long, double[]> load = new HashMap<>();
    for (var w : tickets.weeklyAssignments(tenant, now, weeks)) {
      double[] hours = load.computeIfAbsent(w.staffId(), k -> new double[weeks]);
      double effort = config.effortHours(w.tier());
      for (int i = 0; i < weeks; i++) {
        hours[i] += w.perWeek()[i] * effort;
      }
    }
    var turnarounds = tickets.turnarounds(tenant, now.minus(Duration.ofDays(HISTORY_DAYS)), now);
    Map<Long, TicketHistory.Median> pairs = new HashMap<>();
    turnarounds
        .byPersonAndApplication()
        .forEach(m -> pairs.put(pairKey(m.applicationId(), m.staffId()), m));
    Map<Long, TicketHistory.Median> byApp = new HashMap<>();
    turnarounds.byApplication().forEach(m -> byApp.put(m.applicationId(), m));
    Map<Long, TicketHistory.Median> byPerson = new HashMap<>();
    turnarounds.byPerson().forEach(m -> byPerson.put(m.staffId(), m));
    History fresh = new History(now, volumes, load, pairs, byApp, byPerson);
    histories.put(tenant, fresh);
    return fresh;
  }

  private Evaluated evaluate(
      long tenant, Snapshot snapshot, History history, Instant grid, Instant now) {
    Evaluated e = new Evaluated(snapshot.revision(), grid, history);
    Map<Long, CalendarDirectory.StoredCalendar> calendarById = new HashMap<>();
    Map<Long, WeekMask> requiredByCalendar = new HashMap<>();
    for (var calendar : calendars.calendars(tenant)) {
      calendarById.put(calendar.id(), calendar);
      requiredByCalendar.put(calendar.id(), WeekMask.of(grid, calendar.calendar()::isOpen));
    }
    for (Snapshot.App app : snapshot.applications()) {
      WeekMask required = requiredByCalendar.getOrDefault(app.calendarId(), WeekMask.FULL);
      e.required.put(app.id(), required);
      e.policyApps.add(new CoveragePolicy.Application(app.id(), required));
    }
    Map<String, WeekMask> masks = new HashMap<>();
    int weeks = rules().burnoutOutOf();
    for (Snapshot.Person person : snapshot.staff()) {
      e.people.put(person.id(), person);
      WeekMask mask =
          masks.computeIfAbsent(
              person.zone() + "|" + Shift.format(person.shifts()),
              k -> Shift.mask(person.shifts(), zoneOf(person.zone()), grid));
      e.onShift.put(person.id(), mask);
      e.policyPeople.add(
          new CoveragePolicy.Person(
              person.id(),
              person.capacityHours(),
              mask,
              history.weeklyLoad.getOrDefault(person.id(), new double[weeks])));
    }
    long[] cells = new long[snapshot.skills().size() * 3];
    int c = 0;
    Map<Long, Integer> skillCount = new HashMap<>();
    for (Snapshot.Skill skill : snapshot.skills()) {
      e.policySkills.add(
          new CoveragePolicy.Skill(skill.staffId(), skill.applicationId(), skill.level()));
      e.skillsByApp.computeIfAbsent(skill.applicationId(), k -> new ArrayList<>()).add(skill);
      e.skillsByPerson.computeIfAbsent(skill.staffId(), k -> new ArrayList<>()).add(skill);
      if (skill.level() > 0) {
        skillCount.merge(skill.staffId(), 1, Integer::sum);
      }
      cells[c++] = skill.applicationId();
      cells[c++] = skill.staffId();
      cells[c++] = skill.level();
    }
    CoveragePolicy.Result result = policy.evaluate(e.policyApps, e.policyPeople, e.policySkills);

    List<Views.ApplicationSummary> apps = new ArrayList<>(snapshot.applications().size());
    int i = 0;
    for (Snapshot.App app : snapshot.applications()) {
      CoveragePolicy.ApplicationCoverage coverage = result.applications().get(i++);
      e.appCoverage.put(app.id(), coverage);
      var calendar = calendarById.get(app.calendarId());
      ZoneId zone = calendar == null ? ZoneOffset.UTC : calendar.calendar().zone();
      long[] volume = history.volumes.getOrDefault(app.id(), new long[2]);
      TicketHistory.Median median = history.byApp.get(app.id());
      Views.ApplicationSummary summary =
          new Views.ApplicationSummary(
              app.id(),
              app.name(),
              app.vendor(),
              app.category(),
              app.criticality(),
              app.lifecycle(),
              app.calendarId(),
              calendar == null ? "?" : calendar.name(),
              zone.getId(),
              coverage.status(),
              coverage.busFactor(),
              coverage.experts(),
              coverage.requiredHours(),
              coverage.coveredHours(),
              round(coverage.windowCoverage()),
              coverage.uncovered().isEmpty()
                  ? List.of()
                  : ranges(e.localSlots(zone), coverage.uncovered()::get),
              volume[0],
              volume[1],
              median == null ? null : hours(median.median()));
      apps.add(summary);
      e.appSummaries.put(app.id(), summary);
    }
    List<Views.PersonSummary> people = new ArrayList<>(snapshot.staff().size());
    i = 0;
    for (Snapshot.Person person : snapshot.staff()) {
      CoveragePolicy.PersonCoverage coverage = result.people().get(i++);
      TicketHistory.Median median = history.byPerson.get(person.id());
      Views.PersonSummary summary =
          new Views.PersonSummary(
              person.id(),
              person.name(),
              person.email(),
              person.kind(),
              person.employer(),
              person.team(),
              person.zone(),
              person.capacityHours(),
              e.onShift.get(person.id()).count(),
              round(coverage.loadHours()),
              round(coverage.loadRatio()),
              coverage.overloadedWeeks(),
              coverage.burnout(),
              coverage.soleCover(),
              skillCount.getOrDefault(person.id(), 0),
              median == null ? null : hours(median.median()));
      people.add(summary);
      e.personSummaries.put(person.id(), summary);
    }
    e.matrix =
        new Views.Matrix(
            snapshot.revision(),
            now,
            grid,
            rules(),
            counts(result.applications()),
            apps,
            people,
            cells);
    e.gaps = gaps(e, apps);
    return e;
  }

  private List<Views.Gap> gaps(Evaluated e, List<Views.ApplicationSummary> apps) {
    CoverageRules rules = rules();
    List<Views.Gap> gaps = new ArrayList<>();
    for (Views.ApplicationSummary app : apps) {
      if (app.status() == CoverageStatus.GOOD) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      List<String> experts = app.experts().stream().map(id -> e.people.get(id).name()).toList();
      int uncovered = app.requiredHours() - app.coveredHours();
      if (app.busFactor() == 0) {
        reasons.add("Nobody is at level " + rules.expertLevel() + " or above.");
      } else if (app.busFactor() < rules.goodMinExperts()) {
        reasons.add(
            (app.busFactor() == 1
                    ? "Only " + experts.get(0) + " is"
                    : "Only " + app.busFactor() + " people are")
                + " at level "
                + rules.expertLevel()
                + " or above: a single point of failure.");
      }
      if (app.busFactor() > 0 && uncovered > 0) {
        reasons.add(
            (app.coveredHours() == 0
                    ? "No expert is on shift during any of the "
                    : "No expert is on shift for " + uncovered + " of the ")
                + app.requiredHours()
                + " hours a week of its “"
                + app.calendar()
                + "” support window"
                + (app.uncovered().isEmpty()
                    ? "."
                    : ", e.g. " + describe(app.uncovered().get(0)) + "."));
      }
      // Uncovered hours are shared out in full-time weeks: 128 night and weekend hours need
      // several people, not one.
      int peopleNeeded =
          Math.max(
              rules.goodMinExperts() - app.busFactor(),
              (uncovered + FULL_TIME_HOURS - 1) / FULL_TIME_HOURS);
      var request =
          new Views.StaffingRequestDraft(
              List.of(app.id()),
              rules.expertLevel(),
              peopleNeeded,
              uncovered,
              uncovered > 0 ? uncovered : peopleNeeded * FULL_TIME_HOURS,
              app.calendar(),
              app.uncovered(),
              "LONG_TERM",
              String.join(" ", reasons));
      gaps.add(
          new Views.Gap(
              app.id(),
              app.name(),
              app.vendor(),
              app.category(),
              app.criticality(),
              app.status(),
              reasons,
              app.busFactor(),
              experts,
              app.requiredHours(),
              app.coveredHours(),
              app.windowCoverage(),
              app.calendar(),
              app.tickets90(),
              request));
    }
    gaps.sort(
        Comparator.comparing((Views.Gap g) -> g.status().ordinal())
            .reversed()
            .thenComparingInt(Views.Gap::criticality)
            .thenComparing(Comparator.comparingLong(Views.Gap::tickets90).reversed())
            .thenComparing(Views.Gap::name));
    return List.copyOf(gaps);
  }

  private static String describe(Views.Range range) {
    return cap(range.fromDay())
        + " "
        + range.from()
        + " to "
        + cap(range.toDay())
        + " "
        + range.to();
  }

  private static String cap(String day) {
    return day.charAt(0) + day.substring(1, 3).toLowerCase(java.util.Locale.ROOT);
  }

  /** Runs of local hours (Monday 00:00 first) whose grid slot satisfies the test. */
  static List<Views.Range> ranges(int[] localSlots, IntPredicate slotSet) {
    boolean[] set = new boolean[WeekMask.HOURS];
    for (int k = 0; k < WeekMask.HOURS; k++) {
      set[k] = localSlots[k] >= 0 && slotSet.test(localSlots[k]);
    }
    List<int[]> runs = new ArrayList<>();
    int k = 0;
    while (k < WeekMask.HOURS) {
      if (!set[k]) {
        k++;
        continue;
      }
      int start = k;
      while (k < WeekMask.HOURS && set[k]) {
        k++;
      }
      runs.add(new int[] {start, k});
    }
    // Sunday night running into Monday morning is one stretch.
    if (runs.size() > 1 && runs.get(0)[0] == 0 && runs.get(runs.size() - 1)[1] == WeekMask.HOURS) {
      int[] last = runs.remove(runs.size() - 1);
      runs.set(0, new int[] {last[0], runs.get(0)[1] + WeekMask.HOURS});
    }
    List<Views.Range> result = new ArrayList<>(runs.size());
    for (int[] run : runs) {
      int from = run[0];
      int to = run[1];
      result.add(
          new Views.Range(
              DayOfWeek.of(from / 24 + 1).name(),
              String.format("%02d:00", from % 24),
              DayOfWeek.of((to / 24) % 7 + 1).name(),
              String.format("%02d:00", to % 24),
              to - from));
    }
    return result;
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

  static ZoneId zoneOf(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static long pairKey(long application, long staff) {
    return (application << 32) ^ staff;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static double hours(Duration duration) {
    return Math.round(duration.toMinutes() / 6.0) / 10.0;
  }

  private static LocalDate date(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private record History(
      Instant computedAt,
      Map<Long, long[]> volumes,
      Map<Long, double[]> weeklyLoad,
      Map<Long, TicketHistory.Median> pairs,
      Map<Long, TicketHistory.Median> byApp,
      Map<Long, TicketHistory.Median> byPerson) {}

  /** One computed matrix and the indexes drill-downs and what-ifs need. Read-only once built. */
  private static final class Evaluated {
    final long revision;
    final Instant gridStart;
    final History history;
    final Map<Long, WeekMask> required = new HashMap<>();
    final Map<Long, WeekMask> onShift = new HashMap<>();
    final Map<Long, Snapshot.Person> people = new HashMap<>();
    final Map<Long, List<Snapshot.Skill>> skillsByApp = new HashMap<>();
    final Map<Long, List<Snapshot.Skill>> skillsByPerson = new HashMap<>();
    final List<CoveragePolicy.Application> policyApps = new ArrayList<>();
    final List<CoveragePolicy.Person> policyPeople = new ArrayList<>();
    final List<CoveragePolicy.Skill> policySkills = new ArrayList<>();
    final Map<Long, CoveragePolicy.ApplicationCoverage> appCoverage = new HashMap<>();
    final Map<Long, Views.ApplicationSummary> appSummaries = new HashMap<>();
    final Map<Long, Views.PersonSummary> personSummaries = new HashMap<>();
    private final Map<ZoneId, int[]> localSlots = new ConcurrentHashMap<>();
    Views.Matrix matrix;
    List<Views.Gap> gaps;

    Evaluated(long revision, Instant gridStart, History history) {
      this.revision = revision;
      this.gridStart = gridStart;
      this.history = history;
    }

    /** For each local hour of the week in the zone (Monday 00:00 first), its grid slot or -1. */
    int[] localSlots(ZoneId zone) {
      return localSlots.computeIfAbsent(
          zone,
          z -> {
            int[] table = new int[WeekMask.HOURS];
            for (DayOfWeek day : DayOfWeek.values()) {
              for (int hour = 0; hour < 24; hour++) {
                table[(day.getValue() - 1) * 24 + hour] = WeekMask.slotOf(gridStart, z, day, hour);
              }
            }
            return table;
          });
    }
  }
}
