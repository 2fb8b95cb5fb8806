package org.medley.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B (section 3.1.1.2): at least 12 characters, refused
 * when it is on the list of common passwords shipped with Medley (zxcvbn's 30,000, in the jar) or
 * easy to guess from sequences, repeats, dates or the person's own name, e-mail and organisation;
 * no composition rules (no "one digit, one symbol"), no expiry. The upper bound is BCrypt's: it
 * reads 72 bytes.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 64;
  static final int MAX_BYTES = 72;

  /**
   * At least 10^9 guesses by zxcvbn's estimate: a notch above its score 3 (10^8), because a name
   * plus a digit ("DanaWhitfield1") scores exactly 10^8 and is the first thing a guesser tries.
   */
  static final double MIN_GUESSES_LOG10 = 9;

  private static final String LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
  private static final Set<String> COMMON = load();
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private PasswordPolicy() {}

  /**
   * Why this password is refused, in words a person can act on; empty when it is acceptable. {@code
   * personal} are the words an attacker knows about the person: name, e-mail, organisation.
   */
  public static Optional<String> refusal(String password, Collection<String> personal) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("at least " + MIN_LENGTH + " characters; a short sentence works well");
    }
    if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("at most " + MAX_LENGTH + " characters");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("this is one of the most common passwords; choose another");
    }
    Strength strength = ZXCVBN.measure(password, words(personal));
    if (strength.getGuessesLog10() < MIN_GUESSES_LOG10) {
      String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
      return Optional.of(
          "too easy to guess"
              + (warning == null || warning.isBlank() ? "" : ": " + lowerFirst(warning))
              + "; a few unrelated words work well");
    }
    return Optional.empty();
  }

  /** Names and e-mail addresses split into the words a guesser would try. */
  private static List<String> words(Collection<String> personal) {
    List<String> words = new ArrayList<>(List.of("medley"));
    for (String text : personal) {
      if (text == null) {
        continue;
      }
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 3) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static String lowerFirst(String text) {
    String trimmed = text.strip();
    if (trimmed.endsWith(".")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty()
        ? trimmed
        : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("The common-password list " + LIST + " is missing");
      }
      Set<String> common = new HashSet<>(40_000);
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(common::add);
      }
      return Set.copyOf(common);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
