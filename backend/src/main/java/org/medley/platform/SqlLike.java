package org.medley.platform;

import java.util.Locale;

/**
 * A user's search text as a LIKE pattern that matches it literally. Unescaped, {@code %} and {@code
 * _} are wildcards: {@code q=%} matched every ticket. Every LIKE in Medley is written {@code col
 * LIKE ? ESCAPE '!'} ({@link #ESCAPE}) and binds {@link #contains}.
 */
public final class SqlLike {

  private SqlLike() {}

  /** The escape character, for criteria queries: {@code cb.like(x, pattern, ESCAPE_CHARACTER)}. */
  public static final char ESCAPE_CHARACTER = '!';

  /** Goes right after {@code LIKE ?}. */
  public static final String ESCAPE = " ESCAPE '" + ESCAPE_CHARACTER + "'";

  /** Pattern for "contains {@code text}", lower-cased for {@code LOWER(col) LIKE ?}. */
  public static String contains(String text) {
    return "%" + literal(text.toLowerCase(Locale.ROOT)) + "%";
  }

  /** {@code text} with LIKE's wildcards and the escape character itself escaped. */
  public static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
