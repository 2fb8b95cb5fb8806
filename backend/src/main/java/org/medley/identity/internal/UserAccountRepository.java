package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  List<UserAccount> findByIdIn(Collection<Long> ids, Sort sort);

  List<UserAccount> findByOrganizationIdInAndEnabled(
      Collection<Long> organizationIds, boolean enabled);

  List<UserAccount> findByTenantIdAndEnabled(long tenantId, boolean enabled, Sort sort);

  List<UserAccount> findByTenantIdAndOrganizationIdAndEnabled(
      long tenantId, long organizationId, boolean enabled, Sort sort);

  @Query(
      "SELECT a.* FROM user_accounts a JOIN organizations o ON o.id = a.organization_id"
          + " WHERE a.tenant_id = :tenantId AND a.enabled AND o.kind = 'PARTNER'"
          + " ORDER BY a.display_name")
  List<UserAccount> findEnabledPartnerAccounts(long tenantId);

  /** The row, locked until the transaction ends: concurrent sign-in failures count one by one. */
  Optional<UserAccount> findByIdForUpdate(Long id);

  void updateFailedLoginsAndLockedUntil(
      @Id long id, int failedLogins, @Nullable Instant lockedUntil);

  List<UserAccount> findByIdIn(Collection<Long> ids);

  /** A successful sign-in: the failure count starts over and the admin's list shows when. */
  @Query(
      "UPDATE user_accounts SET failed_logins = 0, locked_until = NULL, last_sign_in_at = :at"
          + " WHERE id = :id")
  void recordSignIn(long id, Instant at);

  /** The account whose e-mail address this is, case aside (e-mail is unique per install). */
  @Query("SELECT * FROM user_accounts WHERE LOWER(email) = LOWER(:email)")
  Optional<UserAccount> findByEmailAddress(String email);

  @Query(
      "SELECT a.* FROM user_accounts a WHERE a.tenant_id = :tenantId AND (LOWER(a.username) ="
          + " :signIn OR LOWER(a.email) = :signIn) ORDER BY a.id")
  List<UserAccount> findBySignIn(long tenantId, String signIn);

  /** {@code pattern} is an {@code org.medley.platform.SqlLike} pattern ('!' escapes). */
  @Query(
      value =
          "SELECT user_account_.* FROM user_accounts user_account_ WHERE user_account_.tenant_id = :tenantId AND user_account_.organization_id ="
              + " :organizationId AND user_account_.enabled = TRUE AND (LOWER(user_account_.display_name) LIKE :pattern"
              + " ESCAPE '!' OR LOWER(user_account_.username) LIKE :pattern ESCAPE '!' OR LOWER(user_account_.email) LIKE"
              + " :pattern ESCAPE '!')",
      countQuery =
          "SELECT COUNT(*) FROM user_accounts user_account_ WHERE user_account_.tenant_id = :tenantId AND"
              + " user_account_.organization_id = :organizationId AND user_account_.enabled = TRUE AND"
              + " (LOWER(user_account_.display_name) LIKE :pattern ESCAPE '!' OR LOWER(user_account_.username) LIKE"
              + " :pattern ESCAPE '!' OR LOWER(user_account_.email) LIKE :pattern ESCAPE '!')")
  Page<UserAccount> findSignIns(
      long tenantId, long organizationId, String pattern, Pageable pageable);
}
