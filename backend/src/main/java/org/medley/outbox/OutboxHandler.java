package org.medley.outbox;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Delivers outbox events of some types (an e-mail, a partner desk call). The relay calls it after
 * the transaction that wrote the event has committed, outside any transaction, at least once: a
 * handler that throws is retried with backoff, so delivery must be safe to repeat. Events that
 * share an ordering key reach their handler one at a time, in the order they were written.
 */
public interface OutboxHandler {

  /** The event types this handler delivers; the relay claims no other types for it. */
  Set<String> types();

  /**
   * Delivers one event. Throw {@link Park} when sending it again cannot help (the receiver refused
   * it for good): the event becomes a dead letter at once. Any other exception retries it after
   * {@link #backoff}, until {@link #maxAttempts} park it too.
   */
  void deliver(OutboxEvent event) throws Exception;

  /** How long to wait before the next try after {@code attempts} failed ones. */
  default Duration backoff(OutboxEvent event, int attempts) {
    return standardBackoff(attempts);
  }

  /** Tries before the event is parked; empty: the relay's {@code max-attempts}. */
  default OptionalInt maxAttempts(OutboxEvent event) {
    return OptionalInt.empty();
  }

  /**
   * The longest one call of this handler to its receiver can take, its timeouts and in-memory
   * retries included (zero: not known). The relay starts a delivery only while at least half its
   * lease is left, so it refuses to start when a call could outlast that half: the receiver would
   * then get the event from a second node while the first still waits for its answer.
   */
  default Duration longestCall() {
    return Duration.ZERO;
  }

  /** 30 s, 1 min, 2 min … doubling, capped at 1 h. */
  static Duration standardBackoff(int attempts) {
    long seconds = 30L << Math.min(Math.max(attempts, 1) - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  /**
   * The receiver refused the event for good: park it as a dead letter, with this message (the
   * receiver's answer) as its last error, for an admin to read, re-drive or discard.
   */
  final class Park extends Exception {

    public Park(String answer) {
      super(answer);
    }

    public Park(String answer, Throwable cause) {
      super(answer, cause);
    }
  }
}
