package org.medley.identity.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** BCrypt hashing for local accounts. */
public final class Passwords {

  private static final int COST = 10;

  // Verified against when the username is unknown, so a miss costs as long as a wrong password.
  private static final String DECOY = hash("decoy-password-never-valid");

  private Passwords() {}

  public static String hash(String password) {
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  static boolean matches(String password, String hash) {
    return BCrypt.verifyer()
        .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII))
        .verified;
  }

  static void spendTimeOnDecoy(String password) {
    matches(password, DECOY);
  }
}
