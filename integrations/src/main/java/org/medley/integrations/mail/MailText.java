package org.medley.integrations.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The words a person wrote in a mail, without what the mail client added: HTML becomes plain text
 * (scripts, styles and markup gone, so nothing of it can run where the comment is shown), and the
 * quoted history of earlier mails ({@code "On … wrote:"}, {@code "> "} lines, Outlook's {@code
 * "From: … Sent: …"} block, "Original Message" separators) and the signature (after {@code "-- "})
 * are cut. When cutting would leave nothing, the text is kept whole: a reply that is only a quote
 * is still what the person sent.
 */
public final class MailText {

  /** "On Tue, 3 Dec 2026 at 10:02, Nurse Joy <joy@…> wrote:" (also across two lines). */
  private static final Pattern ON_WROTE =
      Pattern.compile(
          "^\\s*(On|Am|Le|El|Op)\\b.{0,300}(wrote|schrieb|a écrit|escribió|schreef)\\b[^\\n]{0,200}:\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern ORIGINAL =
      Pattern.compile(
          "^\\s*-{2,}\\s*(Original Message|Forwarded message|Ursprüngliche Nachricht)\\s*-{2,}\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern OUTLOOK_FROM =
      Pattern.compile("^\\s*\\*?(From|Von|De)\\s*:\\*?\\s+.+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern OUTLOOK_SENT =
      Pattern.compile(
          "^\\s*\\*?(Sent|Date|Gesendet|Envoyé)\\s*:\\*?\\s+.+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");

  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

  private MailText() {}

  /** The person's words of a text/plain part. */
  public static String fromPlain(String plain) {
    return trimmed(normalised(plain));
  }

  /** The person's words of an HTML part: safe plain text, then trimmed as a plain one. */
  public static String fromHtml(String html) {
    return trimmed(normalised(plainOf(html)));
  }

  /**
   * HTML as plain text: only the text nodes survive (no tag, attribute, script or style), block
   * elements and {@code <br>} become line breaks, and the lines inside a {@code <blockquote>} (the
   * quoted history of most clients) become "> " lines so the quote trimming sees them.
   */
  static String plainOf(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, head, template, noscript, iframe, object, svg").remove();
    StringBuilder out = new StringBuilder();
    int[] quoted = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String words = text.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
              if (atLineStart(out)) {
                words = words.stripLeading();
                if (!words.isEmpty() && quoted[0] > 0) {
                  out.append("> ");
                }
              }
              out.append(words);
            } else if (node instanceof Element element) {
              String tag = element.normalName();
              if (tag.equals("br")) {
                out.append('\n');
              } else if (block(tag)) {
                lineBreak(out);
              }
              if (tag.equals("blockquote")) {
                quoted[0]++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element) {
              if (block(element.normalName())) {
                lineBreak(out);
              }
              if (element.normalName().equals("blockquote")) {
                quoted[0]--;
              }
            }
          }
        },
        document.body());
    return out.toString();
  }

  private static boolean block(String tag) {
    return switch (tag) {
      case "p",
          "div",
          "li",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "hr",
          "section",
          "article",
          "header",
          "footer" ->
          true;
      default -> false;
    };
  }

  private static boolean atLineStart(StringBuilder out) {
    return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
  }

  private static void lineBreak(StringBuilder out) {
    if (!atLineStart(out)) {
      out.append('\n');
    }
  }

  private static String normalised(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
  }

  /** Cuts the quoted history and the signature; keeps the text whole when nothing would remain. */
  static String trimmed(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    int end = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("-- ") || line.equals("--")) {
        end = i;
        break;
      }
      if (ORIGINAL.matcher(line).matches() || UNDERSCORES.matcher(line).matches()) {
        end = i;
        break;
      }
      if (OUTLOOK_FROM.matcher(line).matches() && outlookBlockFollows(lines, i)) {
        end = i;
        break;
      }
      if (ON_WROTE.matcher(line).matches()) {
        end = i;
        break;
      }
      // "On Tue, 3 Dec 2026, Nurse Joy <joy@example.org>\nwrote:" wrapped over two lines
      if (i + 1 < lines.size()
          && line.strip().matches("(?i)^(On|Am|Le)\\b.*")
          && ON_WROTE.matcher(line + " " + lines.get(i + 1).strip()).matches()) {
        end = i;
        break;
      }
    }
    List<String> kept = new ArrayList<>();
    for (String line : lines.subList(0, end)) {
      if (!line.stripLeading().startsWith(">")) {
        kept.add(line.stripTrailing());
      }
    }
    String result = BLANK_RUNS.matcher(String.join("\n", kept)).replaceAll("\n\n").strip();
    return result.isEmpty() ? BLANK_RUNS.matcher(text).replaceAll("\n\n").strip() : result;
  }

  /** Outlook's header block: "From:" followed within a few lines by "Sent:" or "Date:". */
  private static boolean outlookBlockFollows(List<String> lines, int from) {
    for (int i = from + 1; i < Math.min(lines.size(), from + 5); i++) {
      if (OUTLOOK_SENT.matcher(lines.get(i)).matches()) {
        return true;
      }
    }
    return false;
  }
}
