package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.insert;
import static org.medley.platform.JdbcRows.marks;
import static org.medley.platform.JdbcRows.nullableLong;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.medley.identity.AccountFirstSeen;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.platform.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff records' sign-in accounts: checked by {@link SignInLink}, written with a row in {@code
 * staff_account_links} saying who changed which link and how, and made at an account's first
 * sign-in when its verified e-mail names the record. Callers own the transaction.
 */
@Singleton
class StaffLinks {

  private static final Logger LOG = LoggerFactory.getLogger(StaffLinks.class);

  /** How a link was changed, as the trail records it. */
  enum Source {
    EDITOR,
    IMPORT,
    FIRST_SIGN_IN
  }

  /** Who changed a link: a signed-in person, or Medley itself (no account). */
  record Actor(@Nullable Long accountId, String name) {
    static final Actor MEDLEY = new Actor(null, "Medley");
  }

  static final String FIRST_SIGN_IN_NOTE = "linked by verified e-mail at first sign-in";

  private final JdbcOperations jdbc;
  private final Accounts accounts;
  private final Clock clock;
  private final ApplicationEventPublisher<StaffLinkChanged> changes;

  StaffLinks(
      JdbcOperations jdbc,
      Accounts accounts,
      Clock clock,
      ApplicationEventPublisher<StaffLinkChanged> changes) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.clock = clock;
    this.changes = changes;
  }

  Actor actor(Caller caller) {
    return new Actor(accounts.accountId(caller), caller.displayName());
  }

  private static final String HOLDER =
      "SELECT id, name, employer_id, user_account_id FROM staff_members";

  Optional<SignInLink.Holder> holder(long tenant, long staffId) {
    return first(holders(HOLDER + " WHERE tenant_id = ? AND id = ?", tenant, staffId));
  }

  /** The record that names the account, whatever its tenant. */
  Optional<SignInLink.Holder> holderOf(long accountId) {
    return first(holders(HOLDER + " WHERE user_account_id = ?", accountId));
  }

  /** Accounts by staff id, for those of the tenant's records that name one. */
  Map<Long, Long> accountIds(long tenant) {
    Map<Long, Long> result = new HashMap<>();
    holders(HOLDER + " WHERE tenant_id = ? AND user_account_id IS NOT NULL", tenant)
        .forEach(h -> result.put(h.staffId(), h.accountId()));
    return result;
  }

  /** The tenant's records that name one of the accounts, by account id. */
  Map<Long, SignInLink.Holder> holdersOf(long tenant, Collection<Long> accountIds) {
    Map<Long, SignInLink.Holder> result = new HashMap<>();
    if (accountIds.isEmpty()) {
      return result;
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenant);
    parameters.addAll(accountIds);
    holders(
            HOLDER
                + " WHERE tenant_id = ? AND user_account_id IN ("
                + marks(accountIds.size())
                + ")",
            parameters.toArray())
        .forEach(h -> result.put(h.accountId(), h));
    return result;
  }

  /** Refuses (404, 409, 422 naming {@code accountId}) a link the record may not have. */
  void check(long tenant, SignInLink.Holder staff, long accountId) {
    var refusal =
        SignInLink.refusal(
            tenant,
            staff,
            accountId,
            accounts.account(accountId).orElse(null),
            holderOf(accountId).orElse(null));
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /**
   * Makes the record name {@code accountId} (none when null), checked and audited; nothing happens
   * when it names it already and its employer still matches. Returns whether the link changed.
   */
  boolean set(
      long tenant,
      long staffId,
      @Nullable Long accountId,
      Source source,
      Actor actor,
      @Nullable String note) {
    SignInLink.Holder staff = holder(tenant, staffId).orElseThrow();
    if (accountId != null) {
      check(tenant, staff, accountId);
    }
    if (Objects.equals(accountId, staff.accountId())) {
      return false;
    }
    try {
      jdbc.prepareStatement(
          "UPDATE staff_members SET user_account_id = ?, version = version + 1"
              + " WHERE tenant_id = ? AND id = ?",
          s -> {
            bindAll(s, Arrays.asList(accountId, tenant, staffId));
            return s.executeUpdate();
          });
    } catch (DataAccessException raced) {
      // Another request linked the same account a moment ago: the unique index caught it.
      throw Refused.conflict(SignInLink.FIELD, "That sign-in was just linked to someone else.");
    }
    Map<Long, String> names = new HashMap<>();
    accounts
        .accounts(Stream.of(staff.accountId(), accountId).filter(Objects::nonNull).toList())
        .forEach(a -> names.put(a.id(), a.displayName()));
    insert(
        jdbc,
        "INSERT INTO staff_account_links (tenant_id, staff_id, staff_name, old_account_id,"
            + " old_account_name, new_account_id, new_account_name, source, actor_account_id,"
            + " actor_name, note, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        Arrays.asList(
            tenant,
            staffId,
            staff.name(),
            staff.accountId(),
            staff.accountId() == null ? null : names.get(staff.accountId()),
            accountId,
            accountId == null ? null : names.get(accountId),
            source.name(),
            actor.accountId(),
            actor.name(),
            note,
            Timestamp.from(clock.instant())));
    changes.publishEvent(new StaffLinkChanged(tenant, staffId, staff.accountId(), accountId));
    return true;
  }

  /**
   * An external issuer's user signed in for the first time: links them to the one unlinked record
   * of their employer with their verified e-mail. Runs inside the transaction that made the
   * account; a link that cannot be made is logged and the sign-in goes on without it.
   */
  @EventListener
  void on(AccountFirstSeen seen) {
    String email = seen.verifiedEmail();
    if (email == null) {
      return;
    }
    try {
      var match =
          SignInLink.atFirstSignIn(
              seen, holders(HOLDER + " WHERE tenant_id = ? AND email = ?", seen.tenantId(), email));
      if (match.isPresent()) {
        set(
            seen.tenantId(),
            match.get().staffId(),
            seen.accountId(),
            Source.FIRST_SIGN_IN,
            Actor.MEDLEY,
            FIRST_SIGN_IN_NOTE);
      }
    } catch (RuntimeException notLinked) {
      LOG.warn(
          "Account {} was not linked to its staff record at first sign-in: {}",
          seen.accountId(),
          notLinked.getMessage());
    }
  }

  private List<SignInLink.Holder> holders(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          bindAll(s, parameters);
          List<SignInLink.Holder> found = new ArrayList<>();
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              found.add(holder(rows));
            }
          }
          return found;
        });
  }

  private static SignInLink.Holder holder(ResultSet rows) throws SQLException {
    return new SignInLink.Holder(
        rows.getLong(1), rows.getString(2), rows.getLong(3), nullableLong(rows, 4));
  }

  private static <T> Optional<T> first(List<T> found) {
    return found.stream().findFirst();
  }
}
