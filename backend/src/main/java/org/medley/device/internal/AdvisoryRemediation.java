package org.medley.device.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.medley.platform.Detached;
import org.medley.platform.FailedTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a filed advisory's remediation work off the filing request: a fan-out to tens of thousands
 * of devices writes as many work orders, which must neither hold the request nor keep a long
 * transaction open on it (docs/decisions.md, "Advisories open their remediation work in the
 * background"). Started as soon as the filing commits; a sweep on every node opens any advisory
 * that a crash or an outage left unopened. Exactly once across nodes: {@link
 * AdvisoryService#openRemediation} locks the advisory's row and writes only while it is unopened.
 */
@Singleton
class AdvisoryRemediation {

  /** An advisory was filed and committed; its remediation is still to be opened. */
  record Filed(long advisoryId) {}

  private static final Logger LOG = LoggerFactory.getLogger(AdvisoryRemediation.class);

  private final AdvisoryService advisories;
  private final Executor executor;
  private final Clock clock;
  private final Duration grace;
  private final FailedTurns failures = new FailedTurns(LOG, "opening advisory remediation");

  AdvisoryRemediation(
      AdvisoryService advisories,
      @Named(TaskExecutors.BLOCKING) ExecutorService executor,
      Clock clock,
      @Value("${medley.htm.remediation-grace:10s}") Duration grace) {
    this.advisories = advisories;
    this.executor = Detached.executor(executor);
    this.clock = clock;
    this.grace = grace;
  }

  @TransactionalEventListener
  void on(Filed filed) {
    executor.execute(() -> open(filed.advisoryId(), "the sweep retries"));
  }

  /**
   * Opens what the background start did not: advisories unopened for longer than {@code
   * medley.htm.remediation-grace} (a node died or the database was out between filing and fan-out).
   */
  @Scheduled(
      initialDelay = "${medley.htm.remediation-sweep-delay:30s}",
      fixedDelay = "${medley.htm.remediation-sweep:30s}")
  void sweep() {
    try {
      for (long id : advisories.unopened(clock.instant().minus(grace))) {
        open(id, "the next sweep retries");
      }
    } catch (RuntimeException e) {
      failures.failed("the next sweep retries", e);
    }
  }

  private void open(long id, String next) {
    try {
      if (advisories.openRemediation(id)) {
        LOG.info("Opened the remediation work of advisory {}", id);
      }
      failures.worked();
    } catch (RuntimeException e) {
      failures.failed(next, e);
    }
  }
}
