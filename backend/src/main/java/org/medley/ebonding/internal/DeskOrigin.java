package org.medley.ebonding.internal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Marks the thread that applies a desk's change to a ticket, so the outbound side, which hears of
 * the change through the desk's events in the same thread and transaction, never sends it back to
 * the desk it came from (echo suppression).
 */
public final class DeskOrigin {

  private static final ThreadLocal<Long> APPLYING = new ThreadLocal<>();

  private DeskOrigin() {}

  /** Runs {@code work} as the change of {@code connectorId}. */
  public static <T> T applying(long connectorId, Supplier<T> work) {
    Long before = APPLYING.get();
    APPLYING.set(connectorId);
    try {
      return work.get();
    } finally {
      if (before == null) {
        APPLYING.remove();
      } else {
        APPLYING.set(before);
      }
    }
  }

  /** The connector whose change this thread is applying, if any. */
  public static Optional<Long> current() {
    return Optional.ofNullable(APPLYING.get());
  }
}
