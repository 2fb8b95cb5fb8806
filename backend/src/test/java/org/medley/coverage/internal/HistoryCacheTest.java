package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** History past its TTL is still served while one recomputation runs in the background. */
class HistoryCacheTest {

  private static final Duration TTL = Duration.ofMinutes(5);

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
  // Background work waits here until the test runs it, so nothing depends on timing.
  private final Queue<Runnable> background = new ArrayDeque<>();
  private final Executor executor = background::add;
  private final AtomicInteger computations = new AtomicInteger();
  private final List<History> handedOn = new ArrayList<>();
  private final HistoryCache cache =
      new HistoryCache(
          TTL,
          clock,
          executor,
          tenant -> {
            computations.incrementAndGet();
            return new History(clock.instant(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
          },
          (tenant, history) -> handedOn.add(history));

  @Test
  void aReadAfterTheTtlGetsTheOldAggregatesAndStartsOneRefresh() {
    cache.warm(7);
    runBackground();
    History first = cache.get(7);
    assertThat(first.computedAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(computations).hasValue(1);

    clock.advance(TTL.minusSeconds(1));
    assertThat(cache.get(7)).isSameAs(first);
    runBackground();
    assertThat(computations).as("nothing due before the TTL").hasValue(1);

    clock.advance(Duration.ofSeconds(2));
    assertThat(cache.get(7)).as("served from the old aggregates").isSameAs(first);
    assertThat(cache.get(7)).isSameAs(first);
    assertThat(computations).as("not computed on the reader's thread").hasValue(1);
    runBackground();
    assertThat(computations).as("one refresh for both reads").hasValue(2);

    History second = cache.get(7);
    assertThat(second.computedAt()).isEqualTo(Instant.parse("2026-11-23T08:05:01Z"));
    assertThat(handedOn).containsExactly(second);
  }

  @Test
  void theFirstReadOfATenantWaitsForItsAggregates() {
    var executing = new HistoryCache(TTL, clock, Runnable::run, t -> history(), (t, h) -> {});
    assertThat(executing.get(3).computedAt()).isEqualTo(clock.instant());
  }

  @Test
  void aFailedRefreshKeepsTheOldAggregates() {
    AtomicInteger calls = new AtomicInteger();
    var failing =
        new HistoryCache(
            TTL,
            clock,
            executor,
            t -> {
              if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database gone");
              }
              return history();
            },
            (t, h) -> {});
    failing.warm(1);
    runBackground();
    History first = failing.get(1);
    clock.advance(TTL.plusSeconds(1));
    assertThat(failing.get(1)).isSameAs(first);
    runBackground();
    assertThat(calls).hasValue(2);
    assertThat(failing.get(1)).isSameAs(first);
  }

  private History history() {
    return new History(clock.instant(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  private void runBackground() {
    Runnable task;
    while ((task = background.poll()) != null) {
      task.run();
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
