package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.List;
import java.util.Optional;
import org.medley.identity.AccountFirstSeen;
import org.medley.identity.Accounts;
import org.medley.platform.Refused;

/**
 * Which sign-in account a staff record may name: one of its own tenant (another tenant's account
 * does not exist here, 404), employed by the record's employer (a partner's agent cannot work as a
 * hospital employee, 422), linked to no other record (409), and enabled when newly linked (a
 * disabled account already linked stays so). At an account's first sign-in, a verified e-mail that
 * matches exactly one unlinked record of the same employer links them.
 */
final class SignInLink {

  static final String FIELD = "accountId";

  private SignInLink() {}

  /** A record that names, or could name, an account. */
  record Holder(long staffId, String name, long employerId, @Nullable Long accountId) {}

  /**
   * Why {@code staff} may not name account {@code accountId} (found as {@code account}, if at all),
   * given {@code holder}, the other record that names it already, if any.
   */
  static Optional<RuntimeException> refusal(
      long tenant,
      Holder staff,
      long accountId,
      @Nullable Accounts.Account account,
      @Nullable Holder holder) {
    if (account == null || account.tenantId() != tenant) {
      return Optional.of(
          new HttpStatusException(
              HttpStatus.NOT_FOUND, FIELD + ": no sign-in account " + accountId));
    }
    if (account.organizationId() != staff.employerId()) {
      return Optional.of(
          Refused.unprocessable(
              FIELD,
              account.displayName()
                  + " signs in for another organisation than this person's employer: link an"
                  + " account of the same employer."));
    }
    if (holder != null && holder.staffId() != staff.staffId()) {
      return Optional.of(
          Refused.conflict(
              FIELD,
              account.displayName()
                  + " is already linked to "
                  + holder.name()
                  + ": unlink it there first."));
    }
    if (!account.enabled() && !Long.valueOf(accountId).equals(staff.accountId())) {
      return Optional.of(
          Refused.unprocessable(FIELD, account.displayName() + "'s account is disabled."));
    }
    return Optional.empty();
  }

  /**
   * The record a new account is linked to at its first sign-in: when the issuer verified its e-mail
   * and exactly one unlinked record of the account's employer has that e-mail. {@code sameEmail}
   * are the tenant's records with the account's e-mail.
   */
  static Optional<Holder> atFirstSignIn(AccountFirstSeen seen, List<Holder> sameEmail) {
    if (seen.verifiedEmail() == null) {
      return Optional.empty();
    }
    List<Holder> candidates =
        sameEmail.stream()
            .filter(h -> h.employerId() == seen.organizationId() && h.accountId() == null)
            .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }
}
