package org.medley;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a Java source file's SQL names: every string literal and text block of the file, read
 * as one text, and the lower-case name after {@code FROM}, {@code JOIN}, {@code INTO}, {@code
 * UPDATE} or {@code TABLE}, plus {@code @MappedEntity("…")}. Only names in {@code tables} count, so
 * column names after {@code ON DUPLICATE KEY UPDATE} do not.
 */
final class SqlTableNames {

  private static final Pattern AFTER_KEYWORD =
      Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_][a-z0-9_]*)");
  private static final Pattern MAPPED_ENTITY =
      Pattern.compile("@MappedEntity\\(\\s*\"([a-z_][a-z0-9_]*)\"");

  private SqlTableNames() {}

  static Set<String> in(String source, Set<String> tables) {
    Set<String> named = new TreeSet<>();
    Matcher sql = AFTER_KEYWORD.matcher(String.join(" ", literals(source)));
    while (sql.find()) {
      named.add(sql.group(1));
    }
    Matcher entity = MAPPED_ENTITY.matcher(source);
    while (entity.find()) {
      named.add(entity.group(1));
    }
    named.retainAll(tables);
    return named;
  }

  /** The contents of the string literals and text blocks, in order, comments skipped. */
  static List<String> literals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = end(source.indexOf('\n', i), source);
      } else if (source.startsWith("/*", i)) {
        i = end(source.indexOf("*/", i + 2), source) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int close = end(source.indexOf("\"\"\"", i + 3), source);
        literals.add(source.substring(i + 3, close));
        i = close + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i);
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != quote) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (quote == '"') {
          literals.add(source.substring(i + 1, Math.min(j, source.length())));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int end(int index, String source) {
    return index < 0 ? source.length() : index;
  }
}
