package org.medley.identity;

/** Medley's own record of a signed-in person, whichever issuer signed the token. */
public interface Accounts {

  /**
   * The id of the caller's user account in its tenant. An external issuer's users get one on their
   * first call, so tickets and audit rows can point at them.
   */
  long accountId(Caller caller);
}
