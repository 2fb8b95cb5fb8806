package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  static final class ManualTime implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  @Test
  void aClientGetsItsAttemptsPerMinuteThenWaits() {
    ManualTime time = new ManualTime();
    LoginThrottle throttle = new LoginThrottle(5, time);
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.attempt("203.0.113.7")).as("attempt " + (i + 1)).isEmpty();
    }
    Duration wait = throttle.attempt("203.0.113.7").orElseThrow();
    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(12));
    assertThat(throttle.attempt("198.51.100.2")).as("another client is not affected").isEmpty();

    time.nanos += Duration.ofSeconds(12).toNanos(); // a fifth of a minute refills one attempt
    assertThat(throttle.attempt("203.0.113.7")).isEmpty();
    assertThat(throttle.attempt("203.0.113.7")).isPresent();
    throttle.succeeded("203.0.113.7"); // a successful sign-in gives its attempt back
    assertThat(throttle.attempt("203.0.113.7")).isEmpty();
    time.nanos += Duration.ofMinutes(1).toNanos();
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.attempt("203.0.113.7")).isEmpty();
    }
  }
}
