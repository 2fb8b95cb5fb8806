package org.medley.ebonding.internal;

import java.util.regex.Pattern;

/** A mail's subject as a ticket's title: reply and forward prefixes removed. */
final class MailSubjects {

  private static final Pattern PREFIXES =
      Pattern.compile(
          "^(\\s*(re|aw|fw|fwd|wg|sv|antw)\\s*(\\[\\d+\\])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

  private MailSubjects() {}

  static String title(String subject) {
    String title = PREFIXES.matcher(subject).replaceFirst("").strip();
    return title.isEmpty() ? "(no subject)" : title;
  }
}
