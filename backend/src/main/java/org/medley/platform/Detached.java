package org.medley.platform;

import io.micronaut.core.propagation.PropagatedContext;
import java.util.concurrent.Executor;

/**
 * Background work outside the caller's context. Micronaut's executors carry over the propagated
 * context of the thread that submits, including the transaction of the request that started the
 * work, whose connection is closed by the time the work runs ("Connection is closed"): background
 * work must open transactions of its own.
 */
public final class Detached {

  private Detached() {}

  /** {@code executor}, running each task with an empty propagated context. */
  public static Executor executor(Executor executor) {
    return task ->
        executor.execute(
            () -> {
              try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
                task.run();
              }
            });
  }
}
