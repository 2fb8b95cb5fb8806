package org.medley.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed sign-in attempts per client address: a token bucket of {@code perMinute} attempts refilled
 * over a minute; a successful sign-in gives its attempt back, so a shift of nurses behind one NAT
 * address signing in at 07:00 is not throttled. Complements the per-account lockout, which cannot
 * stop one client trying many usernames. Buckets of clients not seen for ten minutes are forgotten,
 * so memory stays bounded.
 */
final class LoginThrottle {

  private final int perMinute;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets;

  LoginThrottle(int perMinute, TimeMeter time) {
    this.perMinute = perMinute;
    this.time = time;
    this.buckets =
        Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
  }

  /** Gives back the attempt of a sign-in that succeeded. */
  void succeeded(String client) {
    Bucket bucket = buckets.getIfPresent(client);
    if (bucket != null) {
      bucket.addTokens(1);
    }
  }

  /** Empty when the attempt may go ahead; otherwise how long the client must wait. */
  Optional<Duration> attempt(String client) {
    Bucket bucket =
        buckets.get(
            client,
            key ->
                Bucket.builder()
                    .addLimit(
                        limit ->
                            limit
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(time)
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
