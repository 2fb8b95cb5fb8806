package org.medley.coverage.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.Shift;
import org.medley.coverage.WeekMask;
import org.medley.desk.TicketHistory;
import org.medley.sla.CalendarDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage matrix of a tenant, served from a {@link CoverageModel} kept per tenant while its
 * coverage revision and the week are unchanged, so a node never serves a matrix older than the last
 * committed change to coverage data. Writes made through this node are applied to the kept model
 * once they commit ({@link CoverageChanged}); a revision moved by anything else (another node, an
 * import) makes the next read load the tenant again. Ticket-history aggregates come from a {@link
 * HistoryCache} that recomputes them in the background.
 */
@Singleton
class CoverageService {

  private static final Logger LOG = LoggerFactory.getLogger(CoverageService.class);

  private static final int HISTORY_DAYS = 90;

  private final CoverageStore store;
  private final TicketHistory tickets;
  private final CalendarDirectory calendars;
  private final CoverageConfig config;
  private final CoveragePolicy policy;
  private final Clock clock;
  private final TransactionOperations<Connection> tx;
  private final Executor background;
  private final HistoryCache histories;
  private final Counter loads;
  private final Counter applied;
  private final Map<Long, CoverageModel> models = new ConcurrentHashMap<>();
  private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> warmed = new CompletableFuture<>();

  CoverageService(
      CoverageStore store,
      TicketHistory tickets,
      CalendarDirectory calendars,
      CoverageConfig config,
      Clock clock,
      TransactionOperations<Connection> tx,
      @Named(TaskExecutors.BLOCKING) Executor background,
      MeterRegistry meters) {
    this.store = store;
    this.tickets = tickets;
    this.calendars = calendars;
    this.config = config;
    this.policy = new CoveragePolicy(config.rules());
    this.clock = clock;
    this.tx = tx;
    this.background = background;
    this.histories =
        new HistoryCache(
            config.getHistoryTtl(),
            clock,
            detached(background),
            tenant -> tx.executeRead(status -> history(tenant)),
            this::refreshed);
    this.loads =
        Counter.builder("medley.coverage.loads")
            .description("Coverage matrices loaded from the database and evaluated in full")
            .register(meters);
    this.applied =
        Counter.builder("medley.coverage.applied")
            .description("Writes through this node applied to its kept coverage matrix")
            .register(meters);
  }

  CoverageRules rules() {
    return policy.rules();
  }

  // ---- what the API asks

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
    store.skills(tenant, null, id).forEach(s -> verified.put(s.staffId(), s.verifiedAt()));
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
    store.skills(tenant, id, null).forEach(s -> verified.put(s.applicationId(), s.verifiedAt()));
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

  // ---- keeping the model current

  /** Applies a committed write made through this node to the kept model of its tenant. */
  @TransactionalEventListener
  void on(CoverageChanged event) {
    try {
      apply(event);
    } catch (RuntimeException e) {
      // The write itself committed; the next read loads the tenant instead.
      models.remove(event.tenant());
      LOG.warn("Could not apply a coverage change to the kept matrix; reloading instead", e);
    }
  }

  private void apply(CoverageChanged event) {
    Instant now = clock.instant();
    locked(
        event.tenant(),
        () -> {
          CoverageModel model = models.get(event.tenant());
          // Only onto exactly the revision before this write: anything else means another write
          // (here or elsewhere) came in between, and the next read loads the tenant.
          if (model == null
              || model.revision() != event.revision() - 1
              || !model.gridStart().equals(WeekMask.gridStart(now))) {
            return;
          }
          var calendar = event.calendar();
          if (calendar != null && !model.knowsCalendar(calendar.id())) {
            model = model.withCalendar(CoverageModel.Calendar.of(calendar, model.gridStart()), now);
          }
          models.put(event.tenant(), model.apply(event.revision(), now, event.change()));
          applied.increment();
        });
  }

  /** Starts computing history and matrices of every tenant with a catalog, in the background. */
  @EventListener
  void on(ServerStartupEvent event) {
    background.execute(
        () -> {
          try {
            for (long tenant : tx.executeRead(status -> store.tenants())) {
              histories.warm(tenant).join();
              tx.executeRead(status -> current(tenant));
            }
          } catch (RuntimeException e) {
            LOG.warn("Could not warm the coverage matrices; the first reads will load them", e);
          } finally {
            warmed.complete(null);
          }
        });
  }

  /** Completes once the startup warm-up has finished (or failed). */
  CompletableFuture<Void> warmed() {
    return warmed;
  }

  private CoverageModel current(long tenant) {
    Instant now = clock.instant();
    Instant grid = WeekMask.gridStart(now);
    long revision = store.revision(tenant);
    // Past the TTL this starts the background refresh, which re-evaluates the kept model.
    History history = histories.get(tenant);
    CoverageModel kept = models.get(tenant);
    if (kept != null && kept.revision() == revision && kept.gridStart().equals(grid)) {
      return kept;
    }
    // One load per tenant at a time: readers arriving meanwhile take its result.
    return locked(
        tenant,
        () -> {
          CoverageModel latest = models.get(tenant);
          if (latest != null && latest.revision() >= revision && latest.gridStart().equals(grid)) {
            return latest;
          }
          Snapshot snapshot = store.snapshot(tenant, false);
          CoverageModel fresh =
              CoverageModel.of(
                  policy,
                  snapshot.revision(),
                  grid,
                  now,
                  calendars(tenant, grid),
                  history,
                  snapshot);
          loads.increment();
          models.put(tenant, fresh);
          return fresh;
        });
  }

  /** New history (and any calendar edits since): everything evaluated again, off the read path. */
  private void refreshed(long tenant, History history) {
    for (int attempt = 0; attempt < 3; attempt++) {
      CoverageModel kept = models.get(tenant);
      if (kept == null) {
        return;
      }
      CoverageModel fresh =
          kept.reevaluate(calendars(tenant, kept.gridStart()), history, clock.instant());
      boolean done =
          locked(
              tenant,
              () -> {
                if (models.get(tenant) != kept) {
                  return false;
                }
                models.put(tenant, fresh);
                return true;
              });
      if (done) {
        return;
      }
    }
  }

  /**
   * Runs work in the background outside the caller's context. The executor would otherwise carry
   * over the transaction of the request that started the work, whose connection is closed by the
   * time the work runs ("Connection is closed"): background work opens transactions of its own.
   */
  private static Executor detached(Executor executor) {
    return task ->
        executor.execute(
            () -> {
              try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
                task.run();
              }
            });
  }

  private <T> T locked(long tenant, java.util.function.Supplier<T> work) {
    ReentrantLock lock = locks.computeIfAbsent(tenant, k -> new ReentrantLock());
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  private void locked(long tenant, Runnable work) {
    locked(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  private List<CoverageModel.Calendar> calendars(long tenant, Instant grid) {
    return calendars.calendars(tenant).stream()
        .map(c -> CoverageModel.Calendar.of(c, grid))
        .toList();
  }

  private History history(long tenant) {
    Instant now = clock.instant();
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
        .forEach(m -> pairs.put(History.pairKey(m.applicationId(), m.staffId()), m));
    Map<Long, TicketHistory.Median> byApp = new HashMap<>();
    turnarounds.byApplication().forEach(m -> byApp.put(m.applicationId(), m));
    Map<Long, TicketHistory.Median> byPerson = new HashMap<>();
    turnarounds.byPerson().forEach(m -> byPerson.put(m.staffId(), m));
    return new History(now, volumes, load, pairs, byApp, byPerson);
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
