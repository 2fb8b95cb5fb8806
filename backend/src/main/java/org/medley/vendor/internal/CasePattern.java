package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A vendor's case number in its answer: the admin's regular expression, whose first group (or whole
 * match) is the number. Only the subject and the first {@link #SCAN} characters of the text are
 * searched: the number sits at the top of a vendor's answer, and a bounded input keeps an unlucky
 * pattern from running long on a long mail.
 */
final class CasePattern {

  static final int MAX_LENGTH = 200;
  static final int SCAN = 4_000;
  static final int MAX_NUMBER = 100;

  private CasePattern() {}

  /** Why the pattern cannot be used, or null when it can. */
  static @Nullable String problem(@Nullable String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return null;
    }
    if (pattern.length() > MAX_LENGTH) {
      return "at most " + MAX_LENGTH + " characters";
    }
    try {
      Pattern compiled = Pattern.compile(pattern);
      if (compiled.matcher("").matches()) {
        return "matches an empty text: it would find a case number in every answer";
      }
      return null;
    } catch (PatternSyntaxException e) {
      return "not a regular expression: " + e.getDescription();
    }
  }

  /** The case number in the subject, else in the start of the text. */
  static Optional<String> find(@Nullable String pattern, String subject, String text) {
    if (pattern == null || pattern.isBlank() || problem(pattern) != null) {
      return Optional.empty();
    }
    Pattern compiled = Pattern.compile(pattern);
    return first(compiled, subject)
        .or(() -> first(compiled, text.length() <= SCAN ? text : text.substring(0, SCAN)));
  }

  private static Optional<String> first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      String number =
          (matcher.groupCount() >= 1 && matcher.group(1) != null
                  ? matcher.group(1)
                  : matcher.group())
              .strip();
      if (!number.isEmpty() && number.length() <= MAX_NUMBER) {
        return Optional.of(number);
      }
    }
    return Optional.empty();
  }
}
