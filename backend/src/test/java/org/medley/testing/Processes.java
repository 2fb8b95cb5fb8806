package org.medley.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** Waiting for a server the test started as a separate process (the packaged jar, Keycloak). */
public final class Processes {

  private Processes() {}

  /**
   * Polls {@code ready} until it answers true; a connection refused ({@link IOException}) means
   * "still starting". Fails at once, with the process's log, if the process exits, and with the log
   * after {@code timeout}.
   */
  public static void awaitReady(
      String name,
      Process process,
      Duration timeout,
      Supplier<String> log,
      Callable<Boolean> ready) {
    try {
      await(name + " ready")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(200))
          .ignoreExceptionsInstanceOf(IOException.class)
          .failFast(name + " exited", () -> !process.isAlive())
          .until(ready);
    } catch (TerminalFailureException exited) {
      throw new AssertionError(name + " exited:\n" + log.get(), exited);
    } catch (ConditionTimeoutException slow) {
      throw new AssertionError(
          name + " did not become ready in " + timeout.toSeconds() + " s:\n" + log.get(), slow);
    }
  }
}
