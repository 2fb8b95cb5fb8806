package org.medley.identity;

/**
 * Random keys of the installation, made on first use and kept in the database, so that every node
 * and every restart use the same one: the built-in issuer's signing key, e-bonding's key for the
 * partner desks' credentials. Used when the operator configures no key of their own.
 */
public interface InstallationKeys {

  /**
   * The key called {@code name}: made of {@code bytes} random bytes the first time any node asks
   * for it, the stored one afterwards. URL-safe base64 without padding.
   */
  String key(String name, int bytes);
}
