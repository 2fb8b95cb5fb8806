package org.medley.ebonding.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The external-reference system a connector records its desk's ticket ids under (e.g. a ticket is
 * {@code NORTHWIND-RT:1234}): the connector's first name as an upper-case slug, made unique in the
 * tenant with {@code -2}, {@code -3}… It never changes, so references outlive a rename, and it is
 * never reused, deleted connectors' included. It fits the desk's rule for systems ({@code
 * ^[A-Z0-9][A-Z0-9._-]{0,59}$}).
 */
final class RefSystems {

  static final int MAX = 60;

  private RefSystems() {}

  /** The slug of {@code name}: letters and digits kept, everything else one dash. */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT);
    String slug = plain.replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      slug = "DESK";
    }
    return slug.length() > MAX - 4 ? slug.substring(0, MAX - 4).replaceAll("-+$", "") : slug;
  }

  /** The slug of {@code name}, with the first free suffix when {@code taken} holds it. */
  static String unique(String name, Set<String> taken) {
    String base = slug(name);
    String candidate = base;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
