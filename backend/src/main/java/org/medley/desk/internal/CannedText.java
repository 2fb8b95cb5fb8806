package org.medley.desk.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a canned reply may use, and how they are filled for one ticket. Unknown names
 * are refused when the reply is saved, so a typo never reaches a requester as {@code
 * {{ticket.numbr}}}.
 */
final class CannedText {

  static final List<String> PLACEHOLDERS =
      List.of(
          "requester.name", "requester.firstName", "ticket.number", "ticket.title", "agent.name");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");

  private CannedText() {}

  /** Placeholder names in the text that Medley does not know, in order of appearance. */
  static Set<String> unknown(String body) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(body);
    while (matcher.find()) {
      if (!PLACEHOLDERS.contains(matcher.group(1))) {
        unknown.add(matcher.group(1));
      }
    }
    return unknown;
  }

  /** The text with every known placeholder replaced by the ticket's value. */
  static String expand(String body, Values values) {
    Map<String, String> byName =
        Map.of(
            "requester.name", values.requesterName(),
            "requester.firstName", firstName(values.requesterName()),
            "ticket.number", values.ticketNumber(),
            "ticket.title", values.ticketTitle(),
            "agent.name", values.agentName());
    Matcher matcher = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = byName.getOrDefault(matcher.group(1), matcher.group());
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static String firstName(String name) {
    String trimmed = name.strip();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  record Values(String requesterName, String ticketNumber, String ticketTitle, String agentName) {}
}
