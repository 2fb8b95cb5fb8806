package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The minimum-necessary filter against the redaction corpus ({@code phi/corpus.txt}): hospital IT
 * ticket texts written for the purpose, each identifier marked inline as {@code {{KIND:value}}}.
 * Recall must be 100 % on every kind (a marked identifier left visible, even in part, fails the
 * test); precision is printed per kind, with every false removal (text removed that no mark covers)
 * listed, so a reader sees what the filter costs the partner who works the ticket.
 */
class RedactionCorpusTest {

  /** The hospital's configured name list the corpus is written against (see its header). */
  static final List<String> LISTED =
      List.of("Eleanor Whitfield", "Tomasz Nowak", "Grace Okonkwo", "Luis Ferreira-Santos");

  private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+):(.+?)}}");

  /** One marked identifier of a ticket: its kind and where it stands in the stripped text. */
  record Mark(PhiKind kind, int start, int end) {}

  /** A ticket as the filter sees it, with the identifiers the corpus marks in it. */
  record Ticket(int number, String text, List<Mark> marks) {}

  @Test
  void removesEveryMarkedIdentifierAndReportsWhatElseItRemoves() throws IOException {
    List<Ticket> corpus = corpus();
    assertThat(corpus).as("tickets in the corpus").hasSizeGreaterThanOrEqualTo(200);
    MinimumNecessary filter = new MinimumNecessary(LISTED);

    Map<PhiKind, int[]> recall = new EnumMap<>(PhiKind.class); // {marked, removed}
    Map<PhiKind, int[]> precision = new EnumMap<>(PhiKind.class); // {removals, on a mark}
    List<String> missed = new ArrayList<>();
    List<String> falseRemovals = new ArrayList<>();
    for (Ticket ticket : corpus) {
      MinimumNecessary.Masking masking = filter.mask(ticket.text());
      for (Mark mark : ticket.marks()) {
        int[] counts = recall.computeIfAbsent(mark.kind(), k -> new int[2]);
        counts[0]++;
        if (covered(mark, masking.removals())) {
          counts[1]++;
        } else {
          missed.add(
              String.format(
                  "#%d %s '%s' left in: %s",
                  ticket.number(),
                  mark.kind(),
                  ticket.text().substring(mark.start(), mark.end()),
                  masking.text()));
        }
      }
      for (MinimumNecessary.Removal removal : masking.removals()) {
        int[] counts = precision.computeIfAbsent(removal.kind(), k -> new int[2]);
        counts[0]++;
        if (ticket.marks().stream().anyMatch(m -> overlaps(m, removal))) {
          counts[1]++;
        } else {
          falseRemovals.add(
              String.format(
                  "#%d %s removed '%s' from: %s",
                  ticket.number(),
                  removal.kind(),
                  ticket.text().substring(removal.start(), removal.end()),
                  ticket.text().replace('\n', ' ')));
        }
      }
    }

    System.out.println(report(corpus.size(), recall, precision, falseRemovals));
    assertThat(missed).as("marked identifiers the filter left visible").isEmpty();
    assertThat(recall.keySet())
        .as("every kind has examples in the corpus")
        .containsExactlyInAnyOrder(PhiKind.values());
  }

  /**
   * A sanity measure, not a benchmark (no JMH, no assertion on time): how long masking a 10 KB
   * ticket takes on this machine, printed for docs/benchmarks.md.
   */
  @Test
  void printsHowLongMaskingATenKilobyteTicketTakes() throws IOException {
    StringBuilder dense = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    for (int round = 0; plain.length() < 10_240; round++) {
      for (Ticket t : corpus()) {
        if (round == 0 && dense.length() < 10_240) {
          dense.append(t.text()).append("\n\n");
        }
        if (t.marks().isEmpty() && plain.length() < 10_240) {
          plain.append(t.text()).append("\n\n");
        }
      }
    }
    MinimumNecessary filter = new MinimumNecessary(LISTED);
    int removed = time("corpus tickets, identifiers in most", dense.substring(0, 10_240), filter);
    time("corpus tickets without identifiers", plain.substring(0, 10_240), filter);
    assertThat(removed).as("the dense sample carries identifiers").isPositive();
  }

  private static int time(String sample, String text, MinimumNecessary filter) {
    int removed = 0;
    for (int i = 0; i < 300; i++) {
      removed = filter.mask(text).removed();
    }
    int runs = 1_000;
    long started = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      removed = filter.mask(text).removed();
    }
    double micros = (System.nanoTime() - started) / 1_000.0 / runs;
    System.out.printf(
        Locale.ROOT,
        "Masking a %d-character ticket (%s; %d identifiers removed): %.0f µs on average over %d"
            + " runs%n",
        text.length(),
        sample,
        removed,
        micros,
        runs);
    return removed;
  }

  private static boolean covered(Mark mark, List<MinimumNecessary.Removal> removals) {
    // Removals never overlap each other (the filter merges them), so a mark is covered when the
    // removals touching it leave no character of it.
    int at = mark.start();
    for (MinimumNecessary.Removal r : removals) {
      if (r.start() <= at && r.end() > at) {
        at = r.end();
      }
    }
    return at >= mark.end();
  }

  private static boolean overlaps(Mark mark, MinimumNecessary.Removal removal) {
    return removal.start() < mark.end() && mark.start() < removal.end();
  }

  private static String report(
      int tickets,
      Map<PhiKind, int[]> recall,
      Map<PhiKind, int[]> precision,
      List<String> falseRemovals) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nRedaction corpus: %d tickets%n", tickets));
    out.append(
        String.format(
            "%-15s %8s %8s %8s %10s %10s%n",
            "kind", "marked", "removed", "recall", "removals", "precision"));
    int allRemovals = 0;
    int allRight = 0;
    for (PhiKind kind : PhiKind.values()) {
      int[] r = recall.getOrDefault(kind, new int[2]);
      int[] p = precision.getOrDefault(kind, new int[2]);
      allRemovals += p[0];
      allRight += p[1];
      out.append(
          String.format(
              Locale.ROOT,
              "%-15s %8d %8d %7.1f%% %10d %9.1f%%%n",
              kind,
              r[0],
              r[1],
              r[0] == 0 ? 100.0 : 100.0 * r[1] / r[0],
              p[0],
              p[0] == 0 ? 100.0 : 100.0 * p[1] / p[0]));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "overall precision %.1f%% (%d of %d removals on a marked identifier)%n",
            allRemovals == 0 ? 100.0 : 100.0 * allRight / allRemovals,
            allRight,
            allRemovals));
    out.append(String.format("false removals (%d):%n", falseRemovals.size()));
    falseRemovals.forEach(f -> out.append("  ").append(f).append('\n'));
    return out.toString();
  }

  static List<Ticket> corpus() throws IOException {
    String raw;
    try (InputStream in = RedactionCorpusTest.class.getResourceAsStream("/phi/corpus.txt")) {
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Ticket> tickets = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    boolean started = false;
    for (String line : raw.split("\n", -1)) {
      if (line.equals("---")) {
        if (started && !block.toString().isBlank()) {
          tickets.add(ticket(tickets.size() + 1, block.toString().strip()));
        }
        block.setLength(0);
        started = true;
      } else if (started) {
        block.append(line).append('\n');
      }
    }
    if (!block.toString().isBlank()) {
      tickets.add(ticket(tickets.size() + 1, block.toString().strip()));
    }
    return tickets;
  }

  private static Ticket ticket(int number, String marked) {
    StringBuilder text = new StringBuilder();
    List<Mark> marks = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int at = 0;
    while (m.find()) {
      text.append(marked, at, m.start());
      int start = text.length();
      text.append(m.group(2));
      marks.add(new Mark(PhiKind.valueOf(m.group(1)), start, text.length()));
      at = m.end();
    }
    text.append(marked, at, marked.length());
    assertThat(text.toString()).as("ticket %d has an unclosed mark", number).doesNotContain("{{");
    return new Ticket(number, text.toString(), marks);
  }
}
