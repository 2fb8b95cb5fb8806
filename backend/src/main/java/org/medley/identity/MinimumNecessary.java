package org.medley.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The minimum-necessary filter for text that leaves the hospital's own people: a partner without a
 * business associate agreement, a vendor escalation, an outbound integration. It masks what
 * identifies a patient in free text (medical record numbers, social security numbers, dates of
 * birth and dated clinical notes, phone numbers, e-mail addresses, a name introduced as a
 * patient's, and the names the organisation lists) and keeps the rest, so the reader can still work
 * the ticket. It errs on the side of masking: a long asset number may be masked too.
 */
public final class MinimumNecessary {

  /**
   * A shape to find and its replacement ({@code $1} keeps a matched lead-in such as "Patient ").
   */
  private record Rule(Pattern pattern, String mask) {}

  private static final String DATE =
      "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
          + "|\\d{1,2}\\s+[A-Za-z]{3,9}\\.?\\s+\\d{4}|[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})";

  // Order matters: the specific shapes go first so a later, looser rule cannot split them.
  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[e-mail]"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:MRN|MR#|medical\\s+record(?:\\s+(?:number|no\\.?|#))?)\\s*[:#]?\\s*"
                      + "[A-Z0-9][A-Z0-9-]{3,}"),
              "[MRN]"),
          new Rule(Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"), "[SSN]"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|born(?:\\s+on)?)\\s*[:#]?\\s*"
                      + DATE),
              "[date of birth]"),
          new Rule(
              Pattern.compile(
                  "(?<![\\w/.-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])"
                      + "\\d{3}[\\s.-]\\d{4}\\b"),
              "[phone]"),
          new Rule(
              Pattern.compile("(?<![\\w/.-])\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)?\\d{2}(?![\\w/.])"),
              "[date]"),
          new Rule(Pattern.compile("(?<![\\w-])\\d{7,}\\b"), "[number]"),
          // A capitalised name right after "patient", "pt." or a courtesy title (departments such
          // as Patient Access are not people).
          new Rule(
              Pattern.compile(
                  "\\b((?:[Pp]atient|[Pp]t\\.|Mr\\.|Mrs\\.|Ms\\.|Miss)\\s+)"
                      + "(?!(?:Access|Safety|Portal|Experience|Transport|Registration|Services"
                      + "|Financial|Relations|Care|Accounts|Flow|Monitoring|Education|Intake"
                      + "|Placement|Logistics|Advocacy|Advocate|Engagement)\\b)"
                      + "\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'-]+)?"
                      + "(?![\\p{L}'-])"),
              "$1[name]"));

  private final Pattern names;

  /** A filter that also masks each of the given names (whole words, any case). */
  public MinimumNecessary(Collection<String> listedNames) {
    String alternatives =
        listedNames.stream()
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .sorted((a, b) -> b.length() - a.length())
            .map(name -> Pattern.quote(name.toLowerCase(Locale.ROOT)))
            .collect(Collectors.joining("|"));
    this.names =
        alternatives.isEmpty()
            ? null
            : Pattern.compile("(?iu)(?<!\\w)(?:" + alternatives + ")(?!\\w)", Pattern.UNICODE_CASE);
  }

  /** The text with everything that identifies a patient masked; null stays null. */
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String filtered = text;
    for (Rule rule : RULES) {
      filtered = rule.pattern().matcher(filtered).replaceAll(rule.mask());
    }
    if (names != null) {
      filtered = names.matcher(filtered).replaceAll("[name]");
    }
    return filtered;
  }
}
