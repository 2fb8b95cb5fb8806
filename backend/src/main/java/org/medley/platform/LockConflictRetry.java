package org.medley.platform;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RetryLockConflicts}: up to {@link #ATTEMPTS} runs of the whole method, a few milliseconds
 * apart (growing, with jitter, so that two victims of one deadlock do not meet again at once).
 * Ordered before Micronaut's transaction interceptor, so each run is a transaction of its own.
 */
@Singleton
@InterceptorBean(RetryLockConflicts.class)
class LockConflictRetry implements MethodInterceptor<Object, Object> {

  private static final Logger LOG = LoggerFactory.getLogger(LockConflictRetry.class);

  /** Runs in all; the last conflict is answered 503 with Retry-After ({@link ProblemResponses}). */
  static final int ATTEMPTS = 5;

  private final TransactionOperations<Connection> transactions;

  LockConflictRetry(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  @Override
  public int getOrder() {
    return InterceptPhase.RETRY.getPosition();
  }

  @Override
  public Object intercept(MethodInvocationContext<Object, Object> context) {
    if (transactions.findTransactionStatus().isPresent()) {
      return context.proceed(); // the caller's transaction: the caller's to retry
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return context.proceed(this);
      } catch (RuntimeException failure) {
        if (attempt >= ATTEMPTS || !LockConflicts.among(failure)) {
          throw failure;
        }
        LOG.debug(
            "{} met a lock conflict (attempt {} of {}); running it again",
            context.getExecutableMethod(),
            attempt,
            ATTEMPTS);
        long pauseMillis = (5L << attempt) + ThreadLocalRandom.current().nextLong(10);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pauseMillis));
      }
    }
  }
}
