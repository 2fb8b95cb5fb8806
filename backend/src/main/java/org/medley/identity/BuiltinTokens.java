package org.medley.identity;

import java.util.List;

/**
 * Bearer tokens of the built-in issuer (absent when an external issuer is configured): what {@code
 * POST /login} hands out, also for a flow that has just created the account and signs it in.
 */
public interface BuiltinTokens {

  record Issued(String accessToken, int expiresIn, String username, List<String> roles) {}

  /** A token for this enabled account of the built-in issuer. */
  Issued issue(long accountId);
}
