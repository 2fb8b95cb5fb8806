package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Locale;

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

  /** The e-mail address the issuer holds for the person (OIDC standard claim). */
  public static final String EMAIL = "email";

  /** {@code true} when the issuer checked that the person receives mail at {@link #EMAIL}. */
  public static final String EMAIL_VERIFIED = "email_verified";

  /**
   * The e-mail address the token names, lower-cased, if any. Read beside {@link Caller} rather than
   * in it: only an account's first sight needs it.
   */
  public static @Nullable String email(Authentication authentication) {
    Object email = authentication.getAttributes().get(EMAIL);
    if (email == null || email.toString().isBlank()) {
      return null;
    }
    return email.toString().strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the issuer says it verified {@link #email}; absent or anything but true is no. */
  public static boolean emailVerified(Authentication authentication) {
    Object verified = authentication.getAttributes().get(EMAIL_VERIFIED);
    return Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified));
  }

  private Claims() {}
}
