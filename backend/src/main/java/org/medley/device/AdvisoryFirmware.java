package org.medley.device;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Firmware versions as manufacturers write them ("2.10", "v3.1.0-b2", "M.00.03", "XA50"), ordered
 * the way a biomed engineer reads them, and an advisory's inclusive range over them.
 *
 * <p>A version is split into runs of digits and runs of letters; anything else separates. A leading
 * "v" before a digit is dropped. Runs are compared in turn, a missing run counting as 0 (so "2.1"
 * equals "2.1.0"), with this order in each place: a pre-release word ("alpha", "beta", "rc", "pre",
 * "preview", "dev", "snapshot", or "a"/"b" with a number right after: "b2") &lt; 0 or missing &lt;
 * other letters (a hotfix: "2.1a") &lt; 1 &lt; 2 &lt; … Numbers compare by value ("2.10" &gt;
 * "2.9"), letters case-insensitively. The order is total, so a range is well defined whatever
 * scheme a manufacturer uses.
 */
public final class AdvisoryFirmware {

  private AdvisoryFirmware() {}

  /** Pre-release words, earliest first. */
  private static final Map<String, Integer> PRE_RELEASE =
      Map.of(
          "snapshot", 0,
          "dev", 0,
          "alpha", 1,
          "a", 1,
          "beta", 2,
          "b", 2,
          "pre", 3,
          "preview", 3,
          "rc", 4);

  /** One run: a number (digits without leading zeros), or letters in lower case. */
  private record Run(boolean number, String text, boolean preRelease) {
    static final Run ZERO = new Run(true, "", false);
  }

  /** The order of versions; a version without a digit or letter sorts as 0. */
  public static final Comparator<String> ORDER = AdvisoryFirmware::compare;

  /** Negative, zero or positive as {@code a} is before, the same as or after {@code b}. */
  public static int compare(String a, String b) {
    List<Run> x = runs(a);
    List<Run> y = runs(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      int c = compare(i < x.size() ? x.get(i) : Run.ZERO, i < y.size() ? y.get(i) : Run.ZERO);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** True when the version has something to compare: a digit or a letter. */
  public static boolean readable(@Nullable String version) {
    return version != null && version.codePoints().anyMatch(AdvisoryFirmware::alphanumeric);
  }

  /**
   * Whether a device on {@code firmware} is in the inclusive range; either end may be open. A
   * device whose firmware is not recorded (or unreadable) is in it: nobody can say it is patched,
   * so it is remediated rather than forgotten.
   */
  public static boolean inRange(
      @Nullable String firmware, @Nullable String from, @Nullable String to) {
    if (!readable(firmware)) {
      return true;
    }
    return (from == null || compare(firmware, from) >= 0)
        && (to == null || compare(firmware, to) <= 0);
  }

  private static int compare(Run x, Run y) {
    int c = Integer.compare(rank(x), rank(y));
    if (c != 0) {
      return c;
    }
    if (x.number()) {
      c = Integer.compare(x.text().length(), y.text().length());
      return c != 0 ? c : x.text().compareTo(y.text());
    }
    if (x.preRelease()) {
      c = Integer.compare(PRE_RELEASE.get(x.text()), PRE_RELEASE.get(y.text()));
      if (c != 0) {
        return c;
      }
    }
    return x.text().compareTo(y.text());
  }

  /** pre-release 0, zero 1, letters 2, a positive number 3. */
  private static int rank(Run run) {
    if (run.preRelease()) {
      return 0;
    }
    if (!run.number()) {
      return 2;
    }
    return run.text().isEmpty() ? 1 : 3;
  }

  private static List<Run> runs(String version) {
    String text = version.strip().toLowerCase(Locale.ROOT);
    if (text.length() > 1 && text.charAt(0) == 'v' && Character.isDigit(text.charAt(1))) {
      text = text.substring(1);
    }
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      char c = text.charAt(i);
      if (isDigit(c)) {
        while (i < text.length() && isDigit(text.charAt(i))) {
          i++;
        }
        parts.add(text.substring(start, i));
      } else if (isLetter(c)) {
        while (i < text.length() && isLetter(text.charAt(i))) {
          i++;
        }
        parts.add(text.substring(start, i));
      } else {
        i++;
      }
    }
    List<Run> runs = new ArrayList<>(parts.size());
    for (int p = 0; p < parts.size(); p++) {
      String part = parts.get(p);
      if (isDigit(part.charAt(0))) {
        runs.add(new Run(true, part.replaceFirst("^0+", ""), false));
      } else {
        boolean numberFollows = p + 1 < parts.size() && isDigit(parts.get(p + 1).charAt(0));
        boolean pre = PRE_RELEASE.containsKey(part) && (part.length() > 1 || numberFollows);
        runs.add(new Run(false, part, pre));
      }
    }
    return runs;
  }

  private static boolean alphanumeric(int c) {
    return c < 128 && (isDigit((char) c) || isLetter(Character.toLowerCase((char) c)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
