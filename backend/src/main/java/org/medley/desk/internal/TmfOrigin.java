package org.medley.desk.internal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Marks the thread that applies a TMF621 PATCH, with the organisation that sent it, so the hub
 * (which hears of the change through the desk's events in the same thread and transaction) never
 * tells that organisation's listeners about their own change: the echo rule of the TMF621 server.
 */
final class TmfOrigin {

  private static final ThreadLocal<Long> APPLYING = new ThreadLocal<>();

  private TmfOrigin() {}

  static <T> T applying(long organizationId, Supplier<T> work) {
    Long before = APPLYING.get();
    APPLYING.set(organizationId);
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

  /** The organisation whose PATCH this thread is applying, if any. */
  static Optional<Long> current() {
    return Optional.ofNullable(APPLYING.get());
  }
}
