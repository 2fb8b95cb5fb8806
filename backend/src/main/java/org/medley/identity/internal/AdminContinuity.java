package org.medley.identity.internal;

import java.util.Optional;

/**
 * A hospital never locks itself out of its own administration: an admin cannot take away their own
 * admin role or disable themselves (someone else must), and the last enabled admin keeps the role
 * and stays enabled — there would be nobody left to undo it without SQL.
 */
final class AdminContinuity {

  private AdminContinuity() {}

  /**
   * Why the change is refused, naming the field that would cause the lock-out; empty when allowed.
   *
   * @param self whether the admin is changing their own account
   * @param adminBefore whether the account is an enabled admin now
   * @param adminAfter whether it is an enabled admin after the change
   * @param otherEnabledAdmins enabled admins of the tenant besides this account
   */
  static Optional<Refusal> refusal(
      boolean self, boolean adminBefore, boolean adminAfter, long otherEnabledAdmins) {
    if (!adminBefore || adminAfter) {
      return Optional.empty();
    }
    if (self) {
      return Optional.of(
          new Refusal(true, "you cannot take away your own administration; another admin can"));
    }
    if (otherEnabledAdmins == 0) {
      return Optional.of(
          new Refusal(
              false, "this is the last enabled administrator; make someone else admin first"));
    }
    return Optional.empty();
  }

  /** {@code self}: the admin's own account (403), otherwise the last admin (409). */
  record Refusal(boolean self, String message) {}
}
