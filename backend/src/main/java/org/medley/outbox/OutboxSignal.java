package org.medley.outbox;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells this node's relay that events were committed, so it claims them at once instead of at its
 * next poll. Waking is cheap and may be spurious; the poll remains for events of other nodes.
 */
@Singleton
public class OutboxSignal {

  private final Semaphore wake = new Semaphore(0);

  /** Something was committed: the relay should look now. */
  public void wake() {
    if (wake.availablePermits() == 0) {
      wake.release();
    }
  }

  /** Waits until woken or {@code timeout} passed; true when woken. */
  boolean await(Duration timeout) throws InterruptedException {
    boolean woken = wake.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    wake.drainPermits();
    return woken;
  }
}
