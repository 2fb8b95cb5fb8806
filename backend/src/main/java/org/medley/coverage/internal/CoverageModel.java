package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.Certification;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.Shift;
import org.medley.coverage.TicketHistory;
import org.medley.coverage.WeekMask;

/**
 * The coverage matrix of one tenant at one revision of its coverage data, with the indexes that
 * drill-downs and what-ifs read: a pure function of the catalog, staff, shifts and skills, the
 * tenant's calendars laid on one week grid, and its ticket history. No clock, no database.
 *
 * <p>Immutable. {@link #of} evaluates everything; {@link #apply} returns the model after one
 * committed change, re-evaluating only what that change can affect (a skill: its application's
 * experts, window cover, status and gap, and the "only they cover" lists of the people who were or
 * are its experts) and sharing everything else with this model. Both paths run the same
 * per-application and per-person rules, and a property test holds {@code apply} to the result of
 * {@code of} on the changed data.
 */
final class CoverageModel {

  /** A tenant's calendar as a support window on the model's week grid. */
  record Calendar(long id, String name, ZoneId zone, WeekMask required) {

    static Calendar of(CalendarDirectory.StoredCalendar stored, Instant gridStart) {
      return new Calendar(
          stored.id(),
          stored.name(),
          stored.calendar().zone(),
          WeekMask.of(gridStart, stored.calendar()::isOpen));
    }
  }

  /** One committed change to a tenant's coverage data, as its write left the rows. */
  sealed interface Change {

    /** A skill created or replaced: the recorded level and the certification it rests on. */
    record SkillSet(
        long staffId, long applicationId, int level, @Nullable Certification certification)
        implements Change {

      SkillSet(long staffId, long applicationId, int level) {
        this(staffId, applicationId, level, null);
      }
    }

    record SkillRemoved(long staffId, long applicationId) implements Change {}

    /** A person created or changed, shifts included. */
    record PersonSet(Snapshot.Person person) implements Change {}

    /** A person removed, with their shifts and skills. */
    record PersonRemoved(long staffId) implements Change {}

    record ApplicationSet(Snapshot.App application) implements Change {}

    /** An application removed, with its skills. */
    record ApplicationRemoved(long applicationId) implements Change {}
  }

  private static final Comparator<Snapshot.App> APP_ORDER =
      Comparator.comparing(Snapshot.App::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Snapshot.App::name)
          .thenComparingLong(Snapshot.App::id);
  private static final Comparator<Snapshot.Person> STAFF_ORDER =
      Comparator.comparing(Snapshot.Person::name, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Snapshot.Person::name)
          .thenComparingLong(Snapshot.Person::id);
  private static final Comparator<Views.Gap> GAP_ORDER =
      Comparator.comparing((Views.Gap g) -> g.status().ordinal())
          .reversed()
          .thenComparingInt(Views.Gap::criticality)
          .thenComparing(Comparator.comparingLong(Views.Gap::tickets90).reversed())
          .thenComparing(Views.Gap::name)
          .thenComparingLong(Views.Gap::applicationId);

  private final CoveragePolicy policy;
  private final long revision;
  // The hospital's date: certifications that expired before it count as level 0.
  private final LocalDate today;
  // Skills that rest on a certification, by History.pairKey, with their recorded level.
  private final Map<Long, Snapshot.Certified> certified;
  private final History history;
  private final Map<Long, Calendar> calendars;
  private final Map<Long, Snapshot.App> apps;
  private final Map<Long, Snapshot.Person> people;
  private final Map<Long, CoveragePolicy.Person> policyPeople;
  // Levels arrays (see Levels) are never changed once built.
  private final Map<Long, long[]> levelsByApp;
  private final Map<Long, long[]> levelsByPerson;
  private final Map<Long, CoveragePolicy.ApplicationCoverage> appCoverage;
  private final Map<Long, Views.ApplicationSummary> appSummaries;
  private final Map<Long, Views.PersonSummary> personSummaries;
  private final Map<Long, Views.Gap> gapByApp;
  private final List<Long> appOrder;
  private final Map<Long, Integer> appRank;
  private final List<Long> staffOrder;
  private final long[] cells;
  private final WeekGrid grid;
  private final Views.Matrix matrix;
  private final List<Views.Gap> gaps;

  private CoverageModel(Draft d, long revision, Instant now) {
    this.policy = d.policy;
    this.revision = revision;
    this.today = d.today;
    this.certified = d.certified;
    this.history = d.history;
    this.calendars = d.calendars;
    this.apps = d.apps;
    this.people = d.people;
    this.policyPeople = d.policyPeople;
    this.levelsByApp = d.levelsByApp;
    this.levelsByPerson = d.levelsByPerson;
    this.appCoverage = d.appCoverage;
    this.appSummaries = d.appSummaries;
    this.personSummaries = d.personSummaries;
    this.gapByApp = d.gapByApp;
    this.appOrder = d.appOrder;
    this.appRank = d.appRank;
    this.staffOrder = d.staffOrder;
    this.cells = d.cells;
    this.grid = d.grid;
    List<Views.ApplicationSummary> appList = new ArrayList<>(appOrder.size());
    int good = 0;
    int risk = 0;
    int gap = 0;
    for (long id : appOrder) {
      Views.ApplicationSummary summary = appSummaries.get(id);
      appList.add(summary);
      switch (summary.status()) {
        case GOOD -> good++;
        case RISK -> risk++;
        case GAP -> gap++;
      }
    }
    List<Views.PersonSummary> staffList = new ArrayList<>(staffOrder.size());
    for (long id : staffOrder) {
      staffList.add(personSummaries.get(id));
    }
    this.matrix =
        new Views.Matrix(
            revision,
            now,
            grid.start(),
            policy.rules(),
            new Views.Counts(good, risk, gap),
            Collections.unmodifiableList(appList),
            Collections.unmodifiableList(staffList),
            cells,
            certifications(certified.values(), today));
    List<Views.Gap> sorted = new ArrayList<>(gapByApp.values());
    sorted.sort(GAP_ORDER);
    this.gaps = Collections.unmodifiableList(sorted);
  }

  /** Evaluates everything. Calendars an application names but that are missing need 24x7. */
  static CoverageModel of(
      CoveragePolicy policy,
      long revision,
      Instant gridStart,
      Instant now,
      LocalDate today,
      Collection<Calendar> calendars,
      History history,
      Snapshot snapshot) {
    Draft d = new Draft(policy, new WeekGrid(gridStart), today, history);
    calendars.forEach(c -> d.calendars.put(c.id(), c));
    snapshot.applications().forEach(d::setApplication);
    // People on the same shifts in the same zone share one mask.
    Map<List<Object>, WeekMask> masks = new HashMap<>();
    for (Snapshot.Person person : snapshot.staff()) {
      WeekMask mask =
          masks.computeIfAbsent(
              List.of(person.zone(), person.shifts()),
              k -> Shift.mask(person.shifts(), zoneOf(person.zone()), gridStart));
      d.setPerson(person, mask);
    }
    d.setSkills(snapshot.skills(), snapshot.certifications());
    d.rebuildCells = true;
    return d.finish(revision, now);
  }

  /** This model after a change committed as {@code revision}. */
  CoverageModel apply(long revision, Instant now, Change change) {
    Draft d = new Draft(this);
    if (change instanceof Change.SkillSet s) {
      d.setSkill(s.staffId(), s.applicationId(), s.level(), s.certification());
    } else if (change instanceof Change.SkillRemoved s) {
      d.removeSkill(s.staffId(), s.applicationId());
    } else if (change instanceof Change.PersonSet p) {
      d.setPerson(
          p.person(), Shift.mask(p.person().shifts(), zoneOf(p.person().zone()), grid.start()));
    } else if (change instanceof Change.PersonRemoved p) {
      d.removePerson(p.staffId());
    } else if (change instanceof Change.ApplicationSet a) {
      d.setApplication(a.application());
    } else if (change instanceof Change.ApplicationRemoved a) {
      d.removeApplication(a.applicationId());
    }
    return d.finish(revision, now);
  }

  /** This model knowing one more calendar (one created after it was evaluated); nothing else. */
  CoverageModel withCalendar(Calendar calendar, Instant now) {
    if (calendars.containsKey(calendar.id())) {
      return this;
    }
    Draft d = new Draft(this);
    d.calendars.put(calendar.id(), calendar);
    return d.finish(revision, now);
  }

  /** Everything evaluated again with new history and calendars, from this model's data. */
  CoverageModel reevaluate(Collection<Calendar> calendars, History history, Instant now) {
    return of(policy, revision, grid.start(), now, today, calendars, history, snapshot());
  }

  /**
   * The data this model was evaluated from (skills without verification dates, at their recorded
   * levels).
   */
  Snapshot snapshot() {
    List<Snapshot.App> appList = new ArrayList<>(appOrder.size());
    appOrder.forEach(id -> appList.add(apps.get(id)));
    List<Snapshot.Person> staffList = new ArrayList<>(staffOrder.size());
    staffOrder.forEach(id -> staffList.add(people.get(id)));
    List<Snapshot.Skill> skills = new ArrayList<>(cells.length / 3);
    for (int i = 0; i < cells.length; i += 3) {
      Snapshot.Certified c = certified.get(History.pairKey(cells[i], cells[i + 1]));
      int level = c == null ? (int) cells[i + 2] : c.level();
      skills.add(new Snapshot.Skill(cells[i + 1], cells[i], level, null));
    }
    return new Snapshot(revision, appList, staffList, skills, List.copyOf(certified.values()));
  }

  /**
   * The matrix's certified cells, by application then person, with their state on {@code today}.
   */
  private static List<Views.CertifiedCell> certifications(
      Collection<Snapshot.Certified> certified, LocalDate today) {
    List<Views.CertifiedCell> list = new ArrayList<>(certified.size());
    for (Snapshot.Certified c : certified) {
      list.add(
          new Views.CertifiedCell(
              c.applicationId(),
              c.staffId(),
              c.level(),
              c.certification().name(),
              c.certification().expiresOn(),
              c.certification().state(today)));
    }
    list.sort(
        Comparator.comparingLong(Views.CertifiedCell::applicationId)
            .thenComparingLong(Views.CertifiedCell::staffId));
    return Collections.unmodifiableList(list);
  }

  /** The certification a person's skill on an application rests on, if any. */
  @Nullable
  Certification certification(long applicationId, long staffId) {
    Snapshot.Certified c = certified.get(History.pairKey(applicationId, staffId));
    return c == null ? null : c.certification();
  }

  LocalDate today() {
    return today;
  }

  // ---- reads

  long revision() {
    return revision;
  }

  Instant gridStart() {
    return grid.start();
  }

  WeekGrid grid() {
    return grid;
  }

  History history() {
    return history;
  }

  boolean knowsCalendar(long id) {
    return calendars.containsKey(id);
  }

  Views.Matrix matrix() {
    return matrix;
  }

  /** RISK and GAP applications, worst first. */
  List<Views.Gap> gaps() {
    return gaps;
  }

  Views.ApplicationSummary application(long id) {
    return appSummaries.get(id);
  }

  /** The gap or risk of one application, with its staffing request draft; null when GOOD. */
  @Nullable
  Views.Gap gap(long applicationId) {
    return gapByApp.get(applicationId);
  }

  CoveragePolicy.ApplicationCoverage coverage(long applicationId) {
    return appCoverage.get(applicationId);
  }

  WeekMask required(long applicationId) {
    Calendar calendar = calendars.get(apps.get(applicationId).calendarId());
    return calendar == null ? WeekMask.FULL : calendar.required();
  }

  Snapshot.Person person(long id) {
    return people.get(id);
  }

  Views.PersonSummary personSummary(long id) {
    return personSummaries.get(id);
  }

  WeekMask onShift(long staffId) {
    return policyPeople.get(staffId).onShift();
  }

  /** Levels on the application by staff id. */
  Map<Long, Integer> levelsOn(long applicationId) {
    return Levels.asMap(levelsByApp.getOrDefault(applicationId, Levels.NONE));
  }

  /** A person's levels by application id. */
  Map<Long, Integer> levelsOf(long staffId) {
    return Levels.asMap(levelsByPerson.getOrDefault(staffId, Levels.NONE));
  }

  /** What the policy's what-if evaluation starts from. */
  List<CoveragePolicy.Application> policyApplications() {
    return appOrder.stream().map(id -> new CoveragePolicy.Application(id, required(id))).toList();
  }

  List<CoveragePolicy.Person> policyPeople() {
    return staffOrder.stream().map(policyPeople::get).toList();
  }

  List<CoveragePolicy.Skill> policySkills() {
    List<CoveragePolicy.Skill> skills = new ArrayList<>(cells.length / 3);
    for (int i = 0; i < cells.length; i += 3) {
      skills.add(new CoveragePolicy.Skill(cells[i + 1], cells[i], (int) cells[i + 2]));
    }
    return skills;
  }

  static ZoneId zoneOf(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  static double hours(Duration duration) {
    return Math.round(duration.toMinutes() / 6.0) / 10.0;
  }

  /**
   * A model under construction: copies of the previous model's outer maps, the changes, and what
   * they make stale. {@link #finish} re-evaluates the stale applications first, then the people
   * whose sole cover may have moved with them, then the views.
   */
  private static final class Draft {
    final CoveragePolicy policy;
    final WeekGrid grid;
    final LocalDate today;
    final History history;
    final Map<Long, Snapshot.Certified> certified;
    final Map<Long, Calendar> calendars;
    final Map<Long, Snapshot.App> apps;
    final Map<Long, Snapshot.Person> people;
    final Map<Long, CoveragePolicy.Person> policyPeople;
    final Map<Long, long[]> levelsByApp;
    final Map<Long, long[]> levelsByPerson;
    final Map<Long, CoveragePolicy.ApplicationCoverage> appCoverage;
    final Map<Long, Views.ApplicationSummary> appSummaries;
    final Map<Long, Views.PersonSummary> personSummaries;
    final Map<Long, Views.Gap> gapByApp;
    List<Long> appOrder;
    Map<Long, Integer> appRank;
    List<Long> staffOrder;
    long[] cells;
    final Set<Long> staleApps = new HashSet<>();
    final Set<Long> stalePeople = new HashSet<>();
    boolean appOrderChanged;
    boolean staffOrderChanged;
    boolean rebuildCells;

    Draft(CoveragePolicy policy, WeekGrid grid, LocalDate today, History history) {
      this.policy = policy;
      this.grid = grid;
      this.today = today;
      this.history = history;
      this.certified = new HashMap<>();
      this.calendars = new HashMap<>();
      this.apps = new HashMap<>();
      this.people = new HashMap<>();
      this.policyPeople = new HashMap<>();
      this.levelsByApp = new HashMap<>();
      this.levelsByPerson = new HashMap<>();
      this.appCoverage = new HashMap<>();
      this.appSummaries = new HashMap<>();
      this.personSummaries = new HashMap<>();
      this.gapByApp = new HashMap<>();
      this.appOrder = List.of();
      this.appRank = Map.of();
      this.staffOrder = List.of();
      this.cells = new long[0];
    }

    Draft(CoverageModel m) {
      this.policy = m.policy;
      this.grid = m.grid;
      this.today = m.today;
      this.history = m.history;
      this.certified = new HashMap<>(m.certified);
      this.calendars = new HashMap<>(m.calendars);
      this.apps = new HashMap<>(m.apps);
      this.people = new HashMap<>(m.people);
      this.policyPeople = new HashMap<>(m.policyPeople);
      this.levelsByApp = new HashMap<>(m.levelsByApp);
      this.levelsByPerson = new HashMap<>(m.levelsByPerson);
      this.appCoverage = new HashMap<>(m.appCoverage);
      this.appSummaries = new HashMap<>(m.appSummaries);
      this.personSummaries = new HashMap<>(m.personSummaries);
      this.gapByApp = new HashMap<>(m.gapByApp);
      this.appOrder = m.appOrder;
      this.appRank = m.appRank;
      this.staffOrder = m.staffOrder;
      this.cells = m.cells;
    }

    // ---- changes

    void setApplication(Snapshot.App app) {
      Snapshot.App old = apps.put(app.id(), app);
      staleApps.add(app.id());
      if (old == null || !old.name().equals(app.name())) {
        appOrderChanged = true;
      }
    }

    void removeApplication(long id) {
      if (apps.remove(id) == null) {
        return;
      }
      for (long entry : levelsByApp.getOrDefault(id, Levels.NONE)) {
        remove(levelsByPerson, Levels.id(entry), id);
        certified.remove(History.pairKey(id, Levels.id(entry)));
        stalePeople.add(Levels.id(entry));
      }
      levelsByApp.remove(id);
      appCoverage.remove(id);
      appSummaries.remove(id);
      gapByApp.remove(id);
      appOrderChanged = true;
      rebuildCells = true;
    }

    void setPerson(Snapshot.Person person, WeekMask onShift) {
      Snapshot.Person old = people.put(person.id(), person);
      int weeks = policy.rules().burnoutOutOf();
      policyPeople.put(
          person.id(),
          new CoveragePolicy.Person(
              person.id(),
              person.capacityHours(),
              onShift,
              history.weeklyLoad().getOrDefault(person.id(), new double[weeks])));
      stalePeople.add(person.id());
      // Their shifts set the window cover, and their name the gap text, of what they know.
      for (long entry : levelsByPerson.getOrDefault(person.id(), Levels.NONE)) {
        staleApps.add(Levels.id(entry));
      }
      if (old == null || !old.name().equals(person.name())) {
        staffOrderChanged = true;
      }
    }

    void removePerson(long id) {
      if (people.remove(id) == null) {
        return;
      }
      policyPeople.remove(id);
      personSummaries.remove(id);
      for (long entry : levelsByPerson.getOrDefault(id, Levels.NONE)) {
        remove(levelsByApp, Levels.id(entry), id);
        certified.remove(History.pairKey(Levels.id(entry), id));
        staleApps.add(Levels.id(entry));
      }
      levelsByPerson.remove(id);
      staffOrderChanged = true;
      rebuildCells = true;
    }

    /** A skill at its recorded level; it counts at the level its certification leaves. */
    void setSkill(
        long staffId, long applicationId, int recorded, @Nullable Certification certification) {
      if (!apps.containsKey(applicationId) || !people.containsKey(staffId)) {
        return;
      }
      long pair = History.pairKey(applicationId, staffId);
      if (certification == null) {
        certified.remove(pair);
      } else {
        certified.put(
            pair, new Snapshot.Certified(staffId, applicationId, recorded, certification));
      }
      int level = Certification.countedLevel(recorded, certification, today);
      put(levelsByApp, applicationId, staffId, level);
      put(levelsByPerson, staffId, applicationId, level);
      staleApps.add(applicationId);
      stalePeople.add(staffId);
      if (!rebuildCells) {
        cells = withCell(cells, applicationId, staffId, level);
      }
    }

    void removeSkill(long staffId, long applicationId) {
      if (Levels.find(levelsByApp.getOrDefault(applicationId, Levels.NONE), staffId) < 0) {
        return;
      }
      remove(levelsByApp, applicationId, staffId);
      remove(levelsByPerson, staffId, applicationId);
      certified.remove(History.pairKey(applicationId, staffId));
      staleApps.add(applicationId);
      stalePeople.add(staffId);
      if (!rebuildCells) {
        cells = withoutCell(cells, applicationId, staffId);
      }
    }

    private static void put(Map<Long, long[]> index, long key, long inner, int level) {
      index.put(key, Levels.with(index.getOrDefault(key, Levels.NONE), inner, level));
    }

    private static void remove(Map<Long, long[]> index, long key, long inner) {
      long[] levels = Levels.without(index.get(key), inner);
      if (levels.length == 0) {
        index.remove(key);
      } else {
        index.put(key, levels);
      }
    }

    /** All skills at once, for a draft from nothing: grouped, then each group sorted once. */
    void setSkills(List<Snapshot.Skill> skills, List<Snapshot.Certified> certifications) {
      for (Snapshot.Certified c : certifications) {
        if (apps.containsKey(c.applicationId()) && people.containsKey(c.staffId())) {
          certified.put(History.pairKey(c.applicationId(), c.staffId()), c);
        }
      }
      Map<Long, Group> perApp = new HashMap<>();
      Map<Long, Group> perPerson = new HashMap<>();
      for (Snapshot.Skill skill : skills) {
        long app = skill.applicationId();
        long staff = skill.staffId();
        if (apps.containsKey(app) && people.containsKey(staff)) {
          Snapshot.Certified c = certified.get(History.pairKey(app, staff));
          int level =
              c == null
                  ? skill.level()
                  : Certification.countedLevel(skill.level(), c.certification(), today);
          perApp.computeIfAbsent(app, k -> new Group()).add(Levels.pack(staff, level));
          perPerson.computeIfAbsent(staff, k -> new Group()).add(Levels.pack(app, level));
        }
      }
      perApp.forEach((id, group) -> levelsByApp.put(id, group.sorted()));
      perPerson.forEach((id, group) -> levelsByPerson.put(id, group.sorted()));
      staleApps.addAll(perApp.keySet());
      stalePeople.addAll(perPerson.keySet());
    }

    private static final class Group {
      long[] entries = new long[8];
      int size;

      void add(long entry) {
        if (size == entries.length) {
          entries = java.util.Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
      }

      long[] sorted() {
        long[] result = java.util.Arrays.copyOf(entries, size);
        java.util.Arrays.sort(result);
        return result;
      }
    }

    // ---- evaluation

    CoverageModel finish(long revision, Instant now) {
      if (appOrderChanged) {
        List<Snapshot.App> sorted = new ArrayList<>(apps.values());
        sorted.sort(APP_ORDER);
        appOrder = sorted.stream().map(Snapshot.App::id).toList();
        Map<Long, Integer> rank = new HashMap<>(appOrder.size() * 2);
        for (int i = 0; i < appOrder.size(); i++) {
          rank.put(appOrder.get(i), i);
        }
        appRank = rank;
      }
      if (staffOrderChanged) {
        List<Snapshot.Person> sorted = new ArrayList<>(people.values());
        sorted.sort(STAFF_ORDER);
        staffOrder = sorted.stream().map(Snapshot.Person::id).toList();
      }
      for (long id : staleApps) {
        if (!apps.containsKey(id)) {
          continue;
        }
        CoveragePolicy.ApplicationCoverage before = appCoverage.get(id);
        CoveragePolicy.ApplicationCoverage after = evaluate(id);
        appCoverage.put(id, after);
        // Whoever was or is now its only expert gains or loses it as sole cover.
        if (before != null) {
          stalePeople.addAll(before.experts());
        }
        stalePeople.addAll(after.experts());
      }
      for (long id : stalePeople) {
        Snapshot.Person person = people.get(id);
        if (person != null) {
          personSummaries.put(id, summary(person));
        }
      }
      for (long id : staleApps) {
        Snapshot.App app = apps.get(id);
        if (app == null) {
          continue;
        }
        Views.ApplicationSummary summary = summary(app);
        appSummaries.put(id, summary);
        if (summary.status() == CoverageStatus.GOOD) {
          gapByApp.remove(id);
        } else {
          gapByApp.put(id, gap(summary));
        }
      }
      if (rebuildCells) {
        cells = cells();
      }
      return new CoverageModel(this, revision, now);
    }

    private CoveragePolicy.ApplicationCoverage evaluate(long id) {
      Calendar calendar = calendars.get(apps.get(id).calendarId());
      List<CoveragePolicy.Person> experts = new ArrayList<>();
      for (long entry : levelsByApp.getOrDefault(id, Levels.NONE)) {
        if (Levels.level(entry) >= policy.rules().expertLevel()) {
          experts.add(policyPeople.get(Levels.id(entry)));
        }
      }
      return policy.application(
          new CoveragePolicy.Application(
              id, calendar == null ? WeekMask.FULL : calendar.required()),
          experts);
    }

    private Views.PersonSummary summary(Snapshot.Person person) {
      List<Long> soleCover = new ArrayList<>();
      int applications = 0;
      int expiring = 0;
      int expired = 0;
      for (long entry : levelsByPerson.getOrDefault(person.id(), Levels.NONE)) {
        if (Levels.level(entry) > 0) {
          applications++;
        }
        Snapshot.Certified c = certified.get(History.pairKey(Levels.id(entry), person.id()));
        if (c != null) {
          switch (c.certification().state(today)) {
            case EXPIRING -> expiring++;
            case EXPIRED -> expired++;
            case CURRENT -> {}
          }
        }
        if (Levels.level(entry) >= policy.rules().expertLevel()
            && appCoverage.get(Levels.id(entry)).busFactor() == 1) {
          soleCover.add(Levels.id(entry));
        }
      }
      soleCover.sort(Comparator.comparing(appRank::get));
      CoveragePolicy.PersonCoverage coverage =
          policy.person(policyPeople.get(person.id()), soleCover);
      TicketHistory.Median median = history.byPerson().get(person.id());
      return new Views.PersonSummary(
          person.id(),
          person.name(),
          person.email(),
          person.kind(),
          person.employer(),
          person.team(),
          person.zone(),
          person.capacityHours(),
          policyPeople.get(person.id()).onShift().count(),
          round(coverage.loadHours()),
          round(coverage.loadRatio()),
          coverage.overloadedWeeks(),
          coverage.burnout(),
          coverage.soleCover(),
          applications,
          median == null ? null : hours(median.median()),
          expiring,
          expired);
    }

    private Views.ApplicationSummary summary(Snapshot.App app) {
      CoveragePolicy.ApplicationCoverage coverage = appCoverage.get(app.id());
      Calendar calendar = calendars.get(app.calendarId());
      ZoneId zone = calendar == null ? ZoneOffset.UTC : calendar.zone();
      long[] volume = history.volumes().getOrDefault(app.id(), new long[2]);
      TicketHistory.Median median = history.byApp().get(app.id());
      return new Views.ApplicationSummary(
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
          coverage.uncovered().isEmpty() ? List.of() : grid.ranges(zone, coverage.uncovered()::get),
          volume[0],
          volume[1],
          median == null ? null : hours(median.median()));
    }

    private Views.Gap gap(Views.ApplicationSummary app) {
      CoverageRules rules = policy.rules();
      List<String> reasons = new ArrayList<>();
      List<String> experts = app.experts().stream().map(id -> people.get(id).name()).toList();
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
      for (long entry : levelsByApp.getOrDefault(app.id(), Levels.NONE)) {
        Snapshot.Certified c = certified.get(History.pairKey(app.id(), Levels.id(entry)));
        if (c != null
            && c.level() >= rules.expertLevel()
            && c.certification().state(today) == Certification.State.EXPIRED) {
          reasons.add(
              people.get(c.staffId()).name()
                  + "’s certification “"
                  + c.certification().name()
                  + "” expired on "
                  + c.certification().expiresOn()
                  + ": they count as level 0 until it is renewed.");
        }
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
                    : ", e.g. " + WeekGrid.describe(app.uncovered().get(0)) + "."));
      }
      var request = StaffingRequestSizing.draft(rules, app, String.join(" ", reasons));
      return new Views.Gap(
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
          request);
    }

    /** Skill cells as (application, staff, level) triples ordered by application, then staff. */
    private long[] cells() {
      int size = 0;
      for (long[] levels : levelsByApp.values()) {
        size += levels.length;
      }
      long[] ids = levelsByApp.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      long[] result = new long[size * 3];
      int c = 0;
      for (long app : ids) {
        for (long entry : levelsByApp.get(app)) {
          result[c++] = app;
          result[c++] = Levels.id(entry);
          result[c++] = Levels.level(entry);
        }
      }
      return result;
    }
  }

  /** Index of the cell (application, staff) in the ordered triples, or -(insertion point) - 1. */
  private static int find(long[] cells, long app, long staff) {
    int low = 0;
    int high = cells.length / 3 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = Long.compare(cells[mid * 3], app);
      if (cmp == 0) {
        cmp = Long.compare(cells[mid * 3 + 1], staff);
      }
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  private static long[] withCell(long[] cells, long app, long staff, int level) {
    int at = find(cells, app, staff);
    if (at >= 0) {
      long[] copy = cells.clone();
      copy[at * 3 + 2] = level;
      return copy;
    }
    int insert = -(at + 1) * 3;
    long[] copy = new long[cells.length + 3];
    System.arraycopy(cells, 0, copy, 0, insert);
    copy[insert] = app;
    copy[insert + 1] = staff;
    copy[insert + 2] = level;
    System.arraycopy(cells, insert, copy, insert + 3, cells.length - insert);
    return copy;
  }

  private static long[] withoutCell(long[] cells, long app, long staff) {
    int at = find(cells, app, staff);
    if (at < 0) {
      return cells;
    }
    long[] copy = new long[cells.length - 3];
    System.arraycopy(cells, 0, copy, 0, at * 3);
    System.arraycopy(cells, at * 3 + 3, copy, at * 3, cells.length - at * 3 - 3);
    return copy;
  }

  @Override
  public String toString() {
    return "CoverageModel[revision=%d, applications=%d, staff=%d, cells=%d, gaps=%d]"
        .formatted(revision, apps.size(), people.size(), cells.length / 3, gaps.size());
  }
}
