package org.medley.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread. */
public final class Futures {

  private Futures() {}

  /**
   * The future's value; when it failed with a runtime exception, that exception, as if the work had
   * run on the caller's thread (not wrapped in a {@link CompletionException}).
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
