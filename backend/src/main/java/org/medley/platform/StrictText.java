package org.medley.platform;

import io.micronaut.core.annotation.Nullable;

/**
 * Text Medley stores is text: no NUL characters (MariaDB keeps them, strict JSON parsers and C
 * libraries choke on them) and no lone UTF-16 surrogates (not Unicode at all; one such ticket title
 * makes a whole list page invalid JSON for strict clients). Every JSON string, query parameter and
 * form field passes this one check.
 */
public final class StrictText {

  private StrictText() {}

  /** Why {@code text} cannot be stored, or null when it can. */
  public static @Nullable String flaw(@Nullable CharSequence text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return "must not contain NUL characters";
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must be valid Unicode text (contains an unpaired surrogate)";
      }
    }
    return null;
  }

  /** {@code text} unchanged, or a 400 naming {@code field} when it cannot be stored. */
  public static @Nullable String require(String field, @Nullable String text) {
    String flaw = flaw(text);
    if (flaw != null) {
      throw Refused.invalid(field, flaw);
    }
    return text;
  }
}
