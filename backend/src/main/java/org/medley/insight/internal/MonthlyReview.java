package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly operations review as an executive brings it to the board: the month's headline
 * figures against the month before, then one section per subject with its chart and its table.
 * Values are already formatted for reading; {@link ReviewPdf} only lays them out.
 */
record MonthlyReview(
    String hospital,
    YearMonth month,
    String zone,
    Instant generatedAt,
    List<Headline> headlines,
    List<Section> sections) {

  MonthlyReview {
    headlines = List.copyOf(headlines);
    sections = List.copyOf(sections);
  }

  /**
   * One headline figure: this month, last month, and whether the change is good news ({@code null}
   * when there is nothing to compare or no change).
   */
  record Headline(
      String label, String value, String previous, @Nullable Boolean better, String note) {}

  /** A subject of the review: what it shows in words, and optionally a chart and a table. */
  record Section(String title, String summary, @Nullable Chart chart, @Nullable Table table) {}

  enum ChartKind {
    BAR,
    STACKED_BAR,
    LINE
  }

  /** Series of values over shared categories (periods, groups, causes). */
  record Chart(ChartKind kind, String valueAxis, List<String> categories, List<Series> series) {

    Chart {
      categories = List.copyOf(categories);
      series = List.copyOf(series);
      for (Series s : series) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException(
              s.name() + " has " + s.values().size() + " values for " + categories.size());
        }
      }
    }
  }

  /** One line of a chart; a null value is a gap (nothing finished in that period). */
  record Series(String name, List<Double> values) {

    Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  record Table(List<String> headers, List<List<String>> rows) {

    Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
