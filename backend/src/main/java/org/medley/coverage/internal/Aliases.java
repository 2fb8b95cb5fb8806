package org.medley.coverage.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The other names of an application, as people type them when they report a problem: Epic's desktop
 * client is "Hyperspace" to a nurse. Each alias is trimmed, 1–50 characters, without control
 * characters or ';' (the separator in storage and in spreadsheets); at most 20 per application; a
 * repeat that differs only in case is dropped, keeping the first spelling.
 */
final class Aliases {

  static final int MAX_COUNT = 20;
  static final int MAX_LENGTH = 50;
  static final String SEPARATOR = ";";

  private Aliases() {}

  /** The aliases to store, or a 400 naming {@code field}. */
  static List<String> clean(List<String> aliases, String field) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String raw : aliases) {
      String problem = problem(raw);
      if (problem != null) {
        throw new HttpStatusException(HttpStatus.BAD_REQUEST, field + ": " + problem);
      }
      String alias = raw.strip();
      if (!alias.isEmpty()) {
        kept.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias);
      }
    }
    if (kept.size() > MAX_COUNT) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, field + ": at most " + MAX_COUNT + " aliases");
    }
    return List.copyOf(kept.values());
  }

  /** Why an alias cannot be kept, or null; blanks are skipped rather than refused. */
  static String problem(String alias) {
    if (alias == null) {
      return "an alias must not be null";
    }
    if (alias.strip().length() > MAX_LENGTH) {
      return "an alias has at most " + MAX_LENGTH + " characters";
    }
    if (alias.contains(SEPARATOR)) {
      return "an alias must not contain '" + SEPARATOR + "'";
    }
    if (alias.chars().anyMatch(Character::isISOControl)) {
      return "an alias must not contain control characters";
    }
    return null;
  }

  /** A ';'-separated cell (storage or spreadsheet) as a list; blanks are skipped. */
  static List<String> split(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    List<String> list = new ArrayList<>();
    Arrays.stream(joined.split(SEPARATOR, -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(list::add);
    return List.copyOf(list);
  }

  static String join(List<String> aliases) {
    return String.join(SEPARATOR, aliases);
  }
}
