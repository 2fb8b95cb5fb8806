package org.medley.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;

/**
 * The failed turns in a row of one piece of background work (a sweep, a relay, a poll): each
 * failure is logged ({@link DatabaseUnreachable#warn}: one line while the database is out of
 * reach), and the first turn that works again says so once, so an operator reading the log of an
 * outage sees when each piece of work resumed.
 */
public final class FailedTurns {

  private final Logger log;
  private final String work;
  private final AtomicInteger inARow = new AtomicInteger();

  /** {@code work} names it in the log, e.g. "SLA sweep". */
  public FailedTurns(Logger log, String work) {
    this.log = log;
    this.work = work;
  }

  /** Logs a failed turn; {@code next} says what happens now, e.g. "the next one retries". */
  public void failed(String next, Throwable failure) {
    inARow.incrementAndGet();
    DatabaseUnreachable.warn(log, work + " failed; " + next, failure);
  }

  /**
   * Counts a failed turn without logging it, for work that runs several times a second: the first
   * failure of a row is logged, the rest only counted.
   */
  public void failedQuietly(String next, Throwable failure) {
    if (inARow.getAndIncrement() == 0) {
      DatabaseUnreachable.warn(log, work + " failed; " + next, failure);
    } else {
      log.debug("{} failed again: {}", work, DatabaseUnreachable.summary(failure));
    }
  }

  /** A turn worked: after failed ones, one line saying that the work runs again. */
  public void worked() {
    int failed = inARow.getAndSet(0);
    if (failed > 0) {
      log.info("{} works again after {} failed turns", work, failed);
    }
  }
}
