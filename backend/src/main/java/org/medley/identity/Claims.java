package org.medley.identity;

/** Claims Medley reads from a token beyond subject and roles. */
public final class Claims {
  /** The health system (tenant) the caller acts for. */
  public static final String TENANT = "tenant";

  /** The caller's own organisation: the tenant itself, or a partner. */
  public static final String ORGANIZATION = "org";

  /**
   * The login name when the subject is an opaque id (Keycloak's {@code sub} is a UUID); the
   * built-in issuer's subject is the login name itself.
   */
  public static final String USERNAME = "preferred_username";

  /** Human-readable name. */
  public static final String NAME = "name";

  private Claims() {}
}
