package org.medley.identity.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.medley.identity.AccountFirstSeen;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Claims;
import org.medley.identity.Role;
import org.medley.platform.SqlLike;

/**
 * Maps a caller to its user account; an external issuer's user gets a row (without a password) on
 * first sight, with the token's e-mail, and {@link AccountFirstSeen} tells the other features. Ids
 * never change, so they are cached per node.
 */
@Singleton
class StoredAccounts implements Accounts {

  private static final Sort BY_NAME = Sort.of(Sort.Order.asc("displayName"), Sort.Order.asc("id"));

  private final UserAccountRepository repository;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final SecurityService security;
  private final ApplicationEventPublisher<AccountFirstSeen> firstSeen;
  private final Map<String, Long> ids = new ConcurrentHashMap<>();

  StoredAccounts(
      UserAccountRepository repository,
      TransactionOperations<Connection> transactions,
      Clock clock,
      SecurityService security,
      ApplicationEventPublisher<AccountFirstSeen> firstSeen) {
    this.repository = repository;
    this.transactions = transactions;
    this.clock = clock;
    this.security = security;
    this.firstSeen = firstSeen;
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
  public Optional<Account> account(long accountId) {
    return repository.findById(accountId).map(StoredAccounts::account);
  }

  @Override
  public List<Account> accounts(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return repository.findByIdIn(accountIds, BY_NAME).stream()
        .map(StoredAccounts::account)
        .toList();
  }

  @Override
  public List<Account> enabledAccountsOf(Collection<Long> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return repository.findByOrganizationIdInAndEnabled(organizationIds, true).stream()
        .map(StoredAccounts::account)
        .toList();
  }

  @Override
  public List<Account> enabledAccounts(long tenantId) {
    return repository.findByTenantIdAndEnabled(tenantId, true, BY_NAME).stream()
        .map(StoredAccounts::account)
        .toList();
  }

  private static Account account(UserAccount a) {
    return new Account(
        a.id(),
        a.tenantId(),
        a.organizationId(),
        a.displayName(),
        a.email(),
        a.jobTitle(),
        a.department(),
        a.location(),
        a.roleList().stream()
            .flatMap(claim -> Role.fromClaim(claim).stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
        a.enabled(),
        a.username());
  }

  @Override
  @ReadOnly
  public List<Account> accountsBySignIn(long tenantId, String signIn) {
    return repository
        .findBySignIn(tenantId, signIn.strip().toLowerCase(java.util.Locale.ROOT))
        .stream()
        .map(StoredAccounts::account)
        .toList();
  }

  @Override
  @ReadOnly
  public AccountPage signIns(
      long tenantId, long organizationId, @Nullable String q, int page, int size) {
    var found =
        repository.findSignIns(
            tenantId,
            organizationId,
            SqlLike.contains(q == null ? "" : q.strip()),
            Pageable.from(page, size, BY_NAME));
    return new AccountPage(
        found.getContent().stream().map(StoredAccounts::account).toList(), found.getTotalSize());
  }

  @Override
  @ReadOnly
  public List<Account> partnerAccounts(long tenantId, @Nullable Long partnerId) {
    return repository.findEnabledPartnerAccounts(tenantId).stream()
        .filter(a -> partnerId == null || a.organizationId() == partnerId)
        .map(StoredAccounts::account)
        .toList();
  }

  @Override
  @ReadOnly
  public List<Account> enabledWithRole(long tenantId, long organizationId, Role role) {
    // An organisation has few accounts in a tenant: roles are a column of names, filtered here.
    return repository
        .findByTenantIdAndOrganizationIdAndEnabled(tenantId, organizationId, true, BY_NAME)
        .stream()
        .map(StoredAccounts::account)
        .filter(a -> a.roles().contains(role))
        .toList();
  }

  private UserAccount createFor(Caller caller) {
    String roles = caller.roles().stream().map(Role::claim).collect(Collectors.joining(","));
    // Read from the token beside the caller: only this first sight needs the e-mail claims.
    Optional<Authentication> token = security.getAuthentication();
    String email = token.map(Claims::email).filter(e -> e.length() <= 254).orElse(null);
    boolean verified = email != null && token.map(Claims::emailVerified).orElse(false);
    // An address another account already has stays with it: e-mail is also a sign-in name, and
    // unique across the install (V59), not only within the tenant.
    String stored =
        email == null || repository.findByEmailAddress(email).isPresent()
            ? null
            : email.toLowerCase(java.util.Locale.ROOT);
    UserAccount created;
    try {
      created =
          repository.save(
              new UserAccount(
                  null,
                  caller.organizationId(),
                  caller.tenantId(),
                  caller.username(),
                  caller.displayName(),
                  stored,
                  null,
                  null,
                  roles,
                  true,
                  clock.instant(),
                  0,
                  null,
                  null,
                  null));
    } catch (RuntimeException raced) {
      // Another node or request created it first: the unique username makes that safe to re-read.
      return repository.findByUsername(caller.username()).orElseThrow(() -> raced);
    }
    firstSeen.publishEvent(
        new AccountFirstSeen(
            created.id(),
            created.tenantId(),
            created.organizationId(),
            created.displayName(),
            email,
            verified));
    return created;
  }
}
