package org.medley.coverage.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.TicketHistory;
import org.medley.coverage.WeekMask;
import org.medley.identity.Hospitals;
import org.medley.platform.Detached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link CoverageModel} per tenant while its coverage revision and the week are unchanged,
 * so a node never serves a matrix older than the last committed change to coverage data. Writes
 * made through this node are applied to the kept model once they commit ({@link CoverageChanged});
 * a revision moved by anything else (another node, an import) makes the next read load the tenant
 * again. Ticket-history aggregates come from a {@link HistoryCache} that recomputes them in the
 * background. Moved out of {@code CoverageService}, which answers the queries.
 */
@Singleton
class CoverageModels {

  private static final Logger LOG = LoggerFactory.getLogger(CoverageModels.class);

  private static final int HISTORY_DAYS = 90;

  private final CoverageRevisions revisions;
  private final Hospitals hospitals;
  private final SnapshotStore snapshots;
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
  // An evicted tenant is loaded again on its next read.
  private final Map<Long, CoverageModel> models =
      Caffeine.newBuilder().maximumSize(HistoryCache.TENANTS).<Long, CoverageModel>build().asMap();
  // The hospital's date each kept model was loaded for (its staff are those active that day).
  private final Map<Long, LocalDate> days = new java.util.concurrent.ConcurrentHashMap<>();
  // Weak: a lock stays while anyone holds or waits for it, so one tenant never has two.
  private final Cache<Long, ReentrantLock> locks = Caffeine.newBuilder().weakValues().build();
  private final CompletableFuture<Void> warmed = new CompletableFuture<>();

  CoverageModels(
      CoverageRevisions revisions,
      SnapshotStore snapshots,
      TicketHistory tickets,
      CalendarDirectory calendars,
      CoverageConfig config,
      Clock clock,
      Hospitals hospitals,
      TransactionOperations<Connection> tx,
      @Named(TaskExecutors.BLOCKING) Executor background,
      MeterRegistry meters) {
    this.revisions = revisions;
    this.hospitals = hospitals;
    this.snapshots = snapshots;
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
            Detached.executor(background),
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

  CoveragePolicy policy() {
    return policy;
  }

  /** The tenant's model at its current coverage revision and week, loading it if need be. */
  CoverageModel current(long tenant) {
    Instant now = clock.instant();
    Instant grid = WeekMask.gridStart(now);
    // Contracted people count from their engagement's first day to its last: a new day may change
    // who is on the matrix.
    LocalDate today = LocalDate.ofInstant(now, hospitals.zone(tenant));
    long revision = revisions.revision(tenant);
    // Past the TTL this starts the background refresh, which re-evaluates the kept model.
    History history = histories.get(tenant);
    CoverageModel kept = models.get(tenant);
    if (kept != null
        && kept.revision() == revision
        && kept.gridStart().equals(grid)
        && today.equals(days.get(tenant))) {
      return kept;
    }
    // One load per tenant at a time: readers arriving meanwhile take its result.
    return locked(
        tenant,
        () -> {
          CoverageModel latest = models.get(tenant);
          if (latest != null
              && latest.revision() >= revision
              && latest.gridStart().equals(grid)
              && today.equals(days.get(tenant))) {
            return latest;
          }
          Snapshot snapshot = snapshots.snapshot(tenant, false, today);
          CoverageModel fresh =
              CoverageModel.of(
                  policy,
                  snapshot.revision(),
                  grid,
                  now,
                  today,
                  calendars(tenant, grid),
                  history,
                  snapshot);
          loads.increment();
          days.put(tenant, today);
          models.put(tenant, fresh);
          return fresh;
        });
  }

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
            for (long tenant : tx.executeRead(status -> snapshots.tenants())) {
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

  private <T> T locked(long tenant, Supplier<T> work) {
    ReentrantLock lock = locks.get(tenant, k -> new ReentrantLock());
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
    int weeks = policy.rules().burnoutOutOf();
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
}
