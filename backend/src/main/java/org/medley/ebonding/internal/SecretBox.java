package org.medley.ebonding.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the partner desks' credentials before they are stored: AES-256-GCM, a random 96-bit nonce
 * per value, the 128-bit tag checked on opening, so a changed or swapped ciphertext is refused
 * rather than read as some other secret. A sealed value reads {@code v1:<base64 of nonce ||
 * ciphertext+tag>}; the version prefix leaves room for another scheme later.
 *
 * <p>The key: {@code MEDLEY_SECRET_KEY} (config {@code medley.secret-key}), either the base64 of
 * exactly 32 bytes, used as it is, or any other text, hashed with SHA-256 into 32 bytes. Unset, a
 * random key is made on first start and kept in the database ({@link SecretKeys}).
 */
final class SecretBox {

  /** A sealed value that does not open with this key: tampered with, or sealed by another key. */
  static final class Unopenable extends RuntimeException {
    Unopenable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key, not " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /**
   * The key a configured {@code medley.secret-key} stands for: the base64 of 32 bytes is taken as
   * those bytes; anything else (a passphrase) is hashed with SHA-256.
   */
  static byte[] keyFrom(String configured) {
    try {
      byte[] decoded = Base64.getDecoder().decode(configured.strip());
      if (decoded.length == 32) {
        return decoded;
      }
    } catch (IllegalArgumentException notBase64) {
      // a passphrase: hashed below
    }
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(configured.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }

  /** {@code plain} sealed under a fresh nonce: sealing the same text twice gives two values. */
  String seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The text {@link #seal} sealed.
   *
   * @throws Unopenable the value was changed, is not a sealed value, or another key sealed it
   */
  String open(String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new Unopenable("not a sealed value", null);
    }
    byte[] in;
    try {
      in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new Unopenable("not a sealed value", e);
    }
    if (in.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new Unopenable("too short to be a sealed value", null);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new Unopenable("changed since it was sealed, or sealed with another key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
