package org.medley.coverage.internal;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import org.medley.platform.Futures;

/**
 * Ticket-history aggregates per tenant. Aggregating a million tickets takes seconds, so no reader
 * waits for it except the very first for a tenant (and that one joins a computation {@link #warm}
 * may already have started): once aggregates are older than the TTL, the next read still gets them
 * and starts one recomputation in the background, whose result replaces them and is handed to
 * {@code refreshed}.
 */
final class HistoryCache {

  /** Tenants whose aggregates (and kept models) a node holds; more only cost recomputation. */
  static final int TENANTS = 1_000;

  private final AsyncLoadingCache<Long, History> cache;

  HistoryCache(
      Duration ttl,
      Clock clock,
      Executor executor,
      LongFunction<History> compute,
      BiConsumer<Long, History> refreshed) {
    this.cache =
        Caffeine.newBuilder()
            .ticker(() -> nanos(clock.instant()))
            .executor(executor)
            .maximumSize(TENANTS)
            .refreshAfterWrite(ttl)
            .buildAsync(
                new AsyncCacheLoader<Long, History>() {
                  @Override
                  public CompletableFuture<History> asyncLoad(Long tenant, Executor on) {
                    return CompletableFuture.supplyAsync(() -> compute.apply(tenant), on);
                  }

                  @Override
                  public CompletableFuture<History> asyncReload(
                      Long tenant, History old, Executor on) {
                    return CompletableFuture.supplyAsync(
                        () -> {
                          History fresh = compute.apply(tenant);
                          refreshed.accept(tenant, fresh);
                          return fresh;
                        },
                        on);
                  }
                });
  }

  /** The tenant's aggregates; waits only if there are none yet. */
  History get(long tenant) {
    return Futures.join(cache.get(tenant));
  }

  /** Starts computing the tenant's aggregates in the background unless they exist or are due. */
  CompletableFuture<History> warm(long tenant) {
    return cache.get(tenant);
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
