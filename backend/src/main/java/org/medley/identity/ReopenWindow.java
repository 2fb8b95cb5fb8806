package org.medley.identity;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long after resolution a requester may still reopen a ticket: an organisation setting, an
 * ISO-8601 duration from none at all ({@code PT0S}, resolved is final) to {@link #LONGEST} (beyond
 * that, a "fixed" ticket is a new problem and deserves a new ticket). New organisations start at
 * {@link #DEFAULT}.
 */
public final class ReopenWindow {

  public static final Duration DEFAULT = Duration.ofDays(7);
  public static final Duration LONGEST = Duration.ofDays(90);

  private ReopenWindow() {}

  /** The window written as {@code text}, or empty when it is no duration or out of bounds. */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      Duration window = Duration.parse(text.strip());
      return window.isNegative() || window.compareTo(LONGEST) > 0
          ? Optional.empty()
          : Optional.of(window);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The window in ISO-8601 as stored and shown: whole days as {@code P7D}, else {@code PT36H}. */
  public static String format(Duration window) {
    return !window.isZero() && window.toSeconds() % 86_400 == 0
        ? "P" + window.toDays() + "D"
        : window.toString();
  }

  /** The window as people say it: "7 days", "36 hours", "90 minutes". */
  public static String describe(Duration window) {
    if (window.toMinutes() % (24 * 60) == 0 && !window.isZero()) {
      return plural(window.toDays(), "day");
    }
    if (window.toMinutes() % 60 == 0 && !window.isZero()) {
      return plural(window.toHours(), "hour");
    }
    return plural(window.toMinutes(), "minute");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /** What the admin is told when {@link #parse} finds nothing usable. */
  public static String requirement() {
    return "an ISO-8601 duration from PT0S (no reopening) to P90D, such as P7D for a week or PT48H";
  }
}
