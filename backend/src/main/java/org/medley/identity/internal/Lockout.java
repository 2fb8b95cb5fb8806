package org.medley.identity.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Repeated wrong passwords lock a local account for a while. Kept in the database, so every node
 * counts the same failures; a successful sign-in clears the count.
 */
@Singleton
class Lockout {

  private final UserAccountRepository accounts;
  private final Clock clock;
  private final int maxFailures;
  private final Duration duration;

  Lockout(
      UserAccountRepository accounts,
      Clock clock,
      @Value("${medley.login.max-failures:5}") int maxFailures,
      @Value("${medley.login.lockout:15m}") Duration duration) {
    this.accounts = accounts;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.duration = duration;
  }

  /** How long the account stays locked, or zero when it may try now. */
  Duration remaining(UserAccount account) {
    Instant now = clock.instant();
    return account.lockedAt(now) ? Duration.between(now, account.lockedUntil()) : Duration.ZERO;
  }

  /**
   * Counts a wrong password. The caller read the account before checking the password, which takes
   * a while on purpose: parallel guesses would all count from that stale read, so the count is
   * taken from the row locked now.
   */
  @Transactional
  void failed(UserAccount account) {
    UserAccount current = accounts.findByIdForUpdate(account.id()).orElse(account);
    Instant now = clock.instant();
    if (current.lockedAt(now)) {
      return; // a parallel guess set the lock meanwhile: keep it
    }
    int failures = current.failedLogins() + 1;
    Instant until = failures >= maxFailures ? now.plus(duration) : null;
    // Counting restarts once a lock is set: the next round begins after it expires.
    accounts.updateFailedLoginsAndLockedUntil(current.id(), until == null ? failures : 0, until);
  }

  @Transactional
  void succeeded(UserAccount account) {
    accounts.recordSignIn(account.id(), clock.instant());
  }
}
