package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Role;

/**
 * Maps a caller to its user account; an external issuer's user gets a row (without a password) on
 * first sight. Ids never change, so they are cached per node.
 */
@Singleton
class StoredAccounts implements Accounts {

  private final UserAccountRepository repository;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final Map<String, Long> ids = new ConcurrentHashMap<>();

  StoredAccounts(
      UserAccountRepository repository,
      TransactionOperations<Connection> transactions,
      Clock clock) {
    this.repository = repository;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public long accountId(Caller caller) {
    String key = caller.tenantId() + "/" + caller.username();
    Long cached = ids.get(key);
    if (cached != null) {
      return cached;
    }
    var found = repository.findByUsername(caller.username());
    // A row made now commits with the caller's transaction, which may yet roll back: kept only
    // once a later request finds it.
    UserAccount account =
        found.orElseGet(() -> transactions.executeWrite(status -> createFor(caller)));
    if (account.tenantId() != caller.tenantId()) {
      // The same username in two tenants would mix two people's records: refuse, never guess.
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "This sign-in belongs to another health system.");
    }
    if (found.isPresent()) {
      ids.put(key, account.id());
    }
    return account.id();
  }

  @Override
  @ReadOnly
  public Map<Long, Person> people(long tenantId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return repository.findByTenantIdAndIdInList(tenantId, ids).stream()
        .collect(Collectors.toMap(UserAccount::id, StoredAccounts::person));
  }

  @Override
  @ReadOnly
  public List<Person> partnerPeople(long tenantId, @Nullable Long partnerId) {
    return repository.findEnabledPartnerAccounts(tenantId).stream()
        .filter(a -> partnerId == null || a.organizationId() == partnerId)
        .map(StoredAccounts::person)
        .toList();
  }

  private static Person person(UserAccount a) {
    return new Person(a.id(), a.displayName(), a.jobTitle(), a.email(), a.organizationId());
  }

  private UserAccount createFor(Caller caller) {
    String roles = caller.roles().stream().map(Role::claim).collect(Collectors.joining(","));
    try {
      return repository.save(
          new UserAccount(
              null,
              caller.organizationId(),
              caller.tenantId(),
              caller.username(),
              caller.displayName(),
              null,
              null,
              null,
              roles,
              true,
              clock.instant(),
              0,
              null));
    } catch (RuntimeException raced) {
      // Another node or request created it first: the unique username makes that safe to re-read.
      return repository.findByUsername(caller.username()).orElseThrow(() -> raced);
    }
  }
}
