package org.medley.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one-time setup link of an empty Medley: a random token of 256 bits (URL-safe Base64), kept by
 * Medley only as its SHA-256 hash, valid for {@link #VALIDITY} and used once.
 */
public final class SetupLink {

  public static final Duration VALIDITY = Duration.ofHours(24);
  private static final int BYTES = 32;

  /** What a presented token's stored row says about it. */
  public enum State {
    VALID,
    EXPIRED,
    USED,
    UNKNOWN
  }

  private SetupLink() {}

  /** A fresh token, as it goes into the link. */
  public static String newToken(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The token's SHA-256 hash in hex: what the database keeps. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The state of a stored token at {@code now}; used wins over expired. */
  public static State state(Instant expiresAt, Instant usedAt, Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
  }
}
