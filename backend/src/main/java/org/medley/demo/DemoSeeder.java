package org.medley.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo hospital once, on the first start of an empty database with demo mode on. All
 * contributions share one transaction: a failed seed leaves nothing behind and retries next start.
 *
 * <p>"Seeded" when {@code /health} first answers UP means: every demo row committed and the SLA
 * sweep caught up with the live queue ({@link DemoSeeded}). What only derives from those rows (the
 * insight read models, the preventive-maintenance plan, masked search copies: {@link DemoServing})
 * is built in the background once the server is up, a few seconds later; it adds about as much CPU
 * as the seed itself, which on two cores would otherwise double the first start
 * (docs/benchmarks.md).
 */
@Singleton
@Requires(property = "medley.demo.enabled", value = "true")
public class DemoSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private static final String NAME = "demo-hospital";

  private final DataSource dataSource;
  private final List<DemoContribution> contributions;
  private final Clock clock;
  private final ApplicationEventPublisher<DemoSeeded> seeded;
  private final ApplicationEventPublisher<DemoServing> serving;
  private final long seed;
  private final boolean deriveAfterReady;
  private final Executor background;
  private final AtomicReference<Instant> toDerive = new AtomicReference<>();

  DemoSeeder(
      DataSource dataSource,
      DataSourceResolver resolver,
      List<DemoContribution> contributions,
      Clock clock,
      ApplicationEventPublisher<DemoSeeded> seeded,
      ApplicationEventPublisher<DemoServing> serving,
      @Value("${medley.demo.seed:20261123}") long seed,
      @Value("${medley.demo.derive-after-ready:true}") boolean deriveAfterReady,
      @Named(TaskExecutors.BLOCKING) Executor background) {
    // The raw pool: the seed manages its own transaction on one connection.
    this.dataSource = resolver.resolve(dataSource);
    this.contributions =
        contributions.stream().sorted(Comparator.comparingInt(DemoContribution::order)).toList();
    this.clock = clock;
    this.seeded = seeded;
    this.serving = serving;
    this.seed = seed;
    this.deriveAfterReady = deriveAfterReady;
    this.background = background;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    try {
      seedIfEmpty();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not seed the demo hospital", e);
    }
  }

  /** Returns whether this call seeded (false when the demo hospital was already there). */
  public boolean seedIfEmpty() throws SQLException {
    Instant now = seed();
    if (now == null) {
      return false;
    }
    long started = System.nanoTime();
    seeded.publishEvent(new DemoSeeded(now));
    LOG.info(
        "Caught up with the seeded live queue in {} ms", (System.nanoTime() - started) / 1_000_000);
    if (deriveAfterReady) {
      toDerive.set(now);
    } else {
      derive(now);
    }
    return true;
  }

  @EventListener
  void onServing(ServerStartupEvent event) {
    Instant now = toDerive.getAndSet(null);
    if (now != null) {
      background.execute(() -> derive(now));
    }
  }

  private void derive(Instant now) {
    long started = System.nanoTime();
    try {
      serving.publishEvent(new DemoServing(now));
      LOG.info(
          "Built the demo's read models, plan and search copies in {} ms",
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // Each listener retries on its own schedule or on request; the rows are all there.
      LOG.warn("Building what derives from the demo seed failed", e);
    }
  }

  /** Seeds in one transaction; returns the seed's "now", or null when already seeded. */
  private Instant seed() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      return seed(connection);
    }
  }

  private Instant seed(Connection connection) throws SQLException {
    try {
      long started = System.nanoTime();
      // Whole seconds keep demo instants identical on every database, fractional or not.
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      if (!claimSeed(connection, now)) {
        connection.rollback();
        return null;
      }
      DemoContext context = new DemoContext(connection, now, seed);
      StringBuilder timings = new StringBuilder();
      // CPU time beside wall time: on a busy machine (CI, shared builders) the wall time of a
      // contribution says more about the neighbours than about the seed.
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      for (DemoContribution contribution : contributions) {
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        contribution.seed(context);
        timings
            .append(timings.isEmpty() ? "" : ", ")
            .append(contribution.getClass().getSimpleName())
            .append(' ')
            .append((System.nanoTime() - t0) / 1_000_000)
            .append(" ms (cpu ")
            .append((threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000)
            .append(" ms)");
      }
      connection.commit();
      LOG.info(
          "Seeded the demo hospital in {} ms ({}); sign in as agent / demo",
          (System.nanoTime() - started) / 1_000_000,
          timings);
      return now;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /**
   * Writes the marker row first: a second node starting at once waits on its key until this
   * transaction ends, then finds it (duplicate: seeded) or, after a rollback, seeds itself. A
   * locking read of the missing row instead let both nodes take the gap lock, both seed, and one
   * die as a deadlock victim.
   */
  private boolean claimSeed(Connection connection, Instant now) throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO demo_seeds (name, seed, seeded_at) VALUES (?, ?, ?)")) {
      insert.setString(1, NAME);
      insert.setLong(2, seed);
      insert.setTimestamp(3, java.sql.Timestamp.from(now));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // the marker is there: another start seeded
      }
      throw e;
    }
  }
}
