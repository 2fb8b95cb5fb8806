package org.medley.coverage.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Skill levels keyed by id (the people who know one application, or the applications one person
 * knows), packed as {@code id << 3 | level} in one sorted {@code long[]}: a large tenant holds
 * 120,000 of these entries, which boxed sorted maps made the slowest part of loading it. Arrays are
 * never changed once built; {@link #with} and {@link #without} return new ones.
 */
final class Levels {

  static final long[] NONE = new long[0];

  private Levels() {}

  static long pack(long id, int level) {
    return id << 3 | level;
  }

  static long id(long entry) {
    return entry >>> 3;
  }

  static int level(long entry) {
    return (int) (entry & 7);
  }

  /** Index of the id's entry, or -(insertion point) - 1. */
  static int find(long[] levels, long id) {
    int at = Arrays.binarySearch(levels, pack(id, 0));
    if (at >= 0) {
      return at;
    }
    int next = -(at + 1);
    return next < levels.length && id(levels[next]) == id ? next : at;
  }

  static long[] with(long[] levels, long id, int level) {
    int at = find(levels, id);
    if (at >= 0) {
      long[] copy = levels.clone();
      copy[at] = pack(id, level);
      return copy;
    }
    int insert = -(at + 1);
    long[] copy = new long[levels.length + 1];
    System.arraycopy(levels, 0, copy, 0, insert);
    copy[insert] = pack(id, level);
    System.arraycopy(levels, insert, copy, insert + 1, levels.length - insert);
    return copy;
  }

  static long[] without(long[] levels, long id) {
    int at = find(levels, id);
    if (at < 0) {
      return levels;
    }
    long[] copy = new long[levels.length - 1];
    System.arraycopy(levels, 0, copy, 0, at);
    System.arraycopy(levels, at + 1, copy, at, levels.length - at - 1);
    return copy;
  }

  /** Level by id, in id order. */
  static Map<Long, Integer> asMap(long[] levels) {
    Map<Long, Integer> map = new LinkedHashMap<>();
    for (long entry : levels) {
      map.put(id(entry), level(entry));
    }
    return map;
  }
}
