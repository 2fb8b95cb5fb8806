package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.medley.identity.GuestRequesters;
import org.medley.identity.Role;
import org.medley.platform.Refused;

/** {@link GuestRequesters} as rows of {@code user_accounts} without a password. */
@Singleton
class StoredGuestRequesters implements GuestRequesters {

  private static final int MAX_NAME = 200;

  private final UserAccountRepository repository;
  private final Clock clock;

  StoredGuestRequesters(UserAccountRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public long guest(long tenantId, String email, @Nullable String name) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    Optional<UserAccount> known =
        repository.findByEmailAddress(address).or(() -> repository.findByUsername(address));
    if (known.isPresent()) {
      UserAccount account = known.get();
      if (account.tenantId() != tenantId || !account.enabled()) {
        throw Refused.invalid("from", "the address belongs to an account that cannot file here");
      }
      return account.id();
    }
    String shown = name == null || name.isBlank() ? address : name.strip();
    if (shown.length() > MAX_NAME) {
      shown = shown.substring(0, MAX_NAME);
    }
    try {
      return repository
          .save(
              new UserAccount(
                  null,
                  tenantId,
                  tenantId,
                  address,
                  shown,
                  address,
                  null,
                  null,
                  Role.END_USER.claim(),
                  true,
                  clock.instant(),
                  0,
                  null,
                  null,
                  null))
          .id();
    } catch (RuntimeException raced) {
      // Another node made it first: the unique sign-in name makes that safe to re-read.
      return repository.findByUsername(address).map(UserAccount::id).orElseThrow(() -> raced);
    }
  }
}
