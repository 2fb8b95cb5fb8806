package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Medley's own record of a signed-in person, whichever issuer signed the token. */
public interface Accounts {

  /**
   * The id of the caller's user account in its tenant. An external issuer's users get one on their
   * first call, so tickets and audit rows can point at them.
   */
  long accountId(Caller caller);

  /**
   * A person as other features name and address them; department and location are what routing
   * rules match a requester on.
   */
  record Account(
      long id,
      long tenantId,
      long organizationId,
      String displayName,
      @Nullable String email,
      @Nullable String jobTitle,
      @Nullable String department,
      @Nullable String location,
      Set<Role> roles,
      boolean enabled,
      String username) {}

  /** The account with this id, enabled or not. */
  Optional<Account> account(long accountId);

  /** Those of the accounts that exist, by name. */
  List<Account> accounts(Collection<Long> accountIds);

  /** The enabled accounts of the given organisations, whatever their tenant. */
  List<Account> enabledAccountsOf(Collection<Long> organizationIds);

  /**
   * The tenant's accounts whose username is {@code signIn} or whose e-mail is (both compared
   * without case), enabled or not: how a file names the account a record belongs to. More than one
   * means the e-mail is shared and only the username tells them apart.
   */
  List<Account> accountsBySignIn(long tenantId, String signIn);

  /** One page of {@link #signIns}, with how many match in all. */
  record AccountPage(List<Account> items, long total) {}

  /**
   * The tenant's enabled accounts employed by one organisation, by name, optionally those whose
   * name, e-mail or username contains {@code q}: the accounts a record of that employer may name.
   */
  AccountPage signIns(long tenantId, long organizationId, @Nullable String q, int page, int size);

  /** The tenant's enabled accounts, by name: the people one may be picked from. */
  List<Account> enabledAccounts(long tenantId);

  /**
   * The tenant's enabled accounts employed by partner organisations (by one partner when {@code
   * partnerId} is given), by name.
   */
  List<Account> partnerAccounts(long tenantId, @Nullable Long partnerId);

  /**
   * The tenant's enabled accounts employed by the organisation that hold the role, by name: e.g. a
   * partner's managers, who hear of their engagements' breaches.
   */
  List<Account> enabledWithRole(long tenantId, long organizationId, Role role);
}
