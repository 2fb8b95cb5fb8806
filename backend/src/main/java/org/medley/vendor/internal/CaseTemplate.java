package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's case mail template: {@code {{name}}} placeholders filled from the ticket and the
 * escalating agent. An unknown placeholder stays as written, so a typo shows in the draft the agent
 * reads before sending instead of vanishing.
 */
final class CaseTemplate {

  /** The placeholders a template may use, with what each stands for (shown in the admin form). */
  static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "number", "the ticket number, e.g. INC-000123",
          "title", "the ticket's title",
          "description", "the ticket's description",
          "application", "the application's name",
          "priority", "P1 to P4",
          "hospital", "the hospital's name",
          "vendor", "the vendor's name",
          "agent", "the escalating agent's name",
          "caseNumber", "the vendor's case number, once known");

  static final String DEFAULT_SUBJECT = "[{{number}}] {{application}}: {{title}}";

  static final String DEFAULT_BODY =
      """
      Hello {{vendor}} support,

      {{hospital}} asks for your help with the issue below.

      Application: {{application}}
      Priority: {{priority}}
      Our reference: {{number}}

      {{description}}

      Please keep [{{number}}] in the subject of your replies and tell us your case number.

      {{agent}}
      {{hospital}} IT service desk
      """;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

  private CaseTemplate() {}

  /** The template with each known placeholder replaced; a null value becomes empty. */
  static String render(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = PLACEHOLDERS.containsKey(name) ? values.getOrDefault(name, "") : null;
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The subject with the ticket's token in it: the vendor's answer finds its ticket by it. */
  static String withToken(String subject, String ticketNumber) {
    String token = "[" + ticketNumber + "]";
    return subject.contains(token) ? subject : token + " " + subject;
  }

  static String subjectOrDefault(@Nullable String template) {
    return template == null || template.isBlank() ? DEFAULT_SUBJECT : template;
  }

  static String bodyOrDefault(@Nullable String template) {
    return template == null || template.isBlank() ? DEFAULT_BODY : template;
  }
}
