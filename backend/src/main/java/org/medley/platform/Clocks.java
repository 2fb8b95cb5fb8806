package org.medley.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One injectable clock, so every time-dependent rule can be tested with a fixed one. */
@Factory
class Clocks {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
